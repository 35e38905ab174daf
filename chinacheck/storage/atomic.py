"""Crash-safe file writes: temp file in the same folder, flush, fsync, ``os.replace``.

A reader therefore sees either the old or the new file, never a mix; a failed write leaves the
target untouched and removes its temp file.

A writer killed mid-save (power cut, SIGKILL) cannot remove its temp file, so temp names carry
the writer's pid and host: ``.<name>.<pid>-<host tag>-<random>.tmp``. The next write to the same
target, and :func:`clean_stale_temps` at start-up, remove temp files whose writer is gone, and
never those of a writer that is still running.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import tempfile
import time
from pathlib import Path

from chinacheck.liveness import host_tag, pid_alive

TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600
# A temp file this old is abandoned whoever wrote it: a save takes seconds, not minutes. It is
# the only rule where liveness cannot be checked (Windows, another host on a network share).
STALE_AGE_SECONDS = 10 * 60

# ".<name>.<pid>-<host tag>-<random>.tmp", or ".<name>.<pid>.tmp" as store's backup links were
# named before they used temp_path.
_PID_TEMP = re.compile(
    r"^\.(?P<name>.+)\.(?P<pid>\d{1,10})(?:-(?P<host>[0-9a-f]{6})-[A-Za-z0-9_]+)?\.tmp$"
)
# mkstemp's names from before temp files carried a pid: only ever removed by age.
_LEGACY_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")


def temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}-{host_tag()}-"


def temp_path(target: Path) -> Path:
    """A fresh temp name beside ``target`` for writers that cannot use mkstemp (e.g. os.link)."""
    target = Path(target)
    return target.with_name(f"{temp_prefix(target)}{secrets.token_hex(4)}{TEMP_SUFFIX}")


def is_stale_temp(path: Path, now: float | None = None) -> bool:
    """True for a ChinaCheck temp file whose writer is certainly gone."""
    name = path.name
    pid_match = _PID_TEMP.match(name)
    if pid_match is None and _LEGACY_TEMP.match(name) is None:
        return False
    try:
        age = (time.time() if now is None else now) - path.lstat().st_mtime
    except OSError:
        return False
    if age > STALE_AGE_SECONDS:
        return True
    if pid_match is None:
        return False
    host = pid_match["host"]
    if host is not None and host != host_tag():
        return False  # another computer's pid tells us nothing here
    pid = int(pid_match["pid"])
    if pid == os.getpid():
        return False  # ours: another thread of this process may be mid-write
    return pid_alive(pid) is False


def _clean(folder: Path, prefix: str) -> list[Path]:
    removed: list[Path] = []
    try:
        entries = [Path(e.path) for e in os.scandir(folder)
                   if e.name.startswith(prefix) and e.name.endswith(TEMP_SUFFIX)]
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if is_stale_temp(entry, now):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def clean_stale_temps(folder: Path | str) -> list[Path]:
    """Remove abandoned temp files in ``folder``; returns what was removed. Never raises.

    Meant for start-up on the case, recovery and data folders; saves clean their own target.
    """
    return _clean(Path(folder), ".")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pin(target: Path, keep_as: Path) -> Path | None:
    """A second name for the file now at ``target`` (a hard link, else a copy) beside
    ``keep_as``, so that it outlives the replace; None when there is no file to keep."""
    pinned = temp_path(keep_as)
    try:
        os.link(target, pinned)
    except FileNotFoundError:
        return None
    except OSError:  # no hard links here (FAT, some shares): a copy does
        import shutil

        try:
            shutil.copy2(target, pinned)
        except FileNotFoundError:
            with contextlib.suppress(OSError):
                pinned.unlink()
            return None
        except BaseException:
            with contextlib.suppress(OSError):
                pinned.unlink()
            raise
    return pinned


def write_bytes(target: Path, data: bytes, mode: int = FILE_MODE, *,
                keep_as: Path | None = None) -> bool:
    """Atomically replace ``target`` with ``data``; raises OSError and leaves target as it was.

    With ``keep_as`` the file that was at ``target`` becomes ``keep_as`` (a backup), but only
    after the new file is in place: a write that fails (a full disk, a vanished folder) leaves
    ``target`` and ``keep_as`` both as they were. Returns False when the new file is in place
    but the old one could not be kept (``keep_as`` then also stays as it was).
    """
    target = Path(target)
    folder = target.parent
    # Leftovers of a killed save of this very file (and of its backups, ".<name>.bak.…").
    _clean(folder, f".{target.name}.")
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    tmp = Path(tmp_name)
    pinned: Path | None = None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        if keep_as is not None:
            pinned = _pin(target, keep_as)
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, pinned):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    kept = True
    if pinned is not None and keep_as is not None:
        try:
            os.replace(pinned, keep_as)
        except OSError:
            kept = False
        finally:
            # Still there after a failed rename, or after a no-op one: both names were links
            # to one file (left so by a save of an older version).
            with contextlib.suppress(OSError):
                pinned.unlink()
    with contextlib.suppress(OSError):
        _fsync_dir(folder)
    return kept


def write_text(target: Path, text: str, mode: int = FILE_MODE) -> None:
    write_bytes(target, text.encode("utf-8"), mode)
