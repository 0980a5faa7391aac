-- statistics: an import large enough to build the packs once at its end, rather than change them chunk by chunk,
-- holds them (see PackHolds.java). While a hold is live (renewed within its lease) the packs are not marked built,
-- so counting reads the rows; the last hold released builds them again.
CREATE TABLE stat_pack_hold (
    run_id          UUID         PRIMARY KEY,
    held_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row, locked by whoever takes a hold or marks the packs built, so that the two never cross: a build that saw no
-- hold marks the packs built before a new hold can be taken, or sees the new hold and leaves them unmarked.
CREATE TABLE stat_pack_guard (
    id              INT          PRIMARY KEY
);
INSERT INTO stat_pack_guard (id) VALUES (1);
