-- exchange: bulk imports of case bundles (NDJSON). One row per import with its progress, so that any application
-- node can show it; one row per refused line with its problem as codes and arguments (the text is localised when
-- shown). Identifiers and counts only: the lines themselves are never kept.
CREATE TABLE import_run (
    id              UUID         PRIMARY KEY,
    source          VARCHAR(10)  NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    started_by      UUID         NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    total_bytes     BIGINT,
    read_bytes      BIGINT       NOT NULL DEFAULT 0,
    lines_read      INT          NOT NULL DEFAULT 0,
    imported        INT          NOT NULL DEFAULT 0,
    skipped         INT          NOT NULL DEFAULT 0,
    refused         INT          NOT NULL DEFAULT 0,
    events          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX import_run_started ON import_run (started_at);

CREATE TABLE import_refusal (
    run_id          UUID         NOT NULL REFERENCES import_run (id),
    line_no         INT          NOT NULL,
    case_id         VARCHAR(60),
    status          INT          NOT NULL,
    code            VARCHAR(60)  NOT NULL,
    args            TEXT,
    errors          TEXT,
    PRIMARY KEY (run_id, line_no)
);
