-- inquiry: the social inquiry report (JJL 4(8), 11; the MoSVY social inquiry form), one row per version. A version is
-- never updated: each save of the draft or submission is a new row numbered after the one it was based on, and the
-- unique (case_id, version) lets only one of two concurrent writers of the same version through. A submitted version
-- is also a SOCIAL_INQUIRY_SUBMITTED event on the case's timeline (submitted_event_id, with reportVersion); the
-- request it answers is the case's latest SOCIAL_INQUIRY_REQUESTED when it was saved (request_event_id).
CREATE TABLE social_inquiry (
    id                        UUID          PRIMARY KEY,
    case_id                   UUID          NOT NULL REFERENCES case_file (id),
    child_id                  UUID          NOT NULL,
    version                   INT           NOT NULL,
    based_on                  INT,
    status                    VARCHAR(20)   NOT NULL,
    request_event_id          UUID,
    submitted_event_id        UUID,
    family_situation          VARCHAR(8000),
    behaviour                 VARCHAR(8000),
    education                 VARCHAR(8000),
    living_conditions         VARCHAR(8000),
    development               VARCHAR(8000),
    needs                     VARCHAR(8000),
    recommendations           VARCHAR(8000),
    lives_with                VARCHAR(30),
    school_attendance         VARCHAR(30),
    last_grade                INT,
    recommends_diversion      BOOLEAN,
    recommends_non_custodial  BOOLEAN,
    written_by                UUID          NOT NULL,
    written_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (case_id, version)
);
