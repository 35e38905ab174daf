"""File → Register exporteren… in the app: the dialog's real widgets, the file dialog answered,
the register written off the GUI thread; the open encrypted case shown with its title."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
from helpers.scrypt import CHEAP
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from chinacheck.case.encryption import CaseKey
from chinacheck.case.examples import example_case
from chinacheck.storage import paths, store
from chinacheck.ui import prompts
from chinacheck.ui import register_export as ui_register
from chinacheck.ui.main_window import MainWindow


def _wait(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.register_export.task is not None
                    and not window.register_export.task.running, timeout=30_000)


def _answer(monkeypatch: pytest.MonkeyPatch, qtbot, target: Path,  # type: ignore[no-untyped-def]
            fmt: str, kind: str | None = None, due: bool = False) -> list[str]:
    """Fill in the real dialog when it opens, and the file dialog with ``target``."""
    seen: list[str] = []

    def fill(dialog: ui_register.RegisterDialog) -> int:
        seen.extend(dialog.format.itemText(n) for n in range(dialog.format.count()))
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
        if kind is not None:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        if due:
            qtbot.mouseClick(dialog.due, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ui_register.RegisterDialog, "exec", fill)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    return seen


def test_register_to_xlsx_from_the_file_menu(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                             monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    folder = paths.ensure_dir(paths.cases_dir())
    case = example_case()
    case.title = "=Stedenband Xi'an"
    store.save_case(case, folder / "band.chinacheck")
    secret = example_case()
    secret.title = "Geheime reis"
    secret.kind = "reis-uitgaand"
    key = CaseKey.derive("pw", CHEAP)
    store.save_case(secret, folder / "zaak-0badcafe.chinacheck", key=key)
    window.library.refresh()
    assert window.register_export.action in window.file_menu.actions()
    target = tmp_path / "register"  # the file dialog's name without its extension
    seen = _answer(monkeypatch, qtbot, target, "xlsx")
    window.register_export.action.trigger()
    _wait(qtbot, window)
    written = tmp_path / "register.xlsx"
    assert window.register_export.last_written == written
    assert len(seen) == 4
    sheet = openpyxl.load_workbook(io.BytesIO(written.read_bytes())).worksheets[0]
    titles = {c.value for c in sheet["B"][1:]}
    assert titles == {"=Stedenband Xi'an", "versleutelde zaak"}
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert str(written) in window.statusBar().currentMessage()

    # Unlocked in the app, the encrypted case is in the register with its title.
    monkeypatch.setattr(prompts, "passphrase", lambda *_a, **_k: "pw")
    window.open_path(folder / "zaak-0badcafe.chinacheck")
    assert window.doc is not None and window.doc.key is not None
    _answer(monkeypatch, qtbot, tmp_path / "r.json", "json", kind="reis-uitgaand")
    window.register_export.action.trigger()
    _wait(qtbot, window)
    data = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert [c["title"] for c in data["cases"]] == ["Geheime reis"]
    assert data["filters"]["kind"] == "reis-uitgaand"


def test_a_failed_register_export_is_reported(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                              monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, message: errors.append(message))
    _answer(monkeypatch, qtbot, tmp_path / "geen-map" / "r.csv", "csv", due=True)
    window.register_export.action.trigger()
    _wait(qtbot, window)
    assert errors and "kan niet schrijven" in errors[0]
    assert not (tmp_path / "geen-map").exists()


def test_cancelling_writes_nothing(qtbot, window: MainWindow,  # type: ignore[no-untyped-def]
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ui_register.RegisterDialog, "exec",
                        lambda _d: QDialog.DialogCode.Rejected)
    window.register_export.action.trigger()
    assert window.register_export.task is None
