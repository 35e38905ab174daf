"""Case files on disk: load, save (atomic, with a backup), list a folder of cases.

A load that fails never modifies, renames or overwrites the file it read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from chinacheck import atomic, audit, caseformat, integrity, signoff
from chinacheck.content import Content
from chinacheck.content import load as load_content
from chinacheck.errors import CaseFileError
from chinacheck.model import AuditEvent, Case, RiskLevel

BACKUP_SUFFIX = ".bak"


@dataclass
class LoadedCase:
    case: Case
    path: Path
    file_version: int
    unknown_items: list[str]


def _os_problem(exc: OSError) -> str:
    reasons = {
        "ENOENT": "bestand of map bestaat niet",
        "EACCES": "geen toegang (alleen-lezen of geen rechten)",
        "EPERM": "geen toestemming",
        "ENOSPC": "de schijf is vol",
        "EROFS": "alleen-lezen bestandssysteem",
        "EISDIR": "is een map, geen bestand",
        "ENOTDIR": "een deel van het pad is geen map",
    }
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    return reasons.get(name, exc.strerror or str(exc))


def read_bytes(path: Path) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(caseformat.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CaseFileError(path, f"kan niet worden gelezen: {_os_problem(exc)}") from None
    return data


def unknown_items(case: Case, content: Content | None = None) -> list[str]:
    known = (content or load_content()).item_ids
    return sorted(item_id for item_id in case.answers if item_id not in known)


def load_case(path: Path | str) -> LoadedCase:
    path = Path(path)
    data = caseformat.parse_json(read_bytes(path), path)
    version = caseformat.check_header(data, path)
    case = caseformat.from_dict(data, path)
    return LoadedCase(case, path, version, unknown_items(case))


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def version_backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}{BACKUP_SUFFIX}")


def _keep_backup(path: Path, backup: Path) -> None:
    """Keep the file now at ``path`` as ``backup``, atomically; a hard link avoids a copy."""
    tmp = backup.with_name(f".{backup.name}.{os.getpid()}.tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        os.link(path, tmp)
    except OSError:
        shutil.copy2(path, tmp)
    os.replace(tmp, backup)


def save_case(case: Case, path: Path | str, *, file_version: int = caseformat.SCHEMA_VERSION,
              touch: bool = True, baseline: Case | None = None) -> None:
    """Write ``case`` to ``path`` atomically, keeping the previous file as ``<name>.bak``.

    ``file_version`` is the format version the file had when loaded: a file from an older
    version is first kept as ``<name>.v<N>.bak`` before it is upgraded.

    The audit trail records what changed since ``baseline`` (by default the same case as it is
    in the file being replaced) and never loses an entry of that file. Refused, as a
    CaseFileError: changing the content of a locked case, and dropping sign-offs.
    On failure the file on disk and ``case`` stay as they were.
    """
    path = Path(path)
    modified, trail = case.modified, list(case.audit)
    previous = baseline if baseline is not None else _same_case_on_disk(path, case.id)
    try:
        _record_changes(case, previous, path, file_version)
        if touch:
            case.touch()
        data = caseformat.dumps(case)
        if path.exists():
            if file_version < caseformat.SCHEMA_VERSION:
                old = version_backup_path(path, file_version)
                if not old.exists():
                    _keep_backup(path, old)
            _keep_backup(path, backup_path(path))
        atomic.write_bytes(path, data)
    except OSError as exc:
        case.modified, case.audit = modified, trail
        raise CaseFileError(path, f"opslaan mislukt: {_os_problem(exc)}") from None
    except BaseException:
        case.modified, case.audit = modified, trail
        raise


def _same_case_on_disk(path: Path, case_id: str) -> Case | None:
    """The case now in ``path`` when it is this case (same id) and readable, else None."""
    if not path.is_file():
        return None
    try:
        previous = caseformat.loads(read_bytes(path), path)
    except CaseFileError:
        return None  # a broken file is replaced as it always was; there is nothing to compare
    return previous if previous.id == case_id else None


def _record_changes(case: Case, previous: Case | None, path: Path, file_version: int) -> None:
    if previous is None:
        if not case.audit:
            audit.record(case, AuditEvent.CREATED)
    else:
        _refuse_lost_signoffs(case, previous, path)
        case.audit = audit.merge(previous.audit, case.audit)
    if file_version < caseformat.SCHEMA_VERSION and path.exists():
        audit.record(case, AuditEvent.MIGRATED, from_version=file_version,
                     to_version=caseformat.SCHEMA_VERSION,
                     backup=version_backup_path(path, file_version).name)
    if previous is not None:
        case.audit += audit.changes(previous, case)


def _refuse_lost_signoffs(case: Case, previous: Case, path: Path) -> None:
    if case.revision < previous.revision or \
            case.signoffs[:len(previous.signoffs)] != previous.signoffs:
        raise CaseFileError(path, "opslaan geweigerd: de zaak in het bestand heeft aftekeningen "
                                  "of een revisie die hier ontbreken; open de zaak opnieuw")
    if previous.locked and previous.revision == case.revision and \
            integrity.fingerprint(previous) != integrity.fingerprint(case):
        raise CaseFileError(path, f"opslaan geweigerd: {signoff.locked_message(previous)}")


def new_case_path(folder: Path, title: str) -> Path:
    """A fresh, readable file name in ``folder`` derived from the title."""
    import re
    import unicodedata

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_title).strip("-").lower()[:60] or "zaak"
    candidate = folder / f"{stem}{caseformat.EXTENSION}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{caseformat.EXTENSION}"
        n += 1
    return candidate


def duplicate_case(path: Path, folder: Path) -> Path:
    """Copy a case under a new id and title into ``folder``; returns the new file."""
    import uuid

    from chinacheck.model import now_utc

    case = load_case(path).case
    original = case.id
    case.id = str(uuid.uuid4())
    case.title = f"Kopie van {case.title}"
    case.created = now_utc()
    # A copy is a new case: it starts unsigned, at revision 1, with its own audit trail.
    case.revision, case.signoffs, case.conditions, case.audit = 1, [], [], []
    audit.record(case, AuditEvent.CREATED, copied_from=original)
    target = new_case_path(folder, case.title)
    save_case(case, target)
    return target


# --- the library ---------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseSummary:
    path: Path
    id: str
    title: str
    kind: str
    organisation: str
    answered: int
    total: int
    open_actions: int
    risk: RiskLevel
    modified: datetime
    revision: int = 1
    locked: bool = False  # a final sign-off of the current revision

    @property
    def status(self) -> str:
        if self.locked:
            return "afgetekend"
        if self.answered == 0:
            return "nieuw"
        if self.answered < self.total:
            return "in behandeling"
        return "ingevuld"


@dataclass(frozen=True)
class BrokenCase:
    path: Path
    reason: str


def progress(case: Case, content: Content) -> tuple[int, int]:
    items = content.items_for_kind(case.kind)
    answered = sum(1 for item in items if case.answer(item.id).is_answered)
    return answered, len(items)


def summarise(path: Path, case: Case, content: Content) -> CaseSummary:
    answered, total = progress(case, content)
    return CaseSummary(
        path=path, id=case.id, title=case.title, kind=case.kind,
        organisation=case.organisation, answered=answered, total=total,
        open_actions=len(case.open_actions()), risk=case.overall_risk, modified=case.modified,
        revision=case.revision, locked=case.locked,
    )


def case_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p for p in folder.iterdir()
        if p.suffix == caseformat.EXTENSION and not p.name.startswith(".") and p.is_file()
    )


def list_cases(folder: Path) -> list[CaseSummary | BrokenCase]:
    content = load_content()
    entries: list[CaseSummary | BrokenCase] = []
    for path in case_files(folder):
        try:
            loaded = load_case(path)
        except CaseFileError as exc:
            entries.append(BrokenCase(path, exc.problem))
            continue
        entries.append(summarise(path, loaded.case, content))
    return entries
