"""qgis_process (headless) loads the plugin's provider once the plugin is enabled."""

import pytest
from qgis_process import available, enabled_home, run

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))


def test_provider_listed_after_enable(tmp_path):
    home = tmp_path / "home"
    before = run(home, "plugins")
    assert "* agence_urbaine" not in before.stdout
    enabled_home(home)
    plugins = run(home, "plugins").stdout
    assert "* agence_urbaine" in plugins, plugins
    listing = run(home, "list").stdout
    assert "Agence urbaine" in listing, listing[-2000:]


def test_make_demo_writes_every_report_and_note(tmp_path):
    """README's first command: the demo writes 46 report pages and 6 notes through qgis_process.
    It broke once already (the many-files limit stopped it with no person to confirm)."""
    import os
    import subprocess
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    out = tmp_path / "demo"
    # a throw-away QGIS home of its own, not pytest-qgis's profile (QGIS_CUSTOM_CONFIG_PATH…)
    env = {k: v for k, v in os.environ.items()
           if k not in ("AU_HOME", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_OPTIONS_PATH")}
    done = subprocess.run(["bash", str(repo / "scripts" / "demo.sh")], cwd=repo, capture_output=True,
                          text=True, timeout=600, env={**env, "DEMO_OUT": str(out)})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert len(list((out / "reports").glob("*.pdf"))) == 46  # 45 applications and the summary
    assert len(list((out / "notes").glob("*.pdf"))) == 6  # 3 parcels × fr, ar
    assert (out / "findings.csv").stat().st_size > 0
