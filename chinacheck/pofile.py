"""A strict reader for the gettext ``.po`` catalogues in ``resources/i18n/``.

Only what our catalogues use: ``msgctxt``, ``msgid`` and ``msgstr``, each a quoted string that
may continue on the following lines, with the escapes ``\\\\ \\" \\n \\t \\r``. Comments are
skipped, fuzzy entries and empty translations are left out, and the header (the entry with an
empty msgid) is not a message. Anything else (plural forms, an unknown keyword or escape, a
string left open, a message defined twice) is refused with its line number, so that a damaged
catalogue is never half read. Babel is the tool that writes and checks these files; this reader
exists so that the application does not have to carry Babel.
"""

from __future__ import annotations

import re

Key = tuple[str | None, str]  # (msgctxt, msgid)

_KEYWORDS = ("msgctxt", "msgid", "msgstr")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"\Z')
_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r"}
_ESCAPE = re.compile(r"\\(.)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class PoError(ValueError):
    """A catalogue that does not follow the format; the message names the line."""


def _unquote(token: str, line: int) -> str:
    found = _STRING.match(token)
    if found is None:
        raise PoError(f"line {line}: expected one quoted string, found {token[:40]!r}")

    def escape(match: re.Match[str]) -> str:
        if match.group(1) not in _ESCAPES:
            raise PoError(f"line {line}: unknown escape \\{match.group(1)}")
        return _ESCAPES[match.group(1)]

    return _ESCAPE.sub(escape, found.group(1))


class _Entry:
    """One entry being read: its strings by keyword, in the order msgctxt, msgid, msgstr."""

    def __init__(self, line: int, fuzzy: bool) -> None:
        self.line = line
        self.fuzzy = fuzzy
        self.parts: dict[str, list[str]] = {}
        self.last = ""

    @property
    def complete(self) -> bool:
        return "msgstr" in self.parts

    def add(self, keyword: str, text: str, line: int) -> None:
        expected = ("msgctxt", "msgid") if not self.parts else \
            ("msgid",) if self.last == "msgctxt" else ("msgstr",) if self.last == "msgid" else ()
        if keyword not in expected:
            raise PoError(f"line {line}: {keyword} out of place")
        self.parts[keyword] = [text]
        self.last = keyword

    def key_and_text(self) -> tuple[Key, str]:
        context = "".join(self.parts["msgctxt"]) if "msgctxt" in self.parts else None
        return (context, "".join(self.parts["msgid"])), "".join(self.parts["msgstr"])


def parse(text: str) -> dict[Key, str]:
    """The translations in a catalogue's text: ``{(msgctxt or None, msgid): msgstr}``."""
    result: dict[Key, str] = {}
    seen: set[Key] = set()
    entry: _Entry | None = None
    fuzzy = False

    def finish(number: int) -> None:
        nonlocal entry
        if entry is None:
            return
        if not entry.complete:
            raise PoError(f"line {number}: the entry of line {entry.line} has no msgstr")
        key, translated = entry.key_and_text()
        if key in seen:
            raise PoError(f"line {entry.line}: {key[1][:40]!r} is defined twice")
        seen.add(key)
        if key[1] and translated and not entry.fuzzy:
            result[key] = translated
        entry = None

    lines = text.split("\n")
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if _CONTROL.search(line):
            raise PoError(f"line {number}: a control character")
        if not line or line.startswith("#"):
            finish(number)
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in (flag.strip() for flag in line[2:].split(","))
        elif line.startswith('"'):
            if entry is None:
                raise PoError(f"line {number}: a string that continues nothing")
            entry.parts[entry.last].append(_unquote(line, number))
        else:
            keyword, _, rest = line.partition(" ")
            if keyword not in _KEYWORDS:
                raise PoError(f"line {number}: unknown keyword {keyword[:20]!r}")
            if entry is not None and entry.complete:
                finish(number)  # entries written without a blank line between them
            if entry is None:
                entry, fuzzy = _Entry(number, fuzzy), False
            entry.add(keyword, _unquote(rest.strip(), number), number)
    finish(len(lines))
    return result
