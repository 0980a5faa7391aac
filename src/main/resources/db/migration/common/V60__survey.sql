-- survey: surveys of the child-justice network, their questions and options in Khmer and English, and responses.
-- A response keeps its respondent group and language, never who answered; its receipt (the respondent's private
-- link to their own answers) is kept as a SHA-256 only.
CREATE TABLE survey (
    id                  UUID          PRIMARY KEY,
    owner_agency_id     UUID          NOT NULL REFERENCES agency (id),
    created_by          UUID          NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(10)   NOT NULL,
    title_en            VARCHAR(300)  NOT NULL,
    title_km            VARCHAR(300)  NOT NULL,
    description_en      VARCHAR(2000),
    description_km      VARCHAR(2000),
    link_token          VARCHAR(64)   NOT NULL UNIQUE,
    opened_at           TIMESTAMP WITH TIME ZONE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    version             INT           NOT NULL DEFAULT 0
);
CREATE INDEX survey_owner ON survey (owner_agency_id);

CREATE TABLE survey_group (
    survey_id           UUID          NOT NULL REFERENCES survey (id),
    code                VARCHAR(40)   NOT NULL,
    position            INT           NOT NULL,
    label_en            VARCHAR(300)  NOT NULL,
    label_km            VARCHAR(300)  NOT NULL,
    PRIMARY KEY (survey_id, code)
);

CREATE TABLE survey_question (
    id                  UUID          PRIMARY KEY,
    survey_id           UUID          NOT NULL REFERENCES survey (id),
    number              INT           NOT NULL,
    kind                VARCHAR(10)   NOT NULL,
    text_en             VARCHAR(1000) NOT NULL,
    text_km             VARCHAR(1000) NOT NULL,
    required            BOOLEAN       NOT NULL,
    max_choices         INT
);
CREATE INDEX survey_question_survey ON survey_question (survey_id);

CREATE TABLE survey_option (
    id                  UUID          PRIMARY KEY,
    question_id         UUID          NOT NULL REFERENCES survey_question (id),
    position            INT           NOT NULL,
    label_en            VARCHAR(300)  NOT NULL,
    label_km            VARCHAR(300)  NOT NULL,
    is_other            BOOLEAN       NOT NULL
);
CREATE INDEX survey_option_question ON survey_option (question_id);

CREATE TABLE survey_response (
    id                  UUID          PRIMARY KEY,
    survey_id           UUID          NOT NULL REFERENCES survey (id),
    respondent_group    VARCHAR(40)   NOT NULL,
    language            VARCHAR(5)    NOT NULL,
    channel             VARCHAR(10)   NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    receipt_hash        VARCHAR(64)   NOT NULL UNIQUE
);
CREATE INDEX survey_response_survey ON survey_response (survey_id);

CREATE TABLE survey_answer (
    response_id         UUID          NOT NULL REFERENCES survey_response (id),
    question_id         UUID          NOT NULL REFERENCES survey_question (id),
    option_id           UUID          REFERENCES survey_option (id),
    answer_text         VARCHAR(2000)
);
CREATE INDEX survey_answer_response ON survey_answer (response_id);
CREATE INDEX survey_answer_question ON survey_answer (question_id);
