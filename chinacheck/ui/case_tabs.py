"""The tabs of an open case, each built the first time it is shown (keeps start-up fast)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chinacheck.guidance.content import Content
from chinacheck.storage.settings import Settings
from chinacheck.ui.document import CaseDocument
from chinacheck.ui.lazy_tab import LazyTab

if TYPE_CHECKING:
    from chinacheck.ui.checklist_tab import ChecklistTab
    from chinacheck.ui.contacts_tab import ContactsTab
    from chinacheck.ui.debrief_tab import DebriefTab
    from chinacheck.ui.details_tab import DetailsTab
    from chinacheck.ui.technology_tab import TechnologyTab


def _identity(content: Content) -> list[tuple[str, str]]:
    return [(str(p.ref), p.trust.value) for p in content.packs]


class CaseTabs:
    """``doc`` gives the open case's document (or a placeholder); ``settings`` the settings."""

    def __init__(self, content: Content, doc: Callable[[], CaseDocument],
                 settings: Callable[[], Settings]) -> None:
        self._content, self._doc, self._settings = content, doc, settings
        self.details: LazyTab[DetailsTab] = LazyTab(self._make_details)
        self.checklist: LazyTab[ChecklistTab] = LazyTab(self._make_checklist)
        self.technology: LazyTab[TechnologyTab] = LazyTab(self._make_technology)
        self.contacts: LazyTab[ContactsTab] = LazyTab(self._make_contacts)
        self.debrief: LazyTab[DebriefTab] = LazyTab(self._make_debrief)

    @property
    def content(self) -> Content:
        return self._content

    def set_content(self, content: Content) -> None:
        """Show the case with other content (another edition): the tabs built so far are built
        anew with it."""
        if _identity(content) == _identity(self._content):
            return  # the same editions (e.g. loaded anew after the pack caches were cleared)
        self._content = content
        for tab in (self.details, self.checklist, self.technology, self.contacts, self.debrief):
            tab.reset()

    def _make_details(self) -> DetailsTab:
        from chinacheck.ui.details_tab import DetailsTab

        return DetailsTab(self._content, self._doc())

    def _make_checklist(self) -> ChecklistTab:
        from chinacheck.ui.checklist_tab import ChecklistTab

        return ChecklistTab(self._content, self._doc())

    def _make_technology(self) -> TechnologyTab:
        from chinacheck.ui.technology_tab import TechnologyTab

        return TechnologyTab(self._content)

    def _make_contacts(self) -> ContactsTab:
        from chinacheck.ui.contacts_tab import ContactsTab

        return ContactsTab(self._content)

    def _make_debrief(self) -> DebriefTab:
        from chinacheck.ui.debrief_tab import DebriefTab

        return DebriefTab(self._content, self._doc(), self._settings)
