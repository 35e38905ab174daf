"""Fault injection for saves: a read-only folder, a full disk, a folder that vanished.

Tests run as root in CI, where chmod cannot make a folder read-only, so the OS calls a save
uses are wrapped to fail the way a read-only mount or a full disk makes them fail.
"""

from __future__ import annotations

import builtins
import errno
import os
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND


def _inside(folder: Path, path: Any) -> bool:
    if isinstance(path, int):
        return False
    try:
        candidate = Path(os.fsdecode(path)).absolute()
    except TypeError:
        return False
    return candidate == folder or folder in candidate.parents


def _error(code: int, path: Any = None) -> OSError:
    return OSError(code, os.strerror(code), None if path is None else os.fsdecode(path))


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int = errno.EROFS) -> None:
    """Every call that would create, change or remove anything in ``folder`` fails with ``code``."""
    folder = folder.absolute()
    real_open, real_builtin_open = os.open, builtins.open

    def os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & _WRITE_FLAGS and _inside(folder, path):
            raise _error(code, path)
        return real_open(path, flags, *args, **kwargs)

    def builtin_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(ch in mode for ch in "wax+") and _inside(folder, file):
            raise _error(code, file)
        return real_builtin_open(file, mode, *args, **kwargs)

    def refuse(real: Any) -> Any:
        def wrapper(*paths: Any, **kwargs: Any) -> Any:
            if any(_inside(folder, p) for p in paths[:2]):
                raise _error(code, paths[0])
            return real(*paths, **kwargs)
        return wrapper

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(builtins, "open", builtin_open)
    for name in ("link", "replace", "rename", "unlink", "remove", "mkdir", "chmod", "symlink",
                 "utime"):
        monkeypatch.setattr(os, name, refuse(getattr(os, name)))


class _FillingFile:
    """A file object on a disk that fills up halfway through the write."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        raise _error(errno.ENOSPC)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FillingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def full_disk(monkeypatch: pytest.MonkeyPatch, at: str) -> None:
    """ENOSPC while writing the data (``at="write"``) or when flushing it to disk (``"fsync"``)."""
    if at == "write":
        real_fdopen = os.fdopen

        def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_fdopen(fd, mode, *args, **kwargs)
            return _FillingFile(handle) if "w" in mode else handle

        monkeypatch.setattr(os, "fdopen", fdopen)
    elif at == "fsync":
        def fsync(fd: int) -> None:
            raise _error(errno.ENOSPC)

        monkeypatch.setattr(os, "fsync", fsync)
    else:
        raise ValueError(at)
