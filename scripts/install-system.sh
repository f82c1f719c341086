#!/usr/bin/env bash
# Installs the Debian packages the project needs (Debian 12 and 13), only those missing (quick the
# second time). Versioned package names are not assumed: PostGIS is the one built for the
# PostgreSQL major version that apt installs (or has installed) as `postgresql` on this release.
set -euo pipefail
packages=(
  python3-qgis qgis qgis-providers python3-venv python3-pip python3-requests
  xvfb xauth imagemagick poppler-utils qttools5-dev-tools pyqt5-dev-tools
  fonts-dejavu-core fonts-noto-core fonts-noto-extra
  postgresql postgis gdal-bin curl qgis-server nginx-light openssl
)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
updated=""
apt_update() {
  [ -n "$updated" ] || $SUDO apt-get update -qq
  updated=yes
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# The PostgreSQL major version of the `postgresql` metapackage: installed, else apt's candidate.
postgresql_major() {
  local depends
  if installed postgresql; then
    depends=$(dpkg-query -W -f='${Depends}' postgresql)
  else
    depends=$(apt-cache show --no-all-versions postgresql 2>/dev/null | sed -n 's/^Depends: //p' | head -n1)
    if [ -z "$depends" ]; then
      apt_update
      depends=$(apt-cache show --no-all-versions postgresql | sed -n 's/^Depends: //p' | head -n1)
    fi
  fi
  grep -o 'postgresql-[0-9][0-9]*' <<<"$depends" | head -n1 | cut -d- -f2
}

major=$(postgresql_major)
if [ -z "$major" ]; then
  echo "install-system.sh: cannot tell which PostgreSQL version this release installs" >&2
  exit 1
fi
packages+=("postgresql-$major-postgis-3")

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
apt_update
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
