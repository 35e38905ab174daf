"""Settings: the UI language (Dutch or English), how much the local log records, the
organisation's four-eyes policy for final sign-offs (chinacheck.case.foureyes), the review term
per standing kind of case and the organisation's security officer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from chinacheck import log
from chinacheck.case.vocabulary import FourEyes
from chinacheck.storage import paths
from chinacheck.storage import settings as settings_file
from chinacheck.storage.settings import Settings
from chinacheck.ui.accessibility import describe_by
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
        describe_by(self.language, note)
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
        describe_by(self.log_level, log_note)
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
        describe_by(self.four_eyes, four_eyes_note)
        self.review = QGroupBox(self.tr("Herbeoordeling: maanden na de laatste definitieve "
                                        "aftekening"))
        review_form = QFormLayout(self.review)
        self.review_months: dict[str, QSpinBox] = {}
        self.officer = QGroupBox(self.tr("Beveiligingsadviseur van de organisatie (getoond bij "
                                         "de nazorg)"))
        officer_form = QFormLayout(self.officer)
        self.officer_name, self.officer_phone, self.officer_email = (
            QLineEdit(), QLineEdit(), QLineEdit())
        for edit, label, name in (
                (self.officer_name, self.tr("&Naam"), self.tr("Naam beveiligingsadviseur")),
                (self.officer_phone, self.tr("Telef&oon"),
                 self.tr("Telefoon beveiligingsadviseur")),
                (self.officer_email, self.tr("&E-mail"), self.tr("E-mail beveiligingsadviseur"))):
            edit.setAccessibleName(name)
            officer_form.addRow(label, edit)
        self._review_form = review_form
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
        form.addRow(self.review)
        form.addRow(self.officer)
        from chinacheck.ui.signing_settings import SigningSettings

        self.signing = SigningSettings()
        form.addRow(self.signing)
        form.addRow(buttons)

    def show_lifecycle(self, settings: Settings, kinds: list[tuple[str, str, int]]) -> None:
        """Fill the review terms (kind id, label, default months) and the security officer."""
        for kind, label, default in kinds:
            spin = QSpinBox()
            spin.setRange(1, 120)
            spin.setSuffix(self.tr(" maanden"))
            spin.setValue(settings.review_months.get(kind, default))
            spin.setAccessibleName(self.tr("Herbeoordeling %1, in maanden").replace("%1", label))
            self.review_months[kind] = spin
            self._review_form.addRow(label, spin)
        self.officer_name.setText(settings.security_officer_name)
        self.officer_phone.setText(settings.security_officer_phone)
        self.officer_email.setText(settings.security_officer_email)

    def apply_lifecycle(self, settings: Settings, defaults: dict[str, int]) -> bool:
        """Put the chosen terms and officer into ``settings``; whether anything changed. A term
        equal to the kind's default is not stored (a later default then applies)."""
        months = dict(settings.review_months)
        for kind, spin in self.review_months.items():
            if spin.value() == defaults.get(kind):
                months.pop(kind, None)
            else:
                months[kind] = spin.value()
        officer = (self.officer_name.text().strip(), self.officer_phone.text().strip(),
                   self.officer_email.text().strip())
        changed = months != settings.review_months or officer != (
            settings.security_officer_name, settings.security_officer_phone,
            settings.security_officer_email)
        settings.review_months = months
        (settings.security_officer_name, settings.security_officer_phone,
         settings.security_officer_email) = officer
        return changed

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_log_level(self) -> str:
        return str(self.log_level.currentData())

    def chosen_four_eyes(self) -> FourEyes:
        return FourEyes(self.four_eyes.currentData())


def edit_settings(parent: QWidget, settings: Settings, save: Callable[[], None],
                  language: str | None = None) -> str | None:
    """Ask; a new log level or four-eyes policy takes effect at once and is saved. Returns the
    chosen language, or None when the dialog was cancelled. ``language``: the one the app runs
    in, shown as chosen (``--lang`` may differ from the saved one)."""
    dialog = SettingsDialog(language or settings.language or "nl", parent,
                            log_level=settings.log_level,
                            log_folder=log.folder(paths.data_dir()),
                            four_eyes=settings_file.four_eyes(settings))
    kinds = _standing_kinds()
    dialog.show_lifecycle(settings, kinds)
    dialog.signing.show_settings(settings)
    if dialog.exec() != SettingsDialog.DialogCode.Accepted:
        return None
    changed = dialog.apply_lifecycle(settings, {kind: months for kind, _, months in kinds})
    changed = dialog.signing.apply(settings) or changed
    level = dialog.chosen_log_level()
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


def _standing_kinds() -> list[tuple[str, str, int]]:
    """The kinds of case reviewed periodically: (id, label, default months), from the data."""
    from chinacheck.case import lifecycle
    from chinacheck.guidance.content import load
    from chinacheck.ui.labels import kind_label

    rules = lifecycle.rules()
    return [(kind.id, kind_label(kind), rules.rules(kind.id).review_months)
            for kind in load().kinds if rules.rules(kind.id).review_months > 0]
