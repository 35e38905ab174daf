"""The language of the command line's messages and of generated PDFs: Dutch or English.

Messages are written in Dutch in the code. In English mode, :func:`translate` looks each one up
in ``resources/i18n/messages_en.json``: exact texts first, then templates whose ``{name}``
placeholders match any text (``{msg_…}`` placeholders are themselves translated, so nested
messages such as "FILE: problem" come out whole). A message with no entry stays Dutch.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

LANGUAGES = ("nl", "en")
_language = "nl"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "nl"


def language() -> str:
    return _language


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{\w+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", p) else re.escape(p)
                    for p in parts)
    return re.compile(f"^{regex}$", re.DOTALL)


@cache
def _catalogue(lang: str) -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    from chinacheck.resource_files import read_text

    raw: dict[str, Any] = json.loads(read_text(f"i18n/messages_{lang}.json"))
    patterns = [(_pattern(dutch), english) for dutch, english in raw.get("templates", {}).items()]
    # Longer templates first: the most specific one wins.
    patterns.sort(key=lambda item: -len(item[0].pattern))
    return dict(raw.get("exact", {})), patterns


def translate(text: str, lang: str | None = None) -> str:
    lang = lang or _language
    if lang == "nl" or not text:
        return text
    exact, patterns = _catalogue(lang)
    if text in exact:
        return exact[text]
    for pattern, english in patterns:
        found = pattern.match(text)
        if found:
            values = {name: translate(value, lang) if name.startswith("msg") else value
                      for name, value in found.groupdict().items()}
            return english.format(**values)
    return text


def _(text: str) -> str:
    """Mark a fixed message for translation and translate it now."""
    return translate(text)
