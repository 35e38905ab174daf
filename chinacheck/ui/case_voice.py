"""What a screen reader is told about the open case beyond the focused control: that a case
opened, where its file is (on request: saving says only the title), and why the case tabs
cannot be used while no case is open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from chinacheck.ui.document import CaseDocument


class CaseVoice(QObject):
    def __init__(self, window: QWidget, tabs: QTabWidget, case_pages: Sequence[QWidget],
                 announce: Callable[[str], None]) -> None:
        super().__init__(window)
        self.tabs, self.case_pages, self.announce = tabs, list(case_pages), announce
        self.doc: CaseDocument | None = None
        self.where_action = QAction(self.tr("Waar staat deze zaak?"), self)
        self.where_action.triggered.connect(self.say_where)

    def replaced(self, doc: CaseDocument | None) -> None:
        """A case opened (said with its title), or none is open (the case tabs say why they
        are not available: Qt reports a disabled tab only by its state)."""
        self.doc = doc
        self.where_action.setEnabled(doc is not None)
        why = "" if doc is not None else self.tr("Niet beschikbaar: open of maak eerst een zaak")
        for page in self.case_pages:
            self.tabs.setTabToolTip(self.tabs.indexOf(page), why)
        if doc is not None:
            self.announce(self.tr("Zaak “%1” geopend").replace("%1", doc.case.title))

    def say_where(self) -> None:
        """The open case's file, said and shown."""
        if self.doc is not None:
            self.announce(str(self.doc.path) if self.doc.path is not None
                          else self.tr("Deze zaak is nog niet opgeslagen"))
