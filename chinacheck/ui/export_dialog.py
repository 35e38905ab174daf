"""Options for the case summary PDF: classification line and optional digital signature."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from chinacheck.ui.labels import CLASSIFICATIONS, tr


@dataclass(frozen=True)
class ExportChoice:
    classification: str
    certificate: Path | None = None  # a PKCS#12 file to sign with, or None
    passphrase: str = ""


class ExportDialog(QDialog):
    def __init__(self, signing_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exporteer PDF"))
        self.classification = QComboBox()
        self.classification.setEditable(True)
        self.classification.addItems([tr(c) for c in CLASSIFICATIONS])
        self.classification.setCurrentIndex(1)
        self.classification.setAccessibleName(self.tr("Rubricering in kop- en voettekst"))
        self.sign = QCheckBox(self.tr("&Digitaal ondertekenen (PAdES)"))
        self.sign.setAccessibleName(self.tr("Digitaal ondertekenen"))
        self.certificate = QLineEdit()
        self.certificate.setAccessibleName(self.tr("Certificaatbestand (.p12 of .pfx)"))
        self.browse = QPushButton(self.tr("&Kiezen…"))
        self.browse.setAccessibleName(self.tr("Certificaatbestand kiezen"))
        self.browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Wachtwoord van het certificaat"))
        row = QHBoxLayout()
        row.addWidget(self.certificate, 1)
        row.addWidget(self.browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Rubricering"), self.classification)
        form.addRow(self.sign)
        form.addRow(self.tr("&Certificaat"), row)
        form.addRow(self.tr("&Wachtwoord"), self.passphrase)
        if not signing_available:
            self.sign.setEnabled(False)
            form.addRow(QLabel(self.tr("Digitaal ondertekenen vraagt de extra onderdelen "
                                       "pyHanko en cryptography; die zijn niet geïnstalleerd.")))
        form.addRow(buttons)
        self.sign.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        on = self.sign.isChecked()
        for widget in (self.certificate, self.browse, self.passphrase):
            widget.setEnabled(on)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Certificaat kiezen"), "",
                                              self.tr("PKCS#12-certificaten (*.p12 *.pfx)"))
        if name:
            self.certificate.setText(name)

    def choice(self) -> ExportChoice:
        text = self.classification.currentText().strip() or tr(CLASSIFICATIONS[1])
        if self.sign.isChecked() and self.certificate.text().strip():
            return ExportChoice(text, Path(self.certificate.text().strip()),
                                self.passphrase.text())
        return ExportChoice(text)
