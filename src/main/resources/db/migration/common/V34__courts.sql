-- courts: hearings scheduled by a court for a case, and what happened to them. A hearing held is also a
-- HEARING_HELD event on the case's timeline (held_event_id); a postponed hearing names the hearing that replaces it.
CREATE TABLE hearing (
    id                  UUID          PRIMARY KEY,
    case_id             UUID          NOT NULL REFERENCES case_file (id),
    child_id            UUID          NOT NULL,
    case_number         VARCHAR(30)   NOT NULL,
    court_agency_id     UUID          NOT NULL,
    scheduled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    kind                VARCHAR(30)   NOT NULL,
    chamber             VARCHAR(100),
    offence_class       VARCHAR(20),
    status              VARCHAR(20)   NOT NULL,
    held_event_id       UUID,
    held_at             TIMESTAMP WITH TIME ZONE,
    postponement_reason VARCHAR(40),
    postponement_note   VARCHAR(2000),
    replaced_by         UUID,
    replaces            UUID,
    scheduled_by        UUID          NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT           NOT NULL DEFAULT 0
);
CREATE INDEX hearing_court_time ON hearing (court_agency_id, scheduled_at);
CREATE INDEX hearing_time ON hearing (scheduled_at);
CREATE INDEX hearing_case ON hearing (case_id);

-- Trial monitors admitted by the court to a hearing (JJL 47: only those the court admits attend a juvenile
-- hearing). A monitor sees only the hearings assigned to them, and nothing that names the child.
CREATE TABLE hearing_monitor (
    hearing_id      UUID          NOT NULL REFERENCES hearing (id),
    monitor_id      UUID          NOT NULL,
    monitor_agency  UUID          NOT NULL,
    assigned_by     UUID          NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (hearing_id, monitor_id)
);
CREATE INDEX hearing_monitor_monitor ON hearing_monitor (monitor_id);

-- One fair-trial checklist per monitor and hearing; its answers one row per item.
CREATE TABLE monitoring_checklist (
    id              UUID          PRIMARY KEY,
    hearing_id      UUID          NOT NULL REFERENCES hearing (id),
    monitor_id      UUID          NOT NULL,
    monitor_agency  UUID          NOT NULL,
    note            VARCHAR(2000),
    saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT monitoring_checklist_once UNIQUE (hearing_id, monitor_id)
);
CREATE INDEX monitoring_checklist_agency ON monitoring_checklist (monitor_agency);

CREATE TABLE monitoring_answer (
    checklist_id    UUID          NOT NULL REFERENCES monitoring_checklist (id),
    item            VARCHAR(40)   NOT NULL,
    answer          VARCHAR(40)   NOT NULL,
    PRIMARY KEY (checklist_id, item)
);
