"""Opening, saving, closing and recovering the one open case.

Nothing typed is ever lost silently: closing asks first, a failed save keeps the edits and offers
another file, and while there are unsaved changes a recovery copy is written every 30 seconds.
A case is opened with a lock file beside it; if someone else has it, it opens read-only.
Encrypted cases ask for their passphrase and stay encrypted in every copy written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from chinacheck.errors import CaseFileError, ChinaCheckError
from chinacheck.guidance.content import Content
from chinacheck.storage import paths
from chinacheck.ui.document import CaseDocument

if TYPE_CHECKING:
    from chinacheck.case.tamper import Finding
    from chinacheck.storage.locking import CaseLock
    from chinacheck.storage.store import LoadedCase

AUTOSAVE_MS = 30_000


def tampered_text(finding: Finding) -> str | None:
    """What the banner says about a case changed outside ChinaCheck, in the app's language;
    None when it was not."""
    if not finding.tampered:
        return None
    from PySide6.QtCore import QCoreApplication

    differences = "; ".join(finding.differences)  # in the app's language: made on load
    return QCoreApplication.translate(
        "CaseSession", "Buiten ChinaCheck gewijzigd: %1. De zaak is alleen-lezen; ChinaCheck "
                       "slaat haar niet opnieuw op. Herstel zo nodig een reservekopie (.bak).") \
        .replace("%1", differences)


class CaseSession(QObject):
    document_replaced = Signal(object)  # CaseDocument | None
    saved = Signal(Path)
    renamed = Signal(Path, Path)  # old, new: an encrypted case got its neutral name
    message = Signal(str)

    def __init__(self, content: Content, window: QWidget) -> None:
        super().__init__(window)
        self.content, self.window = content, window
        self.doc: CaseDocument | None = None
        self._reasons: dict[str, Callable[[], str]] = {}  # read-only reason → how to say it
        # The session manager asked to commit data (a log-out): closing now asks nothing.
        self.ending = False
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.tick)
        self.autosave.start()

    def attach(self, window: QWidget) -> None:
        """Serve another window (after a language switch); the open case stays as it is, and
        why it is read-only is said in the new language."""
        self.window = window
        self.setParent(window)
        doc = self.doc
        make = self._reasons.get(doc.read_only) if doc is not None and doc.read_only else None
        if doc is not None and make is not None:
            doc.read_only = self._reason(make)

    # --- opening -----------------------------------------------------------------------------
    def _replace(self, doc: CaseDocument | None) -> None:
        self.doc = doc
        self.document_replaced.emit(doc)

    def _lock(self, path: Path) -> tuple[CaseLock | None, str | None]:
        """Our lock on ``path``, or why the case opens read-only."""
        from chinacheck.storage import locking
        from chinacheck.ui import prompts

        if path.is_symlink():  # saving would split the link from its file: never written
            return None, self._reason(lambda: self.tr(
                "Alleen-lezen: dit bestand is een symbolische koppeling naar %1; open dat "
                "bestand zelf om de zaak te wijzigen.").replace("%1", os.path.realpath(path)))
        try:
            return locking.acquire(path), None
        except locking.LockedError as exc:
            if exc.stale and prompts.confirm(self.window, self.tr("Zaak in gebruik?"), self.tr(
                    "%1\n\nDie lijkt verlaten (bijvoorbeeld na een storing). Overnemen?")
                    .replace("%1", str(exc))):
                try:
                    return locking.take_over(path, expected=exc.info), None
                except locking.LockError as again:
                    return None, self._reason(partial(str, again))
            return None, self._read_only_because(exc)
        except locking.LockError as exc:
            return None, self._read_only_because(exc)

    def _read_only_because(self, problem: Exception) -> str:
        return self._reason(lambda: self.tr("Alleen-lezen: %1").replace("%1", str(problem)))

    def _reason(self, make: Callable[[], str]) -> str:
        """Why the case is read-only, remembered so a language switch can say it again in the
        new language (see attach)."""
        text = make()
        self._reasons[text] = make
        return text

    def _with_passphrase(self, name: str,
                         load: Callable[[str | None], LoadedCase]) -> LoadedCase | None:
        """Load, asking for the passphrase of an encrypted case until right or cancelled."""
        from chinacheck.storage import store
        from chinacheck.ui import prompts

        passphrase: str | None = None
        while True:
            try:
                return load(passphrase)
            except (store.PassphraseRequired, store.WrongPassphrase) as exc:
                wrong = isinstance(exc, store.WrongPassphrase)
                passphrase = prompts.passphrase(self.window, name, wrong)
                if passphrase is None:
                    return None

    def new_case(self, title: str, kind: str, content: Content | None = None) -> Path | None:
        """A new case, answered against ``content`` (the active packs; recorded in it)."""
        from chinacheck.storage import store
        from chinacheck.ui import prompts

        if not self.maybe_close():
            return None
        from chinacheck.case.model import Case
        from chinacheck.case.packs import record_packs

        case = Case(title=title, kind=kind)
        record_packs(case, content or self.content)
        path = store.new_case_path(paths.ensure_dir(paths.cases_dir()), title)
        try:
            store.save_case(case, path, touch=False)
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Nieuwe zaak"), str(exc))
            return None
        lock, reason = self._lock(path)
        self._replace(CaseDocument(case, path, parent=self, lock=lock, read_only=reason))
        return path

    def open_path(self, path: Path) -> bool:
        from chinacheck.storage import store
        from chinacheck.ui import prompts

        if self.doc is not None and self.doc.path == path:
            return True
        try:
            loaded = self._with_passphrase(path.name, lambda p: store.load_case(path, p))
        except ChinaCheckError as exc:
            prompts.error(self.window, self.tr("Zaak openen"), str(exc))
            return False
        if loaded is None or not self.maybe_close():
            return False
        finding = self._examine(loaded)
        lock: CaseLock | None = None
        reason: str | None = tampered_text(finding)
        if not finding.tampered:  # a tampered case: read-only, no lock, nothing writes it
            lock, reason = self._lock(path)
        self._replace(CaseDocument(loaded.case, loaded.path, loaded.file_version, self,
                                   key=loaded.key, lock=lock, read_only=reason,
                                   finding=finding))
        reason = self.doc.read_only if self.doc is not None else reason  # or now: its pack
        if reason:
            self.message.emit(reason)
        elif store.unknown_items(loaded.case):  # against the case's own edition
            self.message.emit(self.tr("Deze zaak bevat antwoorden op punten die deze versie niet "
                                      "kent; ze blijven bewaard."))
        return True

    def _examine(self, loaded: LoadedCase) -> Finding:
        """The hash checks of the load plus the seals (trust roots: the data folder's
        trusted-certificates); a certificate file that cannot be read only loses its trust."""
        from chinacheck.signing import seal

        try:
            roots = seal.trust_roots()
        except ChinaCheckError:
            roots = []
        return seal.examine(loaded.case, roots, loaded.finding)

    def recover_pending(self) -> None:
        from chinacheck.storage import recovery
        from chinacheck.ui import prompts

        pending = recovery.pending()
        if not pending:
            return
        if not prompts.recover(self.window, [r.title for r in pending]):
            for item in pending:
                recovery.discard(item.case_file.stem)  # the copy is named after the case id
            return
        item = pending[0]  # one case is open at a time; the others stay offered next start
        try:
            loaded = self._with_passphrase(item.title, lambda p: recovery.load(item, p))
        except CaseFileError as exc:
            prompts.error(self.window, self.tr("Herstellen"), str(exc))
            return
        if loaded is None:
            return
        lock, reason = self._lock(item.original) if item.original else (None, None)
        self._replace(CaseDocument(loaded.case, item.original, parent=self, unsaved=True,
                                   key=loaded.key, lock=lock, read_only=reason))
        self.message.emit(self.tr("Hersteld: niet-opgeslagen wijzigingen van “%1”.")
                          .replace("%1", loaded.case.title))

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        from chinacheck.ui import prompts

        doc = self.doc
        if doc is None:
            return True
        if doc.path is None or doc.read_only:
            return self.save_as()
        try:
            doc.save()
        except CaseFileError as exc:
            if prompts.save_failed(self.window, str(exc)):
                return self.save_as()
            return False
        self._neutral_name(doc)
        self.saved.emit(doc.path)
        self._say_saved(doc)
        return True

    def _neutral_name(self, doc: CaseDocument) -> None:
        """An encrypted case saved here gets a name without its title, with its lock and
        backups (``chinacheck/storage/neutral_name.py``); the save stands if renaming fails."""
        from chinacheck.storage import names
        from chinacheck.storage.neutral_name import give_neutral_name

        old = doc.path
        if doc.key is None or old is None or names.is_neutral(old.name):
            return
        try:
            new, doc.lock = give_neutral_name(old, doc.lock)
        except CaseFileError as exc:
            self.message.emit(str(exc))
            return
        doc.path = new
        doc.path_changed.emit()
        self.renamed.emit(old, new)

    def _say_saved(self, doc: CaseDocument) -> None:
        """The title and "opgeslagen": the path is long and said only on request (Bestand >
        Waar staat deze zaak?)."""
        self.message.emit(self.tr("“%1” opgeslagen").replace("%1", doc.case.title))

    def save_as(self) -> bool:
        from chinacheck.storage import store
        from chinacheck.ui import prompts

        doc = self.doc
        if doc is None:
            return True
        if doc.tampered:  # a copy written by ChinaCheck would hide what was changed
            prompts.error(self.window, self.tr("Opslaan als"), self.tr(
                "Deze zaak is buiten ChinaCheck gewijzigd en wordt niet opnieuw opgeslagen."))
            return False
        if doc.key is not None:  # an encrypted case's name never carries its title
            from chinacheck.storage.names import neutral_case_path

            folder = doc.path.parent if doc.path is not None else paths.cases_dir()
            suggestion = str(neutral_case_path(folder))
        else:
            suggestion = str(doc.path or store.new_case_path(paths.cases_dir(), doc.case.title))
        target = prompts.save_file(self.window, suggestion)
        if target is None:
            return False
        lock = None
        if target != doc.path or doc.lock is None:
            lock, reason = self._lock(target)
            if reason:
                prompts.error(self.window, self.tr("Opslaan als"), reason)
                return False
        previous_lock, previous_reason = doc.lock, doc.read_only
        if lock is not None:
            doc.lock, doc.read_only = lock, None
        try:
            doc.save(target)
        except CaseFileError as exc:
            if lock is not None:
                lock.release()
                doc.lock, doc.read_only = previous_lock, previous_reason
            if prompts.save_failed(self.window, str(exc)):
                return self.save_as()
            return False
        if lock is not None and previous_lock is not None:
            previous_lock.release()  # the case now lives in the new file
        self._neutral_name(doc)
        self.saved.emit(doc.path)
        self._say_saved(doc)
        return True

    def tick(self) -> None:
        """Every 30 seconds: a recovery copy of unsaved changes, and a sign of life in our lock."""
        doc = self.doc
        if doc is None:
            return
        if self.ending:  # still running: the log-out was cancelled
            self.ending = False
            self._relock(doc)
        if doc.lock is not None:
            from chinacheck.storage import locking

            try:
                doc.lock.refresh()
            except locking.LockError as exc:  # taken over by someone else meanwhile
                doc.lock, doc.read_only = None, self._read_only_because(exc)
                self.message.emit(doc.read_only)
                doc.changed.emit()
        if doc.dirty:
            self.write_recovery()

    def rescue(self) -> bool:
        """After an unexpected error: keep the unsaved changes as a recovery copy, now.
        True when there were changes and they are kept."""
        if self.doc is None or not self.doc.dirty or self.doc.read_only:
            return False
        try:
            self.doc.write_recovery()
        except CaseFileError:
            return False
        return True

    def _release_lock(self) -> None:
        if self.doc is not None and self.doc.lock is not None:
            self.doc.lock.release()
            self.doc.lock = None

    def _relock(self, doc: CaseDocument) -> None:
        if doc.path is None or doc.lock is not None or doc.read_only:
            return
        lock, reason = self._lock(doc.path)
        doc.lock, doc.read_only = lock, reason
        if reason:
            self.message.emit(reason)
            doc.changed.emit()

    def prepare_for_session_end(self) -> bool:
        """The session manager's request to commit data, before a log-out that another program
        may still cancel: the unsaved changes go to the recovery copy and the lock is released,
        asking nothing; the case stays open. If the app is still running at the next tick, the
        lock is taken again. True when unsaved changes were kept."""
        kept = self.rescue()
        self._release_lock()
        self.ending = True
        return kept

    def end_session(self) -> bool:
        """The app is ended from outside (SIGTERM, SIGHUP): the unsaved changes go to the
        recovery copy, the lock is released, and the case turns read-only, so that nothing that
        still runs before the app quits can save it or discard the copy. True when unsaved
        changes were kept."""
        doc = self.doc
        if doc is None:
            return False
        kept = self.rescue()
        self._release_lock()
        self.autosave.stop()
        if not doc.read_only:
            doc.read_only = self.tr("De sessie wordt beëindigd; niet-opgeslagen wijzigingen "
                                    "staan in de herstelkopie.")
        return kept

    def close_at_session_end(self) -> bool:
        """The window closes during a log-out (after :meth:`prepare_for_session_end`): nobody
        to ask, so the unsaved changes stay in the recovery copy for the next start."""
        if self.doc is not None:
            self.end_session()
            self.doc.close()  # read-only now: the recovery copy stays
            self._replace(None)
        return True

    def write_recovery(self) -> None:
        if self.doc is None or not self.doc.dirty:
            return
        try:
            self.doc.write_recovery()
        except CaseFileError as exc:
            self.message.emit(str(exc))

    # --- closing -----------------------------------------------------------------------------
    def maybe_close(self) -> bool:
        """Close the open case, asking first if it has unsaved changes; False = keep it open."""
        from chinacheck.ui import prompts

        doc = self.doc
        if doc is None:
            return True
        if doc.dirty:
            choice = prompts.unsaved_changes(self.window, doc.case.title)
            if choice is prompts.Choice.CANCEL:
                return False
            if choice is prompts.Choice.SAVE and not self.save():
                return False
        doc.close()
        self._replace(None)
        return True
