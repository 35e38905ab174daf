"""Readiness in the app: the sign-off dialog shows the gaps of a final sign-off and wants a
reason, and the "Nog te doen" panel follows every change of the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from chinacheck.case import readiness
from chinacheck.case.examples import example_case
from chinacheck.case.model import Decision, RiskLevel
from chinacheck.storage import store
from chinacheck.ui.checklist_model import ITEM_ID_ROLE
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.signoff_dialog import SignOffDialog


def _panel_lines(window: MainWindow) -> list[str]:
    panel = window.readiness
    return [panel.gaps.item(n).text() for n in range(panel.gaps.count())]


def test_a_final_sign_off_of_an_unready_case_needs_a_written_reason(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    expected = [gap.message for gap in readiness.gaps(example_case())]
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignOffDialog)
        assert dialog.gaps_list.isHidden() and dialog.despite.isHidden()  # not final: no list
        dialog.name.setText("Zoë de Vries")
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.DOORGAAN.value))
        dialog.final.setChecked(True)
        seen["shown"] = dialog.gaps_list.isVisible() and dialog.despite.isVisible()
        seen["listed"] = [dialog.gaps_list.item(n).text()
                          for n in range(dialog.gaps_list.count())]
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()  # no reason yet
        QTimer.singleShot(0, lambda: give_reason(dialog))

    def give_reason(dialog: SignOffDialog) -> None:
        seen["still_open"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        seen["saved_before"] = store.load_case(path).case.signoffs
        qtbot.keyClicks(dialog.despite, "Het college besloot al.")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    window.signoffs.signoff_action.trigger()
    assert seen["shown"] and seen["listed"] == expected
    assert seen["still_open"] and "reden" in str(seen["error"]).lower()
    assert seen["saved_before"] == []
    signed = store.load_case(path).case.signoffs[-1]
    assert signed.final and signed.despite is not None
    assert signed.despite.reason == "Het college besloot al."
    assert [text for _code, text in signed.despite.gaps] == expected
    assert window.readiness.summary.text() == "De zaak is definitief afgetekend."
    from chinacheck.ui.audit_dialog import AuditDialog

    history = AuditDialog(store.load_case(path).case, window)
    assert "reden: Het college besloot al." in history.signoffs_text
    model = history.model
    assert "Het college besloot al." in model.data(model.index(model.rowCount() - 2, 3))
    history.deleteLater()


def test_the_readiness_panel_updates_as_the_case_changes(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, tmp_path: Path) -> None:
    assert window.readiness.summary.text() == "Geen zaak geopend."
    case = example_case()
    case.organisation = ""
    case.overall_risk = RiskLevel.UNDETERMINED
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    window.open_path(path)
    lines = _panel_lines(window)
    assert "geen organisatie ingevuld" in lines
    assert "het totale risico is nog niet bepaald" in lines
    assert f"Nog {len(lines)} punt(en) open" in window.readiness.summary.text()
    details = window.details_tab
    type_text(details.organisation, "Gemeente Zwolle")
    assert "geen organisatie ingevuld" not in _panel_lines(window)
    details.risk.setCurrentIndex(details.risk.findData(RiskLevel.HOOG.value))
    assert "het totale risico is nog niet bepaald" not in _panel_lines(window)
    assert len(_panel_lines(window)) == len(lines) - 2
    window.undo_action.trigger()  # undo follows too
    assert "het totale risico is nog niet bepaald" in _panel_lines(window)


def test_a_question_in_the_panel_opens_it_in_the_checklist(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    first = readiness.gaps(example_case())[0]
    assert first.code == "unanswered:need-right-partner"
    panel = window.readiness.gaps
    panel.setFocus()
    panel.setCurrentRow(0)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window._checklist
    assert window.checklist_tab.current_index().data(ITEM_ID_ROLE) == "need-right-partner"
