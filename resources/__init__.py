"""Paths to the plugin's bundled resources."""

import os

HERE = os.path.dirname(__file__)


def icon_path(name: str = "icon.svg") -> str:
    return os.path.join(HERE, "icons", name)
