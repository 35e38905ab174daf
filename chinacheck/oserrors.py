"""OS errors in words a user understands, one wording for every module that writes."""

from __future__ import annotations

import errno

from chinacheck.i18n import N_, translate

_REASONS = {
    errno.ENOENT: N_("bestand of map bestaat niet"),
    errno.EACCES: N_("geen toegang (alleen-lezen of geen rechten)"),
    errno.EPERM: N_("geen toestemming"),
    errno.ENOSPC: N_("de schijf is vol"),
    errno.EROFS: N_("alleen-lezen bestandssysteem"),
    errno.EISDIR: N_("is een map, geen bestand"),
    errno.ENOTDIR: N_("een deel van het pad is geen map"),
}


def describe(exc: OSError) -> str:
    """The reason for ``exc`` in the current language where we know it, else the OS's own
    text."""
    reason = _REASONS.get(exc.errno or 0)
    return translate(reason) if reason else exc.strerror or str(exc)
