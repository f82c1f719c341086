# The test matrix: the whole suite on other QGIS versions, each in a cached Debian root.
#   make test-matrix            QGIS 3.40 (Debian 13) and 3.44 (Debian 13 backports), plus 3.22
#                               (Debian 12) when this machine is not Debian 12; needs root
#   make test-matrix ROOTS=trixie        only those roots (scripts/matrix.py --list shows them)
# Roots live in $(AGENCE_ROOTS) (default /var/cache/agence-urbaine/roots), built once and rebuilt
# when their recipe changes; see scripts/matrix.py. `make test` stays the quick host-only run.
.PHONY: test-matrix

test-matrix:
	@/usr/bin/python3 scripts/matrix.py $(ROOTS)
