# Sourced: sets up a throw-away HOME where the plugin is installed and enabled for qgis_process.
# Defines qgis_process_run ARGS... ; QGIS_PLUGINPATH points at .build/plugins (see make pluginpath).
REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mkdir -p "$REPO_DIR/.build/plugins"
ln -sfn "$REPO_DIR" "$REPO_DIR/.build/plugins/agence_urbaine"
export QGIS_PLUGINPATH="$REPO_DIR/.build/plugins"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
AU_HOME="${AU_HOME:-$(mktemp -d /tmp/agence_urbaine_home.XXXXXX)}"
export AU_HOME
qgis_process_run() {
  HOME="$AU_HOME" PYTHONPATH="$("$REPO_DIR/.venv/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")${PYTHONPATH:+:$PYTHONPATH}" \
    "$(command -v qgis_process.bin || command -v qgis_process)" "$@"
}
qgis_process_run plugins enable agence_urbaine >/dev/null 2>&1 || true  # "already enabled" exits 1; checked next
# AU_LOCALE=fr|ar|en: the throw-away profile's interface language (the plugin's translations follow it).
if [ -n "${AU_LOCALE:-}" ]; then
  ini="$AU_HOME/.local/share/QGIS/QGIS3/profiles/default/QGIS/QGIS3.ini"
  grep -q '^\[locale\]' "$ini" 2>/dev/null || printf '\n[locale]\noverrideFlag=true\nuserLocale=%s\n' "$AU_LOCALE" >> "$ini"
fi
