-- diversion: the register of diversion orders, a read model derived from the timelines (one row per live
-- DIVERSION_ORDERED event, rewritten for a case whenever one of its diversion events is recorded or voided), and
-- the versions of the social agent's diversion plans (JJL 66-67), which are never updated: a change is a new version.
CREATE TABLE diversion_register (
    order_event_id        UUID          PRIMARY KEY,
    case_id               UUID          NOT NULL REFERENCES case_file (id),
    child_id              UUID          NOT NULL,
    case_number           VARCHAR(30)   NOT NULL,
    province_code         VARCHAR(2)    NOT NULL,
    ordered_by            VARCHAR(30),
    ordered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    measures              VARCHAR(4000) NOT NULL,
    status                VARCHAR(30)   NOT NULL,
    plan_decided_at       TIMESTAMP WITH TIME ZONE,
    modification_pending  BOOLEAN       NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    refreshed_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX diversion_register_case ON diversion_register (case_id);
CREATE INDEX diversion_register_province ON diversion_register (province_code, ordered_at);
CREATE INDEX diversion_register_pending ON diversion_register (modification_pending);

-- When the register was last derived again from every timeline (one row; none until the first build).
CREATE TABLE diversion_register_build (
    id                    INT           PRIMARY KEY,
    built_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE diversion_plan (
    id                    UUID          PRIMARY KEY,
    case_id               UUID          NOT NULL REFERENCES case_file (id),
    order_event_id        UUID          NOT NULL,
    version               INT           NOT NULL,
    based_on              INT,
    content               TEXT          NOT NULL,
    child_consented       BOOLEAN       NOT NULL,
    written_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by            UUID          NOT NULL,
    UNIQUE (case_id, version)
);
