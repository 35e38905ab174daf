"""File names made from user text (a title, a case id from a file): fit for every system.

Windows treats ``CON``, ``PRN``, ``AUX``, ``NUL``, ``COM0``–``COM9``, ``LPT0``–``LPT9`` (also
with a superscript digit) and ``CONIN$``/``CONOUT$`` as devices, in any case and with any
extension (``nul.chinacheck`` is the null device), and it drops trailing dots and spaces. A
case copied to a Windows computer, or made on one, must never get such a name: writing it
would write nowhere, or to a printer port.

An encrypted case gets a neutral name, ``zaak-<8 hex>.chinacheck``: random, not derived from
its title or id, so that the name tells nothing about the case nor links it to its PDFs.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

EXTENSION = ".chinacheck"  # caseformat.EXTENSION, without importing the case format
_RESERVED = re.compile(r"con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$",
                       re.IGNORECASE)
_NEUTRAL = re.compile(r"zaak-[0-9a-f]{8}" + re.escape(EXTENSION))


def is_reserved(name: str) -> bool:
    """Whether Windows takes ``name`` for a device: its part before the first dot, without
    trailing spaces, is a device name."""
    return _RESERVED.fullmatch(name.split(".", 1)[0].rstrip(" ")) is not None


def safe_stem(stem: str, fallback: str = "zaak") -> str:
    """``stem`` (a name without its extension) fit for every system: trailing dots and
    spaces dropped, and a Windows device name prefixed with ``fallback``."""
    stem = stem.rstrip(" .")
    if not stem:
        return fallback
    return f"{fallback}-{stem}" if is_reserved(stem) else stem


def is_neutral(name: str) -> bool:
    """Whether ``name`` is a neutral case file name (``zaak-<8 hex>.chinacheck``)."""
    return _NEUTRAL.fullmatch(name) is not None


def neutral_case_path(folder: Path) -> Path:
    """A fresh neutral case file name in ``folder``: nothing there has that name, nor a
    backup or lock of it."""
    while True:
        candidate = folder / f"zaak-{secrets.token_hex(4)}{EXTENSION}"
        if not any(os.path.lexists(candidate.with_name(candidate.name + suffix))
                   for suffix in ("", ".bak", ".lock")):
            return candidate
