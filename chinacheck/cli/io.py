"""What the command line prints: one place, so every message can follow ``--lang``."""

from __future__ import annotations

import sys

from chinacheck.i18n import translate


def out(text: str = "") -> None:
    print(translate(text))


def out_verbatim(text: str) -> None:
    """Print data (JSON, brochure text) or a view already built in the chosen language (see
    ``chinacheck/cli/summary.py``) as it is: not a message to look up."""
    print(text)


def prompt(text: str) -> str:
    """The text of a question asked in the terminal (a passphrase prompt), in the language."""
    return translate(text)


def err(text: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    print(f"chinacheck: {translate(text)}", file=sys.stderr)


def err_plain(text: str) -> None:
    """A line on stderr without the prefix (per-file lines of ``validate``)."""
    print(translate(text), file=sys.stderr)
