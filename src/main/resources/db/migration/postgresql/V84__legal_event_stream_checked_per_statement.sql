-- PostgreSQL: every event still belongs to a timeline that exists, checked once per statement instead of once per
-- row. The foreign key looked its stream up and locked it for every event, 16 times for a case of an import, about a
-- fifth of the database's time per case (docs/performance.md). The trigger below checks all the rows a statement
-- (an import chunk's COPY, an append's INSERT) added in one query; since no stream is ever deleted or given another
-- case (the second trigger refuses both), a stream seen there stays until the event commits, which is what the
-- foreign key's lock was for. H2 keeps the foreign key.
ALTER TABLE legal_event DROP CONSTRAINT legal_event_case_id_fkey;

CREATE FUNCTION legal_event_stream_exists() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added_events e
               WHERE NOT EXISTS (SELECT 1 FROM timeline_stream s WHERE s.case_id = e.case_id)) THEN
        RAISE EXCEPTION 'legal_event: an event of a case without a timeline_stream'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER legal_event_stream_checked AFTER INSERT ON legal_event
    REFERENCING NEW TABLE AS added_events FOR EACH STATEMENT EXECUTE FUNCTION legal_event_stream_exists();

CREATE FUNCTION timeline_stream_is_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'timeline_stream is kept: a timeline is never deleted nor moved to another case'
        USING ERRCODE = 'foreign_key_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER timeline_stream_kept BEFORE DELETE OR UPDATE OF case_id ON timeline_stream
    FOR EACH ROW EXECUTE FUNCTION timeline_stream_is_kept();
