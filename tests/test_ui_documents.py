"""PDF documents from the app: made off the GUI thread, then offered to open."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from chinacheck.case.examples import example_case
from chinacheck.storage import store
from chinacheck.ui import prompts
from chinacheck.ui.main_window import MainWindow


def _text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _wait(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.documents.task is not None
                    and not window.documents.task.running, timeout=30_000)


def test_export_case_summary_with_unsaved_edits(qtbot, type_text, window: MainWindow,  # type: ignore[no-untyped-def]
                                                monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    type_text(window.details_tab.organisation, " en 王伟")
    target = tmp_path / "overzicht.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(prompts, "export_options",
                        lambda *_: ("Departementaal vertrouwelijk", target))
    monkeypatch.setattr(prompts, "open_pdf", lambda _p, p: opened.append(p) or False)
    assert window.documents.export_action.isEnabled()
    window.documents.export_action.trigger()
    _wait(qtbot, window)
    assert opened == [target]
    text = _text(target)
    assert "Gemeente Zwolle en 王伟" in text and "Departementaal vertrouwelijk" in text


def test_blank_checklist_and_travel_card(qtbot, window: MainWindow, monkeypatch,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    monkeypatch.setattr(prompts, "open_pdf", lambda *_: False)
    monkeypatch.setattr(prompts, "checklist_options",
                        lambda *_: ("reis-uitgaand", tmp_path / "checklist.pdf"))
    window.documents.checklist_action.trigger()
    _wait(qtbot, window)
    checklist = _text(tmp_path / "checklist.pdf")
    assert "Geen openbare wifi" in checklist  # by number and label, never by id
    assert "Programma van de delegatie bekend" not in checklist
    assert "espionage-public-wifi" not in checklist
    monkeypatch.setattr(prompts, "save_pdf", lambda *_: tmp_path / "reiskaart.pdf")
    window.documents.travel_card_action.trigger()
    _wait(qtbot, window)
    assert "wifi" in _text(tmp_path / "reiskaart.pdf")


def test_export_failure_is_reported(qtbot, window: MainWindow, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "export_options",
                        lambda *_: ("Intern", tmp_path / "bestaat-niet" / "x.pdf"))
    monkeypatch.setattr(prompts, "error", lambda _p, _t, message: errors.append(message))
    window.documents.export_action.trigger()
    _wait(qtbot, window)
    assert errors and "kan niet schrijven" in errors[0]
