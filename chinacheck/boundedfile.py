"""Reading a file the user names, at a bounded cost: regular files only, and at most so many bytes.

A named pipe would block for ever (or until someone writes to it), a device such as /dev/zero
never ends, and a huge file would fill the memory: each is refused with one line, before it is
read. Every file ChinaCheck reads because a user or a file named it goes through
:func:`read_bounded`, with the cap for its kind below (case files: ``caseformat.MAX_FILE_BYTES``).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from chinacheck import oserrors
from chinacheck.errors import ChinaCheckError
from chinacheck.i18n import _

KIB, MIB = 1024, 1024 * 1024
MAX_PDF_BYTES = 64 * MIB  # a PDF to verify; ChinaCheck's own are a few MiB at most
MAX_PASSPHRASE_BYTES = 64 * KIB  # --passphrase-file, --case-passphrase-file
MAX_CERTIFICATE_BYTES = 1 * MIB  # --trust and the trusted-certificates folder (PEM or DER)
MAX_PKCS12_BYTES = 1 * MIB  # the PKCS#12 of --sign and of signing in the app


class UnreadableFile(ChinaCheckError):
    """A file that is not read: ``reason`` says why, in words for the user (translated);
    ``errno`` is the OS's error number when the OS refused."""

    def __init__(self, path: Path, reason: str, errno: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.errno = errno
        super().__init__(f"{path}: {reason}")


class FileTooLarge(UnreadableFile):
    """A regular file over its cap; ``size`` is at least how large it is."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(path, _("te groot ({size} bytes; hooguit {limit})").format(
            size=size, limit=size_text(limit)))


def size_text(limit: int) -> str:
    """A cap in words: '64 MiB', '64 KiB', '100 bytes'."""
    for unit, name in ((MIB, "MiB"), (KIB, "KiB")):
        if limit >= unit and limit % unit == 0:
            return f"{limit // unit} {name}"
    return f"{limit} bytes"


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file ``path``, which may hold at most ``limit`` bytes.

    Opened without blocking (a FIFO is not waited on) and checked before a byte is read: a
    folder, a pipe, a socket or a device is an UnreadableFile, and so is any OS error; a file
    over ``limit`` (by its size, or by what it yields if it grows meanwhile) a FileTooLarge.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFile(path, oserrors.describe(exc), exc.errno) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile(path, _("is een map, geen bestand"))
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(path, _("geen gewoon bestand (maar bijvoorbeeld een pipe of "
                                         "een apparaat)"))
        if info.st_size > limit:
            raise FileTooLarge(path, info.st_size, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise UnreadableFile(path, oserrors.describe(exc), exc.errno) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise FileTooLarge(path, len(data), limit)
    return data
