"""Case files and what lives beside them: backups that survive a failed save, outputs that never
land on a case, backups that go to the trash and back, stale locks of dead processes, symbolic
links, Windows device names, and neutral names for encrypted cases.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers import faults

from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.storage import store

# --- a failed save keeps the previous backup -------------------------------------------------


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Case, Path, bytes, bytes]:
    """A case saved three times (so its backup is an older version than the file), then edited
    in memory; with the bytes of the file and of its backup."""
    case = example_case()
    path = tmp_path / "zaak.chinacheck"
    for title in ("Versie 1", "Versie 2", "Versie 3"):
        case.title = title
        store.save_case(case, path)
    backup = store.backup_path(path)
    assert store.load_case(backup).case.title == "Versie 2"
    old = 1_000_000
    os.utime(backup, (old, old))
    case.title = "Versie 4, nog niet opgeslagen"
    return case, path, path.read_bytes(), backup.read_bytes()


def _unchanged(path: Path, file_bytes: bytes, backup_bytes: bytes) -> None:
    backup = store.backup_path(path)
    assert path.read_bytes() == file_bytes
    assert backup.read_bytes() == backup_bytes
    assert backup.stat().st_mtime == 1_000_000
    assert not os.path.samefile(path, backup)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("at", ["write", "fsync"])
def test_a_full_disk_leaves_the_previous_backup_untouched(
        backed_up: tuple[Case, Path, bytes, bytes], at: str) -> None:
    case, path, file_bytes, backup_bytes = backed_up
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match="de schijf is vol"):
        faults.full_disk(mp, at)
        store.save_case(case, path)
    _unchanged(path, file_bytes, backup_bytes)


def test_a_read_only_folder_leaves_the_previous_backup_untouched(
        backed_up: tuple[Case, Path, bytes, bytes]) -> None:
    case, path, file_bytes, backup_bytes = backed_up
    with pytest.MonkeyPatch.context() as mp, pytest.raises(CaseFileError):
        faults.read_only(mp, path.parent, errno.EROFS)
        store.save_case(case, path)
    _unchanged(path, file_bytes, backup_bytes)


def test_a_failed_final_rename_leaves_the_previous_backup_untouched(
        backed_up: tuple[Case, Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    case, path, file_bytes, backup_bytes = backed_up
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        if Path(os.fsdecode(target)) == path:  # type: ignore[arg-type]
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(CaseFileError, match="opslaan mislukt"):
        store.save_case(case, path)
    _unchanged(path, file_bytes, backup_bytes)


def test_the_backup_turns_over_once_the_save_succeeded(
        backed_up: tuple[Case, Path, bytes, bytes]) -> None:
    case, path, file_bytes, _ = backed_up
    store.save_case(case, path)
    assert store.backup_path(path).read_bytes() == file_bytes
    assert store.load_case(path).case.title == "Versie 4, nog niet opgeslagen"


def test_a_backup_that_cannot_be_turned_over_does_not_fail_the_save(
        backed_up: tuple[Case, Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    case, path, _, backup_bytes = backed_up
    backup = store.backup_path(path)
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        if Path(os.fsdecode(target)) == backup:  # type: ignore[arg-type]
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    store.save_case(case, path)
    assert store.load_case(path).case.title == "Versie 4, nog niet opgeslagen"
    assert backup.read_bytes() == backup_bytes
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []
