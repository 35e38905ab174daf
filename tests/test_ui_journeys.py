"""User journeys through the real widgets."""

from __future__ import annotations

import errno
import json
from pathlib import Path

from helpers.ui import new_case_via_menu
from PySide6.QtCore import Qt

from chinacheck.case.examples import example_case
from chinacheck.case.model import RiskLevel, Status
from chinacheck.storage import atomic, library, paths, store
from chinacheck.ui import prompts
from chinacheck.ui.main_window import MainWindow


def test_create_fill_save_close_reopen(qtbot, type_text, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    new_case_via_menu(window, monkeypatch, "Delegatie uit Wuhan", "delegatie-inkomend")
    doc = window.session.doc
    assert doc is not None and doc.path is not None and doc.path.parent == paths.cases_dir()
    path = doc.path

    details = window.details_tab
    type_text(details.organisation, "Gemeente Zwolle")
    type_text(details.preparer, "Zoë de Vries")
    details.risk.setCurrentIndex(details.risk.findData("hoog"))
    type_text(details.topics, "waterstof")
    details.counterparts.add_button.click()
    model = details.counterparts.model
    model.setData(model.index(0, 0), "王伟")
    model.setData(model.index(0, 2), "Partijsecretaris")
    type_text(details.measures, "Tijdelijke telefoons")
    assert "[*]" in window.windowTitle() and window.isWindowModified()

    checklist = window.checklist_tab
    checklist.select_item("visit-programme")
    checklist.status.setCurrentIndex(checklist.status.findData("deels"))
    type_text(checklist.note, "Programma <b>half</b> & later")
    checklist.action_table.add_button.click()
    actions = checklist.action_table.model
    actions.setData(actions.index(0, 0), "Namen opvragen")
    actions.setData(actions.index(0, 1), "Zoë")
    assert actions.setData(actions.index(0, 2), "2027-02-01")
    assert not actions.setData(actions.index(0, 2), "volgende week")

    window.save_action.trigger()
    assert not window.isWindowModified()
    window.close_case_action.trigger()
    assert window.session.doc is None

    window.library.refresh()
    window.library.open_requested.emit(path)
    case = window.session.doc.case  # type: ignore[union-attr]
    assert case.title == "Delegatie uit Wuhan" and case.kind == "delegatie-inkomend"
    assert case.organisation == "Gemeente Zwolle" and case.preparer == "Zoë de Vries"
    assert case.overall_risk is RiskLevel.HOOG and case.topics == ["waterstof"]
    assert case.measures == "Tijdelijke telefoons"
    assert case.counterparts[0].name == "王伟" and case.counterparts[0].role == "Partijsecretaris"
    answer = case.answers["visit-programme"]
    assert answer.status is Status.DEELS and answer.note == "Programma <b>half</b> & later"
    assert answer.actions[0].text == "Namen opvragen" and answer.actions[0].owner == "Zoë"
    assert str(answer.actions[0].due) == "2027-02-01"
    # what the user sees again in the widgets
    assert window.details_tab.organisation.text() == "Gemeente Zwolle"
    window.checklist_tab.select_item("visit-programme")
    assert window.checklist_tab.note.toPlainText() == "Programma <b>half</b> & later"


def test_undo_and_redo_of_edits(qtbot, type_text, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    type_text(window.details_tab.organisation, " (Overijssel)")
    assert window.session.doc.case.organisation == "Gemeente Zwolle (Overijssel)"  # type: ignore[union-attr]
    window.undo_action.trigger()  # typing merges into one step
    assert window.details_tab.organisation.text() == "Gemeente Zwolle"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.details_tab.organisation.text() == "Gemeente Zwolle (Overijssel)"


def test_library_filters(qtbot, type_text, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    folder = paths.ensure_dir(paths.cases_dir())
    a = example_case()
    b = example_case()
    b.id, b.title, b.kind, b.organisation, b.overall_risk = (
        "b", "Onderzoek batterijen", "kennissamenwerking", "Provincie Gelderland", RiskLevel.LAAG)
    store.save_case(a, folder / "a.chinacheck")
    store.save_case(b, folder / "b.chinacheck")
    (folder / "kapot.chinacheck").write_text("{", encoding="utf-8")
    panel = window.library
    panel.refresh()
    assert panel.proxy.rowCount() == 3
    type_text(panel.search, "gelderland")
    assert panel.proxy.rowCount() == 1 and panel.proxy.index(0, 0).data() == "Onderzoek batterijen"
    panel.search.clear()
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("stedenband"))
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == [a.title]
    panel.kind_filter.setCurrentIndex(0)
    panel.risk_filter.setCurrentIndex(panel.risk_filter.findData("laag"))
    assert panel.proxy.rowCount() == 1
    panel.risk_filter.setCurrentIndex(0)
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert panel.proxy.index(0, 0).data() == "Onderzoek batterijen"


def test_broken_file_in_library_is_shown_and_untouched(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, monkeypatch) -> None:
    folder = paths.ensure_dir(paths.cases_dir())
    broken = folder / "kapot.chinacheck"
    broken.write_bytes(b'{"format": "chinacheck-case", "schema_version": 9}')
    window.library.refresh()
    index = window.library.proxy.index(0, 0)
    assert "Onleesbaar" in index.data() and "kapot.chinacheck" in index.data()
    assert "nieuwere ChinaCheck" in window.library.proxy.index(0, 3).data()
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, message: errors.append(message))
    window.library.open_requested.emit(broken)
    assert errors and "nieuwere ChinaCheck" in errors[0]
    assert window.session.doc is None
    assert broken.read_bytes() == b'{"format": "chinacheck-case", "schema_version": 9}'


def test_technology_search(qtbot, type_text, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    tab = window.technology_tab
    assert len([n for n in tab.visible_names()]) > 60
    type_text(tab.search, "chips")
    names = tab.visible_names()
    assert "Halfgeleider technologie" in names and "Energietechnologie" not in names
    tab.search.clear()
    type_text(tab.search, "vaccin")
    assert tab.visible_names() == ["Levenswetenschappen & gezondheid", "Vaccins"]
    assert "uitputtend" in tab.caveat.text() and "Made in China 2025" in tab.footnote.text()


def test_topic_screening_updates_while_typing(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    case.topics = []
    store.save_case(case, path)
    window.open_path(path)
    view = window.details_tab.screening
    assert view.result is None
    type_text(window.details_tab.topics, "schoolorkest")
    assert view.result is not None and not view.result.has_match
    assert "waarschijnlijk niet gevoelig" in view.text()
    type_text(window.details_tab.topics, "\nquantum computers")
    assert [m.sector.name for m in view.result.matches] == ["Kwantumtechnologie"]
    assert "niet vermeld" in view.text() and "ICP" in view.text()


def test_unsaved_changes_prompt(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    before = path.read_bytes()
    window.open_path(path)
    type_text(window.details_tab.title, " (gewijzigd)")
    answers = [prompts.Choice.CANCEL]
    monkeypatch.setattr(prompts, "unsaved_changes", lambda *_: answers.pop(0))
    window.close_case_action.trigger()
    assert window.session.doc is not None and window.isWindowModified()
    answers.append(prompts.Choice.DISCARD)
    window.close_case_action.trigger()
    assert window.session.doc is None and path.read_bytes() == before
    window.open_path(path)
    type_text(window.details_tab.title, " (bewaard)")
    answers.append(prompts.Choice.SAVE)
    assert window.close()
    assert store.load_case(path).case.title.endswith("(bewaard)")


def test_failed_save_keeps_edits_and_offers_save_as(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    before = path.read_bytes()
    window.open_path(path)
    type_text(window.details_tab.organisation, " en Kampen")
    real_write = atomic.write_bytes

    def disk_full(target: Path, data: bytes, mode: int = 0o600, **keep: Path | None) -> bool:
        if target == path:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(target, data, mode, **keep)

    monkeypatch.setattr(atomic, "write_bytes", disk_full)
    messages: list[str] = []
    elsewhere = tmp_path / "elders.chinacheck"
    monkeypatch.setattr(prompts, "save_failed", lambda _p, m: messages.append(m) or True)
    monkeypatch.setattr(prompts, "save_file", lambda *_: elsewhere)
    window.save_action.trigger()
    assert "de schijf is vol" in messages[0]
    assert path.read_bytes() == before
    assert store.load_case(elsewhere).case.organisation == "Gemeente Zwolle en Kampen"
    assert window.session.doc.path == elsewhere and not window.isWindowModified()  # type: ignore[union-attr]


def test_autosave_and_recovery_after_a_crash(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    before = path.read_bytes()
    window.open_path(path)
    type_text(window.details_tab.organisation, " – niet opgeslagen")
    window.session.autosave.timeout.emit()  # the 30-second timer fires
    recovery_files = list(paths.recovery_dir().glob("*.chinacheck"))
    assert len(recovery_files) == 1
    # Crash: the window dies without closing; the file on disk is unchanged. (A dead process
    # leaves a stale lock that the next start offers to take over; here the lock is let go.)
    assert path.read_bytes() == before
    window.session.doc.lock.release()  # type: ignore[union-attr]
    monkeypatch.setattr(prompts, "recover", lambda _p, titles: titles == [example_case().title])
    second = MainWindow()
    qtbot.addWidget(second)
    second.session.recover_pending()
    doc = second.session.doc
    assert doc is not None and doc.dirty and doc.path == path
    assert doc.case.organisation == "Gemeente Zwolle – niet opgeslagen"
    second.session.save()
    assert store.load_case(path).case.organisation == "Gemeente Zwolle – niet opgeslagen"
    assert list(paths.recovery_dir().glob("*")) == []


def test_clean_close_removes_the_recovery_file(  # type: ignore[no-untyped-def]
        qtbot, type_text, window: MainWindow, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    type_text(window.details_tab.title, "!")
    window.session.autosave.timeout.emit()
    assert list(paths.recovery_dir().glob("*.chinacheck"))
    monkeypatch.setattr(prompts, "unsaved_changes", lambda *_: prompts.Choice.DISCARD)
    window.close_case_action.trigger()
    assert list(paths.recovery_dir().glob("*")) == []


def test_duplicate_delete_and_restore_from_trash(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.storage import trash

    folder = paths.ensure_dir(paths.cases_dir())
    original = folder / "a.chinacheck"
    store.save_case(example_case(), original)
    window.library.refresh()
    window.library.duplicate_requested.emit(original)  # as the Dupliceren button does
    copies = [p for p in library.case_files(folder) if p != original]
    assert len(copies) == 1
    copy = store.load_case(copies[0]).case
    assert copy.title.startswith("Kopie van") and copy.id != example_case().id
    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    window.library.delete_requested.emit(original)
    assert not original.exists()
    trashed = trash.list_trash()
    assert len(trashed) == 1 and trashed[0].original == original.resolve()
    assert trash.restore(trashed[0]) == original.resolve()
    assert store.load_case(original).case.title == example_case().title


def test_user_text_is_shown_literally(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = example_case()
    case.title = "<b>vet</b> & <img src=x>"
    case.answers["need-own-goals"].actions = []
    from chinacheck.case.model import Action
    case.answers["need-own-goals"].actions.append(Action("<i>schuin</i>", "<b>eigenaar</b>"))
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    window.open_path(path)
    assert window.details_tab.title.text() == "<b>vet</b> & <img src=x>"
    assert window.details_tab.open_points.textFormat() == Qt.TextFormat.PlainText
    assert "<i>schuin</i> (<b>eigenaar</b>)" in window.details_tab.open_points.text()
    assert window.windowTitle().startswith("<b>vet</b> & <img src=x>")


def test_about_names_source_and_no_network(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "about",
                        lambda _p, _t, text: shown.append(text))
    window.about()
    assert "mei 2023" in shown[0] and "geen netwerk" in shown[0]


def test_settings_remember_geometry_and_recent_files(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    window.resize(700, 500)
    window.close()
    data = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert data["recent_files"] == [str(path)] and data["last_folder"] == str(tmp_path)
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.size().height() == 500
    assert [a.text() for a in again.recent_menu.actions()] == [str(path)]


def test_every_input_has_an_accessible_name(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    missing = []
    for cls in (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView,
                QAbstractSpinBox, QAbstractButton):
        for widget in window.findChildren(cls):
            parent = widget.parentWidget()
            ancestors = [parent, parent.parentWidget() if parent else None]
            if any(isinstance(a, (QComboBox, QAbstractSpinBox)) for a in ancestors):
                continue  # a combo box's or date field's own parts
            if widget.objectName().startswith("qt_"):
                continue
            if type(widget).__name__ in ("QTabBar", "QToolButton", "QHeaderView"):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text):
                missing.append(f"{type(widget).__name__} in {type(parent).__name__}")
    assert missing == []


def test_start_up_imports_no_heavy_libraries() -> None:
    import subprocess
    import sys

    code = ("import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
            "from chinacheck.ui.app import make_app\n"
            "app = make_app()\n"
            "from chinacheck.ui.main_window import MainWindow\n"
            "w = MainWindow(); w.show(); app.processEvents()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('reportlab', 'pyhanko', 'cryptography')))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env={**__import__('os').environ, "CHINACHECK_HOME": "/nonexistent-home"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
