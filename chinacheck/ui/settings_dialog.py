"""Settings: the UI language (Dutch or English), how much the local log records, and the
organisation's four-eyes policy for final sign-offs (chinacheck.case.foureyes)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from chinacheck import log
from chinacheck.case.vocabulary import FourEyes
from chinacheck.storage import paths
from chinacheck.storage import settings as settings_file
from chinacheck.storage.settings import Settings
from chinacheck.ui.labels import four_eyes_label


class SettingsDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None, *, log_level: str = "",
                 log_folder: Path | None = None, four_eyes: FourEyes = FourEyes.GEEN) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(460)  # the notes read as paragraphs, not as columns of words
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Taal van de toepassing"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        note = QLabel(self.tr("De tekst van de brochure blijft de officiële Nederlandse tekst. "
                              "Het wisselen van taal houdt de geopende zaak open."))
        note.setWordWrap(True)
        self.log_level = QComboBox()
        self.log_level.setAccessibleName(self.tr("Wat het logboek vastlegt"))
        self.log_level.addItem(self.tr("Gebeurtenissen (standaard)"), "INFO")
        self.log_level.addItem(self.tr("Alleen waarschuwingen en fouten"), "WARNING")
        self.log_level.addItem(self.tr("Alleen fouten"), "ERROR")
        self.log_level.addItem(self.tr("Alles (om een fout te zoeken)"), "DEBUG")
        chosen = log_level if log_level in log.LEVELS else log.DEFAULT_LEVEL
        self.log_level.setCurrentIndex(max(0, self.log_level.findData(chosen)))
        log_note = QLabel(self.tr("Het logboek blijft op deze computer en bevat nooit de inhoud "
                                  "van zaken, namen of wachtwoorden; alleen wat er gebeurde, met "
                                  "het nummer (id) van de zaak."))
        if log_folder is not None:
            log_note.setText(log_note.text() + " " + self.tr("Map: %1").replace(
                "%1", str(log_folder)))
        log_note.setWordWrap(True)
        self.four_eyes = QComboBox()
        self.four_eyes.setAccessibleName(self.tr("Functiescheiding bij definitief aftekenen"))
        for policy in FourEyes:
            self.four_eyes.addItem(four_eyes_label(policy), policy.value)
        self.four_eyes.setCurrentIndex(max(0, self.four_eyes.findData(four_eyes.value)))
        four_eyes_note = QLabel(self.tr(
            "Voor de hele organisatie; een zaak kan een eigen keuze hebben (Afronden > "
            "Functiescheiding voor deze zaak), die in het logboek van de zaak wordt vastgelegd. "
            "Namen worden vastgelegd zoals ze zijn getypt: ChinaCheck kent geen accounts. Wat "
            "bewijst wie aftekende, is een digitale handtekening (verzegelen met een "
            "certificaat)."))
        four_eyes_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(note)
        form.addRow(self.tr("&Logboek"), self.log_level)
        form.addRow(log_note)
        form.addRow(self.tr("&Functiescheiding"), self.four_eyes)
        form.addRow(four_eyes_note)
        form.addRow(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_log_level(self) -> str:
        return str(self.log_level.currentData())

    def chosen_four_eyes(self) -> FourEyes:
        return FourEyes(self.four_eyes.currentData())


def edit_settings(parent: QWidget, settings: Settings, save: Callable[[], None]) -> str | None:
    """Ask; a new log level or four-eyes policy takes effect at once and is saved. Returns the
    chosen language, or None when the dialog was cancelled."""
    dialog = SettingsDialog(settings.language or "nl", parent, log_level=settings.log_level,
                            log_folder=log.folder(paths.data_dir()),
                            four_eyes=settings_file.four_eyes(settings))
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return None
    level = dialog.chosen_log_level()
    changed = False
    if level != (settings.log_level or log.DEFAULT_LEVEL):
        settings.log_level = level
        log.set_level(level)
        changed = True
    policy = dialog.chosen_four_eyes()
    if policy is not settings_file.four_eyes(settings):
        settings.four_eyes = policy.value
        changed = True
    if changed:
        save()
    return dialog.chosen_language()
