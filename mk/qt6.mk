# The PyQt6 name oracle (tests/test_qt6_names.py): a venv holding PyQt6 only, never the plugin's
# or QGIS's Python. `make test` makes it; rebuilt when requirements-pyqt6.txt changes. The test
# fails in CI when this venv is missing or broken (it never skips there).
PYQT6_VENV := $(BUILD)/pyqt6-venv

.PHONY: pyqt6-venv

pyqt6-venv: $(PYQT6_VENV)/.installed

$(PYQT6_VENV)/.installed: requirements-pyqt6.txt
	@rm -rf $(PYQT6_VENV)
	@/usr/bin/python3 -m venv $(PYQT6_VENV)
	@$(PYQT6_VENV)/bin/python -m pip install -q --disable-pip-version-check -r requirements-pyqt6.txt
	@touch $@
