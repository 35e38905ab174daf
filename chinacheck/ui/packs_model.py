"""The content packs on this computer as a table model (Help → Inhoudspakketten…), and the
settings they are used by: which are active for new cases, which publisher keys are trusted.
The same operations as ``chinacheck packs`` on the command line (chinacheck.storage.pack_store).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from chinacheck.errors import ContentError
from chinacheck.guidance.pack_manifest import PackKind
from chinacheck.guidance.pack_signature import TRUST_LABELS
from chinacheck.i18n import translate
from chinacheck.storage import pack_store
from chinacheck.storage.pack_store import InstalledPack
from chinacheck.storage.settings import Settings

Index = QModelIndex | QPersistentModelIndex


def kind_text(kind: PackKind) -> str:
    if kind is PackKind.NATIONAL:
        return QCoreApplication.translate("PacksModel", "landelijk")
    return QCoreApplication.translate("PacksModel", "organisatie")


def trust_text(pack: InstalledPack) -> str:
    return translate(TRUST_LABELS[pack.trust])


@dataclass(frozen=True)
class Row:
    pack: InstalledPack | None  # None: a damaged stored pack
    folder: Path | None = None
    problem: str = ""


class PacksModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("PacksModel", "Pakket"),
               QT_TRANSLATE_NOOP("PacksModel", "Soort"),
               QT_TRANSLATE_NOOP("PacksModel", "Titel"),
               QT_TRANSLATE_NOOP("PacksModel", "Uitgever"),
               QT_TRANSLATE_NOOP("PacksModel", "Editie"),
               QT_TRANSLATE_NOOP("PacksModel", "Status"))

    def __init__(self, settings: Settings, parent: Any = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.rows: list[Row] = []
        self.active: set[str] = set()
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self.rows = [Row(p) for p in pack_store.installed(self.settings)]
        self.rows += [Row(None, folder, problem) for folder, problem in pack_store.damaged()]
        try:
            self.active = {str(r) for r in pack_store.active_refs(self.settings)}
        except ContentError:
            self.active = set()
        self.endResetModel()

    def pack(self, row: int) -> InstalledPack | None:
        return self.rows[row].pack if 0 <= row < len(self.rows) else None

    def status(self, row: Row) -> str:
        if row.pack is None:
            return QCoreApplication.translate("PacksModel", "beschadigd: %1").replace(
                "%1", row.problem)
        text = trust_text(row.pack)
        if str(row.pack.ref) in self.active:
            text = QCoreApplication.translate("PacksModel", "actief voor nieuwe zaken; %1") \
                .replace("%1", text)
        return text

    def cells(self, row: Row) -> list[str]:
        if row.pack is None:
            folder = row.folder or Path()
            return [f"{folder.parent.name}@{folder.name}", "", "", "", "", self.status(row)]
        m = row.pack.manifest
        return [str(m.ref), kind_text(m.kind), m.title, m.publisher_short, m.edition_date,
                self.status(row)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PacksModel", str(self.COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3 and row.pack:
            return row.pack.manifest.publisher
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return self.cells(row)[index.column()]
        return None
