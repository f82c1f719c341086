#!/usr/bin/env bash
# Stops the reference agency server living in a folder (default .build/server); see agency_server.py.
# Usage: server/stop.sh [--folder DIR] [--venv DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec /usr/bin/python3 "$here/agency_server.py" stop "$@"
