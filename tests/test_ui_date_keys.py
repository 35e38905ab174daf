"""Date fields from the keyboard (issue 20, finding 2): Tab always leaves, arrows and typing
edit the sections, Up on an empty field starts from today."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from chinacheck.case.examples import example_case
from chinacheck.storage import store
from chinacheck.ui import fields
from chinacheck.ui.main_window import MainWindow


def _period(qtbot, window: MainWindow, tmp_path: Path, start: date | None):  # type: ignore[no-untyped-def]
    case = example_case()
    case.start_date, case.end_date = start, None
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    window.open_path(path)
    window.tabs.setCurrentWidget(window._details)
    details = window.details_tab
    window.activateWindow()
    qtbot.waitActive(window)
    return details


def _focus(qtbot, edit: QDateEdit) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=2000)


def test_tab_leaves_an_empty_date_field_both_ways(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    details = _period(qtbot, window, tmp_path, None)
    assert details.start_date.text() == "—"
    _focus(qtbot, details.start_date)
    qtbot.keyClick(details.start_date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details.end_date  # one press, not 24
    qtbot.keyClick(details.end_date, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is details.start_date
    qtbot.keyClick(details.start_date, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is not details.start_date


def test_tab_leaves_a_filled_date_field_at_once(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    details = _period(qtbot, window, tmp_path, date(2027, 3, 14))
    _focus(qtbot, details.start_date)
    qtbot.keyClick(details.start_date, Qt.Key.Key_Tab)  # not on to the month
    assert QApplication.focusWidget() is details.end_date
    assert fields.date_value(details.start_date) == date(2027, 3, 14)


def test_up_on_an_empty_date_starts_from_today_and_arrows_edit_sections(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    details = _period(qtbot, window, tmp_path, None)
    edit = details.start_date
    _focus(qtbot, edit)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    today = date.today()
    assert fields.date_value(edit) == today  # not 02-01-2000
    assert window.doc is not None and window.doc.case.start_date == today
    edit.setCurrentSection(QDateEdit.Section.YearSection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    value = fields.date_value(edit)
    assert value is not None and (value.year, value.month) == (today.year + 1, today.month)
    qtbot.keyClick(edit, Qt.Key.Key_Home)  # to the first section, the day
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    earlier = fields.date_value(edit)
    assert earlier is not None and (earlier.year, earlier.month) == (value.year, value.month)
    assert earlier.day == max(value.day - 1, 1)

def test_a_date_typed_into_an_empty_field(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    details = _period(qtbot, window, tmp_path, None)
    edit = details.start_date
    _focus(qtbot, edit)
    qtbot.keyClicks(edit, "14032027")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details.end_date
    assert window.doc is not None and window.doc.case.start_date == date(2027, 3, 14)
