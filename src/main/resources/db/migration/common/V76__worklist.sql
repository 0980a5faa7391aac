-- worklist: a read model of each case's current alerts as the safeguards engine judges them (deadlines still to
-- come with their due moment, breaches, rules that failed to evaluate), refreshed in the transaction that records or
-- voids an event and by a scheduled sweep as time passes. Acknowledgements, escalations and the e-mail notices sent
-- are kept beside it, keyed by the breach itself (case, rule, moment), so that they survive every refresh.

-- One row per case evaluated: the timeline version it was evaluated at (a refresh from an older version never
-- overwrites a newer one) and the earliest pending due moment, when the sweep must look at the case again.
CREATE TABLE worklist_case (
    case_id           UUID         PRIMARY KEY,
    timeline_version  INT          NOT NULL,
    evaluated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_due_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX worklist_case_next_due ON worklist_case (next_due_at);

-- The current alerts: status PENDING (with a due moment), BREACHED or ERROR. urgency_rank 0 for breaches and
-- failures, 1 for deadlines; urgent_at orders within a rank (breached_at, the moment a failure was first seen,
-- due_at). seen_at: when Komar first showed this alert; announce: it appeared while Komar was watching (an event or
-- the sweep), not in a rebuild of the whole model, and may be mailed and escalated.
CREATE TABLE worklist_alert (
    case_id        UUID          NOT NULL,
    rule_code      VARCHAR(30)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    breached_at    TIMESTAMP WITH TIME ZONE,
    urgency_rank   SMALLINT      NOT NULL,
    urgent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    liberty_limit  BOOLEAN       NOT NULL,
    held_beyond    BOOLEAN       NOT NULL,
    basis          VARCHAR(200),
    child_id       UUID          NOT NULL,
    case_number    VARCHAR(30)   NOT NULL,
    province_code  VARCHAR(2),
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    announce       BOOLEAN       NOT NULL,
    PRIMARY KEY (case_id, rule_code)
);
CREATE INDEX worklist_alert_urgency ON worklist_alert (urgency_rank, urgent_at);
CREATE INDEX worklist_alert_status_due ON worklist_alert (status, due_at);
CREATE INDEX worklist_alert_province ON worklist_alert (province_code, urgency_rank, urgent_at);

-- A breach acknowledged, with a note: once per breach (the unique constraint settles concurrent acknowledgements).
CREATE TABLE worklist_acknowledgement (
    id               UUID          PRIMARY KEY,
    case_id          UUID          NOT NULL REFERENCES case_file (id),
    rule_code        VARCHAR(30)   NOT NULL,
    breached_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    note             VARCHAR(2000) NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_by  UUID          NOT NULL REFERENCES app_user (id),
    agency_id        UUID          NOT NULL,
    CONSTRAINT worklist_acknowledgement_once UNIQUE (case_id, rule_code, breached_at)
);

-- A breach nobody acknowledged in time, escalated to the supervisors whose scope covers the case.
CREATE TABLE worklist_escalation (
    case_id       UUID         NOT NULL,
    rule_code     VARCHAR(30)  NOT NULL,
    breached_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    escalated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, rule_code, breached_at)
);

-- E-mail notices: one row per alert, kind and person, claimed before the message is sent, so that no alert is ever
-- mailed twice to anyone (kind BREACH, DUE_SOON or ESCALATED; moment: breached_at or due_at).
CREATE TABLE worklist_notice (
    case_id      UUID         NOT NULL,
    rule_code    VARCHAR(30)  NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    moment       TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      UUID         NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (case_id, rule_code, kind, moment, user_id)
);

-- Which derivation built the read model: a newer one rebuilds it at start-up.
CREATE TABLE worklist_model (
    id          INT   PRIMARY KEY,
    derivation  INT   NOT NULL,
    built_at    TIMESTAMP WITH TIME ZONE
);
INSERT INTO worklist_model (id, derivation, built_at) VALUES (1, 0, NULL);
