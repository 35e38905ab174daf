"""Crash safety of saves: killed writers, stale temp files, read-only folders, full disks.

The kill tests run a real save loop in a child process and SIGKILL it hundreds of times; the
other tests inject the OS errors a read-only share, a full disk or an unplugged drive give.
"""

from __future__ import annotations

import copy
import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import faults
from helpers.cases import large_case

from chinacheck import liveness
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.storage import atomic, paths, recovery, store

SERVER = Path(__file__).resolve().parent / "helpers" / "save_server.py"
KILLS = 200


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(atomic.TEMP_SUFFIX))


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _age(path: Path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


# --- stale temp files ----------------------------------------------------------------------

def test_temp_names_carry_pid_and_host(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic.write_bytes(tmp_path / "zaak.chinacheck", b"{}")
    assert seen and seen[0].startswith(f".zaak.chinacheck.{os.getpid()}-{liveness.host_tag()}-")
    assert seen[0].endswith(".tmp")


@pytest.mark.skipif(os.name != "posix", reason="pid liveness is checked on POSIX only")
def test_next_save_removes_temps_of_a_dead_writer_only(tmp_path: Path) -> None:
    target = tmp_path / "zaak.chinacheck"
    tag = liveness.host_tag()
    dead, alive = _dead_pid(), os.getppid()
    leftovers = {
        "dead": tmp_path / f".zaak.chinacheck.{dead}-{tag}-abcd1234.tmp",
        "dead backup link": tmp_path / f".zaak.chinacheck.bak.{dead}.tmp",
        "live writer": tmp_path / f".zaak.chinacheck.{alive}-{tag}-abcd1234.tmp",
        "this process": tmp_path / f".zaak.chinacheck.{os.getpid()}-{tag}-abcd1234.tmp",
        "other host": tmp_path / f".zaak.chinacheck.{dead}-{'0' * 6}-abcd1234.tmp",
        "other file": tmp_path / f".ander.chinacheck.{dead}-{tag}-abcd1234.tmp",
        "not ours": tmp_path / ".zaak.chinacheck.mijn-notities.tmp",
    }
    for path in leftovers.values():
        path.write_bytes(b"half a case")
    if tag == "000000":
        pytest.skip("this host's tag happens to be the other host's")
    atomic.write_bytes(target, b"{}")
    left = {label for label, path in leftovers.items() if path.exists()}
    assert left == {"live writer", "this process", "other host", "other file", "not ours"}
    assert target.read_bytes() == b"{}"


def test_old_temps_are_removed_whoever_wrote_them(tmp_path: Path) -> None:
    other_host = tmp_path / f".zaak.chinacheck.{os.getppid()}-000000-abcd1234.tmp"
    legacy = tmp_path / ".zaak.chinacheck.k2j3h4l5.tmp"  # mkstemp name from ChinaCheck 0.1
    young_legacy = tmp_path / ".zaak.chinacheck.a1b2c3d4.tmp"
    for path in (other_host, legacy, young_legacy):
        path.write_bytes(b"x")
    _age(other_host, atomic.STALE_AGE_SECONDS + 60)
    _age(legacy, atomic.STALE_AGE_SECONDS + 60)
    atomic.write_bytes(tmp_path / "zaak.chinacheck", b"{}")
    assert not other_host.exists() and not legacy.exists()
    assert young_legacy.exists()  # may belong to an older ChinaCheck saving right now


def test_where_liveness_is_unknown_only_age_counts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "pid_alive", lambda pid: None)  # as on Windows
    tag = liveness.host_tag()
    young = tmp_path / f".zaak.chinacheck.{_dead_pid()}-{tag}-aaaa1111.tmp"
    old = tmp_path / f".zaak.chinacheck.{_dead_pid()}-{tag}-bbbb2222.tmp"
    young.write_bytes(b"x")
    old.write_bytes(b"x")
    _age(old, atomic.STALE_AGE_SECONDS + 1)
    atomic.write_bytes(tmp_path / "zaak.chinacheck", b"{}")
    assert young.exists() and not old.exists()


@pytest.mark.skipif(os.name != "posix", reason="pid liveness is checked on POSIX only")
def test_clean_stale_temps_at_start_up(tmp_path: Path) -> None:
    tag = liveness.host_tag()
    dead = _dead_pid()
    stale = [tmp_path / f".a.chinacheck.{dead}-{tag}-aaaa1111.tmp",
             tmp_path / f".settings.json.{dead}-{tag}-bbbb2222.tmp"]
    kept = [tmp_path / f".b.chinacheck.{os.getppid()}-{tag}-cccc3333.tmp",
            tmp_path / "a.chinacheck", tmp_path / "leesmij.tmp"]
    for path in stale + kept:
        path.write_bytes(b"x")
    assert sorted(atomic.clean_stale_temps(tmp_path)) == sorted(stale)
    assert all(p.exists() for p in kept)
    assert atomic.clean_stale_temps(tmp_path / "bestaat-niet") == []


def test_temp_path_is_recognised_as_ours(tmp_path: Path) -> None:
    path = atomic.temp_path(tmp_path / "zaak.chinacheck.bak")
    assert path.parent == tmp_path and path.name.startswith(".zaak.chinacheck.bak.")
    path.write_bytes(b"x")
    assert not atomic.is_stale_temp(path)  # ours, and we are alive
    _age(path, atomic.STALE_AGE_SECONDS + 1)
    assert atomic.is_stale_temp(path)


# --- killed in the middle of a save --------------------------------------------------------

class SaveServer:
    """The helper process that forks save loops for us to kill (tests/helpers/save_server.py)."""

    def __init__(self, mode: str, target: Path, home: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER), mode, str(target), str(home)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self._read() == "ready", self.stderr()

    def _read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self._read()

    def stderr(self) -> str:
        self.close()
        assert self.proc.stderr is not None
        return self.proc.stderr.read()

    def close(self) -> None:
        if self.proc.returncode is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None and not stream.closed:
                stream.close()


@pytest.fixture
def versions() -> list[Case]:
    return [large_case(0), large_case(1)]


def _which(case: Case, versions: list[Case]) -> int:
    """Which version ``case`` is, judged on everything the user typed.

    Saving may add bookkeeping of its own (the modification time, an audit trail), so the
    comparison is on the user's content, which must be wholly one version or the other.
    """
    def content(c: Case) -> tuple[object, ...]:
        return (c.id, c.title, c.kind, c.counterparts, c.intermediaries, c.topics, c.answers,
                c.measures, c.overall_risk, c.decision)

    found = [n for n, v in enumerate(versions) if content(v) == content(case)]
    assert found, "the file is neither version (a torn or mixed write)"
    return found[0]


def _kill_loop(server: SaveServer, folder: Path, kills: int,
               check: Callable[[], int], save_again: Callable[[int], None]) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    seen = [0, 0]
    temps_after_kill = 0
    for n in range(kills):
        pid = int(server.ask("fork"))
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        status = server.ask(f"reap {pid}")
        assert status == f"signal {int(signal.SIGKILL)}", (
            f"the save loop stopped by itself ({status}): {server.stderr()}")
        where = f"kill {n + 1} of {kills} (seed {seed})"
        seen[check()] += 1
        temps_after_kill += bool(_temps(folder))
        save_again(n % 2)
        assert _temps(folder) == [], f"{where}: temp files left after the next save"
    # Proof that the kills hit real saves: both versions reached the disk, and some kills
    # landed between creating a temp file and renaming it.
    assert seen[0] > 0 and seen[1] > 0, seen
    assert temps_after_kill > 0


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_killed_case_saves_leave_the_old_or_the_new_file(
        tmp_path: Path, data_home: Path, versions: list[Case]) -> None:
    target = tmp_path / "zaak.chinacheck"
    store.save_case(versions[0], target, touch=False)
    server = SaveServer("case", target, data_home)

    def check() -> int:
        backup = store.backup_path(target)
        if backup.exists():
            _which(store.load_case(backup).case, versions)
        return _which(store.load_case(target).case, versions)

    try:
        _kill_loop(server, tmp_path, KILLS, check,
                   lambda v: store.save_case(versions[v], target, touch=False))
    finally:
        server.close()


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_killed_recovery_writes_leave_the_old_or_the_new_copy(
        tmp_path: Path, data_home: Path, versions: list[Case]) -> None:
    original = tmp_path / "zaak.chinacheck"
    copy_file = recovery.write(versions[0], original)
    meta = copy_file.with_suffix(".json")
    server = SaveServer("recovery", original, data_home)
    titles = {v.title for v in versions}

    def check() -> int:
        loaded = store.load_case(copy_file).case
        info = json.loads(meta.read_text(encoding="utf-8"))
        assert info["title"] in titles and info["original"] == str(original)
        [found] = recovery.pending()
        assert recovery.restore(found) == loaded
        return _which(loaded, versions)

    def save_again(version: int) -> None:
        recovery.write(versions[version], original)

    try:
        _kill_loop(server, copy_file.parent, KILLS, check, save_again)
    finally:
        server.close()


# --- read-only folder, full disk, vanished folder ------------------------------------------

@pytest.fixture
def saved(tmp_path: Path) -> Iterator[tuple[Case, Path, bytes]]:
    """A case saved twice (so it has a backup), then edited in memory only."""
    case = example_case()
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    store.save_case(case, path)
    old = 1_000_000
    os.utime(path, (old, old))
    case.title = "Wijziging die nog niet op schijf staat"
    case.counterparts[0].notes += "\nNieuwe notitie"
    yield case, path, path.read_bytes()


def _assert_untouched(path: Path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert path.stat().st_mtime == 1_000_000
    assert _temps(path.parent) == []


READ_ONLY = [(errno.EROFS, "alleen-lezen bestandssysteem"),
             (errno.EACCES, "geen toegang"),
             (errno.EPERM, "geen toestemming")]


@pytest.mark.parametrize(("code", "reason"), READ_ONLY)
def test_save_into_read_only_folder(saved: tuple[Case, Path, bytes], code: int,
                                    reason: str) -> None:
    case, path, before = saved
    in_memory = copy.deepcopy(case)
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match=f"opslaan mislukt: {reason}") as info:
        faults.read_only(mp, path.parent, code)
        store.save_case(case, path)
    assert info.value.path == path
    assert case == in_memory
    _assert_untouched(path, before)


@pytest.mark.parametrize("at", ["write", "fsync"])
def test_save_onto_full_disk(saved: tuple[Case, Path, bytes], at: str) -> None:
    case, path, before = saved
    in_memory = copy.deepcopy(case)
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match="opslaan mislukt: de schijf is vol"):
        faults.full_disk(mp, at)
        store.save_case(case, path)
    assert case == in_memory
    _assert_untouched(path, before)
    store.save_case(case, path)  # once there is room again, the same case saves
    assert store.load_case(path).case.title == case.title


