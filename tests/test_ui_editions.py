"""Cases across editions of the guidance in the main window: new cases on the active packs,
moving an open case to a newer edition (and undoing it), a case shown with its own edition,
and a case whose pack is not imported here."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.ui import new_case_via_menu

from chinacheck.case.model import Answer, AuditEvent, Case, Status
from chinacheck.case.signoff import sign_off
from chinacheck.guidance.pack_manifest import PackRef
from chinacheck.storage import pack_store, store
from chinacheck.storage import settings as settings_file
from chinacheck.ui import changes_dialog

PACKS = Path(__file__).resolve().parent / "data" / "packs"
PUBLISHER = "be90b39e0b086840496e4b0211fcb54fe82cd575273e42ce772e6568d0ce391e"
ORGANISATION = "b5842ba3ed13d35ab30a7d898f134fa1dc83d087c106af43f01f475d355507c8"
LATER = "nctv-decentrale-contacten-china@2026.01-1"


@pytest.fixture(autouse=True)
def fresh_caches():  # type: ignore[no-untyped-def]
    pack_store.clear_caches()
    yield
    pack_store.clear_caches()


@pytest.fixture
def later_active(window):  # type: ignore[no-untyped-def]
    """The later test edition imported and active (the window's settings, as the packs dialog
    leaves them)."""
    window.settings.trusted_pack_keys = [PUBLISHER, ORGANISATION]
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    window.settings.active_pack = LATER
    return window


def _answers() -> dict[str, Answer]:
    return {"need-investment": Answer(Status.JA, "geld en tijd"),
            "espionage-public-wifi": Answer(Status.NEE, "geen openbaar wifi"),
            "contact-intermediary": Answer(Status.DEELS, "via de ambassade"),
            "need-own-goals": Answer(Status.JA)}


def _old_case(tmp_path: Path, **extra: object) -> Path:
    case = Case(title="Oude editie", kind="stedenband", answers=_answers(), **extra)
    path = tmp_path / "oud.chinacheck"
    store.save_case(case, path)
    return path


def _answer_with(monkeypatch: pytest.MonkeyPatch, answer: bool) -> list[list[str]]:
    shown: list[list[str]] = []

    def ask(dialog: changes_dialog.ChangesDialog) -> bool:
        shown.append([dialog.windowTitle(), dialog.accept_button.text(),
                      dialog.reject_button.text(), *dialog.view.lines()])
        return answer

    monkeypatch.setattr(changes_dialog, "ask", ask)
    return shown


def _shown_edition(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.checklist_tab.content.packs[0].ref)


def test_new_case_uses_and_records_the_active_packs(qtbot, later_active, monkeypatch) -> None:
    window = later_active
    new_case_via_menu(window, monkeypatch, "Nieuwe editie", "stedenband")
    case = window.session.doc.case
    assert case.content_packs == [LATER] and case.content_version == "2026.01-1"
    assert _shown_edition(window) == LATER
    assert store.load_case(window.session.doc.path).case.content_packs == [LATER]


def test_open_case_of_an_older_edition_is_moved_and_undone(qtbot, later_active, monkeypatch,
                                                           tmp_path) -> None:
    window = later_active
    shown = _answer_with(monkeypatch, True)
    first = window.checklist_tab  # built with the bundled brochure, then built anew
    assert window.open_path(_old_case(tmp_path))
    title, accept, reject, *lines = shown[0]
    assert (title, accept, reject) == ("Wat is er veranderd", "Overzetten", "Niet nu")
    assert "Vervallen vragen (1)" in lines and "Anders geformuleerde vragen (1)" in lines
    case = window.session.doc.case
    assert case.content_packs == [LATER]
    assert case.reconfirm == ["need-investment"]
    assert list(case.withdrawn) == ["espionage-public-wifi"]
    assert case.answers["contact-intermediary-background"].note == "via de ambassade"
    assert [e.event for e in case.audit].count(AuditEvent.CONTENT_MOVED) == 1
    assert _shown_edition(window) == LATER and window.isWindowModified()
    assert window.checklist_tab is not first
    assert window.statusBar().currentMessage().startswith(f"Overgezet naar {LATER}: ")

    window.undo_action.trigger()
    case = window.session.doc.case
    assert case.content_packs == [] and case.reconfirm == [] and not case.withdrawn
    assert "espionage-public-wifi" in case.answers
    assert _shown_edition(window) == str(pack_store.bundled_ref())
    window.redo_action.trigger()
    assert window.session.doc.case.content_packs == [LATER]
    assert _shown_edition(window) == LATER


def test_not_now_keeps_the_case_on_its_own_edition(qtbot, later_active, monkeypatch,
                                                   tmp_path) -> None:
    window = later_active
    shown = _answer_with(monkeypatch, False)
    assert window.open_path(_old_case(tmp_path))
    assert len(shown) == 1
    case = window.session.doc.case
    assert case.content_packs == [] and not window.isWindowModified()
    assert _shown_edition(window) == str(pack_store.bundled_ref())
    window.tabs.setCurrentWidget(window._checklist)
    window.checklist_tab.select_item("espionage-public-wifi")  # its own edition still has it
    assert "wifi" in window.checklist_tab.item_text.text().lower()


def test_a_signed_off_case_is_not_offered_a_move(qtbot, later_active, monkeypatch,
                                                 tmp_path) -> None:
    window = later_active
    shown = _answer_with(monkeypatch, True)
    case = Case(title="Afgetekend", kind="stedenband", answers=_answers())
    sign_off(case, name="A. Jansen", role="opsteller", decision="doorgaan", final=True)
    path = tmp_path / "af.chinacheck"
    store.save_case(case, path)
    assert window.open_path(path)
    assert shown == [] and window.session.doc.case.content_packs == []
    assert _shown_edition(window) == str(pack_store.bundled_ref())


def test_a_case_on_a_later_edition_than_the_active_one_keeps_its_own(qtbot, window,
                                                                     monkeypatch,
                                                                     tmp_path) -> None:
    shown = _answer_with(monkeypatch, True)
    window.settings.trusted_pack_keys = [PUBLISHER]
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    path = _old_case(tmp_path, content_packs=[LATER], content_version="2026.01-1")
    assert window.open_path(path)
    assert shown == [] and _shown_edition(window) == LATER
    assert not window.session.doc.read_only
    window.close_case_action.trigger()
    assert _shown_edition(window) == str(pack_store.bundled_ref())


def test_a_case_whose_pack_is_missing_opens_read_only_naming_it(qtbot, window, monkeypatch,
                                                                tmp_path) -> None:
    shown = _answer_with(monkeypatch, True)
    path = _old_case(tmp_path, content_packs=[LATER], content_version="2026.01-1")
    assert window.open_path(path)
    doc = window.session.doc
    assert shown == [] and doc.read_only and doc.lock is None
    assert LATER in doc.read_only and "Importeer dat pakket" in doc.read_only
    assert window.banner.isVisible() and window.banner.label.text() == doc.read_only
    window.tabs.setCurrentWidget(window._checklist)
    window.checklist_tab.status.setCurrentIndex(2)  # refused: nothing changes
    assert not window.isWindowModified()
    assert store.load_case(path).case.content_packs == [LATER]


def test_settings_keep_the_active_pack(qtbot, later_active) -> None:
    later_active.save_settings()
    assert settings_file.load().active_pack == LATER
    assert PackRef.parse(LATER) in pack_store.active_refs()


def test_reloaded_packs_do_not_rebuild_the_tabs_while_editing(qtbot, later_active,
                                                              monkeypatch) -> None:
    window = later_active
    new_case_via_menu(window, monkeypatch, "Typen", "stedenband")
    window.tabs.setCurrentWidget(window._checklist)
    tab = window.checklist_tab
    pack_store.clear_caches()  # as the packs dialog does after a change
    tab.note.setPlainText("een notitie")
    assert window.checklist_tab is tab and window.session.doc.dirty


def test_blank_checklists_use_the_active_packs(qtbot, window, monkeypatch) -> None:
    from chinacheck.ui import packs_dialog
    from chinacheck.ui.main_window import MainWindow

    assert str(window.documents.content.packs[0].ref) == str(pack_store.bundled_ref())

    def activate_later(dialog: packs_dialog.PacksDialog) -> int:
        dialog.import_path(PACKS / "later-edition")
        dialog.select(LATER)
        dialog.activate_selected()
        return 0

    monkeypatch.setattr(changes_dialog, "ask", lambda dialog: True)
    monkeypatch.setattr(packs_dialog.PacksDialog, "exec", activate_later)
    window.settings.trusted_pack_keys = [PUBLISHER]
    window.packs_action.trigger()
    assert str(window.documents.content.packs[0].ref) == LATER
    assert settings_file.load().active_pack == LATER

    again = MainWindow()  # a new start: the saved active packs
    qtbot.addWidget(again)
    assert str(again.documents.content.packs[0].ref) == LATER


def test_the_woo_dialog_names_questions_by_the_cases_own_edition(qtbot, window,
                                                                 tmp_path) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER]
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    case = Case(title="Woo", kind="stedenband", content_packs=[LATER],
                content_version="2026.01-1",
                answers={"espionage-travel-devices": Answer(Status.JA, "eigen laptop")})
    path = tmp_path / "woo.chinacheck"
    store.save_case(case, path)
    assert window.open_path(path)
    dialog = window.woo.dialog()
    qtbot.addWidget(dialog)
    rows = [(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())]
    where = next(w for w, text in rows if text == "eigen laptop")
    assert "5.4" in where


def test_activating_a_newer_edition_offers_the_open_case_a_move(qtbot, window, monkeypatch,
                                                                 tmp_path) -> None:
    from chinacheck.ui import packs_dialog

    window.settings.trusted_pack_keys = [PUBLISHER]
    pack_store.import_pack(PACKS / "later-edition", window.settings)
    shown = _answer_with(monkeypatch, False)
    assert window.open_path(_old_case(tmp_path))
    assert shown == []  # the bundled brochure is still the active one

    def activate_later(dialog: packs_dialog.PacksDialog) -> int:
        dialog.select(LATER)
        dialog.activate_selected()
        return 0

    monkeypatch.setattr(packs_dialog.PacksDialog, "exec", activate_later)
    window.packs_action.trigger()
    assert len(shown) == 1  # offered; "Niet nu"
    window.packs_action.trigger()
    assert len(shown) == 1  # not asked again while the case is open
    assert window.session.doc.case.content_packs == []
    assert _shown_edition(window) == str(pack_store.bundled_ref())


def test_not_now_holds_across_a_language_switch(qtbot, later_active, monkeypatch,
                                                tmp_path) -> None:
    from chinacheck.ui.main_window import MainWindow

    window = later_active
    shown = _answer_with(monkeypatch, False)
    assert window.open_path(_old_case(tmp_path))
    assert len(shown) == 1
    again = MainWindow(window.release_session(), window.settings)  # as a language switch does
    qtbot.addWidget(again)
    assert len(shown) == 1 and _shown_edition(again) == str(pack_store.bundled_ref())
