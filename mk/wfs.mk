# WFS-T reference server: QGIS Server (qgis_mapserver) over the reference tables without versioning
# triggers (database agency_wfs in the cluster of `make server`); see server/wfs_server.py.
# `make server-wfs` starts PostgreSQL if needed and prints the WFS URL as its last line.
WFS_PY := /usr/bin/python3 server/wfs_server.py --folder $(SERVER_DIR)

.PHONY: server-wfs server-wfs-stop

server-wfs: system
	@$(WFS_PY) start

server-wfs-stop:
	@$(WFS_PY) stop
