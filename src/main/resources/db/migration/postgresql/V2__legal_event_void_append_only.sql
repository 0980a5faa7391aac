-- PostgreSQL only: a void is history too. Deleting its row would silently bring a voided event back to life, so the
-- database refuses updates and deletes of legal_event_void as it does for legal_event and audit_entry.
CREATE FUNCTION legal_event_void_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'legal_event_void is append-only: a void is never undone';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER legal_event_void_no_update BEFORE UPDATE OR DELETE ON legal_event_void
    FOR EACH ROW EXECUTE FUNCTION legal_event_void_is_append_only();
