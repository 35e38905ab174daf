"""The certificate file and its passphrase, as the export and sign-off dialogs ask for them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class CertificateFields(QWidget):
    """A file field with its "Kiezen…" button; the passphrase field is separate, for its own
    form row (``passphrase``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.certificate = QLineEdit()
        self.certificate.setAccessibleName(self.tr("Certificaatbestand (.p12 of .pfx)"))
        self.browse = QPushButton(self.tr("&Kiezen…"))
        self.browse.setAccessibleName(self.tr("Certificaatbestand kiezen"))
        self.browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van het certificaat"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.certificate, 1)
        row.addWidget(self.browse)
        self.setFocusProxy(self.certificate)  # the form label's mnemonic lands in the field

    def set_active(self, on: bool) -> None:
        for widget in (self.certificate, self.browse, self.passphrase):
            widget.setEnabled(on)

    def path(self) -> Path | None:
        text = self.certificate.text().strip()
        return Path(text) if text else None

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Certificaat kiezen"), "",
                                              self.tr("PKCS#12-certificaten (*.p12 *.pfx)"))
        if name:
            self.certificate.setText(name)
