"""What still needs doing before the open case can be decided: the readiness list
(chinacheck.case.readiness) as a panel that follows every change of the case."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from chinacheck.ui.keyboard import keyboard_friendly

if TYPE_CHECKING:
    from chinacheck.guidance.content import Content
    from chinacheck.ui.document import CaseDocument


# The gap codes that name a checklist item after the colon (chinacheck.case.readiness).
_QUESTION_CODES = ("unanswered", "onbekend")


class ReadinessPanel(QWidget):
    item_requested = Signal(str)  # a question of the list was activated: show this item

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.doc: CaseDocument | None = None
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.gaps = keyboard_friendly(QListWidget())
        self.gaps.setAccessibleName(self.tr("Nog te doen voor een definitieve aftekening"))
        self.gaps.setWordWrap(True)
        # Wrapped gaps run together otherwise: rows in alternating shades.
        self.gaps.setAlternatingRowColors(True)
        self.gaps.setToolTip(self.tr("Dubbelklik of Enter op een vraag opent die in de "
                                     "checklist."))
        self.gaps.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.gaps, 1)
        self.refresh()

    def set_document(self, doc: CaseDocument | None) -> None:
        """Follow ``doc`` (None: no case open), and no other document."""
        if self.doc is not None:
            with contextlib.suppress(RuntimeError):  # the document is gone already
                self.doc.changed.disconnect(self.refresh)
        self.doc = doc
        if doc is not None:
            doc.changed.connect(self.refresh)
        self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        item_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(item_id, str) and item_id:
            self.item_requested.emit(item_id)

    def refresh(self) -> None:
        self.gaps.clear()
        if self.doc is None:
            self.summary.setText(self.tr("Geen zaak geopend."))
            return
        from chinacheck.case import readiness

        found = readiness.gaps(self.doc.case, self.content)
        if self.doc.case.locked:
            text = self.tr("De zaak is definitief afgetekend.")
        elif found:
            text = self.tr("Nog %n punt(en) open voor een definitieve aftekening:", "",
                           len(found))
        else:
            text = self.tr("Klaar voor een definitieve aftekening: niets meer open.")
        self.summary.setText(text)
        if not self.doc.case.locked:
            for gap in found:
                item = QListWidgetItem(gap.message)
                kind, _sep, item_id = gap.code.partition(":")
                if kind in _QUESTION_CODES:
                    item.setData(Qt.ItemDataRole.UserRole, item_id)
                self.gaps.addItem(item)
        self.setAccessibleDescription(text)
