# Agence Urbaine Numérique — every target installs what it needs on a fresh Debian 12 machine.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BUILD := .build
PLUGINPATH := $(CURDIR)/$(BUILD)/plugins
export QT_QPA_PLATFORM ?= offscreen

.PHONY: test demo lint system venv pluginpath clean

# Feature areas add their own targets here (server, translations, package…).
-include mk/*.mk

system:
	@scripts/install-system.sh

# Debian's numpy is pinned so pip never upgrades it (newer numpy breaks osgeo.gdal_array).
$(VENV)/.installed: requirements.txt requirements-dev.txt scripts/install-system.sh
	@scripts/install-system.sh
	@test -x $(PY) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	@echo "numpy==$$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')" > $(VENV)/constraints.txt
	@$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	@touch $@

venv: system $(VENV)/.installed

pluginpath:
	@mkdir -p $(BUILD)/plugins
	@ln -sfn $(CURDIR) $(BUILD)/plugins/agence_urbaine

lint: venv
	$(VENV)/bin/ruff check .

test: venv pyqt6-venv pluginpath translations-qm lint
	$(PY) -m pytest

demo: venv pluginpath translations-qm
	@scripts/demo.sh

clean:
	rm -rf $(BUILD) .pytest_cache
