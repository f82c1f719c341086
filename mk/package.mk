# Packaging: dist/agence_urbaine-<version>.zip, installable with QGIS's "Install from ZIP".
# The whitelist of what ships lives in scripts/package.py; the .qm are compiled from i18n/*.ts.
.PHONY: package

package: translations
	@$(PY) scripts/package.py --dist dist --lrelease $(LRELEASE)
