"""Cases across editions of the guidance in the main window.

New cases are answered against the active packs (chinacheck.storage.pack_store.active_content).
An open case is shown with the content it was answered against (``pack_store.case_content``):
the case tabs are built anew when that differs from what they show. Opening an open case made
under an older edition of the active national pack offers to move it ("Wat is er veranderd";
``chinacheck.case.packs.move``, one undoable step until saved). A case whose pack is not
imported here opens read-only, with a banner naming the pack to import.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from chinacheck.case import packs
from chinacheck.errors import ContentError
from chinacheck.guidance.content import Content
from chinacheck.guidance.content import load as load_bundled
from chinacheck.guidance.content_diff import diff
from chinacheck.storage import pack_store
from chinacheck.storage.settings import Settings
from chinacheck.ui import changes_dialog
from chinacheck.ui.case_tabs import CaseTabs
from chinacheck.ui.document import CaseDocument


def newer_edition(case_content: Content, active: Content) -> bool:
    """Whether ``active`` is a later edition of the national pack the case was answered
    against (with the case's organisation packs among the active ones)."""
    if not case_content.packs or not active.packs:
        return False
    mine, theirs = case_content.packs[0], active.packs[0]
    others = {p.ref.id for p in active.packs[1:]}
    return (mine.ref.id == theirs.ref.id and mine.ref != theirs.ref
            and mine.edition_date <= theirs.edition_date
            and all(p.ref.id in others for p in case_content.packs[1:]))


DECLINED = "move_declined"  # a CaseDocument property: "Niet nu" was chosen


def active_content(settings: Settings) -> Content:
    """The active packs' content, or the bundled brochure when they do not load (said when a
    case is made: :meth:`CaseEditions.active`)."""
    try:
        return pack_store.active_content(settings)
    except ContentError:
        return load_bundled()


class CaseEditions(QObject):
    def __init__(self, tabs: CaseTabs, doc: Callable[[], CaseDocument | None],
                 settings: Callable[[], Settings], announce: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs, self._doc, self._settings, self._announce = tabs, doc, settings, announce

    def active(self) -> Content:
        """The content new cases are answered against; the bundled brochure, said aloud, when
        the configured packs do not load."""
        try:
            return pack_store.active_content(self._settings())
        except ContentError as exc:
            self._announce(self.tr("De actieve inhoudspakketten zijn niet te laden (%1); nieuwe "
                                   "zaken gebruiken de meegeleverde brochure.")
                           .replace("%1", str(exc)))
            return load_bundled()

    def case_content(self, doc: CaseDocument) -> Content | None:
        """The content ``doc``'s case was answered against; None when a pack is missing or
        damaged here (the case is then made read-only, saying which pack)."""
        try:
            return pack_store.case_content(doc.case, self._settings())
        except ContentError as exc:
            self._missing(doc, str(exc))
            return None

    def _missing(self, doc: CaseDocument, problem: str) -> None:
        if doc.lock is not None:
            doc.lock.release()
            doc.lock = None
        doc.read_only = self.tr("Alleen-lezen: %1. Importeer dat pakket (Help → "
                                "Inhoudspakketten…) om de zaak met haar eigen tekst te tonen en "
                                "te wijzigen.") \
            .replace("%1", problem.rstrip("."))

    def opened(self, doc: CaseDocument | None) -> None:
        """A case was opened (or closed): offer a move where it fits, then show the case with
        its own content."""
        if doc is None:
            self.tabs.set_content(self.active())
            return
        content = self.case_content(doc)
        if content is None:
            self.tabs.set_content(self.active())
            self._announce(doc.read_only or "")
            return
        if not packs.same_packs(doc.case, self.active()) and self._movable(doc, content):
            moved = self.offer_move(doc, content, self.active())
            content = moved or content
        self.tabs.set_content(content)

    def follow(self) -> None:
        """The case changed (an undo may have put back its old edition): the tabs follow."""
        doc = self._doc()
        content = self.case_content(doc) if doc is not None and not doc.read_only else None
        if content is not None:
            self.tabs.set_content(content)  # a no-op when it shows those editions already

    def _movable(self, doc: CaseDocument, content: Content) -> bool:
        return (not doc.read_only and not doc.case.locked and not doc.property(DECLINED)
                and newer_edition(content, self.active()))

    def offer_move(self, doc: CaseDocument, old: Content, new: Content) -> Content | None:
        """Show what changed and move the case when asked; the new content, or None."""
        changes = diff(old, new)
        national = new.packs[0]
        dialog = changes_dialog.ChangesDialog(
            self.tr("Wat is er veranderd"),
            self.tr("Deze zaak is beantwoord met de editie van %1; %2 is nu actief. Overzetten? "
                    "De antwoorden gaan mee; anders geformuleerde vragen worden gemarkeerd om "
                    "opnieuw te bevestigen, antwoorden op vervallen vragen blijven leesbaar "
                    "bewaard. U kunt het ongedaan maken tot u opslaat.")
            .replace("%1", old.packs[0].edition_date).replace("%2", str(national.ref)),
            self.tr("Overzetten"), self.tr("Niet nu"), changes, old, new)
        if not changes_dialog.ask(dialog):
            doc.setProperty(DECLINED, True)  # not offered again while it is open
            return None
        results: list[packs.MoveResult] = []
        doc.edit(self.tr("Overzetten naar %1").replace("%1", str(national.ref)),
                 lambda case: results.append(packs.move(case, old, new)))
        if not results:
            return None
        result = results[0]
        self._announce(self.tr("Overgezet naar %1: %2 antwoorden meegenomen, %3 opnieuw te "
                               "bevestigen, %4 op vervallen vragen bewaard.")
                       .replace("%1", str(national.ref))
                       .replace("%2", str(result.carried + result.moved))
                       .replace("%3", str(len(result.reconfirm)))
                       .replace("%4", str(len(result.withdrawn))))
        return new
