"""The case's history: sign-offs per revision and the append-only audit trail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chinacheck import i18n
from chinacheck.case.model import AuditEntry, Case
from chinacheck.reports.audit_words import detail_text
from chinacheck.reports.labels import Labels
from chinacheck.ui.keyboard import keyboard_friendly
from chinacheck.ui.labels import decision_label, event_label, format_datetime

Index = QModelIndex | QPersistentModelIndex


def _detail(entry: AuditEntry) -> str:
    """The same words as the PDF's audit appendix, in the app's language."""
    from chinacheck.guidance.content import load

    return detail_text(Labels(i18n.language()), entry, load())


class AuditModel(QAbstractTableModel):
    def __init__(self, case: Case, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries = list(case.audit)
        self.headers = (self.tr("Tijdstip"), self.tr("Gebeurtenis"), self.tr("Revisie"),
                        self.tr("Details"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.AccessibleTextRole):
            return None
        entry = self.entries[index.row()]
        return (format_datetime(entry.at), event_label(entry.event),
                str(entry.revision), _detail(entry))[index.column()]


class AuditDialog(QDialog):
    def __init__(self, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis van de zaak"))
        lines = []
        for signed in case.signoffs:
            final = self.tr(" (definitief)") if signed.final else ""
            lines.append(self.tr("Revisie %1: %2, %3 — %4%5, %6")
                         .replace("%1", str(signed.revision)).replace("%2", signed.name)
                         .replace("%3", signed.role).replace("%4", decision_label(signed.decision))
                         .replace("%5", final)
                         .replace("%6", format_datetime(signed.signed_at)))
            if signed.despite is not None:
                lines.append(self.tr("  Besloten ondanks %1 open punten; reden: %2")
                             .replace("%1", str(len(signed.despite.gaps)))
                             .replace("%2", signed.despite.reason))
        self.signoffs_text = "\n".join(lines)
        signoffs = QLabel("\n".join(lines) or self.tr("Nog niet afgetekend."))
        signoffs.setTextFormat(Qt.TextFormat.PlainText)
        signoffs.setWordWrap(True)
        signoffs.setAccessibleName(self.tr("Aftekeningen"))
        self.model = AuditModel(case, self)
        self.table = keyboard_friendly(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Verloop van de zaak"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Aftekeningen</b>")))
        layout.addWidget(signoffs)
        layout.addWidget(QLabel(
            self.tr("<b>Verloop</b> (ChinaCheck vult het alleen aan; wijzigingen buiten "
                    "ChinaCheck worden herkend)")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)
