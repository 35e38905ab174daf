"""The signing part of the settings: the smart card's PKCS#11 module (empty = the platform's
usual one) and the organisation's folder of trusted root certificates."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from chinacheck.storage.settings import Settings


class SigningSettings(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ondertekenen en controleren"), parent)
        from chinacheck.signing.modules import default_module

        self.module = QLineEdit()
        self.module.setPlaceholderText(default_module() or self.tr("geen gevonden"))
        self.module.setAccessibleName(self.tr("PKCS#11-module van de smartcard of het token"))
        self.module_browse = QPushButton(self.tr("Kiezen…"))
        self.module_browse.setAccessibleName(self.tr("PKCS#11-module kiezen"))
        self.module_browse.clicked.connect(self._browse_module)
        self.trust_folder = QLineEdit()
        self.trust_folder.setAccessibleName(self.tr("Map met vertrouwde basiscertificaten van "
                                                    "de organisatie"))
        self.trust_browse = QPushButton(self.tr("Kiezen…"))
        self.trust_browse.setAccessibleName(self.tr("Map met vertrouwde basiscertificaten "
                                                    "kiezen"))
        self.trust_browse.clicked.connect(self._browse_folder)
        self.module.setToolTip(self.tr(
            "De software van de kaartlezer of het token (zoals OpenSC); leeg is de "
            "gebruikelijke plaats op deze computer."))
        self.trust_folder.setToolTip(self.tr(
            "De basiscertificaten (.pem, .crt, .cer, .der) waarnaar een handtekening moet "
            "leiden om 'vertrouwd' te heten."))
        note = QLabel(self.tr("Leeg: de gebruikelijke module op deze computer."))
        form = QFormLayout(self)
        form.addRow(self.tr("PKCS#11-&module"), _row(self.module, self.module_browse))
        form.addRow(self.tr("&Vertrouwensmap"), _row(self.trust_folder, self.trust_browse))
        form.addRow(note)

    def show_settings(self, settings: Settings) -> None:
        self.module.setText(settings.pkcs11_module)
        self.trust_folder.setText(settings.trust_folder)

    def apply(self, settings: Settings) -> bool:
        """Put the fields into ``settings``; whether anything changed."""
        chosen = (self.module.text().strip(), self.trust_folder.text().strip())
        changed = chosen != (settings.pkcs11_module, settings.trust_folder)
        settings.pkcs11_module, settings.trust_folder = chosen
        return changed

    def _browse_module(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("PKCS#11-module kiezen"), "",
            self.tr("PKCS#11-modules (*.so *.dylib *.dll);;Alle bestanden (*)"))
        if name:
            self.module.setText(name)

    def _browse_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Vertrouwensmap kiezen"))
        if name:
            self.trust_folder.setText(name)


def _row(edit: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(edit, 1)
    line.addWidget(button)
    row.setFocusProxy(edit)
    return row
