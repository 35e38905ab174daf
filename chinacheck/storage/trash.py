"""Deleting a case moves it to ``trash/`` inside the data folder, from where it can be restored.

Its backups (``<name>.bak``, ``<name>.v<N>.bak``) go with it and come back with it, renamed
along when the case is. Each trashed case has a note ``<trashed name>.json`` saying where it
was; a case is only ever restored into the case folder, whatever a note says.

Nothing is ever hard-deleted by ChinaCheck.
"""

from __future__ import annotations

import contextlib
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
from chinacheck.storage import atomic, paths, store
from chinacheck.storage.library import EXTENSION


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


def _with_backups(path: Path, target: Path) -> list[tuple[Path, Path]]:
    """``path`` to ``target``, and each backup of ``path`` to the same backup of ``target``."""
    return [(path, target)] + [
        (backup, target.with_name(target.name + backup.name[len(path.name):]))
        for backup in store.backup_files(path)]


def _move_all(moves: list[tuple[Path, Path]]) -> None:
    """Move every file, or (as far as can be) none: what moved is moved back on a failure."""
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            _move(source, target)
            done.append((source, target))
    except OSError:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                _move(target, source)
        raise


def _free(moves: list[tuple[Path, Path]]) -> bool:
    return not any(os.path.lexists(move[1]) for move in moves)


def move_to_trash(path: Path) -> Path:
    folder = paths.ensure_dir(paths.trash_dir())
    stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"{stamp}-{path.name}"
    n = 2
    while not _free(_with_backups(path, target)):
        target = folder / f"{stamp}-{n}-{path.name}"
        n += 1
    # The link itself, not what it points to, is what was deleted.
    original = Path(os.path.abspath(path.parent)).resolve() / path.name
    try:
        atomic.write_text(_meta(target), json.dumps(
            {"original": str(original), "deleted": now_utc().isoformat()}))
        _move_all(_with_backups(path, target))
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
        if trashed.is_symlink() or not trashed.is_file():
            continue
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            original, deleted = Path(data["original"]), datetime.fromisoformat(data["deleted"])
        except (OSError, ValueError, KeyError, TypeError):
            continue
        result.append(TrashedCase(trashed, original, deleted))
    return sorted(result, key=lambda t: t.deleted, reverse=True)


def _destination(item: TrashedCase) -> Path:
    """Where the note says the case was, if that is a case file's name in the case folder;
    a CaseFileError otherwise (a note edited by hand, or by someone else)."""
    original = item.original
    folder = paths.cases_dir()
    name = original.name
    inside = False
    with contextlib.suppress(OSError, ValueError, RuntimeError):
        inside = original.is_absolute() and original.parent.resolve() == folder.resolve()
    if not inside or not name.endswith(EXTENSION) or name.startswith(".") \
            or name != name.strip():
        raise CaseFileError(item.path, _("terugzetten geweigerd: de prullenbak wijst naar "
                                         "{original}, buiten de zakenmap {folder}").format(
                                             original=original, folder=folder))
    return folder / name


def restore(item: TrashedCase) -> Path:
    """Put a trashed case and its backups back where they were (or beside it, if that name is
    taken again). Only ever into the case folder."""
    original = _destination(item)
    target = original
    n = 2
    while not _free(_with_backups(item.path, target)):
        target = original.with_name(f"{original.stem}-{n}{original.suffix}")
        n += 1
    try:
        paths.ensure_dir(target.parent)
        _move_all(_with_backups(item.path, target))
    except OSError as exc:
        raise CaseFileError(item.path, _("terugzetten mislukt: {reason}").format(
            reason=oserrors.describe(exc))) from None
    _meta(item.path).unlink(missing_ok=True)
    return target
