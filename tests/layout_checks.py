"""Finds text a user cannot read whole: a wrapped label shorter than its text, a button or
check box narrower than its text, a table column narrower than its contents or header.

Used on the dialogs and dock panels at their narrowest, in every language (issue #14: the publish
dialog's mode explanation lost its second line; the conflict table's feature column was cut)."""

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QStyle, QTableView, QWidget


def _cut_by_a_parent(widget: QWidget) -> bool:
    """Shown only in part across: a parent (a scroll area's viewport) is narrower than the
    widget and cannot be scrolled sideways. Parts scrolled out of view vertically do not count."""
    shown = widget.visibleRegion().boundingRect()
    if shown.isEmpty() or shown.width() + 1 >= widget.width():
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.horizontalScrollBar().isVisible():
            return False
        parent = parent.parentWidget()
    return True


def clipped_texts(root: QWidget, tables: bool = True) -> list[str]:
    """One line per piece of text that does not fit, naming the widget and its text."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() + 1 < needed:
                problems.append(f"label {label.objectName() or label.text()[:40]!r}: "
                                f"{label.height()} px high, its text needs {needed}")
        elif label.width() + 1 < label.minimumSizeHint().width():
            problems.append(f"label {label.text()[:40]!r}: {label.width()} px wide, "
                            f"needs {label.minimumSizeHint().width()}")
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if widget.isVisibleTo(root) and widget.text() and _cut_by_a_parent(widget):
            problems.append(f"{type(widget).__name__} {widget.text()[:40]!r}: only "
                            f"{widget.visibleRegion().boundingRect().width()} of its {widget.width()} px "
                            "are shown across")
    for button in root.findChildren(QAbstractButton):
        needed = button.minimumSizeHint().width()
        if button.isVisibleTo(root) and button.text() and button.width() + 1 < needed:
            problems.append(f"button {button.text()!r}: {button.width()} px wide, needs "
                            f"{button.minimumSizeHint().width()}")
    for table in root.findChildren(QTableView) if tables else ():
        if not table.isVisibleTo(root) or table.model() is None or table.model().rowCount() == 0:
            continue
        header = table.horizontalHeader()
        for column in range(table.model().columnCount()):
            if table.isColumnHidden(column):
                continue
            title = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            # the title's own width (sectionSizeHint adds room for a sort arrow the tables lack)
            margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            needed = max(table.sizeHintForColumn(column),
                         header.fontMetrics().horizontalAdvance(title) + 2 * margin)
            if table.columnWidth(column) + 1 < needed:
                problems.append(f"table {table.objectName()!r}, column {title!r}: "
                                f"{table.columnWidth(column)} px wide, its contents need {needed}")
    return problems
