"""Recovery copies of the open case, written while it has unsaved changes.

Each copy is ``<case id>.chinacheck`` in the recovery folder with a sidecar ``<case id>.json``
naming the file it belongs to. A clean close removes both; after a crash they are offered back.

The copy of an encrypted case is encrypted with the case's key, and its sidecar then holds no
title: nothing of the case is written in clear text.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from chinacheck import oserrors
from chinacheck.case import caseformat, encryption
from chinacheck.case.encryption import CaseKey
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.i18n import _
from chinacheck.storage import atomic, names, paths
from chinacheck.storage.casefile import LoadedCase, load_case


@dataclass(frozen=True)
class Recovery:
    case_file: Path
    original: Path | None  # None: the case had never been saved
    title: str  # for an encrypted copy the original's file name: its title is not in clear text
    encrypted: bool = False  # restoring it needs the passphrase


def _files(case_id: str) -> tuple[Path, Path]:
    folder = paths.recovery_dir()
    safe = names.safe_stem("".join(ch for ch in case_id if ch.isalnum() or ch == "-")[:64])
    return folder / f"{safe}{caseformat.EXTENSION}", folder / f"{safe}.json"


def write(case: Case, original: Path | None, key: CaseKey | None = None) -> Path:
    """Write (or refresh) the recovery copy of ``case``, encrypted with ``key`` when given
    (``LoadedCase.key`` of an encrypted case); raises CaseFileError on failure."""
    case_file, meta = _files(case.id)
    note: dict[str, object] = {"original": str(original) if original else None}
    try:
        data = caseformat.dumps(case)
        if key is not None:
            data = key.encrypt(data)
            note["encrypted"] = True
        else:
            note["title"] = case.title
        paths.ensure_dir(paths.recovery_dir())
        atomic.write_bytes(case_file, data)
        atomic.write_text(meta, json.dumps(note, ensure_ascii=False))
    except OSError as exc:
        raise _not_written(case_file, oserrors.describe(exc)) from None
    except CaseFileError as exc:
        raise _not_written(case_file, exc.problem) from None
    except (ValueError, TypeError) as exc:  # UnicodeEncodeError: a text no file can hold
        raise _not_written(case_file, _("de zaak bevat een ongeldig teken ({kind})").format(
            kind=type(exc).__name__)) from None
    return case_file


def _not_written(case_file: Path, reason: str) -> CaseFileError:
    return CaseFileError(case_file, _("herstelkopie niet geschreven: {reason}").format(
        reason=reason))


def discard(case_id: str) -> list[Path]:
    """Remove the recovery copy of a case and its sidecar; returns what was removed."""
    removed = []
    for path in _files(case_id):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _is_encrypted(case_file: Path) -> bool:
    try:
        with open(case_file, "rb") as handle:
            return encryption.is_encrypted(handle.read(512))
    except OSError:
        return False


def pending() -> list[Recovery]:
    folder = paths.recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for case_file in sorted(folder.glob(f"*{caseformat.EXTENSION}")):
        meta_path = case_file.with_suffix(".json")
        original: Path | None = None
        title = ""
        with contextlib.suppress(OSError, ValueError, TypeError):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            original = Path(meta["original"]) if meta.get("original") else None
            title = str(meta.get("title") or "")
        encrypted = _is_encrypted(case_file)
        if encrypted or not title:
            title = original.name if original is not None else case_file.stem
        found.append(Recovery(case_file, original, title, encrypted))
    return found


def load(recovery: Recovery, passphrase: str | None = None) -> LoadedCase:
    """The recovered case as load_case gives it, with the key of an encrypted copy; the copy
    stays on disk until the case is saved or discarded. PassphraseRequired when the copy is
    encrypted and no passphrase is given."""
    return load_case(recovery.case_file, passphrase)


def restore(recovery: Recovery, passphrase: str | None = None) -> Case:
    """The recovered case (see :func:`load`, which also gives the key to save it with)."""
    return load(recovery, passphrase).case
