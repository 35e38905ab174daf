"""Case files on disk: load, save (atomic, with a backup), encrypt and decrypt in place.

A load that fails never modifies, renames or overwrites the file it read. An encrypted case
(``chinacheck/case/encryption.py``) needs its passphrase to load and its key to save; no plaintext
of it is written: its backups are copies of the encrypted file.

Reading lives in ``chinacheck/storage/casefile.py`` (re-exported here); the library listing
in ``chinacheck/storage/library.py``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from chinacheck import log, oserrors
from chinacheck.case import (
    audit,
    auditchain,
    caseformat,
    encryption,
    integrity,
    limits,
    signoff,
    tamper,
)
from chinacheck.case.caseformat_signoffs import signoff_dict
from chinacheck.case.encryption import CaseKey, PassphraseRequired, WrongPassphrase
from chinacheck.case.model import AuditEvent, Case
from chinacheck.errors import CaseFileError, ChinaCheckError
from chinacheck.i18n import _
from chinacheck.storage import atomic, library, names, paths, recovery
from chinacheck.storage.casefile import LoadedCase, load_case, read_bytes, unknown_items

__all__ = [
    "BACKUP_SUFFIX", "CaseKey", "LoadedCase", "PassphraseRequired", "WrongPassphrase",
    "backup_files", "backup_path", "clean_stale_files", "decrypt_file", "duplicate_case",
    "encrypt_file", "load_case", "new_case_path", "read_bytes", "refuse_symlink", "save_case",
    "unknown_items", "version_backup_path",
]

BACKUP_SUFFIX = ".bak"
_log = log.get("storage")


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def version_backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}{BACKUP_SUFFIX}")


def backup_files(path: Path) -> list[Path]:
    """``<name>.bak`` and every ``<name>.v<N>.bak`` beside ``path`` that exists."""
    pattern = re.compile(re.escape(path.name) + r"\.v\d{1,9}" + re.escape(BACKUP_SUFFIX))
    found = [backup_path(path)] if backup_path(path).exists() else []
    with contextlib.suppress(OSError):
        found += sorted(p for p in path.parent.iterdir() if pattern.fullmatch(p.name))
    return found


def _keep_backup(path: Path, backup: Path) -> None:
    """Keep the file now at ``path`` as ``backup``, atomically; a hard link avoids a copy."""
    with contextlib.suppress(OSError):
        if os.path.samefile(path, backup):
            return  # already kept: a save failed after keeping it, or was killed
    tmp = atomic.temp_path(backup)
    try:
        try:
            os.link(path, tmp)
        except OSError:
            import shutil

            shutil.copy2(path, tmp)
        os.replace(tmp, backup)
    finally:
        # Gone after a real rename; still there when the rename was a no-op because both
        # names were links to one file.
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def refuse_symlink(path: Path) -> None:
    """A CaseFileError when ``path`` is a symbolic link. Writing through one would replace the
    link by a file and leave what it points to as it was: two versions of one case, and its
    backups and lock beside the wrong name. ChinaCheck reads through links, never writes."""
    if path.is_symlink():
        raise CaseFileError(path, _("geweigerd: dit is een symbolische koppeling naar {target}; "
                                    "open dat bestand zelf (ChinaCheck schrijft nooit via een "
                                    "koppeling)").format(target=os.path.realpath(path)))


def save_case(case: Case, path: Path | str, *, file_version: int = caseformat.SCHEMA_VERSION,
              touch: bool = True, baseline: Case | None = None, key: CaseKey | None = None,
              replace_encrypted: bool = False) -> None:
    """Write ``case`` to ``path`` atomically, keeping the previous file as ``<name>.bak``.

    ``file_version`` is the format version the file had when loaded: a file from an older
    version is first kept as ``<name>.v<N>.bak`` before it is upgraded.

    With ``key`` (``LoadedCase.key``) the file is written encrypted. Encrypting a case that is
    plain on disk keeps no plain backup and removes the plain ones it had. Without a key,
    replacing an encrypted file is refused unless ``replace_encrypted`` says it is meant.

    The audit trail records what changed since ``baseline`` (by default the same case as it is
    in the file being replaced) and never loses an entry of that file. Refused, as a
    CaseFileError: changing the content of a locked case, dropping sign-offs, and replacing a
    file of this case that was changed outside ChinaCheck (chinacheck.case.tamper: writing it
    anew would hide that).
    On failure the file on disk and ``case`` stay as they were; every failure is a
    CaseFileError.
    """
    path = Path(path)
    modified, trail = case.modified, list(case.audit)
    try:
        refuse_symlink(path)
        on_disk = _on_disk(path, case.id, key, replace_encrypted, compare=baseline is None)
        if on_disk.finding is not None and on_disk.finding.tampered:
            raise CaseFileError(path, _("opslaan geweigerd: de zaak in het bestand is buiten "
                                        "ChinaCheck gewijzigd ({difference})").format(
                difference=on_disk.finding.differences[0]))
        previous = baseline if baseline is not None else on_disk.case
        _record_changes(case, previous, path, file_version, on_disk.finding)
        if touch:
            case.touch()
        data = caseformat.dumps(case)
        _within_limits(case, data, path)  # never a file the loader would refuse
        if key is not None:
            data = key.encrypt(data)
        encrypting = key is not None and on_disk.exists and not on_disk.encrypted
        keep = on_disk.exists and not encrypting
        if keep and file_version < caseformat.SCHEMA_VERSION:
            old = version_backup_path(path, file_version)
            if not old.exists():
                _keep_backup(path, old)
        # The backup turns over only once the new file is in place: a failed save keeps it.
        atomic.write_bytes(path, data, keep_as=backup_path(path) if keep else None)
    except BaseException as exc:
        case.modified, case.audit = modified, trail
        log.event(_log, "case.save", object=log.case_object(case.id), result="failed",
                  level=logging.WARNING, error=type(exc).__name__)
        if isinstance(exc, CaseFileError):
            if exc.path is None:
                raise CaseFileError(path, exc.problem) from None
            raise
        if isinstance(exc, OSError):
            raise _save_failed(path, oserrors.describe(exc)) from None
        if isinstance(exc, ChinaCheckError):
            raise _save_failed(path, str(exc)) from None
        if isinstance(exc, UnicodeError):
            raise _save_failed(path, _("de zaak bevat een ongeldig teken dat niet als UTF-8 kan "
                                       "worden bewaard")) from None
        if isinstance(exc, Exception):
            raise _save_failed(path, f"{type(exc).__name__}: {exc}") from None
        raise  # KeyboardInterrupt, SystemExit
    if encrypting:
        _remove_plain_copies(path, case.id)
    log.event(_log, "case.save", object=log.case_object(case.id), revision=case.revision,
              encrypted=key is not None)


def _within_limits(case: Case, data: bytes, path: Path) -> None:
    try:
        limits.check_json_items(data, path)
        document = caseformat.to_dict(case, chain=False)  # the links are fixed-size hashes
        limits.check_document(document, path)
        limits.check_counts(document, path)
    except CaseFileError as exc:
        raise _save_refused(path, exc.problem) from None


def _save_failed(path: Path, reason: str) -> CaseFileError:
    return CaseFileError(path, _("opslaan mislukt: {reason}").format(reason=reason))


def _save_refused(path: Path, reason: str) -> CaseFileError:
    return CaseFileError(path, _("opslaan geweigerd: {reason}").format(reason=reason))


@dataclass(frozen=True)
class _OnDisk:
    exists: bool
    encrypted: bool = False
    case: Case | None = None  # the same case (same id), readable
    finding: tamper.Finding | None = None  # of that case, as the file has it


def _on_disk(path: Path, case_id: str, key: CaseKey | None, replace_encrypted: bool,
             compare: bool = True) -> _OnDisk:
    """What ``path`` holds now: whether it exists, is encrypted, and (when ``compare``) the case
    in it if that is this very case."""
    if not path.is_file():
        return _OnDisk(False)
    try:
        raw = read_bytes(path)
    except CaseFileError:
        return _OnDisk(True)
    encrypted = encryption.is_encrypted(raw)
    if encrypted:
        if key is None:
            if not replace_encrypted:
                raise _save_refused(path, _("het bestand is versleuteld en zou onversleuteld "
                                            "worden overschreven"))
            return _OnDisk(True, True)
        try:
            raw = key.decrypt(raw, path=path)
        except WrongPassphrase:
            raise _save_refused(path, _("het bestand is intussen met een ander wachtwoord "
                                        "versleuteld; open de zaak opnieuw")) from None
        except CaseFileError:
            return _OnDisk(True, True)  # damaged: replaced, as a broken plain file is
    if not compare:
        return _OnDisk(True, encrypted)
    try:
        previous = caseformat.loads(raw, path)
    except CaseFileError:
        return _OnDisk(True, encrypted)  # a broken file is replaced; nothing to compare
    if previous.id != case_id:
        return _OnDisk(True, encrypted)
    return _OnDisk(True, encrypted, previous, tamper.examine(previous))


def _remove_plain_copies(path: Path, case_id: str) -> list[Path]:
    """Remove the plain backups of a case that is now encrypted, and its recovery copy, and
    its title from the library index. Never raises."""
    removed = []
    for backup in backup_files(path):
        try:
            with open(backup, "rb") as handle:
                if encryption.is_encrypted(handle.read(512)):
                    continue
            backup.unlink()
        except OSError:
            continue
        removed.append(backup)
    removed += recovery.discard(case_id)
    library.forget(path)
    return removed


def saved_version(case: Case, path: Path | str | None, key: CaseKey | None = None) -> Case | None:
    """``case`` as the file at ``path`` has it now (for ``signoff.sign_off(saved=…)``); None
    when there is no such file, or it cannot be read or holds another case."""
    if path is None:
        return None
    try:
        return _on_disk(Path(path), case.id, key, replace_encrypted=True).case
    except CaseFileError:
        return None


def _record_changes(case: Case, previous: Case | None, path: Path, file_version: int,
                    finding: tamper.Finding | None = None) -> None:
    if previous is None:
        if not case.audit:
            audit.record(case, AuditEvent.CREATED)
    else:
        _refuse_lost_signoffs(case, previous, path)
        case.audit = audit.merge(previous.audit, case.audit)
        _anchor_new_signoffs(case, len(previous.signoffs), path)
    if file_version < caseformat.SCHEMA_VERSION and path.exists():
        detail: dict[str, object] = {}
        if file_version < 3:  # the version that made the audit trail a hash chain
            # What the chain cannot vouch for, and what was checked when it was made.
            detail["chained"] = sum(1 for entry in case.audit if entry.prev is not None)
            detail["verified"] = [name for name in (finding.checked if finding else ())
                                  if name != tamper.CHECK_CHAIN]
        audit.record(case, AuditEvent.MIGRATED, from_version=file_version,
                     to_version=caseformat.SCHEMA_VERSION,
                     backup=version_backup_path(path, file_version).name, **detail)
    if previous is not None:
        case.audit += audit.unrecorded_changes(previous, case)


def _anchor_new_signoffs(case: Case, known: int, path: Path) -> None:
    """A sign-off made on a case whose trail in memory lacked entries of the file (an undo
    after a save) follows those entries once merged: its ``audit_head`` says so. A sealed one
    cannot be changed, so that save is refused."""
    signed = [n for n, entry in enumerate(case.audit) if entry.event is AuditEvent.SIGNED]
    for number, signed_off in enumerate(case.signoffs[known:], start=known):
        if signed_off.audit_head is None or number >= len(signed):
            continue
        index = signed[number]
        head = audit.head(case.audit[:index])
        if signed_off.audit_head == head:
            continue
        if signed_off.seal is not None:
            raise CaseFileError(path, _("opslaan geweigerd: het logboek in het bestand is "
                                        "aangevuld na de verzegelde aftekening; open de zaak "
                                        "opnieuw en teken opnieuw af"))
        signed_off.audit_head = head
        case.audit[index].detail["signoff"] = auditchain.sha256(signoff_dict(signed_off))


def _refuse_lost_signoffs(case: Case, previous: Case, path: Path) -> None:
    if case.revision < previous.revision or \
            case.signoffs[:len(previous.signoffs)] != previous.signoffs:
        raise _save_refused(path, _("de zaak in het bestand heeft aftekeningen of een revisie "
                                    "die hier ontbreken; open de zaak opnieuw"))
    if previous.locked and previous.revision == case.revision and \
            integrity.fingerprint(previous) != integrity.fingerprint(case):
        raise _save_refused(path, signoff.locked_message(previous))


def new_case_path(folder: Path, title: str) -> Path:
    """A fresh, readable file name in ``folder`` derived from the title (never a Windows
    device name such as ``con`` or ``nul``)."""
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = names.safe_stem(re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()[:60])
    candidate = folder / f"{stem}{caseformat.EXTENSION}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{caseformat.EXTENSION}"
        n += 1
    return candidate


def duplicate_case(path: Path, folder: Path, passphrase: str | None = None, *,
                   key: CaseKey | None = None) -> Path:
    """Copy a case under a new id and title into ``folder``; returns the new file.

    The copy of an encrypted case (which needs ``passphrase`` or ``key``, as load_case does)
    is encrypted with the same key.
    """
    import uuid

    from chinacheck.case.model import now_utc

    loaded = load_case(path, passphrase, key=key)
    case = loaded.case
    original = case.id
    case.id = str(uuid.uuid4())
    case.title = f"Kopie van {case.title}"
    case.created = now_utc()
    # A copy is a new case: it starts unsigned, at revision 1, with its own audit trail.
    case.revision, case.signoffs, case.conditions, case.audit = 1, [], [], []
    audit.record(case, AuditEvent.CREATED, copied_from=original)
    # An encrypted copy carries no title in its name (chinacheck/storage/neutral_name.py).
    target = names.neutral_case_path(folder) if loaded.key else new_case_path(folder, case.title)
    save_case(case, target, key=loaded.key)
    return target


# --- encrypting and decrypting a file ------------------------------------------------------

def encrypt_file(path: Path | str, key: CaseKey) -> list[Path]:
    """Encrypt the case file at ``path`` in place, atomically, exactly as it is (an older
    format version stays that version); then remove its plain backups and recovery copy.

    Refused (CaseFileError) for a file that is already encrypted or is not a valid case.
    Returns the plain copies removed. The caller holds the case's lock.
    """
    path = Path(path)
    refuse_symlink(path)
    raw = read_bytes(path)
    if encryption.is_encrypted(raw):
        raise CaseFileError(path, _("is al versleuteld"))
    case = caseformat.loads(raw, path)  # only a valid case is encrypted
    try:
        atomic.write_bytes(path, key.encrypt(raw))
    except OSError as exc:
        raise CaseFileError(path, _("versleutelen mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    except CaseFileError as exc:
        raise CaseFileError(path, exc.problem) from None
    return _remove_plain_copies(path, case.id)


def decrypt_file(path: Path | str, passphrase: str, output: Path | str) -> Path:
    """Write the plain case file of the encrypted ``path`` to ``output``.

    ``output`` must not exist, unless it is ``path`` itself: then the case is decrypted in
    place (the caller holds its lock). Returns ``output``.
    """
    path, output = Path(path), Path(output)
    raw = read_bytes(path)
    if not encryption.is_encrypted(raw):
        raise CaseFileError(path, _("is niet versleuteld"))
    plain = encryption.decrypt(raw, passphrase, path=path)
    caseformat.loads(plain, path)  # what was encrypted was a valid case; say so if it is not
    in_place = output.exists() and os.path.samefile(path, output)
    if output.exists() and not in_place:
        raise CaseFileError(output, _("bestaat al; kies een andere naam"))
    if in_place:
        refuse_symlink(output)
    try:
        atomic.write_bytes(output, plain)
    except OSError as exc:
        raise CaseFileError(output, _("ontsleutelen mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    return output


# --- start-up --------------------------------------------------------------------------------

def clean_stale_files() -> list[Path]:
    """Remove temp files left by killed saves in the data, case, recovery and trash folders.

    Meant for start-up; never raises, never touches a temp file whose writer still runs.
    Returns what was removed.
    """
    removed: list[Path] = []
    for folder in (paths.data_dir(), paths.cases_dir(), paths.recovery_dir(), paths.trash_dir()):
        removed += atomic.clean_stale_temps(folder)
    return removed
