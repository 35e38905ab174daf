"""Locks, encrypted cases and hostile text in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.scrypt import CHEAP

from chinacheck.case.encryption import CaseKey
from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Counterpart
from chinacheck.storage import locking, names, paths, recovery, store
from chinacheck.ui import prompts
from chinacheck.ui.main_window import MainWindow


def _case_file(tmp_path: Path, key: CaseKey | None = None) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path, key=key)
    return path


def test_a_case_open_elsewhere_opens_read_only_with_who_and_when(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, tmp_path: Path) -> None:
    path = _case_file(tmp_path)
    with locking.acquire(path):  # someone else has the case open
        assert locking.read_lock(path) is not None
        window.open_path(path)
        doc = window.session.doc
        assert doc is not None and doc.read_only and doc.lock is None
        assert window.banner.isVisible() and "Alleen-lezen" in window.banner.label.text()
        assert not window.banner.reopen_button.isVisible()
        assert window.details_tab.title.isReadOnly() and window.details_tab.title.isEnabled()
        before = path.read_bytes()
        doc.edit("x", lambda case: setattr(case, "title", "niet toegestaan"))
        assert doc.case.title == example_case().title and path.read_bytes() == before
    assert locking.read_lock(path) is None


def test_the_open_case_is_locked_and_released_on_close(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _case_file(tmp_path)
    window.open_path(path)
    info = locking.read_lock(path)
    assert info is not None and info.held_by_this_process
    with pytest.raises(locking.LockedError):
        locking.acquire(path)
    window.close_case_action.trigger()
    assert locking.read_lock(path) is None


def test_encrypted_case_asks_for_the_passphrase_and_stays_encrypted(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    key = CaseKey.derive("juiste zin", cost=CHEAP)
    path = _case_file(tmp_path, key)
    answers = ["verkeerd", "juiste zin"]
    asked: list[bool] = []
    monkeypatch.setattr(prompts, "passphrase",
                        lambda _p, _name, wrong: asked.append(wrong) or answers.pop(0))
    assert window.open_path(path)
    assert asked == [False, True]
    doc = window.session.doc
    assert doc is not None and doc.key is not None
    type_text(window.details_tab.organisation, " (reis)")
    window.session.tick()  # the autosave timer: the recovery copy is encrypted too
    copy = next(paths.recovery_dir().glob("*.chinacheck")).read_bytes()
    assert b"Zwolle" not in copy and b"reis" not in copy
    window.save_action.trigger()
    path = doc.path  # saved under a neutral name: "zaak.chinacheck" might have been its title
    assert path is not None and names.is_neutral(path.name)
    raw = path.read_bytes()
    assert b"Zwolle" not in raw and b'"encrypted": true' in raw
    assert store.load_case(path, "juiste zin").case.organisation == "Gemeente Zwolle (reis)"


def test_cancelled_passphrase_opens_nothing(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = _case_file(tmp_path, CaseKey.derive("geheim", cost=CHEAP))
    monkeypatch.setattr(prompts, "passphrase", lambda *_: None)
    assert not window.open_path(path) and window.session.doc is None


def test_encrypt_the_open_case_from_the_menu(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = _case_file(tmp_path)
    store.save_case(store.load_case(path).case, path)  # leaves a plain backup beside it
    assert store.backup_path(path).exists()
    window.open_path(path)
    monkeypatch.setattr(prompts, "new_passphrase", lambda *_: "voor op reis")
    assert window.encryption.encrypt_action.isEnabled()
    window.encryption.encrypt_action.trigger()
    assert not path.exists() and not store.backup_path(path).exists()
    path = window.session.doc.path  # type: ignore[union-attr]
    assert path is not None and names.is_neutral(path.name)
    assert b"Zwolle" not in path.read_bytes()
    assert (not store.backup_path(path).exists()
            or b"Zwolle" not in store.backup_path(path).read_bytes())
    assert store.load_case(path, "voor op reis").case.title == example_case().title
    assert window.encryption.decrypt_action.isEnabled()


def test_encrypted_file_in_the_library(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    folder = paths.ensure_dir(paths.cases_dir())
    store.save_case(example_case(), folder / "geheim.chinacheck",
                    key=CaseKey.derive("x", cost=CHEAP))
    window.library.refresh()
    assert window.library.proxy.index(0, 0).data() == "Versleutelde zaak"


def test_recovering_an_encrypted_case_asks_for_its_passphrase(  # type: ignore[no-untyped-def]
        qtbot, monkeypatch, tmp_path: Path) -> None:
    key = CaseKey.derive("zin", cost=CHEAP)
    path = _case_file(tmp_path, key)
    case = store.load_case(path, "zin").case
    case.organisation = "Niet opgeslagen"
    recovery.write(case, path, key=key)
    monkeypatch.setattr(prompts, "recover", lambda *_: True)
    monkeypatch.setattr(prompts, "passphrase", lambda *_: "zin")
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.recover_pending()
    doc = window.session.doc
    assert doc is not None and doc.dirty and doc.key is not None
    assert doc.case.organisation == "Niet opgeslagen"
    doc.undo_stack.setClean()
    doc._unsaved = False


HOSTILE = "<b>x</b> &amp; <img src=http://example.invalid/x.png> ]]> \u202egniht\u202c 😀 王伟"


def test_hostile_text_in_every_free_text_field_is_shown_literally(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    case = example_case()
    case.title = case.organisation = case.preparer = case.measures = case.decision = HOSTILE
    case.topics = [HOSTILE]
    case.counterparts = [Counterpart(HOSTILE, HOSTILE, HOSTILE, HOSTILE)]
    case.answers["need-own-goals"].note = HOSTILE
    case.answers["need-own-goals"].actions = [Action(HOSTILE, HOSTILE)]
    path = tmp_path / "vijandig.chinacheck"
    store.save_case(case, path)
    window.open_path(path)
    details = window.details_tab
    assert details.title.text() == HOSTILE and details.organisation.text() == HOSTILE
    assert details.measures.toPlainText() == HOSTILE
    assert details.counterparts.model.index(0, 0).data() == HOSTILE
    assert HOSTILE in details.open_points.text()
    window.checklist_tab.select_item("need-own-goals")
    assert window.checklist_tab.note.toPlainText() == HOSTILE
    assert window.checklist_tab.action_table.model.index(0, 0).data() == HOSTILE
    window.library.refresh()
    # the screening shows the matched words only, escaped: no tag from the text survives
    assert "<img" not in details.screening.text()
