"""The Woo dialog: every passage of the case that can be withheld, with its grounds.

Select one or more passages and tick the grounds; "Niet lakken" withholds nothing there (also
not a name, which is withheld 5.1.2e by default). The changes are applied when the dialog is
accepted (chinacheck.ui.woo_actions) as one undoable edit; the save records them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinacheck.case import woo
from chinacheck.case.model import Case
from chinacheck.guidance import woo_grounds
from chinacheck.guidance.content import Content
from chinacheck.reports.labels import Labels
from chinacheck.reports.woo_words import section_label
from chinacheck.ui.keyboard import keyboard_friendly, no_tab_stop

SHOWN_CHARS = 80
GROUND_CHARS = 42  # the whole description is the checkbox's tooltip


class WooDialog(QDialog):
    def __init__(self, case: Case, content: Content, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Woo-markeringen"))
        t = Labels(language)
        resolved = {r.path: r for r in woo.resolve(case)}
        self.rows = [(path, text) for path, text in woo.passages(case) if text.strip()]
        # path → grounds as the dialog shows them now; the initial state to compare with
        self.grounds: dict[str, tuple[str, ...]] = {
            path: resolved[path].grounds if path in resolved else () for path, _ in self.rows}
        self.defaults = {path for path, r in resolved.items() if r.how == "default"}
        self.initial = dict(self.grounds)

        intro = QLabel(self.tr(
            "Kies de passages die in de Woo-versie gelakt worden, en op welke grond. Namen van "
            "personen zijn standaard gelakt (5.1.2e). De omschrijvingen zijn de weergave van "
            "ChinaCheck van de wet, niet gecontroleerd tegen wetten.overheid.nl."))
        intro.setWordWrap(True)
        self.table = keyboard_friendly(QTableWidget(len(self.rows), 3, self))
        self.table.setHorizontalHeaderLabels([self.tr("Onderdeel"), self.tr("Tekst"),
                                              self.tr("Gronden")])
        self.table.setAccessibleName(self.tr("Passages"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, (path, text) in enumerate(self.rows):
            where = QTableWidgetItem(section_label(t, content, path))
            where.setData(Qt.ItemDataRole.UserRole, path)
            where.setToolTip(path)
            shown = " ".join(text.split())
            self.table.setItem(row, 0, where)
            self.table.setItem(row, 1, QTableWidgetItem(
                shown if len(shown) <= SHOWN_CHARS else shown[:SHOWN_CHARS] + "…"))
            self.table.setItem(row, 2, QTableWidgetItem())
            self._show(row)

        box = QGroupBox(self.tr("Weigeringsgronden"))
        boxes = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for ground in woo_grounds.load().grounds:
            short = ground.short if len(ground.short) <= GROUND_CHARS else (
                ground.short[:GROUND_CHARS].rsplit(" ", 1)[0] + " …")
            check = QCheckBox(f"{ground.code} – {short}")
            check.setToolTip(f"{ground.citation}: {ground.text}")
            check.setAccessibleName(f"{ground.code} {ground.short}")
            check.toggled.connect(self._toggled)
            boxes.addWidget(check)
            self.checks[ground.code] = check
        self.none_button = QPushButton(self.tr("Niet lakken"))
        self.none_button.clicked.connect(self._none)
        boxes.addStretch(1)
        scroll = no_tab_stop(QScrollArea())
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(380)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        side = QVBoxLayout()
        side.addWidget(scroll, 1)
        side.addWidget(self.none_button)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self._selected()
        self.resize(1000, 560)

    def _show(self, row: int) -> None:
        path = self.rows[row][0]
        codes = ", ".join(self.grounds[path])
        if path in self.defaults and self.grounds[path] == self.initial[path]:
            codes = self.tr("%1 (standaard)").replace("%1", codes)
        item = self.table.item(row, 2)
        assert item is not None
        item.setText(codes or self.tr("niet gelakt"))

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_path(self, path: str) -> None:
        row = next(n for n, (p, _) in enumerate(self.rows) if p == path)
        self.table.selectRow(row)

    def _selected(self) -> None:
        rows = self.selected_rows()
        codes = set(self.grounds[self.rows[rows[0]][0]]) if rows else set()
        for code, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(code in codes)
            check.setEnabled(bool(rows))
            check.blockSignals(False)
        self.none_button.setEnabled(bool(rows))

    def _toggled(self) -> None:
        codes = tuple(code for code, check in self.checks.items() if check.isChecked())
        self._apply(codes)

    def _none(self) -> None:
        self._apply(())
        self._selected()

    def _apply(self, codes: tuple[str, ...]) -> None:
        for row in self.selected_rows():
            self.grounds[self.rows[row][0]] = codes
            self._show(row)

    def changes(self) -> dict[str, tuple[str, ...]]:
        """The passages whose grounds the user changed, with their new grounds (none: do not
        withhold)."""
        return {path: codes for path, codes in self.grounds.items()
                if codes != self.initial[path]}
