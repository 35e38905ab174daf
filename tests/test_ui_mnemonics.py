"""Alt+letter keys are unique in every window state, in Dutch and in English (issue 20, 3)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers.mnemonics import clashes, menu_keys, menus_of, mnemonic, window_keys
from PySide6.QtWidgets import QDialog, QWidget

from chinacheck.case.examples import example_case
from chinacheck.guidance.content import load
from chinacheck.storage import store
from chinacheck.ui import translation


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translation.install(request.param)
    yield request.param
    translation.install("nl")


def _state_clashes(window: QWidget, state: str) -> list[str]:
    found = [f"{state}: {c}" for c in clashes(window_keys(window))]
    for menu in menus_of(window):
        found += [f"{state}, menu {menu.title()!r}: {c}" for c in clashes(menu_keys(menu))]
    return found


def _dialogs(language: str) -> Iterator[tuple[str, QDialog]]:
    from chinacheck.ui.audit_dialog import AuditDialog
    from chinacheck.ui.export_dialog import ExportDialog
    from chinacheck.ui.lifecycle_dialogs import EndDialog, ReviewDateDialog
    from chinacheck.ui.new_case_dialog import NewCaseDialog
    from chinacheck.ui.register_export import RegisterDialog
    from chinacheck.ui.settings_dialog import SettingsDialog
    from chinacheck.ui.signoff_dialog import FourEyesCaseDialog, SignOffDialog
    from chinacheck.ui.trash_dialog import TrashDialog
    from chinacheck.ui.woo_dialog import WooDialog

    content, case = load(), example_case()
    yield "new case", NewCaseDialog(content)
    yield "settings", SettingsDialog(language)
    yield "trash", TrashDialog()
    yield "sign-off", SignOffDialog("Zoë", sealing_available=False, gaps=["nog open"])
    yield "sign-off with seal", SignOffDialog("Zoë", sealing_available=True)
    final = SignOffDialog("Zoë", sealing_available=True, gaps=["nog open"])
    final.final.setChecked(True)  # shows the reason to sign off despite the gaps
    yield "final sign-off despite gaps", final
    yield "four eyes", FourEyesCaseDialog(None, "geen")
    yield "history", AuditDialog(case)
    yield "woo", WooDialog(case, content, language)
    yield "export", ExportDialog(False)
    yield "export with signing", ExportDialog(True)
    yield "end", EndDialog()
    yield "review date", ReviewDateDialog(date(2027, 1, 1), True)
    yield "register", RegisterDialog(content)


def test_mnemonic_reads_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("&Nieuw") == "n"
    assert mnemonic("Verwij&deren") == "d"
    assert mnemonic("Zoek && vind") is None
    assert mnemonic("A && &B") == "b"
    assert mnemonic("Geen") is None


def test_window_states_have_unique_mnemonics(qtbot, window, language: str,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    from chinacheck.ui.main_window import MainWindow

    win = window
    if language != "nl":  # the fixture's window was built in Dutch
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
    found = _state_clashes(win, f"{language}, no case")
    case = example_case()
    case.kind = "reis-uitgaand"  # a trip: the Nazorg tab is shown too
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    assert win.open_path(path)
    # Everything the window can show at once: the sign-off banner and the review button too.
    win.banner.show_for("Afgetekend", can_reopen=True)
    win.lifecycle_bar.review_button.show()
    for index in range(win.tabs.count()):
        if not win.tabs.isTabVisible(index):
            continue
        win.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        found += _state_clashes(win, f"{language}, tab {win.tabs.tabText(index)!r}")
    if win is not window:
        win.session.doc.undo_stack.setClean()  # type: ignore[union-attr]
        win.session.doc._unsaved = False  # type: ignore[union-attr]
    assert found == []


def test_dialogs_have_unique_mnemonics(qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for name, dialog in _dialogs(language):
        qtbot.addWidget(dialog)
        dialog.show()
        found += _state_clashes(dialog, f"{language}, {name}")
    assert found == []