def test_save_into_vanished_folder(tmp_path: Path) -> None:
    folder = tmp_path / "netwerkschijf"
    folder.mkdir()
    case = example_case()
    path = folder / "zaak.chinacheck"
    store.save_case(case, path)
    shutil.rmtree(folder)  # the share was unmounted, the stick pulled
    case.title = "Gewijzigd"
    in_memory = copy.deepcopy(case)
    with pytest.raises(CaseFileError, match="opslaan mislukt: bestand of map bestaat niet"):
        store.save_case(case, path)
    assert case == in_memory
    assert not folder.exists()  # nothing recreated behind the user's back


def test_save_into_folder_replaced_by_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.write_bytes(b"geen map")
    case = example_case()
    with pytest.raises(CaseFileError, match="opslaan mislukt: een deel van het pad is geen map"):
        store.save_case(case, folder / "zaak.chinacheck")
    assert folder.read_bytes() == b"geen map"


def test_folder_vanishing_during_the_save(saved: tuple[Case, Path, bytes],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    case, path, _ = saved
    in_memory = copy.deepcopy(case)
    real_mkstemp = tempfile.mkstemp

    def unplugged(*, prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        shutil.rmtree(path.parent)
        return real_mkstemp(prefix=prefix, suffix=suffix, dir=dir)

    monkeypatch.setattr(tempfile, "mkstemp", unplugged)
    with pytest.raises(CaseFileError, match="bestaat niet"):
        store.save_case(case, path)
    assert case == in_memory


@pytest.mark.parametrize(("code", "reason"), READ_ONLY)
def test_recovery_copy_into_read_only_folder(data_home: Path, code: int, reason: str) -> None:
    case = example_case()
    copy_file = recovery.write(case, None)
    before = copy_file.read_bytes()
    case.title = "Gewijzigd"
    in_memory = copy.deepcopy(case)
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match="herstelkopie niet geschreven"):
        faults.read_only(mp, paths.recovery_dir(), code)
        recovery.write(case, None)
    assert case == in_memory
    assert copy_file.read_bytes() == before
    assert _temps(copy_file.parent) == []


@pytest.mark.parametrize("at", ["write", "fsync"])
def test_recovery_copy_onto_full_disk(data_home: Path, at: str) -> None:
    case = example_case()
    copy_file = recovery.write(case, None)
    before = copy_file.read_bytes()
    case.title = "Gewijzigd"
    in_memory = copy.deepcopy(case)
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match="herstelkopie niet geschreven"):
        faults.full_disk(mp, at)
        recovery.write(case, None)
    assert case == in_memory
    assert copy_file.read_bytes() == before
    assert _temps(copy_file.parent) == []


def test_recovery_copy_when_the_data_folder_is_read_only(data_home: Path) -> None:
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match="herstelkopie niet geschreven: geen toegang"):
        faults.read_only(mp, data_home, errno.EACCES)
        recovery.write(example_case(), None)
    assert not paths.recovery_dir().exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX rename of two links to one file")
def test_save_after_an_interrupted_save_leaves_no_temp_file(tmp_path: Path) -> None:
    # A save of an older version that failed (or was killed) between keeping the backup and
    # writing left the case file and <name>.bak as hard links to one file; renaming a third
    # link over the backup is then a no-op that would leave the temp file.
    case, path = example_case(), tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    case.title = "Gewijzigd"
    os.link(path, store.backup_path(path))
    store.save_case(case, path)
    assert _temps(path.parent) == []
    assert store.load_case(path).case.title == "Gewijzigd"
    assert store.load_case(store.backup_path(path)).case.title == example_case().title
