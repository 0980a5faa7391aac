-- H2: a plain index for the statistics facts; PostgreSQL gets a covering one (see its V40_1).
CREATE INDEX stat_fact_kind_time ON stat_fact (kind, occurred_at);
