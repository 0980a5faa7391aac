-- network: the child-justice network's directory. An organisation of the network is an agency (the same record
-- case management uses; organisations with no part in cases are agencies of type NETWORK_MEMBER) with a profile
-- kept here: its category, contacts and membership of the working group and the e-mail group; and its people.
CREATE TABLE network_profile (
    agency_id               UUID          PRIMARY KEY REFERENCES agency (id),
    category                VARCHAR(30)   NOT NULL,
    website                 VARCHAR(300),
    email                   VARCHAR(200),
    phone                   VARCHAR(60),
    address                 VARCHAR(500),
    working_group           BOOLEAN       NOT NULL,
    working_group_since     DATE,
    email_group             BOOLEAN       NOT NULL,
    notes                   VARCHAR(2000),
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by              UUID          NOT NULL,
    version                 INT           NOT NULL DEFAULT 0
);
CREATE INDEX network_profile_category ON network_profile (category);

CREATE TABLE network_person (
    id                      UUID          PRIMARY KEY,
    agency_id               UUID          NOT NULL REFERENCES agency (id),
    name                    VARCHAR(200)  NOT NULL,
    name_khmer              VARCHAR(200),
    position_title          VARCHAR(200),
    sex                     VARCHAR(1),
    email                   VARCHAR(200),
    phone                   VARCHAR(60),
    focal                   BOOLEAN       NOT NULL,
    working_group           BOOLEAN       NOT NULL,
    email_group             BOOLEAN       NOT NULL,
    retired                 BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 INT           NOT NULL DEFAULT 0
);
CREATE INDEX network_person_agency ON network_person (agency_id);
