"""Recovery copies of the open case, written while it has unsaved changes.

Each copy is ``<case id>.chinacheck`` in the recovery folder with a sidecar ``<case id>.json``
naming the file it belongs to. A clean close removes both; after a crash they are offered back.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from chinacheck import atomic, caseformat, paths
from chinacheck.errors import CaseFileError
from chinacheck.model import Case
from chinacheck.store import load_case


@dataclass(frozen=True)
class Recovery:
    case_file: Path
    original: Path | None  # None: the case had never been saved
    title: str


def _files(case_id: str) -> tuple[Path, Path]:
    folder = paths.recovery_dir()
    safe = "".join(ch for ch in case_id if ch.isalnum() or ch == "-")[:64] or "zaak"
    return folder / f"{safe}{caseformat.EXTENSION}", folder / f"{safe}.json"


def write(case: Case, original: Path | None) -> Path:
    """Write (or refresh) the recovery copy of ``case``; raises CaseFileError on failure."""
    paths.ensure_dir(paths.recovery_dir())
    case_file, meta = _files(case.id)
    try:
        atomic.write_bytes(case_file, caseformat.dumps(case))
        atomic.write_text(meta, json.dumps({"original": str(original) if original else None,
                                            "title": case.title}, ensure_ascii=False))
    except OSError as exc:
        raise CaseFileError(case_file, f"herstelkopie niet geschreven: {exc.strerror}") from None
    return case_file


def discard(case_id: str) -> None:
    for path in _files(case_id):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def pending() -> list[Recovery]:
    folder = paths.recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for case_file in sorted(folder.glob(f"*{caseformat.EXTENSION}")):
        meta_path = case_file.with_suffix(".json")
        original: Path | None = None
        title = case_file.stem
        with contextlib.suppress(OSError, ValueError, TypeError):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            original = Path(meta["original"]) if meta.get("original") else None
            title = str(meta.get("title") or title)
        found.append(Recovery(case_file, original, title))
    return found


def restore(recovery: Recovery) -> Case:
    """The recovered case; the copy stays on disk until the case is saved or discarded."""
    return load_case(recovery.case_file).case
