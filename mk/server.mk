# Reference agency server (PostgreSQL/PostGIS + pygeoapi) on 127.0.0.1; see server/agency_server.py.
# `make server` installs what is missing, starts both servers, loads the sample data the first
# time and prints the base URL as its last line. `make server-stop` stops them (data kept);
# `make server-clean` also removes the instance folder.
SERVER_DIR := $(BUILD)/server
PYGEOAPI_VENV := $(BUILD)/pygeoapi-venv
SERVER_PY := /usr/bin/python3 server/agency_server.py --folder $(SERVER_DIR) --venv $(PYGEOAPI_VENV)

.PHONY: server server-stop server-clean server-url pygeoapi-venv

# The venv's stamp holds the requirements it was made from (agency_server.py ensure_venv).
pygeoapi-venv:
	@/usr/bin/python3 server/agency_server.py venv --venv $(PYGEOAPI_VENV) >/dev/null

server: system pygeoapi-venv
	@$(SERVER_PY) start

server-stop:
	@$(SERVER_PY) stop

server-url:
	@$(SERVER_PY) url

server-clean: server-stop
	rm -rf $(SERVER_DIR)
