"""Deleting a case moves it to ``trash/`` inside the data folder, from where it can be restored.

Nothing is ever hard-deleted by ChinaCheck.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from chinacheck import oserrors
from chinacheck.case.model import now_utc
from chinacheck.errors import CaseFileError
from chinacheck.i18n import _
from chinacheck.storage import atomic, paths


@dataclass(frozen=True)
class TrashedCase:
    path: Path  # the file in the trash folder
    original: Path
    deleted: datetime


def _meta(trashed: Path) -> Path:
    return trashed.with_name(trashed.name + ".json")


def _move(source: Path, target: Path) -> None:
    try:
        os.replace(source, target)
    except OSError:
        shutil.move(source, target)  # across file systems


def move_to_trash(path: Path) -> Path:
    folder = paths.ensure_dir(paths.trash_dir())
    stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{stamp}-{path.name}"
    n = 2
    while target.exists():
        target = folder / f"{stamp}-{n}-{path.name}"
        n += 1
    try:
        atomic.write_text(_meta(target), json.dumps(
            {"original": str(path.resolve()), "deleted": now_utc().isoformat()}))
        _move(path, target)
    except OSError as exc:
        _meta(target).unlink(missing_ok=True)
        raise CaseFileError(path, _("verplaatsen naar de prullenbak mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    return target


def list_trash() -> list[TrashedCase]:
    folder = paths.trash_dir()
    if not folder.is_dir():
        return []
    result = []
    for meta in sorted(folder.glob("*.json")):
        trashed = meta.with_name(meta.name[: -len(".json")])
        if not trashed.is_file():
            continue
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            original, deleted = Path(data["original"]), datetime.fromisoformat(data["deleted"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        result.append(TrashedCase(trashed, original, deleted))
    return sorted(result, key=lambda t: t.deleted, reverse=True)


def restore(item: TrashedCase) -> Path:
    """Put a trashed case back where it was (or beside it, if that name is taken again)."""
    target = item.original
    n = 2
    while target.exists():
        target = item.original.with_name(f"{item.original.stem}-{n}{item.original.suffix}")
        n += 1
    paths.ensure_dir(target.parent)
    try:
        _move(item.path, target)
    except OSError as exc:
        raise CaseFileError(item.path, _("terugzetten mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    _meta(item.path).unlink(missing_ok=True)
    return target
