#!/usr/bin/env bash
# Runs the plugin's Processing provider through qgis_process with a throw-away profile.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/qgis_process_env.sh
qgis_process_run plugins 2>/dev/null | grep -q '^\* agence_urbaine' \
  || { echo "the plugin's Processing provider did not load in qgis_process" >&2; exit 1; }
echo "Algorithms of the provider 'agenceurbaine':"
qgis_process_run list 2>/dev/null | grep -E "^\s*agenceurbaine:" || echo "  (none yet)"
