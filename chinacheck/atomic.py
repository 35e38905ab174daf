"""Crash-safe file writes: temp file in the same folder, flush, fsync, ``os.replace``.

A reader therefore sees either the old or the new file, never a mix; a failed write leaves the
target untouched and removes its temp file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600


def temp_prefix(target: Path) -> str:
    return f".{target.name}."


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(target: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Atomically replace ``target`` with ``data``; raises OSError and leaves target as it was."""
    target = Path(target)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):
        _fsync_dir(folder)


def write_text(target: Path, text: str, mode: int = FILE_MODE) -> None:
    write_bytes(target, text.encode("utf-8"), mode)
