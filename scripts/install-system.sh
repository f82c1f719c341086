#!/usr/bin/env bash
# Installs the Debian 12 packages the project needs, only those missing (quick the second time).
set -euo pipefail
packages=(
  python3-qgis qgis qgis-providers python3-venv python3-pip python3-requests
  xvfb xauth imagemagick poppler-utils qttools5-dev-tools pyqt5-dev-tools
  fonts-dejavu-core fonts-noto-core fonts-noto-extra
  postgresql postgis postgresql-15-postgis-3 gdal-bin curl qgis-server nginx-light openssl
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
