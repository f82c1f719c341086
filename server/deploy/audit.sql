-- Audit trail of the agency server as deployed (applied after ../schema.sql; idempotent).
--
-- Every INSERT, UPDATE, DELETE (and TRUNCATE) of a collection table writes one row in
-- agency_audit: the account, the time, the operation, the old and the new values (jsonb; the
-- geometry as GeoJSON in the storage CRS). The account comes with the write itself:
--   * through the web: nginx authenticates the account and sets the X-Agency-User header (never
--     taken from the client); agency_wsgi.py (the gunicorn entry point wrapping pygeoapi) keeps it
--     for the request and, when pygeoapi's SQLAlchemy session begins its transaction, runs
--     SELECT set_config('agency.user', <account>, true), i.e. SET LOCAL: it lasts for that
--     transaction only, so a pooled connection never carries it to another request;
--   * any other way (psql, ogr2ogr, a script): no agency.user, the PostgreSQL login is recorded
--     as 'db:<login>'.
-- pygeoapi connects as agency_web, which may change the data but cannot read, change or delete
-- the audit rows: the trigger function runs as its owner (SECURITY DEFINER).

CREATE TABLE IF NOT EXISTS agency_audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    account text NOT NULL,
    db_user text NOT NULL DEFAULT session_user,
    table_name text NOT NULL,
    feature_id text,
    operation text NOT NULL,
    old_values jsonb,
    new_values jsonb,
    txid bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX IF NOT EXISTS agency_audit_feature_idx ON agency_audit (table_name, feature_id, at);
CREATE INDEX IF NOT EXISTS agency_audit_account_idx ON agency_audit (account, at);

CREATE OR REPLACE FUNCTION agency_current_account() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(NULLIF(current_setting('agency.user', true), ''), 'db:' || session_user)
$$;

CREATE OR REPLACE FUNCTION agency_audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    before jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
    after jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
BEGIN
    INSERT INTO agency_audit (account, table_name, feature_id, operation, old_values, new_values)
    VALUES (agency_current_account(), TG_TABLE_NAME, COALESCE(after, before) ->> 'id', TG_OP,
            before, after);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION agency_audit_truncate() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO agency_audit (account, table_name, operation)
    VALUES (agency_current_account(), TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END;
$$;

-- Audits a table (AFTER triggers: the values recorded are the ones stored, version included).
CREATE OR REPLACE FUNCTION agency_enable_audit(tbl text) RETURNS void AS $$
BEGIN
    EXECUTE format('DROP TRIGGER IF EXISTS agency_audit_row ON %I', tbl);
    EXECUTE format('CREATE TRIGGER agency_audit_row AFTER INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION agency_audit_row()', tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS agency_audit_truncate ON %I', tbl);
    EXECUTE format('CREATE TRIGGER agency_audit_truncate AFTER TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION agency_audit_truncate()', tbl);
END;
$$ LANGUAGE plpgsql;

-- "Who changed this feature": one row per change, the fields that changed with their old and
-- new values (version and updated_at, kept by the triggers, left out).
CREATE OR REPLACE VIEW agency_feature_history AS
SELECT a.table_name, a.feature_id, a.at, a.account, a.operation,
       (a.old_values ->> 'version')::integer AS old_version,
       (a.new_values ->> 'version')::integer AS new_version,
       (SELECT jsonb_object_agg(k.key, jsonb_build_object('old', a.old_values -> k.key,
                                                          'new', a.new_values -> k.key))
          FROM (SELECT jsonb_object_keys(COALESCE(a.new_values, '{}') || COALESCE(a.old_values, '{}'))
                       AS key) k
         WHERE k.key NOT IN ('version', 'updated_at')
           AND COALESCE(a.old_values -> k.key, 'null') IS DISTINCT FROM COALESCE(a.new_values -> k.key, 'null'))
         AS changes,
       a.db_user, a.id AS audit_id
  FROM agency_audit a;

CREATE OR REPLACE FUNCTION agency_who_changed(tbl text, fid text)
RETURNS SETOF agency_feature_history LANGUAGE sql STABLE AS $$
    SELECT * FROM agency_feature_history WHERE table_name = tbl AND feature_id = fid
     ORDER BY at, audit_id
$$;

-- The account pygeoapi connects with: data rights only. Its password (production) is set by
-- the administrator: ALTER ROLE agency_web PASSWORD '...' and pg_hba.conf scram-sha-256.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'agency_web') THEN
        CREATE ROLE agency_web LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
END;
$$;
GRANT USAGE ON SCHEMA public TO agency_web;
GRANT SELECT, INSERT ON agency_deleted TO agency_web;
REVOKE ALL ON agency_audit FROM PUBLIC;
REVOKE ALL ON agency_feature_history FROM PUBLIC;
