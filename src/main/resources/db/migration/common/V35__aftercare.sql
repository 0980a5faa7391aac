-- aftercare: a plan made at a child's release (goals, services, the responsible agency and its programme), and the
-- contacts and services that follow it, each also an event on the case's timeline (AFTERCARE_STARTED,
-- AFTERCARE_CONTACT, SERVICE_PROVIDED). released_at is the moment of release the re-offending windows count from.
CREATE TABLE aftercare_plan (
    id              UUID          PRIMARY KEY,
    case_id         UUID          NOT NULL REFERENCES case_file (id),
    child_id        UUID          NOT NULL,
    agency_id       UUID          NOT NULL,
    programme       VARCHAR(200)  NOT NULL,
    released_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    starts_on       DATE          NOT NULL,
    goals           VARCHAR(4000) NOT NULL,
    services        VARCHAR(400)  NOT NULL,
    started_event_id UUID         NOT NULL,
    created_by      UUID          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX aftercare_plan_case ON aftercare_plan (case_id);
CREATE INDEX aftercare_plan_child ON aftercare_plan (child_id);
CREATE INDEX aftercare_plan_agency ON aftercare_plan (agency_id);

CREATE TABLE aftercare_contact (
    id              UUID          PRIMARY KEY,
    plan_id         UUID          NOT NULL REFERENCES aftercare_plan (id),
    kind            VARCHAR(20)   NOT NULL,
    service         VARCHAR(30),
    happened_on     DATE          NOT NULL,
    note            VARCHAR(2000),
    event_id        UUID          NOT NULL,
    recorded_by     UUID          NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX aftercare_contact_plan ON aftercare_contact (plan_id);
