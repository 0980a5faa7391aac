-- PostgreSQL: two indexes that held an entry for every row but were only ever searched for a few of them. Each entry
-- less is one less B-tree insertion for every case an import stores (docs/performance.md).
-- Only pending alerts are looked up by their due date (what falls due soon); breached ones, most of the table, by
-- when they were breached or seen.
DROP INDEX worklist_alert_status_due;
CREATE INDEX worklist_alert_pending_due ON worklist_alert (due_at) WHERE status = 'PENDING';
-- Parties are looked up by user only for the users a case is assigned to by name; most parties are agencies.
DROP INDEX case_party_user;
CREATE INDEX case_party_user ON case_party (user_id, case_id) WHERE user_id IS NOT NULL;
