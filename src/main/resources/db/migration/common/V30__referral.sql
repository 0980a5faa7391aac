-- referral: one agency asks another to serve a child. The receiving agency's access to the case is a case party
-- granted and ended by the referral module (CaseService.grantAgency / endAgency), not read from these tables.
CREATE TABLE referral (
    id              UUID          PRIMARY KEY,
    case_id         UUID          NOT NULL REFERENCES case_file (id),
    child_id        UUID          NOT NULL,
    case_number     VARCHAR(30)   NOT NULL,
    from_agency_id  UUID          NOT NULL,
    to_agency_id    UUID          NOT NULL,
    service         VARCHAR(40)   NOT NULL,
    consent         VARCHAR(30)   NOT NULL,
    consent_note    VARCHAR(500),
    reason          VARCHAR(2000) NOT NULL,
    urgent          BOOLEAN       NOT NULL DEFAULT FALSE,
    status          VARCHAR(20)   NOT NULL,
    referred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    referred_by     UUID          NOT NULL,
    respond_by      TIMESTAMP WITH TIME ZONE NOT NULL,
    responded_at    TIMESTAMP WITH TIME ZONE,
    responded_by    UUID,
    response        VARCHAR(2000),
    closed_at       TIMESTAMP WITH TIME ZONE,
    closed_by       UUID,
    outcome         VARCHAR(30),
    closing_note    VARCHAR(2000),
    version         INT           NOT NULL DEFAULT 0
);
CREATE INDEX referral_to_agency ON referral (to_agency_id, status);
CREATE INDEX referral_from_agency ON referral (from_agency_id, status);
CREATE INDEX referral_case ON referral (case_id);

-- Services delivered under a referral and follow-ups of the child, in the order they were recorded.
CREATE TABLE referral_activity (
    id              UUID          PRIMARY KEY,
    referral_id     UUID          NOT NULL REFERENCES referral (id),
    kind            VARCHAR(20)   NOT NULL,
    happened_on     DATE          NOT NULL,
    note            VARCHAR(2000),
    next_follow_up  DATE,
    event_id        UUID,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     UUID          NOT NULL
);
CREATE INDEX referral_activity_referral ON referral_activity (referral_id);
