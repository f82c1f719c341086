"""The plugin's messages in QGIS's real message bar, and the texts of publish results."""

from test_ui_support import RecordingMessageBar

from agence_urbaine.core.i18n import use_language
from agence_urbaine.core.sync.publish import PublishReport, geometry_problem
from agence_urbaine.ui.widgets import Notifier

pytest_plugins = ["test_ui_support"]


class _Iface:
    def __init__(self):
        self.bar = RecordingMessageBar()

    def messageBar(self):
        return self.bar


def test_a_new_result_takes_the_earlier_warning_off_the_bar(qgis_app, qtbot):
    """A sync's conflict warning stays until closed; once the conflict was resolved and the next
    sync succeeded, the warning came back when the success message timed out."""
    from qgis.core import Qgis

    iface = _Iface()
    qtbot.addWidget(iface.bar)
    notify = Notifier(iface)
    notify("1 conflict(s): resolve them in the Field work tab.", Qgis.MessageLevel.Warning)
    notify("Could not reach the server.", Qgis.MessageLevel.Critical, details="timeout after 30 s")
    notify("Synchronised: 1 sent.", Qgis.MessageLevel.Success)
    assert [item.text() for item in iface.bar.items()] == ["Synchronised: 1 sent."]
    iface.bar.popWidget(iface.bar.items()[0])  # timed out or closed by the user
    notify("Another warning.", Qgis.MessageLevel.Warning)  # no error for the item already gone
    assert [item.text() for item in iface.bar.items()] == ["Another warning."]


def test_publish_results_are_worded_for_people(qgis_app):
    """No "(append)" / "(replace)", the collection by its title, GEOS's words made readable."""
    bowtie = {"type": "Polygon", "coordinates": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}
    with use_language("fr") as french:
        assert french
        reason = geometry_problem(bowtie)
        added = PublishReport("buildings", "append", sent=3, invalid=[("PC-7", reason)],
                              title="Constructions")
        replaced = PublishReport("buildings", "replace", sent=3, deleted=2, title="Constructions")
        added_text, replaced_text = added.summary(), replaced.summary()
        texts = added_text + "\n" + replaced_text
    assert reason == "auto-intersection en (5,00 ; 5,00)"
    assert "append" not in texts and "replace" not in texts and "buildings" not in texts
    assert "3 entité(s) ajoutée(s) à Constructions" in added_text
    assert "3 entité(s) publiée(s) dans Constructions, à la place de ses entités" in replaced_text
    assert "PC-7 (auto-intersection en (5,00 ; 5,00))" in texts
