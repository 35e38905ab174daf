"""ChinaCheck never touches the network: the whole workflow runs with sockets that fail."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from chinacheck.case.model import Decision
from chinacheck.storage import store
from chinacheck.ui import new_case_dialog, prompts
from chinacheck.ui.new_case_dialog import NewCaseDialog
from chinacheck.ui.signoff_dialog import SignOffDialog


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def fail(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args!r}")
            raise AssertionError(f"network use: {name}{args!r}")
        return fail

    class RefusingSocket(socket.socket):  # still a class: libraries subclass socket.socket
        def __init__(self, family: object = -1, *args: object, **kwargs: object) -> None:
            if family == socket.AF_UNIX:  # a local pipe (asyncio's self-pipe), not a network
                super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]
                return
            attempts.append(f"socket{(family, *args)!r}")
            raise AssertionError(f"network use: socket{(family, *args)!r}")

    monkeypatch.setattr(socket, "socket", RefusingSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_whole_workflow_without_network(qtbot, window, monkeypatch, tmp_path: Path,  # type: ignore[no-untyped-def]
                                        no_network: list[str]) -> None:
    pytest.importorskip("pyhanko")
    from chinacheck.signing.selfsigned import make_pkcs12
    from chinacheck.ui.export_dialog import ExportChoice

    class FilledDialog(NewCaseDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.title.setText("Zonder netwerk")
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(new_case_dialog, "NewCaseDialog", FilledDialog)
    window.new_action.trigger()
    doc = window.session.doc
    assert doc is not None
    checklist = window.checklist_tab
    checklist.select_item("espionage-public-wifi")
    checklist.status.setCurrentIndex(checklist.status.findData("ja"))
    window.save_action.trigger()

    def sign() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignOffDialog)
        dialog.name.setText("Zoë")
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.DOORGAAN.value))
        dialog.accept()

    QTimer.singleShot(0, sign)
    window.signoffs.signoff_action.trigger()

    p12, _ = make_pkcs12("Zoë", "geheim")
    certificate = tmp_path / "zoe.p12"
    certificate.write_bytes(p12)
    target = tmp_path / "zonder-netwerk.pdf"
    monkeypatch.setattr(prompts, "export_options",
                        lambda *_: (ExportChoice("Intern", certificate, "geheim"), target))
    monkeypatch.setattr(prompts, "open_pdf", lambda *_: False)
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, m: errors.append(m))
    window.documents.export_action.trigger()
    qtbot.waitUntil(lambda: not window.documents.task.running, timeout=60_000)
    assert errors == [] and target.read_bytes().startswith(b"%PDF")
    case = store.load_case(doc.path).case  # type: ignore[arg-type]
    assert case.answers["espionage-public-wifi"].status.value == "ja"
    assert case.signoffs and any(e.event.value == "exported" for e in case.audit)
    assert no_network == []
