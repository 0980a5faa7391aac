-- PostgreSQL: payloads are stored out of line without trying to compress them (child keys do not compress), which
-- keeps both writing and reading a pack cheap.
ALTER TABLE stat_pack ALTER COLUMN payload SET STORAGE EXTERNAL;
