-- statistics: the per-case read model the indicators are counted from, kept up to date in the transaction that
-- records or voids an event (and rebuilt by the statistics-rebuild command). No names: identifiers and the packed
-- profile of the case on every dimension of disaggregation (see Profile.java).
CREATE TABLE stat_case (
    case_id         UUID         PRIMARY KEY,
    child_id        UUID         NOT NULL,
    child_key       BIGINT       NOT NULL,
    profile         INT          NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    refreshed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stat_case_child ON stat_case (child_key, started_at);

-- One row per counted moment of a case (arrest, sentence, diversion, death, release, family contact, hearing).
CREATE TABLE stat_fact (
    case_id         UUID         NOT NULL,
    child_key       BIGINT       NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    profile         INT          NOT NULL,
    flag            BOOLEAN,
    aux_at          TIMESTAMP WITH TIME ZONE,
    detail          VARCHAR(60)
);
CREATE INDEX stat_fact_case ON stat_fact (case_id);

-- Stretches of deprivation of liberty of a case as the detention module derives them (status, separation), with the
-- case's profile: the census on any moment and the average number held over a period are one range query. An open
-- stretch ends at 9999-12-31.
CREATE TABLE stat_spell (
    case_id         UUID         NOT NULL,
    child_key       BIGINT       NOT NULL,
    profile         INT          NOT NULL,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    until           TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    separated       BOOLEAN,
    detained_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    status_since    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX stat_spell_case ON stat_spell (case_id);
CREATE INDEX stat_spell_until ON stat_spell (until, since);

-- Child population tables imported by administrators (by province, sex and single year of age), for rates.
CREATE TABLE stat_population_table (
    id              UUID         PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    reference_year  INT          NOT NULL,
    source          VARCHAR(500),
    total           BIGINT       NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by     UUID         NOT NULL,
    retired         BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE stat_population (
    table_id        UUID         NOT NULL REFERENCES stat_population_table (id),
    province_code   VARCHAR(2)   NOT NULL,
    sex             VARCHAR(1)   NOT NULL,
    age             INT          NOT NULL,
    children        BIGINT       NOT NULL,
    PRIMARY KEY (table_id, province_code, sex, age)
);

-- Answers to the policy indicators (14 specialised system, 15 prevention plan; 12 and 13 whether a national system
-- exists), each with its evidence and the date from which it holds. Never updated: a new answer supersedes.
CREATE TABLE stat_policy_answer (
    id              UUID         PRIMARY KEY,
    indicator       INT          NOT NULL,
    answer          VARCHAR(10)  NOT NULL,
    evidence        VARCHAR(2000),
    effective_from  DATE         NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     UUID         NOT NULL
);
CREATE INDEX stat_policy_answer_indicator ON stat_policy_answer (indicator, effective_from);

-- How indicators and their disaggregations map to a national DHIS2: data set, organisation units, data elements,
-- categories, category options and category option combos. Replaced whole by each import.
CREATE TABLE stat_dhis2_mapping (
    mapping_type    VARCHAR(30)  NOT NULL,
    mapping_key     VARCHAR(200) NOT NULL,
    dimensions      VARCHAR(100),
    uid             VARCHAR(11),
    code            VARCHAR(100),
    PRIMARY KEY (mapping_type, mapping_key)
);
