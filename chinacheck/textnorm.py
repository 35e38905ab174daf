"""Text normalised for matching: case- and accent-insensitive words (screening and search)."""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[0-9a-z]+")


def normalise(text: str) -> str:
    """Lower case, accents removed, words joined by single spaces:
    "Coöperatie ÉÉN" → "cooperatie een"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped))
