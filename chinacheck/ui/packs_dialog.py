"""Help → Inhoudspakketten…: the content packs on this computer, importing one (after showing
what changes), exporting, which are active for new cases, and whose keys the organisation
trusts. A refusal is one line in the dialog, never a half-done import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chinacheck.errors import ChinaCheckError, ContentError
from chinacheck.guidance.content_diff import diff
from chinacheck.guidance.pack_manifest import PackKind
from chinacheck.storage import pack_store
from chinacheck.storage.pack_settings import (
    activate,
    add_trusted_key,
    deactivate,
    remove_trusted_key,
)
from chinacheck.storage.settings import Settings
from chinacheck.ui import changes_dialog
from chinacheck.ui.packs_model import PacksModel


def choose_import(parent: QWidget, folder: str, as_folder: bool) -> Path | None:
    """A pack to import: a folder, or a .zip file (tests replace this)."""
    if as_folder:
        title = QCoreApplication.translate("PacksDialog", "Pakketmap kiezen")
        name = QFileDialog.getExistingDirectory(parent, title, folder)
    else:
        title = QCoreApplication.translate("PacksDialog", "Pakket importeren")
        kinds = QCoreApplication.translate("PacksDialog", "Inhoudspakketten (*.zip)")
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, kinds)
    return Path(name) if name else None


def choose_export(parent: QWidget, suggestion: str) -> Path | None:
    title = QCoreApplication.translate("PacksDialog", "Pakket exporteren")
    kinds = QCoreApplication.translate("PacksDialog", "Inhoudspakketten (*.zip)")
    name, _ = QFileDialog.getSaveFileName(parent, title, suggestion, kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


class PacksDialog(QDialog):
    def __init__(self, settings: Settings, save: Callable[[], None], folder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self._save, self._folder = settings, save, folder
        self.setWindowTitle(self.tr("Inhoudspakketten"))
        self.model = PacksModel(settings, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Inhoudspakketten op deze computer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setColumnWidth(2, 240)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.model.modelReset.connect(self._selected)
        self.model.modelReset.connect(self.table.resizeRowsToContents)

        self.import_button = QPushButton(self.tr("&Importeren…"))
        menu = QMenu(self.import_button)
        menu.addAction(self.tr("Uit een &zip-bestand…"), lambda: self.import_from(False))
        menu.addAction(self.tr("Uit een &map…"), lambda: self.import_from(True))
        self.import_button.setMenu(menu)
        self.export_button = QPushButton(self.tr("&Exporteren…"))
        self.export_button.clicked.connect(self.export_selected)
        self.activate_button = QPushButton(self.tr("&Actief maken"))
        self.activate_button.clicked.connect(self.activate_selected)
        self.deactivate_button = QPushButton(self.tr("&Niet meer gebruiken"))
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))

        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.activate_button,
                       self.deactivate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self._trust_box())
        layout.addWidget(close)
        self._selected()
        self.table.resizeRowsToContents()
        self.resize(1100, 600)

    def _trust_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vertrouwen van uw organisatie"))
        self.keys = QListWidget()
        self.keys.setAccessibleName(self.tr("Vertrouwde sleutels (vingerafdrukken)"))
        self.keys.setMaximumHeight(90)
        self.key_input = QLineEdit()
        self.key_input.setAccessibleName(self.tr("Vingerafdruk van een uitgeverssleutel"))
        self.key_input.setPlaceholderText(self.tr("vingerafdruk (64 hexadecimale tekens)"))
        self.add_key_button = QPushButton(self.tr("Sleutel &toevoegen"))
        self.add_key_button.clicked.connect(self.add_key)
        self.remove_key_button = QPushButton(self.tr("Sleutel &verwijderen"))
        self.remove_key_button.clicked.connect(self.remove_key)
        self.allow_unverified = QCheckBox(self.tr("Niet-geverifieerde pakketten toe&staan"))
        self.allow_unverified.setChecked(self.settings.allow_unverified_packs)
        self.allow_unverified.toggled.connect(self._allow_unverified)
        row = QHBoxLayout()
        row.addWidget(self.key_input, 1)
        row.addWidget(self.add_key_button)
        row.addWidget(self.remove_key_button)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Vertrouwde sleutels van uitgevers:")))
        layout.addWidget(self.keys)
        layout.addLayout(row)
        layout.addWidget(self.allow_unverified)
        self._fill_keys()
        return box

    # --- state -------------------------------------------------------------------------------
    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selected(self) -> None:
        pack = self.model.pack(self._row())
        self.export_button.setEnabled(pack is not None)
        active = pack is not None and str(pack.ref) in self.model.active
        self.activate_button.setEnabled(pack is not None and not active)
        self.deactivate_button.setEnabled(active and pack is not None
                                          and pack.ref != pack_store.bundled_ref())

    def select(self, ref_text: str) -> None:
        for row in range(self.model.rowCount()):
            pack = self.model.pack(row)
            if pack is not None and str(pack.ref) == ref_text:
                self.table.selectRow(row)

    def say(self, text: str) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.message.setText(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.message, text))

    def _changed(self) -> bool:
        """Keep the settings; False (and said) when they could not be written."""
        try:
            self._save()
        except OSError as exc:
            self.say(str(exc))
            return False
        pack_store.clear_caches()
        current = self._row()
        self.model.refresh()
        if current >= 0:
            self.table.selectRow(current)
        self._selected()
        return True

    # --- actions -------------------------------------------------------------------------------
    def import_from(self, as_folder: bool) -> None:
        path = choose_import(self, self._folder, as_folder)
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> bool:
        """Check the pack, show what changes against the active content, and import it when
        confirmed; True when imported."""
        try:
            pack, trust, _fingerprint = pack_store.check_import(path, self.settings)
            before = pack_store.active_content(self.settings)
            after = pack_store.content_of(pack, pack.data(), trust)
        except ContentError as exc:
            self.say(self.tr("Niet geïmporteerd: %1").replace("%1", str(exc)))
            return False
        m = pack.manifest
        changes = diff(before, after) if m.kind is PackKind.NATIONAL else \
            diff(pack_store.content_from([pack_store.bundled_ref()], self.settings), after)
        dialog = changes_dialog.ChangesDialog(
            self.tr("Wat is er veranderd"), self.tr(
                "%1 (%2, editie %3) importeren? Het pakket wordt naast de andere bewaard; "
                "nieuwe zaken gebruiken het pas als u het actief maakt.")
            .replace("%1", str(m.ref)).replace("%2", m.publisher).replace("%3", m.edition_date),
            self.tr("Importeren"), self.tr("Annuleren"), changes, before, after, self)
        if not changes_dialog.ask(dialog):
            self.say(self.tr("Niet geïmporteerd."))
            return False
        try:
            result = pack_store.import_pack(path, self.settings)
        except ChinaCheckError as exc:
            self.say(self.tr("Niet geïmporteerd: %1").replace("%1", str(exc)))
            return False
        pack_store.clear_caches()
        self.model.refresh()
        self.select(str(m.ref))
        if result.already:
            self.say(self.tr("%1 was al geïmporteerd; niets gewijzigd.").replace("%1", str(m.ref)))
        else:
            self.say(self.tr("Geïmporteerd: %1. Kies Actief maken om het voor nieuwe zaken te "
                             "gebruiken.").replace("%1", str(m.ref)))
        return True

    def export_selected(self) -> None:
        pack = self.model.pack(self._row())
        if pack is None:
            return
        target = choose_export(self, str(Path(self._folder) / f"{pack.ref.id}-"
                                         f"{pack.ref.version}.zip"))
        if target is None:
            return
        try:
            pack_store.export_pack(pack.ref, target)
        except ContentError as exc:
            self.say(str(exc))
            return
        self.say(self.tr("Geëxporteerd: %1").replace("%1", str(target)))

    def activate_selected(self) -> None:
        pack = self.model.pack(self._row())
        if pack is None:
            return
        try:
            activate(self.settings, pack)
        except ContentError as exc:
            self.say(str(exc))
            return
        if self._changed():
            self.say(self.tr("Actief voor nieuwe zaken: %1").replace("%1", ", ".join(
                str(r) for r in pack_store.active_refs(self.settings))))

    def deactivate_selected(self) -> None:
        pack = self.model.pack(self._row())
        if pack is None or not deactivate(self.settings, pack):
            return
        if self._changed():
            self.say(self.tr("Actief voor nieuwe zaken: %1").replace("%1", ", ".join(
                str(r) for r in pack_store.active_refs(self.settings))))

    def _fill_keys(self) -> None:
        self.keys.clear()
        self.keys.addItems(self.settings.trusted_pack_keys)
        self.remove_key_button.setEnabled(bool(self.settings.trusted_pack_keys))

    def add_key(self) -> None:
        try:
            fingerprint = add_trusted_key(self.settings, self.key_input.text())
        except ContentError as exc:
            self.say(str(exc))
            return
        self.key_input.clear()
        self._fill_keys()
        if self._changed():
            self.say(self.tr("Vertrouwd: %1").replace("%1", fingerprint))

    def remove_key(self) -> None:
        item = self.keys.currentItem() or self.keys.item(0)
        if item is None:
            return
        fingerprint = item.text()
        remove_trusted_key(self.settings, fingerprint)
        self._fill_keys()
        if self._changed():
            self.say(self.tr("Niet meer vertrouwd: %1. Pakketten met die sleutel zijn nu niet "
                             "geverifieerd.").replace("%1", fingerprint))

    def _allow_unverified(self, allowed: bool) -> None:
        self.settings.allow_unverified_packs = allowed
        self._changed()


def show_packs(window: QWidget, settings: Settings, save: Callable[[], None],
               folder: str) -> PacksDialog:
    dialog = PacksDialog(settings, save, folder, window)
    dialog.exec()
    return dialog
