"""Whose text the app shows: per question and contact the publisher ("NCTV", the
organisation), "niet geverifieerd" for an unverified pack, answers to confirm again after a
move, withdrawn questions read-only, and which packs the screening used."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.ui import new_case_via_menu
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from chinacheck.case.model import Answer, Case, Status
from chinacheck.storage import pack_store, paths, store
from chinacheck.ui import changes_dialog
from chinacheck.ui.checklist_model import ChecklistModel

PACKS = Path(__file__).resolve().parent / "data" / "packs"
PUBLISHER = "be90b39e0b086840496e4b0211fcb54fe82cd575273e42ce772e6568d0ce391e"
LATER = "nctv-decentrale-contacten-china@2026.01-1"
WHOSE = 3  # the checklist's "Tekst van" column


@pytest.fixture(autouse=True)
def fresh_caches():  # type: ignore[no-untyped-def]
    pack_store.clear_caches()
    yield
    pack_store.clear_caches()


def _row_of(model: ChecklistModel, item_id: str, column: int) -> str:
    index = model.item_index(item_id)
    return str(index.siblingAtColumn(column).data())


def test_bundled_questions_are_the_nctvs_and_the_labels_chinacheck(qtbot, window,
                                                                    monkeypatch) -> None:
    new_case_via_menu(window, monkeypatch, "Brochure", "stedenband")
    window.tabs.setCurrentWidget(window._checklist)
    tab = window.checklist_tab
    assert _row_of(tab.model, "need-investment", WHOSE) == "NCTV"
    assert tab.model.headerData(WHOSE, Qt.Orientation.Horizontal) == "Tekst van"
    tab.select_item("need-investment")
    assert tab.whose.text() == "Tekst van de vraag: NCTV · korte naam: ChinaCheck"
    assert not tab.confirm_button.isVisible()


def test_an_unverified_organisation_pack_is_marked_wherever_its_text_is(
        qtbot, window, monkeypatch) -> None:
    window.settings.allow_unverified_packs = True  # its key is not trusted here
    pack_store.import_pack(PACKS / "organisation", window.settings)
    window.settings.organisation_packs = ["gemeente-voorbeeld@1"]
    new_case_via_menu(window, monkeypatch, "Met eigen vragen", "stedenband")
    window.tabs.setCurrentWidget(window._checklist)
    tab = window.checklist_tab
    assert _row_of(tab.model, "org-integrity-screening", WHOSE) == \
        "Gemeente Voorbeeld, niet geverifieerd"
    assert _row_of(tab.model, "need-investment", WHOSE) == "NCTV"
    tab.select_item("org-integrity-screening")
    assert tab.whose.text().startswith("Tekst van de vraag: Gemeente Voorbeeld, niet "
                                       "geverifieerd")
    window.tabs.setCurrentWidget(window._contacts)
    shown = [label.text() for label in window.contacts_tab.findChildren(QLabel, "whose")]
    assert "Gegevens van: Gemeente Voorbeeld, niet geverifieerd" in shown
    assert "Gegevens van: NCTV" in shown


def test_moved_answers_to_confirm_and_withdrawn_questions(qtbot, window, monkeypatch,
                                                          tmp_path) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER]
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    window.settings.active_pack = LATER
    monkeypatch.setattr(changes_dialog, "ask", lambda dialog: True)
    case = Case(title="Overzetten", kind="stedenband", answers={
        "need-investment": Answer(Status.JA, "geld"),
        "espionage-public-wifi": Answer(Status.NEE, "geen openbaar wifi")})
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    window.open_path(path)
    window.tabs.setCurrentWidget(window._checklist)
    tab = window.checklist_tab
    assert _row_of(tab.model, "need-investment", 1) == "ja — opnieuw bevestigen"
    tab.select_item("need-investment")
    assert tab.reconfirm.isVisible() and tab.confirm_button.isEnabled()
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert window.session.doc.case.reconfirm == []
    assert _row_of(tab.model, "need-investment", 1) == "ja"
    assert not tab.confirm_button.isVisible()

    withdrawn = tab.model.item_index("espionage-public-wifi")
    assert withdrawn.parent().data() == "Vervallen vragen (alleen-lezen) (1/1)"
    assert withdrawn.data().startswith("5.4  ")
    tab.select_item("espionage-public-wifi")
    assert "wifi" in tab.item_text.text() and tab.note.toPlainText() == "geen openbaar wifi"
    assert tab.note.isReadOnly() and "staat niet meer in de editie" in \
        tab.guidance.toPlainText()
    tab.grab().save(str(paths.data_dir() / "checklist-editions.png"))


def test_setting_the_answer_confirms_it(qtbot, window, monkeypatch, tmp_path) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER]
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    window.settings.active_pack = LATER
    monkeypatch.setattr(changes_dialog, "ask", lambda dialog: True)
    path = tmp_path / "zaak.chinacheck"
    store.save_case(Case(title="Z", kind="stedenband",
                         answers={"need-investment": Answer(Status.JA)}), path)
    window.open_path(path)
    window.tabs.setCurrentWidget(window._checklist)
    tab = window.checklist_tab
    tab.select_item("need-investment")
    tab.status.setCurrentIndex(tab.status.findData(Status.DEELS.value))
    assert window.session.doc.case.reconfirm == []


def test_the_screening_says_which_pack_it_used(qtbot, window, monkeypatch, type_text) -> None:
    new_case_via_menu(window, monkeypatch, "Toetsing", "stedenband")
    tab = window.details_tab
    type_text(tab.topics, "halfgeleiders")
    assert "Getoetst aan: NCTV, " in tab.screening.text()
    assert tab.screening.packs_note().startswith("Getoetst aan: NCTV, ")
