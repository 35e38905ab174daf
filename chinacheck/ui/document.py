"""The open case: the case, its file, and undo/redo of every edit.

Every edit goes through :meth:`CaseDocument.edit`, which stores before/after snapshots on a
QUndoStack. Snapshots are the case's own JSON form, so undo can never drift from what is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from chinacheck.case.encryption import CaseKey
    from chinacheck.case.model import Case
    from chinacheck.case.tamper import Finding
    from chinacheck.storage.locking import CaseLock

_MERGE_ID = 1


class _SnapshotCommand(QUndoCommand):
    def __init__(self, doc: CaseDocument, text: str, before: dict[str, Any],
                 after: dict[str, Any], merge_key: str | None) -> None:
        super().__init__(text)
        self.doc, self.before, self.after, self.merge_key = doc, before, after, merge_key
        self._first = True

    def id(self) -> int:
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, _SnapshotCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # the edit has already been applied by CaseDocument.edit
            self._first = False
            return
        self.doc._restore(self.after)

    def undo(self) -> None:
        self.doc._restore(self.before)


class CaseDocument(QObject):
    changed = Signal()  # the case's content changed: refresh every view of it
    dirty_changed = Signal(bool)
    path_changed = Signal()
    refused = Signal(str)  # an edit refused because a final sign-off locked the case

    def __init__(self, case: Case, path: Path | None = None,
                 file_version: int | None = None, parent: QObject | None = None,
                 unsaved: bool = False, key: CaseKey | None = None,
                 lock: CaseLock | None = None, read_only: str | None = None,
                 finding: Finding | None = None) -> None:
        super().__init__(parent)
        self.case = case
        self.path = path
        self.file_version = file_version  # None: written by this version (nothing to upgrade)
        self.key = key  # set: the file is encrypted, and so are saves and recovery copies
        self.lock = lock  # our lock file beside the case, while we have it open for writing
        self.read_only = read_only  # why this window may not change the case (someone else has it)
        # What the case file says about itself (chinacheck.signing.seal.examine): changed outside
        # ChinaCheck, and its seals. A tampered case is read-only and is never written anew.
        self.finding = finding
        self._unsaved = unsaved  # e.g. a recovered case: dirty without any undo history
        self.undo_stack = QUndoStack(self)
        # A bound slot, not a lambda: Qt then drops the connection when this document is
        # destroyed, before its undo stack emits cleanChanged from its own destructor.
        self.undo_stack.cleanChanged.connect(self._clean_changed)


    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(self._unsaved or not clean)

    @property
    def dirty(self) -> bool:
        return self._unsaved or not self.undo_stack.isClean()

    def edit(self, text: str, mutate: Callable[[Case], object], merge_key: str | None = None,
             allow_locked: bool = False) -> None:
        """Apply ``mutate`` as one undoable step; refused on a locked case unless allowed
        (reopening and ticking off conditions are what a locked case still allows)."""
        if self.read_only or (self.case.locked and not allow_locked):
            from chinacheck.case.signoff import locked_message

            self.refused.emit(self.read_only or locked_message(self.case))
            self.changed.emit()  # put the views back to what the case says
            return
        from chinacheck.case import caseformat

        before = caseformat.to_dict(self.case, chain=False)
        mutate(self.case)
        after = caseformat.to_dict(self.case, chain=False)
        if before == after:
            return
        self.undo_stack.push(_SnapshotCommand(self, text, before, after, merge_key))
        self.changed.emit()

    @property
    def tampered(self) -> bool:
        return self.finding is not None and self.finding.tampered

    def _restore(self, snapshot: dict[str, Any]) -> None:
        from chinacheck.case import audit, caseformat, lifecycle

        trail = self.case.audit
        self.case = caseformat.from_dict(snapshot)
        # Undo restores the content, never the trail: it is only ever added to, and a sign-off
        # after an undo must follow every entry the file already has.
        self.case.audit = audit.merge(trail, self.case.audit)
        lifecycle.after_restore(self.case)  # a phase put back is a move the trail records
        self.changed.emit()

    def save(self, path: Path | None = None) -> None:
        """Save to ``path`` (or the current file). Raises CaseFileError; edits are kept."""
        from chinacheck.storage import recovery, store

        target = path or self.path
        if target is None:
            raise ValueError("no file to save to")
        if self.read_only:
            from chinacheck.errors import CaseFileError

            raise CaseFileError(target, self.read_only)
        from chinacheck.case import caseformat

        store.save_case(self.case, target, key=self.key,
                        file_version=self.file_version or caseformat.SCHEMA_VERSION)
        path_changed = target != self.path
        self.path = target
        self.file_version = None
        self._unsaved = False
        self.undo_stack.setClean()
        recovery.discard(self.case.id)
        self.dirty_changed.emit(False)
        if path_changed:
            self.path_changed.emit()

    def write_recovery(self) -> None:
        from chinacheck.storage import recovery

        recovery.write(self.case, self.path, key=self.key)

    def close(self) -> None:
        """A clean close: the recovery copy is no longer needed, and the case is free again."""
        from chinacheck.storage import recovery

        if not self.read_only:
            recovery.discard(self.case.id)
        if self.lock is not None:
            self.lock.release()
            self.lock = None
