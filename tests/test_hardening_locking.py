"""Case locks: one holder at a time, who/when for the others, stale locks taken over on request."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import faults

from chinacheck import __version__, liveness
from chinacheck.errors import ChinaCheckError
from chinacheck.storage import library, locking

HOLDER = textwrap.dedent("""
    import sys
    from chinacheck.storage import locking
    lock = locking.acquire(sys.argv[1])
    print(lock.info.token, flush=True)
    sys.stdin.read()  # hold until the test closes our stdin
    print(lock.release(), flush=True)
""")


@pytest.fixture
def case(tmp_path: Path) -> Path:
    return tmp_path / "zaak.chinacheck"


@pytest.fixture
def other_process(case: Path) -> Iterator[subprocess.Popen[str]]:
    """Another ChinaCheck process holding the lock on ``case``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(case)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip()
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    for stream in (proc.stdin, proc.stdout):
        if stream is not None and not stream.closed:
            stream.close()


def _write_lock(case: Path, **fields: object) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    data: dict[str, object] = {
        "format": "chinacheck-lock", "user": "zoe", "host": "laptop-elders", "pid": 4242,
        "since": now.isoformat(), "refreshed": now.isoformat(), "app_version": "0.1.0",
        "token": "feedc0dedeadbeef",
    }
    data.update({k: v.isoformat() if isinstance(v, datetime) else v for k, v in fields.items()})
    locking.lock_path(case).write_text(json.dumps(data), encoding="utf-8")


def test_lock_file_says_who_where_and_since_when(case: Path) -> None:
    lock = locking.acquire(case)
    path = case.with_name("zaak.chinacheck.lock")
    assert lock.path == path
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "chinacheck-lock"
    assert data["host"] == liveness.this_host() and data["pid"] == os.getpid()
    assert data["app_version"] == __version__ and data["user"]
    since = datetime.fromisoformat(data["since"])
    assert since.tzinfo is not None and abs(datetime.now(UTC) - since) < timedelta(minutes=1)
    assert locking.read_lock(case) == lock.info
    assert lock.release() and not path.exists()
    assert locking.read_lock(case) is None


def test_the_lock_file_is_not_a_case(case: Path) -> None:
    with locking.acquire(case):
        assert library.case_files(case.parent) == []


def test_second_opener_in_this_process_is_told_who_has_it(case: Path) -> None:
    first = locking.acquire(case)
    with pytest.raises(locking.LockedError) as info:
        locking.acquire(case)
    error = info.value
    assert isinstance(error, ChinaCheckError)
    assert error.info == first.info and not error.stale
    assert error.info.held_by_this_process
    assert f"in gebruik door {first.info.user} op {first.info.host} sinds" in str(error)
    first.release()
    locking.acquire(case).release()


def test_two_processes_one_holder(case: Path, other_process: subprocess.Popen[str]) -> None:
    with pytest.raises(locking.LockedError) as info:
        locking.acquire(case)
    assert info.value.info.pid == other_process.pid
    assert not info.value.stale and not info.value.info.held_by_this_process
    assert other_process.stdin is not None
    other_process.stdin.close()
    assert other_process.stdout is not None and other_process.stdout.readline().strip() == "True"
    locking.acquire(case).release()


def test_of_many_simultaneous_openers_exactly_one_wins(case: Path, tmp_path: Path) -> None:
    go = tmp_path / "go"
    script = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from chinacheck.storage import locking
        while not Path(sys.argv[2]).exists():
            time.sleep(0.001)
        try:
            locking.acquire(sys.argv[1])
            print("won")
        except locking.LockedError:
            print("locked")
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(case), str(go)],
                              stdout=subprocess.PIPE, text=True) for _ in range(6)]
    time.sleep(0.3)
    go.touch()
    results = sorted(p.communicate(timeout=30)[0].strip() for p in procs)
    assert results == ["locked"] * 5 + ["won"]


@pytest.mark.skipif(os.name != "posix", reason="pid liveness is checked on POSIX only")
def test_lock_of_a_dead_process_is_stale_and_can_be_taken_over(
        case: Path, other_process: subprocess.Popen[str]) -> None:
    other_process.send_signal(signal.SIGKILL)
    other_process.wait()
    with pytest.raises(locking.LockedError) as info:
        locking.acquire(case)  # never taken silently: the user is asked first
    assert info.value.stale
    lock = locking.take_over(case, expected=info.value.info)
    assert locking.read_lock(case) == lock.info and lock.info.pid == os.getpid()
    lock.release()


