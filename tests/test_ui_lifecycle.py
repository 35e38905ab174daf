"""The life of a case in the app: the phase line and the Fase menu, ending a tie, planning and
starting a review, and the Nazorg tab of a trip, on a locked case, through the real widgets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from chinacheck.case import lifecycle
from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent, Case
from chinacheck.case.signoff import sign_off
from chinacheck.storage import settings, store
from chinacheck.ui import fields, prompts, translation
from chinacheck.ui.app import Application
from chinacheck.ui.debrief_model import ELECTRONIC, NOTE
from chinacheck.ui.lifecycle_dialogs import EndDialog
from chinacheck.ui.main_window import MainWindow

SIGNED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _decided(tmp_path: Path, kind: str, at: datetime = SIGNED) -> Path:
    case = example_case()
    case.kind = kind
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True, at=at)
    path = tmp_path / f"{kind}.chinacheck"
    store.save_case(case, path)
    return path


def _moves(window: MainWindow) -> list[str]:
    return [a.data() for a in window.lifecycle.phase_menu.actions()]


def _move(window: MainWindow, target: str) -> None:
    action = next(a for a in window.lifecycle.phase_menu.actions() if a.data() == target)
    action.trigger()


def _saved(path: Path) -> Case:
    loaded = store.load_case(path)
    assert loaded.finding is None or not loaded.finding.tampered, loaded.finding
    return loaded.case


def test_a_decided_trip_moves_through_its_phases_and_undo_is_recorded(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    path = _decided(tmp_path, "reis-uitgaand")
    window.open_path(path)
    bar = window.lifecycle_bar
    assert bar.isVisible() and bar.label.text().startswith("Fase: Besluit")
    assert _moves(window) == lifecycle.targets(window.session.doc.case)  # from the data
    assert "in-uitvoering" in _moves(window) and "beeindigd" not in _moves(window)
    _move(window, "in-uitvoering")
    assert _saved(path).phase == "in-uitvoering" and not window.isWindowModified()
    assert bar.label.text().startswith("Fase: In uitvoering")
    _move(window, "nazorg")
    case = _saved(path)
    assert case.phase == "nazorg" and case.locked
    assert [e.detail["to"] for e in case.audit if e.event is AuditEvent.PHASE_CHANGED] == [
        "besluit", "in-uitvoering", "nazorg"]
    assert "Nazorg nog af te ronden" in bar.label.text()  # in words
    # undo puts the phase back like any edit; the trail records that move too
    window.undo_action.trigger()
    assert window.session.doc.case.phase == "in-uitvoering" and window.isWindowModified()
    window.save_action.trigger()
    case = _saved(path)  # not seen as changed outside ChinaCheck
    assert case.phase == "in-uitvoering"
    assert case.audit[-1].detail == {"from": "nazorg", "to": "in-uitvoering", "by": "undo"}
    window.redo_action.trigger()
    window.save_action.trigger()
    assert _saved(path).phase == "nazorg"


def test_a_case_in_preparation_offers_only_what_the_data_allows(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    assert _moves(window) == ["afgesloten"]
    assert not window.lifecycle.review_start_action.isEnabled()
    assert not window.lifecycle_bar.review_button.isVisible()
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window._debrief))  # stedenband


def test_ending_a_tie_asks_date_and_reason(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    path = _decided(tmp_path, "stedenband")
    window.open_path(path)
    _move(window, "in-uitvoering")
    errors: list[str] = []
    calls: list[int] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EndDialog)
        calls.append(1)
        if len(calls) == 1:  # first without a reason: refused, the dialog opens again
            dialog.reason.setPlainText("  ")
            QTimer.singleShot(0, fill)
        else:
            errors.append(dialog.error.text())
            fields.set_date(dialog.on, date(2026, 6, 1))
            dialog.reason.setPlainText("Raadsbesluit <b>motie</b>")
        dialog.accept()

    QTimer.singleShot(0, fill)
    _move(window, "beeindigd")
    case = _saved(path)
    assert case.phase == "beeindigd" and case.ended is not None
    assert (case.ended.on, case.ended.reason) == (date(2026, 6, 1), "Raadsbesluit <b>motie</b>")
    assert errors and "reden" in errors[0]
    text = window.lifecycle_bar.label.text()
    assert "beëindigd op 1 juni 2026: Raadsbesluit <b>motie</b>" in text
    assert "herbeoordeling" not in text and _moves(window) == []


def test_review_date_shown_planned_and_a_review_started(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch, tmp_path: Path) -> None:
    path = _decided(tmp_path, "stedenband", at=datetime(2020, 1, 5, tzinfo=UTC))
    window.open_path(path)
    text = window.lifecycle_bar.label.text()
    assert "Volgende herbeoordeling: 5 januari 2021 — te laat" in text  # in words
    from chinacheck.ui.lifecycle_dialogs import ReviewDateDialog

    def plan() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReviewDateDialog)
        dialog.default.setChecked(False)
        fields.set_date(dialog.when, date(2099, 3, 1))
        dialog.accept()

    QTimer.singleShot(0, plan)
    window.lifecycle.review_date_action.trigger()
    assert _saved(path).next_review == date(2099, 3, 1)
    assert "Volgende herbeoordeling: 1 maart 2099" in window.lifecycle_bar.label.text()
    assert "te laat" not in window.lifecycle_bar.label.text()
    # start the review: a new revision, answers carried over (a decided case prepares again)
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    assert window.lifecycle_bar.review_button.isVisible()
    qtbot.mouseClick(window.lifecycle_bar.review_button, Qt.MouseButton.LeftButton)
    case = _saved(path)
    assert case.revision == 2 and not case.locked and case.phase == "voorbereiding"
    assert case.answers == example_case().answers
    reopened = [e for e in case.audit if e.event is AuditEvent.REOPENED]
    assert reopened[-1].detail == {"from_revision": 1, "review": True}
    assert not window.banner.isVisible()


def test_debrief_entry_with_an_electronic_gift_on_a_locked_trip(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    window.settings.security_officer_name = "Fatima el Amrani"
    window.settings.security_officer_phone = "+31 38 498 0000"
    path = _decided(tmp_path, "reis-uitgaand")
    window.open_path(path)
    assert window.session.doc.case.locked
    window.tabs.setCurrentWidget(window._debrief)
    tab = window.debrief_tab
    tab.new_category.setCurrentIndex(tab.new_category.findData("gift"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    model, view = tab.model, tab.table.view
    assert model.rowCount() == 1 and tab.category.currentData() == "gift"
    assert model.setData(model.index(0, NOTE), "Powerbank van de gastheer")
    assert window.session.doc.case.debrief[0].note == "Powerbank van de gastheer"
    # electronic: ticked with the space bar on its cell
    view.setFocus()
    view.setCurrentIndex(model.index(0, ELECTRONIC))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.session.doc.case.debrief[0].electronic
    tab.handling.setCurrentIndex(tab.handling.findData("handed-in"))
    qtbot.mouseClick(tab.action_table.add_button, Qt.MouseButton.LeftButton)
    assert tab.action_table.model.setData(tab.action_table.model.index(0, 0), "Laten onderzoeken")
    html = tab.guidance.toPlainText()
    assert "Toelichting ChinaCheck (eigen tekst, geen advies van de NCTV)" in html
    assert "Uit de brochure (letterlijk)" in html and "Bron: NCTV" in html
    assert "Beveiligingsadviseur van uw organisatie" in html and "Fatima el Amrani" in html
    assert window.isWindowModified()
    window.save_action.trigger()
    window.session.maybe_close()
    case = _saved(path)
    assert case.locked and len(case.debrief) == 1
    entry = case.debrief[0]
    assert (entry.category, entry.note, entry.electronic, entry.handling) == (
        "gift", "Powerbank van de gastheer", True, "handed-in")
    assert [a.text for a in entry.actions] == ["Laten onderzoeken"]
    assert AuditEvent.DEBRIEF_CHANGED in [e.event for e in case.audit]
    # reload: the tab shows it again; a category without "electronic" cannot tick it
    window.open_path(path)
    window.tabs.setCurrentWidget(window._debrief)
    tab = window.debrief_tab
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, ELECTRONIC).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    tab.select(0)
    tab.category.setCurrentIndex(tab.category.findData("approach"))
    assert not window.session.doc.case.debrief[0].electronic
    assert not tab.model.flags(tab.model.index(0, ELECTRONIC)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "Contact volgens de brochure" in tab.guidance.toPlainText()
    window.undo_action.trigger()
    assert window.session.doc.case.debrief[0].electronic


def test_settings_set_review_terms_and_the_security_officer(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    from chinacheck.ui.settings_dialog import SettingsDialog

    path = _decided(tmp_path, "stedenband", at=datetime(2026, 1, 5, tzinfo=UTC))
    window.open_path(path)
    assert "5 januari 2027" in window.lifecycle_bar.label.text()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        assert set(dialog.review_months) == {"stedenband", "kennissamenwerking",
                                             "economische-samenwerking"}
        dialog.review_months["stedenband"].setValue(24)
        dialog.officer_name.setText("Fatima el Amrani")
        dialog.officer_email.setText("beveiliging@zwolle.example")
        dialog.accept()

    QTimer.singleShot(0, fill)
    window.settings_action.trigger()
    saved = settings.load()
    assert saved.review_months == {"stedenband": 24}
    assert (saved.security_officer_name, saved.security_officer_email) == (
        "Fatima el Amrani", "beveiliging@zwolle.example")
    assert "5 januari 2028" in window.lifecycle_bar.label.text()


@pytest.fixture
def english_window(qtbot):  # type: ignore[no-untyped-def]
    settings.save(settings.Settings(language="en"))
    controller = Application()
    yield controller.window
    window = controller.window
    if window.session.doc is not None:
        window.session.doc.undo_stack.setClean()
    window.close()
    window.deleteLater()
    translation.install("nl")


def test_the_life_of_a_trip_in_english(  # type: ignore[no-untyped-def]
        qtbot, english_window, tmp_path: Path) -> None:
    window = english_window
    path = _decided(tmp_path, "reis-uitgaand")
    window.open_path(path)
    assert window.lifecycle_bar.label.text().startswith("Phase: Decision")
    assert [a.text() for a in window.lifecycle.phase_menu.actions()][0].startswith("To ")
    window.tabs.setCurrentWidget(window._debrief)
    tab = window.debrief_tab
    assert tab.new_category.itemText(0) == "Gift received"
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    text = tab.guidance.toPlainText()
    assert "ChinaCheck's note (own wording, not NCTV advice)" in text
    assert "From the brochure (verbatim)" in text
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Category"


def test_debrief_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.case.model import Action, DebriefEntry
    from chinacheck.ui.debrief_model import ACTIONS, CATEGORY, HANDLING, DebriefModel
    from chinacheck.ui.document import CaseDocument

    case = example_case()
    case.kind = "reis-uitgaand"
    case.debrief = [DebriefEntry("gift", "USB-stick", electronic=True, handling="reported",
                                 actions=[Action("Melden", done=True), Action("Nagaan")]),
                    DebriefEntry("approach", "Vraag", date(2027, 3, 16))]
    model = DebriefModel(CaseDocument(case))
    qtmodeltester.check(model)
    assert model.index(0, CATEGORY).data() == "Geschenk ontvangen"
    assert model.index(0, HANDLING).data() == "Gemeld"
    assert model.index(0, ACTIONS).data() == "2 (1 open)"
    assert model.index(1, ELECTRONIC).data() == "n.v.t."
    assert not model.setData(model.index(1, ELECTRONIC), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert not case.debrief[1].electronic


def test_the_debrief_tab_and_the_lifecycle_dialogs_name_their_controls(  # type: ignore[no-untyped-def]
        qtbot, window, tmp_path: Path) -> None:
    from test_ui_accessibility import _unnamed

    from chinacheck.ui.lifecycle_dialogs import ReviewDateDialog

    window.open_path(_decided(tmp_path, "delegatie-inkomend"))
    window.tabs.setCurrentWidget(window._debrief)
    qtbot.mouseClick(window.debrief_tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    assert _unnamed(window) == []
    for dialog in (EndDialog(), ReviewDateDialog(None, True)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__
