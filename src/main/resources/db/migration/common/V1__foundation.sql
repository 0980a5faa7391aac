-- Komar foundation schema. The same script runs on H2 (MODE=PostgreSQL) and PostgreSQL; keep to the portable
-- subset described in docs/database.md. Each block belongs to one module, named in its comment.

-- geo: Cambodia's gazetteer. Codes are never reused; a retired code keeps its row so old records resolve.
CREATE TABLE geo_unit (
    code            VARCHAR(8)   PRIMARY KEY,
    level           SMALLINT     NOT NULL,
    parent_code     VARCHAR(8),
    type_km         VARCHAR(60),
    type_latin      VARCHAR(60),
    type_en         VARCHAR(60),
    name_km         VARCHAR(200) NOT NULL,
    name_latin      VARCHAR(200) NOT NULL,
    name_ungegn     VARCHAR(200),
    iso3166_2       VARCHAR(8),
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    retired_on      DATE
);
CREATE INDEX geo_unit_parent ON geo_unit (parent_code);

CREATE TABLE geo_version (
    version         VARCHAR(40)  PRIMARY KEY,
    loaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    unit_count      INT          NOT NULL
);

-- access: agencies, users, roles, API tokens.
CREATE TABLE agency (
    id              UUID         PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL UNIQUE,
    type            VARCHAR(40)  NOT NULL,
    name_latin      VARCHAR(200) NOT NULL,
    name_khmer      VARCHAR(200) NOT NULL,
    province_code   VARCHAR(2),
    retired         BOOLEAN      NOT NULL DEFAULT FALSE,
    version         INT          NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id                  UUID         PRIMARY KEY,
    username            VARCHAR(80)  NOT NULL UNIQUE,
    password_hash       VARCHAR(255) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(200),
    agency_id           UUID         NOT NULL REFERENCES agency (id),
    locale              VARCHAR(10)  NOT NULL DEFAULT 'km',
    khmer_digits        BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT          NOT NULL DEFAULT 0
);
CREATE INDEX app_user_agency ON app_user (agency_id);

CREATE TABLE user_role (
    user_id         UUID         NOT NULL REFERENCES app_user (id),
    role            VARCHAR(40)  NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Only a SHA-256 of each bearer token is kept, so a copy of the database cannot be used to call the API.
CREATE TABLE api_token (
    token_hash      VARCHAR(64)  PRIMARY KEY,
    user_id         UUID         NOT NULL REFERENCES app_user (id),
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked         BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX api_token_user ON api_token (user_id);

-- child: the person. Age is never stored; the birth-date claim made at registration is the first claim.
CREATE TABLE child (
    id                      UUID         PRIMARY KEY,
    name_latin              VARCHAR(200),
    name_khmer              VARCHAR(200),
    search_latin            VARCHAR(200),
    search_khmer            VARCHAR(200),
    sex                     VARCHAR(1)   NOT NULL,
    birth_date              DATE,
    birth_date_precision    VARCHAR(5),
    birth_date_evidence     VARCHAR(20),
    residence_code          VARCHAR(8)   REFERENCES geo_unit (code),
    disability              BOOLEAN      NOT NULL DEFAULT FALSE,
    disability_note         VARCHAR(500),
    ethnicity               VARCHAR(40),
    nationality             VARCHAR(20),
    languages               VARCHAR(200),
    registered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by           UUID         NOT NULL,
    owner_agency_id         UUID         NOT NULL REFERENCES agency (id),
    version                 INT          NOT NULL DEFAULT 0
);
CREATE INDEX child_owner ON child (owner_agency_id);
CREATE INDEX child_search_latin ON child (search_latin);
CREATE INDEX child_search_khmer ON child (search_khmer);

CREATE TABLE guardian (
    id              UUID         PRIMARY KEY,
    child_id        UUID         NOT NULL REFERENCES child (id),
    position        INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    relationship    VARCHAR(30)  NOT NULL,
    phone           VARCHAR(60),
    address         VARCHAR(500)
);
CREATE INDEX guardian_child ON guardian (child_id);

-- cases: one child's matter in one role.
CREATE TABLE case_file (
    id                      UUID         PRIMARY KEY,
    case_number             VARCHAR(30)  NOT NULL UNIQUE,
    child_id                UUID         NOT NULL REFERENCES child (id),
    role                    VARCHAR(30)  NOT NULL,
    offence_code            VARCHAR(60),
    offence_class           VARCHAR(15),
    offence_intentional     BOOLEAN,
    min_penalty_months      INT,
    max_penalty_months      INT,
    offence_date            DATE,
    place_code              VARCHAR(8)   REFERENCES geo_unit (code),
    province_code           VARCHAR(2)   NOT NULL,
    owner_agency_id         UUID         NOT NULL REFERENCES agency (id),
    opened_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by               UUID         NOT NULL
);
CREATE INDEX case_file_child ON case_file (child_id);
CREATE INDEX case_file_province ON case_file (province_code);
CREATE INDEX case_file_owner ON case_file (owner_agency_id);

-- Who answers for a case: agencies and people. Data scope is read from here (see CaseScope).
CREATE TABLE case_party (
    id              UUID         PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES case_file (id),
    agency_id       UUID         REFERENCES agency (id),
    user_id         UUID         REFERENCES app_user (id),
    function        VARCHAR(30)  NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    until           TIMESTAMP WITH TIME ZONE,
    CHECK (agency_id IS NOT NULL OR user_id IS NOT NULL)
);
CREATE INDEX case_party_case ON case_party (case_id);
CREATE INDEX case_party_agency ON case_party (agency_id, case_id);
CREATE INDEX case_party_user ON case_party (user_id, case_id);

CREATE TABLE case_number_counter (
    province_code   VARCHAR(2)   NOT NULL,
    counter_year    INT          NOT NULL,
    last_value      INT          NOT NULL,
    PRIMARY KEY (province_code, counter_year)
);

-- timeline: the append-only legal history of a case. The stream version moves with every append and void,
-- so a writer who read an older version gets a conflict instead of silently recording on stale facts.
CREATE TABLE timeline_stream (
    case_id         UUID         PRIMARY KEY REFERENCES case_file (id),
    version         INT          NOT NULL
);

CREATE TABLE legal_event (
    id                  UUID         PRIMARY KEY,
    case_id             UUID         NOT NULL REFERENCES timeline_stream (case_id),
    seq                 INT          NOT NULL,
    type                VARCHAR(60)  NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    occurred_offset     INT          NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by         UUID         NOT NULL,
    attributes          TEXT         NOT NULL,
    UNIQUE (case_id, seq)
);
CREATE INDEX legal_event_type_time ON legal_event (type, occurred_at);

CREATE TABLE legal_event_void (
    event_id        UUID         PRIMARY KEY REFERENCES legal_event (id),
    reason          VARCHAR(1000) NOT NULL,
    voided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    voided_by       UUID         NOT NULL
);

-- audit: who read or changed what, when, from where. Identifiers only; never names or other personal data.
CREATE TABLE audit_entry (
    id              BIGINT       GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        UUID,
    actor_username  VARCHAR(80),
    agency_id       UUID,
    action          VARCHAR(40)  NOT NULL,
    subject_type    VARCHAR(30),
    subject_id      VARCHAR(60),
    case_id         UUID,
    child_id        UUID,
    remote_addr     VARCHAR(64),
    reason          VARCHAR(1000),
    details         VARCHAR(4000)
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_username, at);
CREATE INDEX audit_entry_case ON audit_entry (case_id);
CREATE INDEX audit_entry_child ON audit_entry (child_id);
