-- PostgreSQL only: trigram indexes for partial-name search and a guard that makes the audit trail append-only
-- even for someone holding the application's database credentials through a SQL console.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX child_search_latin_trgm ON child USING gin (search_latin gin_trgm_ops);
CREATE INDEX child_search_khmer_trgm ON child USING gin (search_khmer gin_trgm_ops);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

CREATE FUNCTION legal_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'legal_event is append-only: void an event instead';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER legal_event_no_update BEFORE UPDATE OR DELETE ON legal_event
    FOR EACH ROW EXECUTE FUNCTION legal_event_is_append_only();
