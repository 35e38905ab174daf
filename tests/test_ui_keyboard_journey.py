"""A keyboard-only journey (issue 20): through the case list, a new case, the date fields and
a sign-off, with key presses only, never a click or a setFocus after the start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from helpers.ui import focus_in, in_modal
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from chinacheck.case.examples import example_case
from chinacheck.storage import paths, store
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.new_case_dialog import NewCaseDialog
from chinacheck.ui.signoff_dialog import SignOffDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot, key: Qt.Key,  # type: ignore[no-untyped-def]
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget | None:
    """One key to whatever has the focus; returns what has it afterwards (None after a
    dialog closed: offscreen Qt forgets the focus then)."""
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, modifier)
    return QApplication.focusWidget()


def _tab_to(qtbot, target: QWidget, limit: int = 25) -> int:  # type: ignore[no-untyped-def]
    """Press Tab until ``target`` has the focus; how many presses it took."""
    for presses in range(1, limit + 1):
        if _press(qtbot, Qt.Key.Key_Tab) is target:
            return presses
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def _in_dialog(qtbot, kind: type, steps: Callable[[QWidget], None]) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """Run ``steps`` in the modal dialog about to open (tests/helpers/ui.py: in_modal)."""
    return in_modal(kind, steps)


def _check(failures: list[BaseException]) -> None:
    if failures:
        raise failures[0]


def test_keyboard_only_case_list_new_case_dates_and_sign_off(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow) -> None:
    folder = paths.ensure_dir(paths.cases_dir())
    for title in ("Alfa", "Bravo"):
        case = example_case()
        case.title = title
        store.save_case(case, folder / f"{title.lower()}.chinacheck")
    window.library.refresh()
    window.activateWindow()
    qtbot.waitActive(window)
    library = window.library
    library.search.setFocus()  # the one start position: the search field of the case list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is library.search, timeout=2000)

    # The case list: Tab into it, arrows inside, Enter opens, Tab out to the buttons.
    assert _tab_to(qtbot, library.table) <= 5
    _press(qtbot, Qt.Key.Key_Home)
    _press(qtbot, Qt.Key.Key_Down)
    opened = library.table.currentIndex().siblingAtColumn(0).data()
    _press(qtbot, Qt.Key.Key_Return)
    assert window.doc is not None and window.doc.case.title == opened
    library.table.setFocus()  # opening moved the focus to the tabs: back to the list
    assert _press(qtbot, Qt.Key.Key_Tab) is library.new_button

    # A new case from the keyboard: Ctrl+N, title, Tab to the kind, Enter.
    def new_case(dialog: QWidget) -> None:
        assert isinstance(dialog, NewCaseDialog)
        focus_in(qtbot, dialog, dialog.title)
        qtbot.keyClicks(QApplication.focusWidget(), "Toetsenbordreis")
        _press(qtbot, Qt.Key.Key_Tab)
        _press(qtbot, Qt.Key.Key_Down)
        _press(qtbot, Qt.Key.Key_Return)

    failures = _in_dialog(qtbot, NewCaseDialog, new_case)
    _press(qtbot, Qt.Key.Key_N, CTRL)
    _check(failures)
    doc = window.doc
    assert doc is not None and doc.case.title == "Toetsenbordreis"
    details = window.details_tab
    window.activateWindow()
    qtbot.waitActive(window)
    details.title.setFocus()  # offscreen Qt forgets the focus when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is details.title, timeout=2000)

    # The period: Tab reaches the empty start date, Up starts at today, Tab goes on at once;
    # the end date is typed.
    _tab_to(qtbot, details.start_date)
    _press(qtbot, Qt.Key.Key_Up)
    assert _press(qtbot, Qt.Key.Key_Tab) is details.end_date
    qtbot.keyClicks(details.end_date, "31122030")
    after = _press(qtbot, Qt.Key.Key_Tab)
    assert after is not None and after is not details.end_date
    assert doc.case.start_date == date.today() and doc.case.end_date == date(2030, 12, 31)

    # The sign-off dialog: Ctrl+Shift+A, fields by their Alt keys and Tab, Enter signs.
    def sign(dialog: QWidget) -> None:
        assert isinstance(dialog, SignOffDialog)
        focus_in(qtbot, dialog, dialog.final)  # inside the dialog, away from the name
        assert _press(qtbot, Qt.Key.Key_N, ALT) is dialog.name
        qtbot.keyClicks(dialog.name, "Zoe de Vries")
        role = _press(qtbot, Qt.Key.Key_Tab)
        assert role is not None and (role is dialog.role or dialog.role.isAncestorOf(role))
        qtbot.keyClicks(role, "Adviseur")
        assert _press(qtbot, Qt.Key.Key_Tab) is dialog.decision
        _press(qtbot, Qt.Key.Key_Down)  # "doorgaan onder voorwaarden": conditions open up
        assert _press(qtbot, Qt.Key.Key_Tab) is dialog.conditions
        qtbot.keyClicks(dialog.conditions, "Programma vooraf delen")
        assert _press(qtbot, Qt.Key.Key_Tab) is dialog.statement  # Tab leaves the text box
        assert _press(qtbot, Qt.Key.Key_Tab) is dialog.final
        _press(qtbot, Qt.Key.Key_Return)  # the default button: Aftekenen

        def refused() -> None:  # the dialog stays open when the sign-off is refused
            if dialog.isVisible():
                failures.append(AssertionError(dialog.error.text()))
                dialog.reject()

        QTimer.singleShot(100, refused)

    failures = _in_dialog(qtbot, SignOffDialog, sign)
    _press(qtbot, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    _check(failures)
    assert [s.name for s in doc.case.signoffs] == ["Zoe de Vries"]
    assert doc.case.signoffs[0].role == "Adviseur"
    assert doc.case.signoffs[0].conditions == "Programma vooraf delen"
    saved = store.load_case(doc.path).case  # type: ignore[arg-type]
    assert saved.start_date == date.today() and len(saved.signoffs) == 1
