"""Reading one case file: its bytes (bounded, regular files only), decryption and parsing.

A load never modifies, renames or overwrites the file it read. Every load also examines the case
for changes made outside ChinaCheck (``LoadedCase.finding``). Used by the store (which also
saves), the library listing and recovery copies; it imports none of them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from chinacheck import boundedfile, log
from chinacheck.case import caseformat, encryption, tamper
from chinacheck.case.encryption import CaseKey, PassphraseRequired
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError, ContentError
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
    # What the file says about its own history that does not add up (chinacheck.case.tamper);
    # chinacheck.signing.seal adds the check of sealed sign-offs.
    finding: tamper.Finding = field(default_factory=tamper.Finding)


def read_bytes(path: Path) -> bytes:
    """The bytes of a case file, at most ``caseformat.MAX_FILE_BYTES`` of them.

    Only regular files are read: a pipe or a device would block or never end.
    """
    try:
        return boundedfile.read_bounded(path, caseformat.MAX_FILE_BYTES)
    except boundedfile.FileTooLarge as exc:
        raise CaseFileError(path, _("bestand is te groot ({size} bytes) voor een "
                                    "ChinaCheck-zaak").format(size=exc.size)) from None
    except boundedfile.UnreadableFile as exc:
        raise _unreadable(path, exc.reason) from None


def _unreadable(path: Path, reason: str) -> CaseFileError:
    return CaseFileError(path, _("kan niet worden gelezen: {reason}").format(reason=reason))


def unknown_items(case: Case, content: Content | None = None) -> list[str]:
    """Answered item ids that the case's content does not know (a newer ChinaCheck's, or a
    file edited by hand); answers to questions a newer edition withdrew are not unknown."""
    if content is None:
        from chinacheck.storage.pack_store import case_content

        try:
            content = case_content(case)
        except ContentError:  # its pack is not imported here: the bundled brochure's ids
            content = load_content()
    known = content.item_ids
    return sorted(item_id for item_id in case.answers
                  if item_id not in known and item_id not in case.withdrawn)


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
    finding = tamper.examine(case)
    log.event(_log, "case.open", object=log.case_object(case.id), version=version,
              encrypted=key is not None, tampered=finding.tampered)
    return LoadedCase(case, path, version, unknown_items(case), key, finding)


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
