"""No keyboard traps, visible focus (issue 20, findings 1 and 9): Tab leaves every table and
tree, arrows move inside, scroll areas take no Tab stop, the focused cell is framed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QScrollArea, QWidget

from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEntry
from chinacheck.case.vocabulary import AuditEvent
from chinacheck.storage import paths, store
from chinacheck.ui.audit_dialog import AuditDialog
from chinacheck.ui.main_window import MainWindow


def _cases(count: int) -> None:
    folder = paths.ensure_dir(paths.cases_dir())
    for n in range(count):
        case = example_case()
        case.title = f"Zaak {n}"
        store.save_case(case, folder / f"zaak-{n}.chinacheck")


def _inside(widget: QWidget) -> bool:
    """The focus is in ``widget`` (or in an editor it opened in one of its cells)."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    qtbot.waitActive(widget.window())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _inside(widget), timeout=2000)


def _leaves_with_tab(qtbot, view: QWidget) -> None:  # type: ignore[no-untyped-def]
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        _focus(qtbot, view)
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert not _inside(view), (view.accessibleName(), key)


def _item_views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if not isinstance(v.parentWidget(), QComboBox)
            and not isinstance(v.parentWidget() and v.parentWidget().parentWidget(), QComboBox)
            and type(v).__name__ != "QComboBoxListView"]


def test_tab_leaves_the_case_list_both_ways_and_arrows_move_in_it(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    _cases(3)
    window.library.refresh()
    table = window.library.table
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    first = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == first + 1  # arrows move inside
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    # out of the list, on to the buttons under it (never reached by Tab before)
    assert QApplication.focusWidget() is window.library.new_button
    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.library.review_filter


def test_tab_leaves_every_table_and_tree_of_every_tab(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    case.kind = "reis-uitgaand"  # with the Nazorg tab
    store.save_case(case, path)
    window.open_path(path)
    seen = 0
    for index in range(window.tabs.count()):
        if not window.tabs.isTabVisible(index):
            continue
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        for view in _item_views(window):
            assert not view.tabKeyNavigation(), view.accessibleName()
            if view.isVisible() and view.isEnabled() \
                    and view.focusPolicy() & Qt.FocusPolicy.TabFocus:
                _leaves_with_tab(qtbot, view)
                seen += 1
    # the library, the overview, checklist and technology trees, the record tables, …
    assert seen >= 8


def test_tab_leaves_the_history_table(qtbot) -> None:  # type: ignore[no-untyped-def]
    case = example_case()
    case.audit = [AuditEntry(datetime(2027, 1, d, tzinfo=UTC), AuditEvent.DETAILS_CHANGED, 1)
                  for d in range(1, 4)]
    dialog = AuditDialog(case)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _leaves_with_tab(qtbot, dialog.table)
    _focus(qtbot, dialog.table)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentIndex().row() == 1  # arrows move inside


def test_scroll_areas_take_no_tab_stop(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    areas = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        areas += [a for a in window.findChildren(QScrollArea) if a not in areas]
    assert areas  # the Zaak tab is one
    assert [a.accessibleName() for a in areas
            if a.focusPolicy() != Qt.FocusPolicy.NoFocus] == []
    # Tab from the title goes to the next field, not to the area around the form
    details = window.details_tab
    window.tabs.setCurrentWidget(window._details)
    _focus(qtbot, details.title)
    qtbot.keyClick(details.title, Qt.Key.Key_Backtab)
    assert not isinstance(QApplication.focusWidget(), QScrollArea)


def test_the_focused_cell_is_framed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _cases(2)
    window.library.refresh()
    table = window.library.table
    table.selectRow(0)
    _focus(qtbot, table)
    table.setCurrentIndex(table.model().index(0, 1))
    qtbot.wait(10)
    current = table.visualRect(table.model().index(0, 1))
    beside = table.visualRect(table.model().index(0, 2))
    image = table.viewport().grab().toImage()
    edge = table.palette().color(table.palette().ColorRole.HighlightedText)
    middle = current.center().y()
    # the current cell's left edge is drawn in the selected row's text colour; the cell
    # beside it, selected too but not current, has none
    assert image.pixelColor(current.left() + 1, middle) == edge
    assert image.pixelColor(beside.left() + 1, middle) != edge


def test_tab_does_not_scroll_the_title_out_of_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _cases(2)
    window.library.refresh()
    table = window.library.table
    table.setColumnWidth(0, 400)
    table.resize(300, table.height())  # narrower than its columns
    _focus(qtbot, table)
    for _ in range(3):
        _focus(qtbot, table)
        qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.horizontalScrollBar().value() == 0
    assert table.currentIndex().column() in (-1, 0)


def test_tab_in_a_cell_editor_keeps_the_text_and_leaves_the_table(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    window.tabs.setCurrentWidget(window._details)
    table = window.details_tab.counterparts
    view = table.view
    _focus(qtbot, view)  # the first cell's editor opens at once
    assert view.currentIndex().row() == 0 and view.currentIndex().column() == 0
    editor = QApplication.focusWidget()
    assert editor is not view and view.isAncestorOf(editor)
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Zhang San")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not _inside(view)  # not into the next cell's editor
    assert window.doc is not None and window.doc.case.counterparts[0].name == "Zhang San"


def test_library_filters_have_visible_labels_that_name_them(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QAccessible

    library = window.library
    for combo, label in ((library.kind_filter, library.kind_label),
                         (library.risk_filter, library.risk_label)):
        assert label.isVisible() and label.buddy() is combo
        interface = QAccessible.queryAccessibleInterface(combo)
        labels = [other.text(QAccessible.Text.Name)
                  for other, _relation in interface.relations(QAccessible.RelationFlag.Label)]
        assert labels == [label.text()]
