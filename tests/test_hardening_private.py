"""Every file ChinaCheck writes about a case is readable by its owner only (0600 on POSIX),
whatever the umask: case, backup, recovery copy, lock, encrypted case, and the temp files on
the way."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.scrypt import CHEAP

from chinacheck.case import caseformat, encryption
from chinacheck.case.examples import example_case
from chinacheck.storage import atomic, locking, paths, recovery, store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """A umask of 0 would make any file created without an explicit mode world-readable."""
    old = os.umask(0)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_atomic_writes_and_their_temp_files(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    temp_modes: list[int] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        temp_modes.append(_mode(Path(src)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    target = tmp_path / "instellingen.json"
    atomic.write_text(target, "{}")
    atomic.write_bytes(target, b"{}")  # replacing keeps it private too
    assert temp_modes == [0o600, 0o600]
    assert _mode(target) == 0o600


def test_case_and_backup_files(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    store.save_case(case, path)
    case.title = "Tweede versie"
    store.save_case(case, path)
    assert _mode(path) == 0o600
    assert _mode(store.backup_path(path)) == 0o600


def test_recovery_copy_and_its_note(data_home: Path) -> None:
    copy_file = recovery.write(example_case(), None)
    assert _mode(copy_file) == 0o600
    assert _mode(copy_file.with_suffix(".json")) == 0o600
    assert _mode(paths.recovery_dir()) & 0o077 == 0


def test_lock_files(tmp_path: Path) -> None:
    case = tmp_path / "zaak.chinacheck"
    lock = locking.acquire(case)
    assert _mode(lock.path) == 0o600
    lock.refresh()
    assert _mode(lock.path) == 0o600
    lock.release()
    taken = locking.take_over(case)
    assert _mode(taken.path) == 0o600


def test_encrypted_case_files(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")
    sealed = encryption.encrypt(caseformat.dumps(example_case()), "wachtwoord", cost=CHEAP)
    path = tmp_path / "reis.chinacheck"
    atomic.write_bytes(path, sealed)
    assert _mode(path) == 0o600
