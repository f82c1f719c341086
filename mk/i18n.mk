# Translations: i18n/agence_urbaine_<lang>.ts are sources (committed), .qm are build outputs.
#   make translations         refresh the .ts from the code, compile the .qm, list what is left to translate
#   make translations-qm      only compile the .qm from the committed .ts (no source rewrite)
#   make translations-status  list unfinished messages without touching anything
#   make translations-check   fail if a tr() string of the code is missing or unfinished in a .ts
# The extractor is ours, not pylupdate5: see the docstring of scripts/i18n_extract.py for why.
I18N_LANGS := fr ar en
# agence_urbaine_rtl.ts (written by the extractor) only turns Qt right-to-left: plugin.py installs it
# for right-to-left locales; it is not a language, so report languages never flip the interface.
# agence_urbaine_qgis_<lang>.ts (also written by the extractor) corrects QGIS's own catalogue of a
# language: plugin.py installs it after QGIS's when QGIS runs in that language.
I18N_TS := $(I18N_LANGS:%=i18n/agence_urbaine_%.ts) i18n/agence_urbaine_rtl.ts i18n/agence_urbaine_qgis_ar.ts
I18N_QM := $(I18N_TS:.ts=.qm)
LRELEASE ?= lrelease

.PHONY: translations translations-qm translations-status translations-check

translations: venv
	@$(PY) scripts/i18n_extract.py update $(I18N_LANGS)
	@$(MAKE) -s --no-print-directory translations-qm

translations-qm: $(I18N_QM)

i18n/agence_urbaine_%.qm: i18n/agence_urbaine_%.ts
	@$(LRELEASE) -silent $< -qm $@

translations-status:
	@$(PY) scripts/i18n_extract.py status $(I18N_LANGS)

translations-check: venv
	@$(PY) scripts/i18n_extract.py check $(I18N_LANGS)
