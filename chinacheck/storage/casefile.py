"""Reading one case file: its bytes (bounded, regular files only), decryption and parsing.

A load never modifies, renames or overwrites the file it read. Used by the store (which also
saves), the library listing and recovery copies; it imports none of them.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from chinacheck import log, oserrors
from chinacheck.case import caseformat, encryption
from chinacheck.case.encryption import CaseKey, PassphraseRequired
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.guidance.content import Content
from chinacheck.guidance.content import load as load_content
from chinacheck.i18n import _

__all__ = ["LoadedCase", "load_case", "read_bytes", "unknown_items"]

_log = log.get("storage")


@dataclass
class LoadedCase:
    case: Case
    path: Path
    file_version: int
    unknown_items: list[str]
    key: CaseKey | None = None  # set for an encrypted case: pass it to save_case


def read_bytes(path: Path) -> bytes:
    """The bytes of a case file (up to one byte over the size limit, so that it can be refused).

    Only regular files are read: a pipe or a device would block or never end.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _unreadable(path, oserrors.describe(exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise _unreadable(path, _("is een map, geen bestand"))
        if not stat.S_ISREG(mode):
            raise _unreadable(path, _("geen gewoon bestand (maar bijvoorbeeld een pipe of een "
                                      "apparaat)"))
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(caseformat.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _unreadable(path, oserrors.describe(exc)) from None
    finally:
        os.close(fd)


def _unreadable(path: Path, reason: str) -> CaseFileError:
    return CaseFileError(path, _("kan niet worden gelezen: {reason}").format(reason=reason))


def unknown_items(case: Case, content: Content | None = None) -> list[str]:
    known = (content or load_content()).item_ids
    return sorted(item_id for item_id in case.answers if item_id not in known)


def load_case(path: Path | str, passphrase: str | None = None, *,
              key: CaseKey | None = None) -> LoadedCase:
    """Read and check a case file.

    An encrypted file needs ``passphrase`` (or the ``key`` it was opened with before):
    without, PassphraseRequired, so that the caller can ask and try again; a wrong one gives
    WrongPassphrase. Both are CaseFileErrors, as is every other reason the file cannot be read.
    The loaded case's ``key`` saves it encrypted again.
    """
    path = Path(path)
    try:
        raw, key = _plaintext(read_bytes(path), path, passphrase, key)
        data = caseformat.parse_json(raw, path)
        version = caseformat.check_header(data, path)
        case = caseformat.from_dict(data, path)
    except CaseFileError as exc:
        # No id is known yet, and the path may carry a title: only the kind of refusal.
        log.event(_log, "case.open", result="refused", level=logging.WARNING,
                  error=type(exc).__name__)
        raise
    log.event(_log, "case.open", object=log.case_object(case.id), version=version,
              encrypted=key is not None)
    return LoadedCase(case, path, version, unknown_items(case), key)


def _plaintext(raw: bytes, path: Path, passphrase: str | None,
               key: CaseKey | None) -> tuple[bytes, CaseKey | None]:
    """The case file's plain bytes, and the key when they were encrypted."""
    if not encryption.is_encrypted(raw):
        return raw, None
    encryption.check_container(raw, path)  # a damaged file is not a question of a passphrase
    if key is not None and passphrase is None:
        return key.decrypt(raw, path=path), key
    if passphrase is None:
        raise PassphraseRequired(path, _("de zaak is versleuteld; het wachtwoord is nodig om "
                                         "haar te openen"))
    unlocked = encryption.unlock(raw, passphrase, path=path)
    return unlocked.plaintext, unlocked.key
