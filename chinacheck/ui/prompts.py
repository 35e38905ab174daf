"""Every question the app asks the user, in one place (tests replace these functions)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from chinacheck.storage.library import EXTENSION

if TYPE_CHECKING:
    from chinacheck.ui.export_dialog import ExportChoice


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def unsaved_changes(parent: QWidget | None, title: str) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Niet-opgeslagen wijzigingen"))
    box.setText(QCoreApplication.translate(
        "Prompts", "De zaak “%1” heeft wijzigingen die nog niet zijn opgeslagen."
    ).replace("%1", title))
    box.setInformativeText(QCoreApplication.translate("Prompts", "Wilt u de wijzigingen opslaan?"))
    save = box.addButton(QCoreApplication.translate("Prompts", "&Opslaan"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Prompts", "&Niet opslaan"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("Prompts", "&Annuleren"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Choice.SAVE
    if clicked is discard:
        return Choice.DISCARD
    return Choice.CANCEL


def save_failed(parent: QWidget | None, message: str) -> bool:
    """Tell the user a save failed; True when they want to choose another file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Opslaan mislukt"))
    box.setText(QCoreApplication.translate(
        "Prompts", "De zaak is niet opgeslagen. Uw wijzigingen staan nog in het venster."))
    box.setInformativeText(message)
    save_as = box.addButton(QCoreApplication.translate("Prompts", "Opslaan &als…"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Prompts", "&Sluiten"),
                  QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is save_as


def error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def crash(parent: QWidget | None, log_file: Path | None, recovered: bool) -> None:
    """One dialog after an unexpected error: what happened, what is kept, where the log is."""
    parts = [QCoreApplication.translate(
        "Prompts", "ChinaCheck werkt verder, maar sla uw werk op en start het programma opnieuw "
                   "als er iets niet klopt.")]
    if recovered:
        parts.append(QCoreApplication.translate(
            "Prompts", "De niet-opgeslagen wijzigingen van de open zaak zijn bewaard "
                       "als herstelkopie."))
    if log_file is not None:
        parts.append(QCoreApplication.translate(
            "Prompts", "Details staan in het logboek: %1").replace("%1", str(log_file)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Prompts", "Onverwachte fout"))
    box.setText(QCoreApplication.translate("Prompts", "Er is een onverwachte fout opgetreden."))
    box.setInformativeText("\n\n".join(parts))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    answer = QMessageBox.question(parent, title, message)
    return answer == QMessageBox.StandardButton.Yes


def recover(parent: QWidget | None, titles: list[str]) -> bool:
    message = QCoreApplication.translate(
        "Prompts", "ChinaCheck is de vorige keer niet netjes afgesloten. Er zijn niet-opgeslagen "
                   "wijzigingen gevonden van:") + "\n\n" + "\n".join(f"• {t}" for t in titles)
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Prompts", "Wijzigingen herstellen?"),
        message + "\n\n" + QCoreApplication.translate("Prompts", "Wilt u deze herstellen?"))
    return answer == QMessageBox.StandardButton.Yes


def open_file(parent: QWidget | None, folder: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Prompts", "Zaak openen"), folder,
        QCoreApplication.translate("Prompts", "ChinaCheck-zaken (*.chinacheck)"))
    return Path(name) if name else None


def save_file(parent: QWidget | None, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Prompts", "Zaak opslaan als"), suggestion,
        QCoreApplication.translate("Prompts", "ChinaCheck-zaken (*.chinacheck)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == EXTENSION else path.with_name(path.name + EXTENSION)


def _pdf_path(name: str) -> Path:
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf(parent: QWidget | None, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Prompts", "PDF opslaan als"), suggestion,
        QCoreApplication.translate("Prompts", "PDF-documenten (*.pdf)"))
    return _pdf_path(name) if name else None


def save_docx(parent: QWidget | None, suggestion: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Prompts", "Word-document opslaan als"), suggestion,
        QCoreApplication.translate("Prompts", "Word-documenten (*.docx)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")


def export_options(parent: QWidget | None, suggestion: str) -> tuple[ExportChoice, Path] | None:
    """The export choices (an ExportChoice) and the target file, or None when cancelled.
    ``suggestion`` names a PDF; a Word document gets the same name ending in .docx."""
    from chinacheck.signing import availability
    from chinacheck.ui.export_dialog import ExportDialog

    dialog = ExportDialog(availability.available(), parent)
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    if choice.format == "docx":
        target = save_docx(parent, str(Path(suggestion).with_suffix(".docx")))
    else:
        target = save_pdf(parent, suggestion)
    return (choice, target) if target else None


def checklist_options(parent: QWidget | None, content: object, current_kind: str,
                      suggestion: str) -> tuple[str, Path] | None:
    from PySide6.QtWidgets import QInputDialog

    from chinacheck.guidance.content import Content

    assert isinstance(content, Content)
    from chinacheck.ui.labels import kind_label

    labels = [kind_label(k) for k in content.kinds]
    start = next((n for n, k in enumerate(content.kinds) if k.id == current_kind), 0)
    text, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("Prompts", "Lege checklist"),
        QCoreApplication.translate("Prompts", "Voor welke soort zaak?"), labels, start, False)
    if not ok:
        return None
    kind = content.kinds[labels.index(text)].id
    target = save_pdf(parent, suggestion)
    return (kind, target) if target else None


def open_pdf(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Prompts", "PDF gemaakt"),
        QCoreApplication.translate(
            "Prompts", "Opgeslagen als %1.\n\nNu openen met de PDF-lezer van het systeem?"
        ).replace("%1", str(path)))
    return answer == QMessageBox.StandardButton.Yes


def open_docx(parent: QWidget | None, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Prompts", "Word-document gemaakt"),
        QCoreApplication.translate(
            "Prompts", "Opgeslagen als %1.\n\nNu openen met de tekstverwerker van het systeem?"
        ).replace("%1", str(path)))
    return answer == QMessageBox.StandardButton.Yes


def passphrase(parent: QWidget | None, name: str, wrong: bool = False) -> str | None:
    """The passphrase of an encrypted case, or None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text = QCoreApplication.translate("Prompts", "Wachtwoord voor de versleutelde zaak “%1”:")
    if wrong:
        text = QCoreApplication.translate("Prompts", "Onjuist wachtwoord. Probeer het opnieuw.") \
            + "\n\n" + text
    value, ok = QInputDialog.getText(parent, QCoreApplication.translate("Prompts", "Wachtwoord"),
                                     text.replace("%1", name), QLineEdit.EchoMode.Password)
    return value if ok and value else None


def new_passphrase(parent: QWidget | None) -> str | None:
    """A new passphrase, typed twice; None when cancelled or the two differ."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    title = QCoreApplication.translate("Prompts", "Zaak versleutelen")
    first, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
        "Prompts", "Nieuw wachtwoord (wie het vergeet, kan de zaak niet meer openen):"),
        QLineEdit.EchoMode.Password)
    if not ok or not first:
        return None
    second, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
        "Prompts", "Herhaal het wachtwoord:"), QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if second != first:
        error(parent, title, QCoreApplication.translate(
            "Prompts", "De wachtwoorden zijn niet gelijk; de zaak is niet versleuteld."))
        return None
    return first
