"""The case library: one entry per case file in a folder, fast for thousands of files.

Listing the case folder reads a header index, ``library-index.json`` in the data folder, that
remembers per file name its size and modification time and what the listing showed for it
(a summary, the reason it is broken, or that it is encrypted). Only files that are new or whose
size or modification time changed are read again, so a folder of 5 000 cases lists in a few
hundredths of a second, and files changed by another program or computer are picked up. A
broken file's reason is also read again when it was written in another language.

The index is a cache: a damaged, foreign or outdated one (another index format, another
bundled content, another folder) is ignored and rebuilt, and failing to write it changes
nothing but the speed of the next listing. Summaries depend on the bundled content (how many
checklist items apply to a kind), so the index is keyed by it. An encrypted case is listed as
encrypted only: the index holds no title or other text of it, and its file name is neutral
(``chinacheck/storage/neutral_name.py``).

This module imports the case format only when it has to read a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chinacheck import i18n, oserrors
from chinacheck.case.daterange import moment_ok
from chinacheck.case.progress import progress
from chinacheck.case.vocabulary import RiskLevel
from chinacheck.errors import CaseFileError
from chinacheck.i18n import N_, _
from chinacheck.storage import paths

if TYPE_CHECKING:
    from chinacheck.case.model import Case
    from chinacheck.guidance.content import Content

EXTENSION = ".chinacheck"  # caseformat.EXTENSION, without importing the case format
INDEX_NAME = "library-index.json"
INDEX_FORMAT = "chinacheck-library-index"
INDEX_VERSION = 2  # 2: phase, decision, dates and open actions (format version 4)
MAX_INDEX_BYTES = 64 * 1024 * 1024
# A file modified this close to the moment it was read may have changed again within the same
# tick of its file system's clock (2 s on FAT, coarse on some network shares) without its
# size or time changing: such an entry is read again until its time is older than that.
RACY_NS = 2_000_000_000
_RISKS = {risk.value: risk for risk in RiskLevel}
# What the index keeps of a case's open actions (the register lists them all): enough for any
# real case, bounded for a hostile one (the file itself may hold thousands).
MAX_SUMMARY_ACTIONS = 200
MAX_SUMMARY_TEXT = 300


@dataclass(frozen=True)
class ActionSummary:
    """An open action as the library keeps it; ``source`` is the checklist item id, or
    model.CONDITIONS_KEY / model.DEBRIEF_KEY."""

    text: str
    owner: str
    due: date | None
    source: str


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
    # Since index version 2: the life of the case (chinacheck.case.lifecycle).
    phase: str = "voorbereiding"
    decision: str = ""  # of the last final sign-off (model.Decision value), "" if none
    decided_on: date | None = None
    next_review_set: date | None = None  # by hand; see next_review()
    start_date: date | None = None
    end_date: date | None = None
    preparer: str = ""
    ended_on: date | None = None
    ended_reason: str = ""
    debrief_entries: int = 0
    actions: tuple[ActionSummary, ...] = ()  # open actions, at most MAX_SUMMARY_ACTIONS

    def next_review(self, overrides: dict[str, int] | None = None) -> date | None:
        from chinacheck.case.lifecycle import review_date

        return review_date(self.kind, self.phase, self.next_review_set, self.decided_on,
                           overrides)

    @property
    def status(self) -> str:
        """Where the case stands, in Dutch words marked for translation where shown."""
        if self.locked:
            return N_("afgetekend")
        if self.answered == 0:
            return N_("nieuw")
        if self.answered < self.total:
            return N_("in behandeling")
        return N_("ingevuld")


@dataclass(frozen=True)
class BrokenCase:
    path: Path
    reason: str


@dataclass(frozen=True)
class EncryptedCase:
    """An encrypted case: what it is about is known only after its passphrase is given."""

    path: Path


LibraryEntry = CaseSummary | BrokenCase | EncryptedCase


def summarise(path: Path, case: Case, content: Content) -> CaseSummary:
    from chinacheck.case.lifecycle import last_decision

    answered, total = progress(case, content)
    open_actions = case.open_actions()
    decision = last_decision(case)
    return CaseSummary(
        path=path, id=case.id, title=case.title, kind=case.kind,
        organisation=case.organisation, answered=answered, total=total,
        open_actions=len(open_actions), risk=case.overall_risk, modified=case.modified,
        revision=case.revision, locked=case.locked, phase=case.phase,
        decision=decision[0] if decision else "", decided_on=decision[1] if decision else None,
        next_review_set=case.next_review, start_date=case.start_date, end_date=case.end_date,
        preparer=case.preparer, ended_on=case.ended.on if case.ended else None,
        ended_reason=case.ended.reason if case.ended else "",
        debrief_entries=len(case.debrief),
        actions=tuple(ActionSummary(a.text[:MAX_SUMMARY_TEXT], a.owner[:MAX_SUMMARY_TEXT], a.due,
                                    source[:MAX_SUMMARY_TEXT])
                      for source, a in open_actions[:MAX_SUMMARY_ACTIONS]),
    )


def _is_case_name(name: str) -> bool:
    return name.endswith(EXTENSION) and not name.startswith(".")


def _scan(folder: Path) -> list[tuple[str, os.stat_result]]:
    """The case files in ``folder`` (regular files, symlinks followed), by name."""
    found = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not _is_case_name(entry.name):
                    continue
                with contextlib.suppress(OSError):  # vanished meanwhile, or unreadable
                    if entry.is_file():
                        found.append((entry.name, entry.stat()))
    except FileNotFoundError:
        return []  # no cases yet: the folder comes with the first one
    except OSError as exc:
        # An unreadable folder must not look like an empty library.
        raise CaseFileError(folder, _("de map kan niet worden gelezen: {reason}").format(
            reason=oserrors.describe(exc))) from None
    return sorted(found, key=lambda item: item[0])


def case_files(folder: Path) -> list[Path]:
    return [folder / name for name, _stat in _scan(folder)]


def read_entry(path: Path, content: Content) -> LibraryEntry:
    """What the library shows for one file, read from disk."""
    from chinacheck.case import caseformat, encryption
    from chinacheck.storage.casefile import read_bytes

    try:
        raw = read_bytes(path)
        if encryption.is_encrypted(raw):
            return EncryptedCase(path)
        case = caseformat.loads(raw, path)
        if case.content_packs:  # answered against other packs: count against those
            from chinacheck.storage.pack_store import case_content_for_reading

            content = case_content_for_reading(case)[0]
        return summarise(path, case, content)
    except CaseFileError as exc:
        return BrokenCase(path, exc.problem)


# --- the index -------------------------------------------------------------------------------

def index_file() -> Path:
    return paths.data_dir() / INDEX_NAME


_content_keys: dict[int, str] = {}


def content_key(content: Content) -> str:
    """What summaries depend on in the bundled content: which items apply to which kind."""
    cached = _content_keys.get(id(content))
    if cached is None:
        shape = {
            "version": content.source.content_version,
            "items": [item.id for item in content.items()],
            "kinds": {kind: [item.id for item in content.items_for_kind(kind)]
                      for kind in content.kind_ids},
        }
        # The shape itself (a few hundred bytes) is the key: no hash module needed at start-up.
        cached = json.dumps(shape, sort_keys=True, separators=(",", ":"))
        _content_keys[id(content)] = cached
    return cached


def _record(entry: LibraryEntry, stat: os.stat_result, checked_ns: int) -> dict[str, Any]:
    record: dict[str, Any] = {"mtime_ns": stat.st_mtime_ns, "size": stat.st_size,
                              "checked_ns": checked_ns}
    if isinstance(entry, EncryptedCase):
        record["encrypted"] = True
    elif isinstance(entry, BrokenCase):
        record["broken"] = entry.reason
        record["language"] = i18n.language()  # of the reason: another language reads it again
    else:
        record["case"] = {
            "id": entry.id, "title": entry.title, "kind": entry.kind,
            "organisation": entry.organisation, "answered": entry.answered,
            "total": entry.total, "open_actions": entry.open_actions, "risk": entry.risk.value,
            "modified": entry.modified.isoformat(), "revision": entry.revision,
            "locked": entry.locked, "phase": entry.phase, "decision": entry.decision,
            "decided_on": _iso(entry.decided_on), "next_review_set": _iso(entry.next_review_set),
            "start_date": _iso(entry.start_date), "end_date": _iso(entry.end_date),
            "preparer": entry.preparer, "ended_on": _iso(entry.ended_on),
            "ended_reason": entry.ended_reason, "debrief_entries": entry.debrief_entries,
            "actions": [[a.text, a.owner, _iso(a.due), a.source] for a in entry.actions],
        }
    return record


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(_text(value))


def _action(value: Any) -> ActionSummary:
    if type(value) is not list or len(value) != 4:
        raise TypeError("not an action")
    return ActionSummary(_text(value[0]), _text(value[1]), _day(value[2]), _text(value[3]))


def _fresh(record: dict[str, Any], stat: os.stat_result) -> bool:
    """Whether an index record still describes the file with this stat."""
    mtime, size, checked = record.get("mtime_ns"), record.get("size"), record.get("checked_ns")
    return (type(mtime) is int and type(size) is int and type(checked) is int
            and mtime == stat.st_mtime_ns and size == stat.st_size and mtime < checked - RACY_NS)


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not an int")
    return value


def _text(value: Any) -> str:
    if type(value) is not str:
        raise TypeError("not a str")
    return value


def _entry(path: Path, record: dict[str, Any]) -> LibraryEntry | None:
    """The entry an index record describes; None when the record is not sound."""
    try:
        if record.get("encrypted") is True:
            return EncryptedCase(path)
        if "broken" in record:
            if record.get("language") != i18n.language():
                return None
            return BrokenCase(path, _text(record["broken"]))
        case = record["case"]
        locked = case["locked"]
        if type(locked) is not bool:
            return None
        modified = datetime.fromisoformat(_text(case["modified"]))
        if not moment_ok(modified):  # from an index written before the range was checked
            return None
        return CaseSummary(
            path=path, id=_text(case["id"]), title=_text(case["title"]),
            kind=_text(case["kind"]), organisation=_text(case["organisation"]),
            answered=_int(case["answered"]), total=_int(case["total"]),
            open_actions=_int(case["open_actions"]), risk=_RISKS[case["risk"]],
            modified=modified, revision=_int(case["revision"]), locked=locked,
            phase=_text(case["phase"]), decision=_text(case["decision"]),
            decided_on=_day(case["decided_on"]), next_review_set=_day(case["next_review_set"]),
            start_date=_day(case["start_date"]), end_date=_day(case["end_date"]),
            preparer=_text(case["preparer"]), ended_on=_day(case["ended_on"]),
            ended_reason=_text(case["ended_reason"]),
            debrief_entries=_int(case["debrief_entries"]),
            actions=tuple(_action(a) for a in case["actions"][:MAX_SUMMARY_ACTIONS]),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _read_index(index: Path, folder: Path, key: str) -> dict[str, Any]:
    """The index's records by file name; empty when it is missing, damaged or not for this
    folder and content."""
    try:
        with open(index, "rb") as handle:
            raw = handle.read(MAX_INDEX_BYTES + 1)
        if len(raw) > MAX_INDEX_BYTES:
            return {}
        data = json.loads(raw)
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT \
            or data.get("version") != INDEX_VERSION or data.get("content") != key \
            or data.get("folder") != str(folder):
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _write_index(index: Path, folder: Path, key: str, files: dict[str, Any]) -> None:
    from chinacheck.storage import atomic

    data = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "content": key,
            "folder": str(folder), "files": files}
    with contextlib.suppress(OSError, ValueError):  # a cache: the next listing rebuilds it
        paths.ensure_dir(index.parent)
        atomic.write_bytes(index, json.dumps(data, separators=(",", ":")).encode("ascii"))


def _is_case_folder(folder: Path) -> bool:
    case_dir = paths.cases_dir()
    try:
        return os.path.samefile(folder, case_dir)
    except OSError:
        return os.path.abspath(folder) == os.path.abspath(case_dir)


def list_cases(folder: Path, index: Path | None = None,
               scanned: list[tuple[str, int, int]] | None = None) -> list[LibraryEntry]:
    """One entry per case file in ``folder``, by file name.

    The case folder's listing keeps its index in the data folder; for another folder pass
    ``index`` (a file) to keep one, else every file is read. ``scanned`` receives each file's
    name, size and modification time as listed (what a watcher of the folder compares).
    """
    from chinacheck.guidance.content import load as load_content

    folder = Path(folder)
    if index is None and _is_case_folder(folder):
        index = index_file()
    content = load_content()
    key = content_key(content)
    where = os.path.abspath(folder)
    known = _read_index(index, Path(where), key) if index is not None else {}
    checked_ns = time.time_ns()
    files: dict[str, Any] = {}
    entries: list[LibraryEntry] = []
    changed = False
    for name, stat in _scan(folder):
        if scanned is not None:
            scanned.append((name, stat.st_size, stat.st_mtime_ns))
        path = folder / name
        record = known.get(name)
        entry = _entry(path, record) if isinstance(record, dict) and _fresh(record, stat) \
            else None
        if entry is None:
            entry = read_entry(path, content)
            record = _record(entry, stat, checked_ns)
            changed = True
        files[name] = record
        entries.append(entry)
    if index is not None and (changed or len(files) != len(known)):
        _write_index(index, Path(where), key, files)
    return entries


def forget(path: Path) -> None:
    """Drop one file from the case folder's index (its title, once the case is encrypted).
    Never raises."""
    index = index_file()
    try:
        with open(index, "rb") as handle:
            data = json.loads(handle.read(MAX_INDEX_BYTES + 1))
        files = data["files"]
        if files.pop(Path(path).name, None) is None:
            return
    except FileNotFoundError:
        return
    except (OSError, ValueError, RecursionError, KeyError, TypeError, AttributeError):
        with contextlib.suppress(OSError):
            index.unlink()  # unreadable: gone is as good, the next listing rebuilds it
        return
    _write_index(index, Path(data.get("folder", "")), str(data.get("content", "")), files)
