# User guide (docs/): screenshots taken from the real QGIS desktop under Xvfb.
#   make screenshots   QGIS in French and in Arabic with the sample project, the plugin's dock and
#                      dialogs, plus report and note pages from `make demo` → docs/images/*.png
# The dock is shown connected to the reference server when one answers (`make server` first).
.PHONY: screenshots

screenshots: venv pluginpath translations-qm
	@$(PY) scripts/screenshots.py
