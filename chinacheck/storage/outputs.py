"""Where a generated file (a PDF, a decrypted copy, a new case) may not be written: over a case
file or over a file that belongs to one (its backups and its lock).

A case file is recognised by its name (``.chinacheck``, ``.chinacheck.bak``,
``.chinacheck.v<N>.bak``, ``.chinacheck.lock``), by being the case, a backup or the lock of the
case at hand (whatever their names), or by its first bytes (a ChinaCheck case, lock or index,
also under another name, also as a second name of the same file). Refused before anything is
written.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from chinacheck.errors import InputError
from chinacheck.i18n import _
from chinacheck.storage import locking, store

# The names of a case's companions: its backups and its lock.
_COMPANION = re.compile(r"(?:\.v\d{1,9})?" + re.escape(store.BACKUP_SUFFIX) + "|"
                        + re.escape(locking.LOCK_SUFFIX), re.IGNORECASE)
# A case file's name, or a companion's (group 1); Windows ignores trailing dots and spaces.
_CASE_NAME = re.compile(r".*\.chinacheck(" + _COMPANION.pattern + r")?[. ]*", re.IGNORECASE
                        | re.DOTALL)
# The start of every file ChinaCheck writes in JSON (case, encrypted case, lock, index), but
# for the register's JSON export, which a new export may replace.
_OURS = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"chinacheck-(?!register")')
_SNIFF_BYTES = 4096


def _is_ours(path: Path) -> bool:
    """Whether ``path`` is a regular file that starts like a ChinaCheck file. Never blocks on
    a pipe or a device, never raises."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return _OURS.match(os.read(fd, _SNIFF_BYTES)) is not None
    except OSError:
        return False
    finally:
        os.close(fd)


def _belongs_to(target: Path, case: Path) -> bool:
    """Whether ``target`` is ``case``, one of its backups or its lock (by path or as the same
    file under another name)."""
    def where(path: Path) -> Path:
        folder = Path(os.path.abspath(path.parent))
        with contextlib.suppress(OSError, RuntimeError):  # a loop of links: as written
            folder = folder.resolve()
        return folder / path.name

    target_at, case_at = where(target), where(case)
    if target_at.parent == case_at.parent and target_at.name.startswith(case_at.name):
        rest = target_at.name[len(case_at.name):]
        if rest == "" or _COMPANION.fullmatch(rest):
            return True
    for own in (case, store.backup_path(case), locking.lock_path(case), *store.backup_files(case)):
        with contextlib.suppress(OSError):
            if os.path.samefile(target, own):
                return True
    return False


def refuse_case_files(target: Path | str, *, case: Path | str | None = None,
                      case_name_ok: bool = False) -> None:
    """Raise InputError (one line) when ``target`` is a case file or belongs to one.

    ``case``: the case the output is made from, refused with its backups and lock whatever
    their names. ``case_name_ok``: a new case may get a ``.chinacheck`` name (``new -o``,
    ``decrypt -o``), never the name of a backup or a lock, nor an existing case's file.
    """
    target = Path(target)
    named = _CASE_NAME.fullmatch(target.name)
    by_name = named is not None and not (case_name_ok and named.group(1) is None)
    if by_name or (case is not None and _belongs_to(target, Path(case))) or _is_ours(target):
        raise InputError(_("{file}: is een zaakbestand of hoort bij een zaak (reservekopie of "
                           "slot); kies een andere naam, er is niets geschreven").format(
                               file=target))
