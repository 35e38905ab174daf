"""An encrypted case carries no title in its file name: it is renamed to a neutral name.

Encrypting hides the content, but a file named ``handelsmissie-chongqing.chinacheck`` still
says what it is about, and so would its backups, its lock, the library index (keyed by file
name) and the app's recent files. :func:`give_neutral_name` renames an encrypted case to
``zaak-<8 hex>.chinacheck`` beside it (``chinacheck/storage/names.py``), with its backups, and
drops the old name from the library index and the recent files. The title is then only in the
ciphertext.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from chinacheck import oserrors
from chinacheck.case import encryption
from chinacheck.errors import CaseFileError
from chinacheck.i18n import _
from chinacheck.storage import library, locking, names, settings, store


def _move(source: Path, target: Path) -> None:
    """Rename without ever replacing a file at ``target`` (a hard link fails if it exists)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some shares)
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    try:
        os.unlink(source)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise


def give_neutral_name(path: Path, lock: locking.CaseLock | None = None,
                      ) -> tuple[Path, locking.CaseLock | None]:
    """Rename the encrypted case at ``path`` and its backups to a fresh neutral name beside it.

    Returns the new path, and with ``lock`` (ours, on ``path``) our lock on the new path (the
    old one is released). A case whose name is neutral already stays as it is. The name is
    also dropped from the library index, and replaced in the recent files. On failure a
    CaseFileError, and the case keeps its name.
    """
    path = Path(path)
    if names.is_neutral(path.name):
        return path, lock
    store.refuse_symlink(path)
    try:
        with open(path, "rb") as handle:
            if not encryption.is_encrypted(handle.read(512)):
                raise CaseFileError(path, _("is niet versleuteld"))
    except OSError as exc:
        raise CaseFileError(path, _("hernoemen mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    target = names.neutral_case_path(path.parent)
    new_lock = None
    if lock is not None:
        try:
            new_lock = locking.acquire(target)  # a fresh name: nobody else can hold it
        except locking.LockError as exc:
            raise CaseFileError(path, _("hernoemen mislukt: {reason}").format(
                reason=exc)) from None
    moves = [(backup, target.with_name(target.name + backup.name[len(path.name):]))
             for backup in store.backup_files(path)] + [(path, target)]
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in moves:  # the backups first: the case file is the commit
            _move(source, destination)
            done.append((source, destination))
    except OSError as exc:
        for source, destination in reversed(done):
            with contextlib.suppress(OSError):
                _move(destination, source)
        if new_lock is not None:
            new_lock.release()
        raise CaseFileError(path, _("hernoemen mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    library.forget(path)
    settings.replace_recent(path.absolute(), target.absolute())
    if lock is not None:
        lock.release()
    return target, new_lock
