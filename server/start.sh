#!/usr/bin/env bash
# Starts the reference agency server living in a folder (default .build/server); see agency_server.py.
# Usage: server/start.sh [--folder DIR] [--venv DIR]   (last line printed: the base URL)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec /usr/bin/python3 "$here/agency_server.py" start "$@"
