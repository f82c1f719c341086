"""The conflicts list applies keep-mine / keep-theirs choices through the workspace API
(a real Workspace on a temporary GeoPackage; the server is an in-memory client)."""

import pytest
from layout_checks import clipped_texts
from test_ui_support import conflicted_workspace

from agence_urbaine.core.sync.session import sync
from agence_urbaine.ui.conflicts import COLUMNS, ConflictsWidget

pytest_plugins = ["test_ui_support"]


def test_conflicts_list_shows_each_disputed_field(qtbot, tmp_path):
    _, workspace, path = conflicted_workspace(tmp_path / "ws.gpkg")
    widget = ConflictsWidget()
    qtbot.addWidget(widget)
    assert widget.load(str(path)) == 3
    columns = [COLUMNS.index(name) for name in ("feature", "field", "mine", "theirs")]
    rows = [[widget.table.item(r, c).text() for c in columns] for r in range(widget.table.rowCount())]
    assert rows == [["A", "levels", "2", "3"],
                    ["B", "levels", "2", "4"],
                    ["B", "use", "commerce", "bureau"],
                    ["C", "(whole feature)", "edited", "deleted"]]
    assert not widget.apply_button.isEnabled()  # nothing chosen yet
    workspace.close()


def test_keep_theirs_is_applied_through_the_workspace(qtbot, tmp_path):
    client, workspace, path = conflicted_workspace(tmp_path / "ws.gpkg")
    widget = ConflictsWidget()
    qtbot.addWidget(widget)
    widget.load(str(path))
    widget.choose(0, "theirs")  # A.levels
    widget.choose(1, "mine")  # B.levels
    assert widget.apply_button.isEnabled()
    resolved = []
    widget.resolved.connect(resolved.append)
    assert widget.apply() == 1  # B is only half chosen (use), C not at all: they stay listed
    assert resolved == [1]
    assert workspace.conflict_count() == 2
    assert workspace.features("buildings", ["a"])["a"]["properties"]["levels"] == 3
    assert "a" not in workspace.local_changes("buildings").all()  # theirs kept: nothing to send
    assert [widget.table.item(r, 0).text() for r in range(widget.table.rowCount())] == ["B", "B", "C"]

    widget.choose(0, "mine")  # B.levels
    widget.choose(1, "theirs")  # B.use
    widget.choose(2, "theirs")  # C: accept the server's deletion
    assert widget.apply() == 2
    assert workspace.conflict_count() == 0 and widget.table.rowCount() == 0
    b = workspace.features("buildings", ["b"])["b"]["properties"]
    assert (b["levels"], b["use"], b["version"]) == (2, "bureau", 2)
    assert "c" not in workspace.features("buildings")

    report = sync(client, workspace, "stop")  # the resolution goes out as chosen
    assert report.ok and report.pushed == 1 and report.conflicts == 0
    assert client.data["buildings"]["b"]["properties"]["levels"] == 2
    assert client.data["buildings"]["b"]["properties"]["use"] == "bureau"
    assert workspace.pending_changes() == 0
    workspace.close()


def test_keep_mine_on_a_feature_the_server_deleted_sends_it_again_under_a_new_id(qtbot, tmp_path):
    client, workspace, path = conflicted_workspace(tmp_path / "ws.gpkg")
    widget = ConflictsWidget()
    qtbot.addWidget(widget)
    widget.load(str(path))
    widget.choose_all("theirs")
    widget.choose(3, "mine")  # C: keep our edit
    assert widget.apply() == 3
    kept = [f for f in workspace.features("buildings").values() if f["properties"]["ref"] == "C"]
    assert len(kept) == 1 and kept[0]["id"] != "c" and kept[0]["properties"]["levels"] == 5
    report = sync(client, workspace, "stop")
    assert report.ok and report.pushed == 1
    assert kept[0]["id"] in client.data["buildings"]
    workspace.close()


@pytest.mark.parametrize("width", [300, 520])
def test_no_column_of_the_conflict_table_is_cut(qtbot, tmp_path, width):
    """Feature references as agencies write them are long ("PC-2024-000123"): the feature column
    took what the others left and cut them in a narrow dock; the table scrolls instead."""
    _, workspace, path = conflicted_workspace(tmp_path / "ws.gpkg")
    workspace.close()
    widget = ConflictsWidget()
    qtbot.addWidget(widget)
    widget.load(str(path))
    for row in range(widget.table.rowCount()):
        item = widget.table.item(row, 0)
        item.setText(f"PC-2024-{row:06d} · {item.text()}")
    widget.resize(width, 400)
    widget.show()
    qtbot.waitExposed(widget)
    assert clipped_texts(widget) == []


def test_the_choice_stays_in_view_in_a_narrow_dock(qtbot, tmp_path):
    """At the dock's width (about 300 px) the "Keep" menus were off to the right, behind a
    horizontal scroll that hid the feature when scrolled to."""
    _, workspace, path = conflicted_workspace(tmp_path / "ws.gpkg")
    workspace.close()
    widget = ConflictsWidget()
    qtbot.addWidget(widget)
    widget.load(str(path))
    widget.resize(300, 400)
    widget.show()
    qtbot.waitExposed(widget)
    keep = COLUMNS.index("keep")
    right = widget.table.columnViewportPosition(keep) + widget.table.columnWidth(keep)
    assert widget.table.horizontalScrollBar().value() == 0
    assert right <= widget.table.viewport().width()
    combo = widget._combo(0)  # A.levels: mine 2, theirs 3
    assert [combo.itemText(i) for i in range(combo.count())] == ["Choose…", "Mine: 2", "Theirs: 3"]
