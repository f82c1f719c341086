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
