-- statistics: the packed read model counting reads (see docs/statistics.md). One row per kind of fact and day
-- (Cambodia time), or per day stretches held began on and year they end in (9999 while they last), holding every
-- entry of that key in one payload (format in PackBytes.java), so that a national year is a few thousand rows.
-- Kept in the transaction that changes the rows it is packed from; built from them by PackBuilder.
CREATE TABLE stat_pack (
    kind            VARCHAR(16)  NOT NULL,
    part            INT          NOT NULL,
    day_number      INT          NOT NULL,
    entries         INT          NOT NULL,
    payload         BYTEA        NOT NULL,
    PRIMARY KEY (kind, part, day_number)
);

-- Set once every pack has been built from the rows; until then counting reads the rows.
CREATE TABLE stat_pack_build (
    id              INT          PRIMARY KEY,
    built_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- For a release: the start of the child's first other case in conflict with the law begun within twelve months of
-- it (whether that was by the census moment is decided when counting).
ALTER TABLE stat_fact ADD COLUMN reoffended_at TIMESTAMP WITH TIME ZONE;

-- Building the stretch packs reads the stretches begun on a day.
CREATE INDEX stat_spell_since ON stat_spell (since);
