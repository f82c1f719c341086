"""The shapely check names what to install, and accepts shapely 2."""

import builtins
import sys
import types

from agence_urbaine.core import dependencies


def test_shapely_two_is_accepted():
    assert dependencies.shapely_problem() is None


def test_old_shapely_is_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", types.SimpleNamespace(__version__="1.8.5.post1"))
    problem = dependencies.shapely_problem()
    assert problem is not None
    assert "1.8.5.post1" in problem and "shapely>=2" in problem


def test_missing_shapely_is_reported(monkeypatch):
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "shapely":
            raise ImportError("No module named 'shapely'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "shapely", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    problem = dependencies.shapely_problem()
    assert problem is not None and "shapely>=2" in problem
