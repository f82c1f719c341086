-- The synthetic `parcels` table (used when sample_data/hay_al_amal.gpkg is absent).
CREATE TABLE IF NOT EXISTS parcels (
    id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
    ref text,
    zone text,
    land_use text,
    area_m2 double precision,
    geom geometry(Polygon, 26191) NOT NULL
);
CREATE INDEX IF NOT EXISTS parcels_geom_idx ON parcels USING gist (geom);
SELECT agency_enable_versioning('parcels');
