-- Reference agency server: PostGIS schema with optimistic versioning.
--
-- Every published table has a text `id` (a UUID the client may generate, so a retried create is
-- idempotent), an integer `version` and `updated_at`, both kept by triggers:
--   * an INSERT always starts at version 1. pygeoapi's PUT is an upsert (SQLAlchemy merge), so a
--     PUT of a feature deleted meanwhile would silently bring it back: an INSERT carrying a
--     version above 1, or reusing the id of a deleted feature (kept in agency_deleted), is refused
--     (SQLSTATE 40001 as well);
--   * a DELETE records the id in agency_deleted (ids are UUIDs: never reused);
--   * an UPDATE must carry the version currently stored, otherwise it is refused
--     (SQLSTATE 40001, message "version conflict"); an accepted UPDATE increments the version.
-- pygeoapi offers no ETag, so this trigger is what turns a stale PUT into a refusal.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE IF NOT EXISTS agency_deleted (
    table_name text NOT NULL,
    id text NOT NULL,
    version integer,
    deleted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (table_name, id)
);

CREATE OR REPLACE FUNCTION agency_version_insert() RETURNS trigger AS $$
BEGIN
    IF COALESCE(NEW.version, 1) > 1 THEN
        RAISE EXCEPTION 'version conflict on %.%: no such feature (sent version %)',
            TG_TABLE_NAME, NEW.id, NEW.version USING ERRCODE = '40001';
    END IF;
    IF EXISTS (SELECT 1 FROM agency_deleted d WHERE d.table_name = TG_TABLE_NAME AND d.id = NEW.id) THEN
        RAISE EXCEPTION 'version conflict on %.%: feature was deleted', TG_TABLE_NAME, NEW.id
            USING ERRCODE = '40001';
    END IF;
    NEW.version := 1;
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION agency_version_update() RETURNS trigger AS $$
BEGIN
    IF NEW.version IS DISTINCT FROM OLD.version THEN
        RAISE EXCEPTION 'version conflict on %.%: stored %, sent %',
            TG_TABLE_NAME, OLD.id, OLD.version, NEW.version
            USING ERRCODE = '40001';
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := clock_timestamp();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION agency_version_delete() RETURNS trigger AS $$
BEGIN
    INSERT INTO agency_deleted (table_name, id, version) VALUES (TG_TABLE_NAME, OLD.id, OLD.version)
        ON CONFLICT DO NOTHING;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

-- Adds the sync columns and triggers to a table (used for the synthetic tables and for layers
-- imported from a GeoPackage with ogr2ogr).
CREATE OR REPLACE FUNCTION agency_enable_versioning(tbl text) RETURNS void AS $$
BEGIN
    EXECUTE format('ALTER TABLE %I ADD COLUMN IF NOT EXISTS version integer NOT NULL DEFAULT 1', tbl);
    EXECUTE format('ALTER TABLE %I ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now()',
                   tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS agency_version_insert ON %I', tbl);
    EXECUTE format('CREATE TRIGGER agency_version_insert BEFORE INSERT ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION agency_version_insert()', tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS agency_version_update ON %I', tbl);
    EXECUTE format('CREATE TRIGGER agency_version_update BEFORE UPDATE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION agency_version_update()', tbl);
    EXECUTE format('DROP TRIGGER IF EXISTS agency_version_delete ON %I', tbl);
    EXECUTE format('CREATE TRIGGER agency_version_delete AFTER DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION agency_version_delete()', tbl);
END;
$$ LANGUAGE plpgsql;

CREATE TABLE IF NOT EXISTS buildings (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    parcel_ref text,
    levels integer,
    height_m double precision,
    use text,
    geom geometry(Polygon, 26191) NOT NULL
);
CREATE INDEX IF NOT EXISTS buildings_geom_idx ON buildings USING gist (geom);
SELECT agency_enable_versioning('buildings');

-- Published by planners from QGIS (agenceurbaine:publish, append or replace); starts empty. Any
-- geometry type: a zoning layer may mix polygons and multipolygons.
CREATE TABLE IF NOT EXISTS zoning (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    code text,
    label text,
    max_levels integer,
    geom geometry(Geometry, 26191) NOT NULL
);
CREATE INDEX IF NOT EXISTS zoning_geom_idx ON zoning USING gist (geom);
SELECT agency_enable_versioning('zoning');
