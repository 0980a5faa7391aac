-- training: capacity building of the child-justice network. Series and their sessions, materials, participants
-- with their registration and attendance. Organisations are agencies (access); their categories live in network.
CREATE TABLE training_series (
    id                      UUID          PRIMARY KEY,
    organiser_agency_id     UUID          NOT NULL REFERENCES agency (id),
    title_en                VARCHAR(300)  NOT NULL,
    title_km                VARCHAR(300)  NOT NULL,
    description_en          VARCHAR(2000),
    description_km          VARCHAR(2000),
    created_by              UUID          NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 INT           NOT NULL DEFAULT 0
);
CREATE INDEX training_series_organiser ON training_series (organiser_agency_id);

CREATE TABLE training_session (
    id                      UUID          PRIMARY KEY,
    series_id               UUID          NOT NULL REFERENCES training_series (id),
    title_en                VARCHAR(300)  NOT NULL,
    title_km                VARCHAR(300)  NOT NULL,
    topic                   VARCHAR(40)   NOT NULL,
    speakers                VARCHAR(500),
    organisation_agency_id  UUID          REFERENCES agency (id),
    language                VARCHAR(10)   NOT NULL,
    session_date            DATE          NOT NULL,
    province_code           VARCHAR(2),
    venue                   VARCHAR(300),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 INT           NOT NULL DEFAULT 0
);
CREATE INDEX training_session_series ON training_session (series_id);

CREATE TABLE training_material (
    session_id              UUID          NOT NULL REFERENCES training_session (id),
    position                INT           NOT NULL,
    title                   VARCHAR(300)  NOT NULL,
    url                     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (session_id, position)
);

CREATE TABLE training_participant (
    id                      UUID          PRIMARY KEY,
    session_id              UUID          NOT NULL REFERENCES training_session (id),
    name                    VARCHAR(200)  NOT NULL,
    name_khmer              VARCHAR(200),
    sex                     VARCHAR(1)    NOT NULL,
    age_group               VARCHAR(10)   NOT NULL,
    profession              VARCHAR(30)   NOT NULL,
    organisation_agency_id  UUID          REFERENCES agency (id),
    organisation_name       VARCHAR(200),
    province_code           VARCHAR(2),
    email                   VARCHAR(200),
    phone                   VARCHAR(60),
    registered_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    attended                BOOLEAN       NOT NULL DEFAULT FALSE,
    certificate_number      VARCHAR(40)   UNIQUE,
    version                 INT           NOT NULL DEFAULT 0
);
CREATE INDEX training_participant_session ON training_participant (session_id);
