"""Options for the case summary: PDF or Word document (DOCX) and its layout, classification
line, and an optional digital signature (PDF only)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from chinacheck.signing.modules import TokenChoice
from chinacheck.ui.certificate_fields import CertificateFields
from chinacheck.ui.labels import CLASSIFICATIONS, tr


@dataclass(frozen=True)
class ExportChoice:
    classification: str
    certificate: Path | None = None  # a PKCS#12 file to sign with, or None
    passphrase: str = ""
    format: str = "pdf"  # or "docx"
    layout: str = "summary"  # a DOCX's layout: "summary" or "collegevoorstel"
    token: TokenChoice | None = None  # a smart card or token to sign with (PIN asked later)


class ExportDialog(QDialog):
    def __init__(self, signing_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zaakoverzicht exporteren"))
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("Word-document (DOCX), bewerkbaar"), "docx")
        self.format.setAccessibleName(self.tr("Bestandsformaat"))
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("Zaakoverzicht"), "summary")
        self.layout_choice.addItem(self.tr("Collegevoorstel (concept)"), "collegevoorstel")
        self.layout_choice.setAccessibleName(self.tr("Opmaak van het Word-document"))
        self.classification = QComboBox()
        self.classification.setEditable(True)
        self.classification.addItems([tr(c) for c in CLASSIFICATIONS])
        self.classification.setCurrentIndex(1)
        self.classification.setAccessibleName(self.tr("Rubricering in kop- en voettekst"))
        self.sign = QCheckBox(self.tr("&Digitaal ondertekenen (PAdES)"))
        self.sign.setAccessibleName(self.tr("Digitaal ondertekenen"))
        self.certificate_fields = CertificateFields()
        self.certificate = self.certificate_fields.certificate
        self.browse = self.certificate_fields.browse
        self.passphrase = self.certificate_fields.passphrase
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Formaat"), self.format)
        form.addRow(self.tr("&Opmaak"), self.layout_choice)
        form.addRow(self.tr("&Rubricering"), self.classification)
        form.addRow(self.sign)
        form.addRow(self.tr("&Certificaat"), self.certificate_fields)
        form.addRow(self.tr("&Wachtwoord"), self.passphrase)
        self.signing_available = signing_available
        if not signing_available:
            self.sign.setEnabled(False)
            form.addRow(QLabel(self.tr("Digitaal ondertekenen vraagt de extra onderdelen "
                                       "pyHanko en cryptography; die zijn niet geïnstalleerd.")))
        form.addRow(buttons)
        self.sign.toggled.connect(self._update)
        self.format.currentIndexChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())  # room for a module's path

    def is_docx(self) -> bool:
        return bool(self.format.currentData() == "docx")

    def _update(self) -> None:
        docx = self.is_docx()
        self.layout_choice.setEnabled(docx)  # a PDF has one layout
        if docx:  # a Word document is never signed
            self.sign.setChecked(False)
        self.sign.setEnabled(self.signing_available and not docx)
        self.certificate_fields.set_active(self.sign.isChecked())

    def choice(self) -> ExportChoice:
        text = self.classification.currentText().strip() or tr(CLASSIFICATIONS[1])
        if self.is_docx():
            return ExportChoice(text, format="docx", layout=str(self.layout_choice.currentData()))
        token = self.certificate_fields.token_choice()
        if self.sign.isChecked() and token is not None:
            return ExportChoice(text, token=token)
        certificate = self.certificate_fields.path()
        if self.sign.isChecked() and certificate is not None:
            return ExportChoice(text, certificate, self.passphrase.text())
        return ExportChoice(text)
