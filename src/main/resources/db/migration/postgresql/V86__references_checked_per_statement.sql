-- PostgreSQL: the references of the tables an import fills (a case's parties, the case, the child, the child's
-- guardians, the case's timeline) are still checked, once per statement instead of once per row, as V84 does for
-- events. Each foreign key ran a query and locked the row it found for every row inserted: about sixteen times for a
-- case of an import, a seventh of the database's time (docs/performance.md). The checks below look at all the rows
-- a statement added or changed. As with a foreign key, an empty reference is not checked (NOT NULL, where a column
-- has it, refuses it first).
--
-- A foreign key also locks what it found, so that the row cannot be deleted before the insert commits. Here no row
-- these tables refer to is ever deleted or given another key: the triggers at the end refuse both (a case, a child,
-- an agency, a user account and a place are records Komar keeps; an account is disabled, a place retired). So a row
-- seen by a check stays until the statement's transaction commits. H2 keeps the foreign keys.
ALTER TABLE case_party DROP CONSTRAINT case_party_case_id_fkey;
ALTER TABLE case_party DROP CONSTRAINT case_party_agency_id_fkey;
ALTER TABLE case_party DROP CONSTRAINT case_party_user_id_fkey;
ALTER TABLE case_file DROP CONSTRAINT case_file_child_id_fkey;
ALTER TABLE case_file DROP CONSTRAINT case_file_place_code_fkey;
ALTER TABLE case_file DROP CONSTRAINT case_file_owner_agency_id_fkey;
ALTER TABLE child DROP CONSTRAINT child_residence_code_fkey;
ALTER TABLE child DROP CONSTRAINT child_owner_agency_id_fkey;
ALTER TABLE guardian DROP CONSTRAINT guardian_child_id_fkey;
ALTER TABLE timeline_stream DROP CONSTRAINT timeline_stream_case_id_fkey;

-- One function serves every table: its trigger names, in threes, a column, the table it refers to and that table's
-- key. Each reference is one anti-join over the rows the statement wrote (one query with OR between the references
-- of a table was twice as slow). The query is built from the trigger's own arguments, never from data.
CREATE FUNCTION references_exist() RETURNS trigger AS $$
DECLARE
    dangling BOOLEAN;
BEGIN
    FOR i IN 0 .. TG_NARGS - 1 BY 3 LOOP
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM new_rows r WHERE r.%1$I IS NOT NULL'
                       ' AND NOT EXISTS (SELECT 1 FROM %2$I p WHERE p.%3$I = r.%1$I))',
                       TG_ARGV[i], TG_ARGV[i + 1], TG_ARGV[i + 2]) INTO dangling;
        IF dangling THEN
            RAISE EXCEPTION '%.%: a reference to a row of % that does not exist', TG_TABLE_NAME, TG_ARGV[i],
                TG_ARGV[i + 1] USING ERRCODE = 'foreign_key_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_party_references_checked AFTER INSERT ON case_party
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('case_id', 'case_file', 'id', 'agency_id', 'agency', 'id',
                                      'user_id', 'app_user', 'id');
CREATE TRIGGER case_party_references_checked_on_update AFTER UPDATE ON case_party
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('case_id', 'case_file', 'id', 'agency_id', 'agency', 'id',
                                      'user_id', 'app_user', 'id');
CREATE TRIGGER case_file_references_checked AFTER INSERT ON case_file
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('child_id', 'child', 'id', 'place_code', 'geo_unit', 'code',
                                      'owner_agency_id', 'agency', 'id');
CREATE TRIGGER case_file_references_checked_on_update AFTER UPDATE ON case_file
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('child_id', 'child', 'id', 'place_code', 'geo_unit', 'code',
                                      'owner_agency_id', 'agency', 'id');
CREATE TRIGGER child_references_checked AFTER INSERT ON child
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('residence_code', 'geo_unit', 'code', 'owner_agency_id', 'agency', 'id');
CREATE TRIGGER child_references_checked_on_update AFTER UPDATE ON child
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('residence_code', 'geo_unit', 'code', 'owner_agency_id', 'agency', 'id');
CREATE TRIGGER guardian_references_checked AFTER INSERT ON guardian
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION references_exist('child_id', 'child', 'id');
CREATE TRIGGER guardian_references_checked_on_update AFTER UPDATE ON guardian
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION references_exist('child_id', 'child', 'id');
-- A timeline's case never changes (V84's timeline_stream_kept), so only what is inserted is checked; every append
-- updates its stream's version, which needs no check.
CREATE TRIGGER timeline_stream_case_checked AFTER INSERT ON timeline_stream
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION references_exist('case_id', 'case_file', 'id');

-- What the checks above rely on: these rows are kept, and keep their keys.
CREATE FUNCTION referenced_row_is_kept() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '%: a row other records refer to is never deleted nor given another key', TG_TABLE_NAME
        USING ERRCODE = 'foreign_key_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER case_file_kept BEFORE DELETE OR UPDATE OF id ON case_file
    FOR EACH ROW EXECUTE FUNCTION referenced_row_is_kept();
CREATE TRIGGER child_kept BEFORE DELETE OR UPDATE OF id ON child
    FOR EACH ROW EXECUTE FUNCTION referenced_row_is_kept();
CREATE TRIGGER agency_kept BEFORE DELETE OR UPDATE OF id ON agency
    FOR EACH ROW EXECUTE FUNCTION referenced_row_is_kept();
CREATE TRIGGER app_user_kept BEFORE DELETE OR UPDATE OF id ON app_user
    FOR EACH ROW EXECUTE FUNCTION referenced_row_is_kept();
CREATE TRIGGER geo_unit_kept BEFORE DELETE OR UPDATE OF code ON geo_unit
    FOR EACH ROW EXECUTE FUNCTION referenced_row_is_kept();
