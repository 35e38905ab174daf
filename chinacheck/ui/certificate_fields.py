"""What to sign with, as the export and sign-off dialogs ask for it: a PKCS#12 file (with its
passphrase, in a separate form row: ``passphrase``) or a smart card or token (a PKCS#11
module, and the token and key by label when there is more than one; the PIN is asked for when
signing, by chinacheck.ui.pin_dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinacheck.signing.modules import TokenChoice

P12, PKCS11 = "p12", "pkcs11"


class CertificateFields(QWidget):
    def __init__(self, parent: QWidget | None = None, *,
                 tokens_available: bool | None = None) -> None:
        super().__init__(parent)
        if tokens_available is None:
            from chinacheck.signing import token

            tokens_available = token.available()
        self.source = QComboBox()
        self.source.addItem(self.tr("PKCS#12-bestand (.p12 of .pfx)"), P12)
        if tokens_available:
            self.source.addItem(self.tr("Smartcard/token (PKCS#11)"), PKCS11)
        self.source.setAccessibleName(self.tr("Ondertekenen met"))
        self.certificate = QLineEdit()
        self.certificate.setAccessibleName(self.tr("Certificaatbestand (.p12 of .pfx)"))
        self.browse = QPushButton(self.tr("&Kiezen…"))
        self.browse.setAccessibleName(self.tr("Certificaatbestand kiezen"))
        self.browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van het certificaat"))
        self.module = QLineEdit(_default_module())
        self.module.setAccessibleName(self.tr("PKCS#11-module van de smartcard of het token"))
        self.module_browse = QPushButton(self.tr("Mo&dule…"))
        self.module_browse.setAccessibleName(self.tr("PKCS#11-module kiezen"))
        self.module_browse.clicked.connect(self._browse_module)
        self.token_label = QLineEdit()
        self.token_label.setPlaceholderText(self.tr("label van het token (optioneel)"))
        self.token_label.setAccessibleName(self.tr("Label van het token"))
        self.key_label = QLineEdit()
        self.key_label.setPlaceholderText(self.tr("label van de sleutel (optioneel)"))
        self.key_label.setAccessibleName(self.tr("Label van de sleutel"))
        self.file_row, self.module_row, self.label_row = QWidget(), QWidget(), QWidget()
        for row, widgets in ((self.file_row, (self.certificate, self.browse)),
                             (self.module_row, (self.module, self.module_browse)),
                             (self.label_row, (self.token_label, self.key_label))):
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widgets[0], 1)
            line.addWidget(widgets[1], 1 if row is self.label_row else 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.source, self.file_row, self.module_row, self.label_row):
            column.addWidget(widget)
        self.setFocusProxy(self.source)  # the form label's mnemonic lands on the first choice
        self.source.currentIndexChanged.connect(self._source_changed)
        self._active = True
        self._source_changed()

    def uses_token(self) -> bool:
        return bool(self.source.currentData() == PKCS11)

    def set_active(self, on: bool) -> None:
        self._active = on
        for widget in (self.source, self.certificate, self.browse, self.module,
                       self.module_browse, self.token_label, self.key_label):
            widget.setEnabled(on)
        self.passphrase.setEnabled(on and not self.uses_token())

    def _source_changed(self) -> None:
        token = self.uses_token()
        self.file_row.setVisible(not token)
        self.module_row.setVisible(token)
        self.label_row.setVisible(token)
        self.passphrase.setEnabled(self._active and not token)  # a token asks for its PIN

    def path(self) -> Path | None:
        """The PKCS#12 file (None with a token, or when none is named)."""
        text = self.certificate.text().strip()
        return Path(text) if text and not self.uses_token() else None

    def token_choice(self) -> TokenChoice | None:
        """The module and labels when signing with a token (None with a PKCS#12 file)."""
        if not self.uses_token():
            return None
        return TokenChoice(self.module.text().strip(), self.token_label.text().strip(),
                           self.key_label.text().strip())

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Certificaat kiezen"), "",
                                              self.tr("PKCS#12-certificaten (*.p12 *.pfx)"))
        if name:
            self.certificate.setText(name)

    def _browse_module(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("PKCS#11-module kiezen"), "",
            self.tr("PKCS#11-modules (*.so *.dylib *.dll);;Alle bestanden (*)"))
        if name:
            self.module.setText(name)


def _default_module() -> str:
    from chinacheck.signing.modules import default_module
    from chinacheck.storage import settings

    return default_module(settings.load().pkcs11_module)
