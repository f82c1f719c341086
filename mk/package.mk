# Packaging: dist/agence_urbaine-<version>.zip, installable with QGIS's "Install from ZIP".
# The whitelist of what ships lives in scripts/package.py; the .qm are compiled from i18n/*.ts.
# --check: the official repository's upload rules, bandit (nothing medium or high) and detect-secrets.
.PHONY: package

package: translations
	@$(PY) scripts/package.py --dist dist --lrelease $(LRELEASE) --check
