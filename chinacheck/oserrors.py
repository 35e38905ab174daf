"""OS errors in words a user understands (Dutch), one wording for every module that writes."""

from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: "bestand of map bestaat niet",
    errno.EACCES: "geen toegang (alleen-lezen of geen rechten)",
    errno.EPERM: "geen toestemming",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.EISDIR: "is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
}


def describe(exc: OSError) -> str:
    """The reason for ``exc``, in Dutch where we know it, else the OS's own text."""
    return _REASONS.get(exc.errno or 0) or exc.strerror or str(exc)
