"""Write the QGIS Server project of the WFS-T reference server (run with Debian's PyQGIS).

    python3 server/wfs_project.py OUT.qgs "host=127.0.0.1 port=5432 dbname=agency_wfs user=postgres" \
        buildings:Polygon parcels:Polygon

(A layer of a generic ``geometry`` column, like ``zoning``, makes PyQGIS 3.22 crash here
whatever the URI says: it is not published.)

One PostGIS layer per table (primary key ``id``, geometry ``geom``, EPSG:26191), each published
in WFS with Insert / Update / Delete ticked (project entries ``WFSLayers`` and
``WFSTLayers/Insert|Update|Delete``) and a GML coordinate precision (``WFSLayersPrecision``) of
9 decimals (a nanometre in EPSG:26191). Measured: the default, 6, rounds vertices; 16 prints
about 22 digits, which GDAL's GML reader (``OGRFastAtof``: digits accumulated in a double, then
divided by a power of ten) reads back a few ulps off, so every geometry looked changed to a
content comparison. With 9 decimals a projected coordinate has at most 16 digits, read back
exactly as stored.
"""

from __future__ import annotations

import sys

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

PRECISION = 9


def write_project(path: str, dsn: str, tables: list[tuple[str, str]]) -> None:
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:26191"))
    ids = []
    for table, geometry_type in tables:
        uri = (
            f"{dsn} key='id' srid=26191 type={geometry_type} checkPrimaryKeyUnicity='0' "
            f'table="public"."{table}" (geom)'
        )
        layer = QgsVectorLayer(uri, table, "postgres")
        if not layer.isValid():
            raise SystemExit(f"layer {table} is not valid: {layer.error().summary()}")
        project.addMapLayer(layer)
        ids.append(layer.id())
        project.writeEntry("WFSLayersPrecision", "/" + layer.id(), PRECISION)
    project.writeEntry("WFSLayers", "/", ids)
    for operation in ("Insert", "Update", "Delete"):
        project.writeEntry("WFSTLayers", operation, ids)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "Agency WFS-T reference")
    project.writeEntry("WMSExtent", "/", ["369000", "374000", "500000", "500000"])
    if not project.write(path):
        raise SystemExit(f"cannot write {path}")


def main(argv: list[str]) -> int:
    app = QgsApplication([], False)
    app.initQgis()
    try:
        write_project(argv[1], argv[2], [tuple(spec.split(":")) for spec in argv[3:]])
    finally:
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