def test_lock_from_another_host_is_stale_only_by_age(case: Path) -> None:
    now = datetime.now(UTC)
    _write_lock(case, pid=999_999_999, refreshed=now - timedelta(hours=1))
    info = locking.read_lock(case)
    assert info is not None and not locking.is_stale(info)  # its pid means nothing here
    assert locking.is_stale(info, max_age=timedelta(minutes=30))
    _write_lock(case, since=now - timedelta(days=2), refreshed=now - timedelta(hours=5))
    info = locking.read_lock(case)
    assert info is not None and locking.is_stale(info)
    with pytest.raises(locking.LockedError, match=r"in gebruik door zoe op laptop-elders") as err:
        locking.acquire(case)
    assert err.value.stale


def test_old_lock_on_this_host_is_stale_even_if_its_pid_lives_again(case: Path) -> None:
    # After a reboot the pid may belong to another program; the age still tells.
    old = datetime.now(UTC) - timedelta(hours=5)
    _write_lock(case, host=liveness.this_host(), pid=os.getppid(), since=old, refreshed=old)
    info = locking.read_lock(case)
    assert info is not None and locking.is_stale(info)


def test_take_over_refuses_when_the_lock_changed_meanwhile(case: Path) -> None:
    old = datetime.now(UTC) - timedelta(hours=5)
    _write_lock(case, since=old, refreshed=old)
    shown = locking.read_lock(case)
    assert shown is not None
    _write_lock(case, since=old)  # the holder woke up and refreshed it
    with pytest.raises(locking.LockedError) as info:
        locking.take_over(case, expected=shown)
    assert not info.value.stale
    assert locking.read_lock(case) != shown


def test_release_only_removes_its_own_lock(case: Path) -> None:
    first = locking.acquire(case)
    second = locking.take_over(case)
    assert not first.is_held() and second.is_held()
    assert first.release() is False
    assert locking.read_lock(case) == second.info
    assert second.release() is True
    assert locking.read_lock(case) is None
    assert second.release() is False


def test_refresh_shows_life_and_notices_a_take_over(case: Path) -> None:
    lock = locking.acquire(case)
    backdated = lock.info.refreshed - timedelta(hours=1)
    lock.info = locking.LockInfo(**{**lock.info.__dict__, "refreshed": backdated})
    locking.lock_path(case).write_bytes(lock.info.to_json())
    lock.refresh()
    current = locking.read_lock(case)
    assert current is not None and current.token == lock.info.token
    assert current.refreshed > backdated and current.since == lock.info.since
    locking.take_over(case)
    with pytest.raises(locking.LockedError):
        lock.refresh()


@pytest.mark.parametrize("content", [b"", b"{half", b"[]", b'{"format": "chinacheck-lock"}',
                                     b"\xff\xfe", json.dumps({"format": "chinacheck-lock",
                                     "user": 1, "host": "h", "pid": "1", "since": "x",
                                     "app_version": "", "token": ""}).encode()])
def test_damaged_lock_counts_briefly_then_is_stale(case: Path, content: bytes) -> None:
    path = locking.lock_path(case)
    path.write_bytes(content)
    info = locking.read_lock(case)
    assert info is not None and info.damaged and not locking.is_stale(info)
    assert "onbekende gebruiker" in info.describe()
    past = time.time() - 120
    os.utime(path, (past, past))
    with pytest.raises(locking.LockedError) as err:
        locking.acquire(case)
    assert err.value.stale
    locking.take_over(case, expected=err.value.info).release()


def test_read_only_folder_means_read_only_case(case: Path) -> None:
    with pytest.MonkeyPatch.context() as mp, pytest.raises(locking.LockError) as info:
        faults.read_only(mp, case.parent)
        locking.acquire(case)
    assert not isinstance(info.value, locking.LockedError)
    assert "alleen-lezen bestandssysteem" in str(info.value)
    assert locking.read_lock(case) is None
