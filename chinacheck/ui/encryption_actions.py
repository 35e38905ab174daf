"""Encrypting the open case with a passphrase (for travel), and removing the encryption."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from chinacheck.errors import ChinaCheckError
from chinacheck.ui.case_session import CaseSession


class EncryptionActions(QObject):
    def __init__(self, session: CaseSession, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.window = session, window
        self.encrypt_action = QAction(self.tr("&Versleutelen…"), self)
        self.encrypt_action.triggered.connect(self.encrypt)
        self.decrypt_action = QAction(self.tr("Versleuteling op&heffen…"), self)
        self.decrypt_action.triggered.connect(self.decrypt)

    def actions(self) -> list[QAction]:
        return [self.encrypt_action, self.decrypt_action]

    def refresh(self) -> None:
        doc = self.session.doc
        writable = doc is not None and not doc.read_only and doc.path is not None
        self.encrypt_action.setEnabled(writable and doc is not None and doc.key is None)
        self.decrypt_action.setEnabled(writable and doc is not None and doc.key is not None)

    def encrypt(self) -> None:
        """Give the case a passphrase; the save writes it encrypted and removes plain copies."""
        from chinacheck.case.encryption import CaseKey
        from chinacheck.ui import prompts

        doc = self.session.doc
        if doc is None or doc.key is not None:
            return
        passphrase = prompts.new_passphrase(self.window)
        if passphrase is None:
            return
        try:
            doc.key = CaseKey.derive(passphrase)
        except ChinaCheckError as exc:
            prompts.error(self.window, self.tr("Versleutelen"), str(exc))
            return
        if not self.session.save():
            doc.key = None  # nothing was written: the case stays as it was on disk
        self.refresh()

    def decrypt(self) -> None:
        from chinacheck.storage import store
        from chinacheck.ui import prompts

        doc = self.session.doc
        if doc is None or doc.key is None or doc.path is None:
            return
        if not prompts.confirm(self.window, self.tr("Versleuteling opheffen"), self.tr(
                "De zaak wordt weer onversleuteld opgeslagen. Doorgaan?")):
            return
        key = doc.key
        doc.key = None
        try:
            store.save_case(doc.case, doc.path, replace_encrypted=True)
        except ChinaCheckError as exc:
            doc.key = key
            prompts.error(self.window, self.tr("Versleuteling opheffen"), str(exc))
            return
        doc.undo_stack.setClean()
        self.session.saved.emit(doc.path)
        self.refresh()
