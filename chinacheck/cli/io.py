"""What the command line prints: one place for stdout and stderr.

Messages arrive translated (marked with ``chinacheck.i18n._`` where they are written); data such
as JSON, the brochure's words and case text is printed as it is.
"""

from __future__ import annotations

import sys


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"chinacheck: {text}", file=sys.stderr)


def err_plain(text: str) -> None:
    """A line on stderr without the prefix (per-file lines of ``validate``)."""
    print(text, file=sys.stderr)
