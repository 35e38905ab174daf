"""Going from a line of the Overzicht to the place in the case that line is about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from chinacheck.storage.overview import Target
    from chinacheck.ui.checklist_tab import ChecklistTab
    from chinacheck.ui.details_tab import DetailsTab
    from chinacheck.ui.document import CaseDocument


class Window(Protocol):
    """What of the main window this needs."""

    tabs: QTabWidget

    @property
    def _details(self) -> QWidget: ...
    @property
    def _debrief(self) -> QWidget: ...
    @property
    def doc(self) -> CaseDocument | None: ...
    @property
    def checklist_tab(self) -> ChecklistTab: ...
    @property
    def details_tab(self) -> DetailsTab: ...
    def open_path(self, path: Path) -> bool: ...
    def show_checklist_item(self, item_id: str) -> None: ...


def open_at(window: Window, target: Target) -> None:
    """Open the case of an Overzicht line where that line is about."""
    from chinacheck.storage.overview import Place

    doc = window.doc
    if (doc is None or doc.path != target.path) and not window.open_path(target.path):
        return
    if target.place is Place.CHECKLIST and target.item:
        window.show_checklist_item(target.item)
        window.checklist_tab.tree.setFocus()
        return
    debrief = window._debrief  # the Nazorg tab, where the case has one
    if target.place is Place.DEBRIEF and window.tabs.isTabVisible(window.tabs.indexOf(debrief)):
        window.tabs.setCurrentWidget(debrief)
        return
    window.tabs.setCurrentWidget(window._details)
    if target.place is Place.CONDITIONS:
        window.details_tab.show_conditions()
    else:
        window.details_tab.setFocus()
