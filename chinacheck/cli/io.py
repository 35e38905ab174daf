"""What the command line prints: one place for stdout and stderr, where no text from a file can
take over the terminal.

Messages arrive translated (marked with ``chinacheck.i18n._`` where they are written); data such
as JSON, the brochure's words and case text is printed as it is, but for the characters that
act on a terminal. Case files, file names and certificates come from anywhere: :func:`safe`
writes out every character that could act on a terminal instead of being shown: C0 and C1
controls (ESC starts the sequences that recolour the screen, move the cursor or set the window
title), the bidi embeddings, overrides, isolates and marks (they reorder the characters that
follow, so that a line reads differently from what it holds), the line and paragraph
separators, and the lone surrogates of a file name that is not UTF-8. Everything printed passes
through it: an error keeps nothing (it stays one line), other output keeps the line ends and
tabs the command itself writes, so a field that must stay on its line or in its column (a title
in ``list``) is passed through :func:`safe` by the command first.

The escapes are JSON's (``\\t``, ``\\n``, ``\\u001b``, ``\\u202e``): JSON output stays the same
data, character for character, with these characters written as escapes.
"""

from __future__ import annotations

import re
import sys

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def safe(text: str, keep: str = "") -> str:
    """``text`` as a terminal may show it: every character that could colour, move, reorder or
    add a line or a column written as an escape, except those in ``keep``."""
    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        return _NAMED.get(char) or f"\\u{ord(char):04x}"

    return _UNSAFE.sub(escape, text)


def safe_block(text: str, indent: str) -> str:
    """Multi-line user text (a note) for a view: its own line ends kept, each further line
    indented, anything else escaped."""
    lines = text.replace("\r\n", "\n").split("\n")
    return f"\n{indent}".join(safe(line) for line in lines)


def out(text: str = "") -> None:
    print(safe(text, keep="\n\t"))


def err(text: str) -> None:
    """One line on stderr, prefixed with the program's name (a line end in a file name or a
    value is escaped: it stays one line)."""
    print(f"chinacheck: {safe(text)}", file=sys.stderr)


def err_plain(text: str) -> None:
    """A line on stderr without the prefix (per-file lines of ``validate``)."""
    print(safe(text), file=sys.stderr)
