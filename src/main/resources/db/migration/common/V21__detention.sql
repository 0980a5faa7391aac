-- Deprivation of liberty: the stays of every case as the detention module derives them from the timeline (one row
-- per stretch at one place in one legal status), kept in the transaction that records or voids an event, with what
-- a census needs to count without reading timelines (the child's sex and youngest credible birth date, the case's
-- role and province). An open stay ends at 9999-12-31, so that "held at a moment" is one range condition.
CREATE TABLE detention_stay (
    case_id          UUID          NOT NULL,
    seq              INT           NOT NULL,
    child_id         UUID          NOT NULL,
    role             VARCHAR(30)   NOT NULL,
    facility_code    VARCHAR(40),
    since            TIMESTAMP WITH TIME ZONE NOT NULL,
    until            TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    status_since     TIMESTAMP WITH TIME ZONE NOT NULL,
    detained_since   TIMESTAMP WITH TIME ZONE NOT NULL,
    separated        BOOLEAN,
    with_caregiver   BOOLEAN       NOT NULL,
    deprived         BOOLEAN       NOT NULL,
    sex              VARCHAR(1),
    birth_date       DATE,
    case_province    VARCHAR(2),
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX detention_stay_when ON detention_stay (until, since);
CREATE INDEX detention_stay_facility ON detention_stay (facility_code, until);

-- Family contacts, complaints, incidents and deaths, placed at the facility where the child was at the time.
CREATE TABLE detention_occurrence (
    case_id          UUID          NOT NULL,
    seq              INT           NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    facility_code    VARCHAR(40),
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX detention_occurrence_when ON detention_occurrence (occurred_at, facility_code);

-- Which version of the derivation the stays were built with; a newer one rebuilds them at start-up.
CREATE TABLE detention_model (
    id               INT           PRIMARY KEY,
    derivation       INT           NOT NULL,
    built_at         TIMESTAMP WITH TIME ZONE
);
INSERT INTO detention_model (id, derivation) VALUES (1, 0);

-- The plan for a child living with a parent in prison to leave before the third birthday (Law on Prisons 41):
-- where the child will live and with whom. Never changed: a newer plan supersedes.
CREATE TABLE detention_exit_plan (
    id               UUID          PRIMARY KEY,
    case_id          UUID          NOT NULL,
    planned_on       DATE          NOT NULL,
    arrangement      VARCHAR(30)   NOT NULL,
    caregiver        VARCHAR(300),
    note             VARCHAR(2000),
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by      UUID          NOT NULL
);
CREATE INDEX detention_exit_plan_case ON detention_exit_plan (case_id, recorded_at);
