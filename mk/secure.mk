# The agency server as deployed (server/deploy/): nginx (TLS, accounts, roles) in front of two
# gunicorn/pygeoapi instances and PostgreSQL with the audit trail. `make server-secure` starts it
# (installing what is missing; the URL is the last line), `make server-secure-stop` stops it,
# `make server-secure-account NAME=amina ROLE=terrain COLLECTIONS=buildings` adds an account
# (asks for the password), `make server-secure-clean` removes the instance folder.
SECURE_DIR := $(BUILD)/server-secure
# pygeoapi's venv: the rule that installs it is in server.mk
SECURE_VENV := $(BUILD)/pygeoapi-venv
SECURE_PY := /usr/bin/python3 server/deploy/secure_server.py --folder $(SECURE_DIR) --venv $(SECURE_VENV)

.PHONY: server-secure server-secure-stop server-secure-url server-secure-account server-secure-clean nginx

nginx:
	@test -x /usr/sbin/nginx || apt-get install -y -q nginx-light >/dev/null

server-secure: system nginx $(SECURE_VENV)/.installed
	@$(SECURE_PY) start

server-secure-stop:
	@$(SECURE_PY) stop

server-secure-url:
	@$(SECURE_PY) url

server-secure-account:
	@$(SECURE_PY) account add $(NAME) --role $(ROLE) --collections "$(COLLECTIONS)"

server-secure-clean: server-secure-stop
	rm -rf $(SECURE_DIR)
