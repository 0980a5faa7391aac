-- PostgreSQL: the facts of one kind over a period are read from the index alone (index-only scans), which is what
-- keeps a year of indicators over a million cases within a second or two.
CREATE INDEX stat_fact_kind_time ON stat_fact (kind, occurred_at) INCLUDE (child_key, profile, flag, aux_at);
