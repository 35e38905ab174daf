"""Limits on what a case file may hold, so that every file costs a bounded time and memory.

Each limit is far above real use (a large real case has some fifty counterparts, a few hundred
audit entries and notes of a few thousand characters) and far below what would make loading,
showing or exporting a file slow. A file beyond any of them is refused with one line naming the
field; see docs/case-format.md, "Limits".

Three checks, in the order a load meets them:

1. :func:`check_json_items`, on the raw bytes before they are parsed: the number of JSON items
   (values and object keys), so that a file of millions of tiny values (``[[],[],…]``) is refused
   before Python builds millions of objects from it;
2. :func:`check_document`, on the parsed document: nesting depth, and the length of every text
   and key;
3. :func:`check_counts`, on a current-version document: how many counterparts, answers, audit
   entries … it holds.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from chinacheck.errors import CaseFileError
from chinacheck.i18n import N_, _, translate
from chinacheck.jsonreader import shown

MAX_JSON_ITEMS = 100_000  # values and keys in one file (see check_json_items)
MAX_NESTING = 64  # lists and objects inside each other
MAX_LINE_CHARS = 1_000  # a one-line text: a title, a name, a role, an owner, a topic; a key
MAX_TEXT_CHARS = 100_000  # any other text: a note, the measures, a statement (~30 pages)

# Texts that are one line (names, titles), by the key they are stored under; every other text,
# known or not, may be MAX_TEXT_CHARS long.
LINE_KEYS = frozenset({
    "id", "title", "kind", "organisation", "preparer", "name", "role", "owner", "topics",
    "content_version", "fingerprint", "format", "event", "status", "phase", "category",
    "handling",
})

# How many entries each list (or, for answers, object) of a case may hold.
MAX_COUNTS = {
    "counterparts": 1_000,
    "intermediaries": 1_000,
    "topics": 1_000,
    "answers": 1_000,
    "signoffs": 1_000,
    "conditions": 1_000,
    "audit": 5_000,
    "debrief": 1_000,
}
MAX_ACTIONS = 1_000  # per answer
MAX_SEALS = 50  # sealed sign-offs: each costs a signature check on every load

# The names of the lists in messages.
_NOUNS = {
    "counterparts": N_("gesprekspartners"), "intermediaries": N_("tussenpersonen"),
    "topics": N_("onderwerpen"), "answers": N_("antwoorden"), "signoffs": N_("aftekeningen"),
    "conditions": N_("voorwaarden"), "audit": N_("logboekregels"), "actions": N_("acties"),
    "seals": N_("verzegelde aftekeningen"), "debrief": N_("nazorgregels"),
}

# A JSON string, with its escapes; what is left outside them is structure.
_STRING = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_STRUCTURE = (b"[", b"{", b",", b":")


def json_items(raw: bytes, limit: int) -> int:
    """How many JSON items ``raw`` holds, counted without parsing it: one for the document and
    one for each ``[``, ``{``, ``,`` and ``:`` outside strings. That is every value and every
    object key, with an empty list or object counted twice, so never fewer than the parsed
    document has. Counting stops being exact above ``limit``: any number above it is returned
    as soon as it is certain.
    """
    # Brackets, commas and colons inside strings only make this first count too high: when
    # it is within the limit, so is the exact count, and no string needs to be skipped.
    upper = 1 + sum(raw.count(token) for token in _STRUCTURE)
    if upper <= limit:
        return upper
    structure = _STRING.sub(b"", raw)
    return 1 + sum(structure.count(token) for token in _STRUCTURE)


def check_json_items(raw: bytes, path: Path | None, limit: int = MAX_JSON_ITEMS) -> None:
    """Refuse a file with more than ``limit`` JSON items, before it is parsed."""
    count = json_items(raw, limit)
    if count > limit:
        raise CaseFileError(path, _("te veel JSON-waarden ({count}; hooguit {limit}): geen "
                                    "ChinaCheck-zaak van deze omvang").format(count=count,
                                                                             limit=limit))


def check_document(data: Any, path: Path | None) -> None:
    """Refuse a parsed document nested deeper than MAX_NESTING, or with a text or key longer
    than its limit; the message names the first such field."""
    if _first_problem(data, with_paths=False) is None:
        return
    found = _first_problem(data, with_paths=True)
    assert found is not None
    where, problem = found
    if not where:
        raise CaseFileError(path, problem)
    raise CaseFileError(path, _("veld {field}: {problem}").format(field=shown(where),
                                                                   problem=problem))


def _first_problem(data: Any, *, with_paths: bool) -> tuple[str, str] | None:
    """(field path, problem) of the first value over a limit, or None. Without paths the walk
    only says whether there is one (cheaper: no path is built for a file that passes)."""
    line, text = MAX_LINE_CHARS, MAX_TEXT_CHARS
    # Containers only: texts are checked where they are met, numbers are skipped.
    stack: list[tuple[Any, int, str, str]] = [(data, 0, "", "")]
    while stack:
        node, depth, key, where = stack.pop()
        if depth >= MAX_NESTING:
            return ("", _("JSON is te diep genest"))
        if isinstance(node, dict):
            for name, value in node.items():
                inner = (f"{where}.{name}" if where else name) if with_paths else ""
                if len(name) > line:
                    return (inner, _("sleutel te lang ({count} tekens; hooguit {limit})")
                            .format(count=len(name), limit=line))
                if isinstance(value, str):
                    limit = line if name in LINE_KEYS else text
                    if len(value) > limit:
                        return (inner, _too_long(value, limit))
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1, name, inner))
        elif isinstance(node, list):
            limit = line if key in LINE_KEYS else text
            for n, value in enumerate(node):
                if isinstance(value, str):
                    if len(value) > limit:
                        return (f"{where}[{n}]" if with_paths else "", _too_long(value, limit))
                elif isinstance(value, dict | list):
                    stack.append((value, depth + 1, key, f"{where}[{n}]" if with_paths else ""))
    return None


def _too_long(value: str, limit: int) -> str:
    return _("tekst te lang ({count} tekens; hooguit {limit})").format(count=len(value),
                                                                      limit=limit)


def check_counts(data: dict[str, Any], path: Path | None) -> None:
    """Refuse a current-version document whose lists hold more entries than allowed. Values of
    the wrong type are left to the loader, which names them."""
    for key, limit in MAX_COUNTS.items():
        value = data.get(key)
        if isinstance(value, list | dict) and len(value) > limit:
            raise CaseFileError(path, _too_many(key, key, len(value), limit))
    signoffs = data.get("signoffs")
    if isinstance(signoffs, list):
        sealed = sum(1 for s in signoffs if isinstance(s, dict) and "seal" in s)
        if sealed > MAX_SEALS:
            raise CaseFileError(path, _too_many("signoffs", "seals", sealed, MAX_SEALS))
    answers = data.get("answers")
    if isinstance(answers, dict):
        for item_id, answer in answers.items():
            actions = answer.get("actions") if isinstance(answer, dict) else None
            if isinstance(actions, list) and len(actions) > MAX_ACTIONS:
                where = f"answers[{item_id}].actions"
                raise CaseFileError(path, _too_many(where, "actions", len(actions), MAX_ACTIONS))
    debrief = data.get("debrief")
    if isinstance(debrief, list):
        for n, entry in enumerate(debrief):
            actions = entry.get("actions") if isinstance(entry, dict) else None
            if isinstance(actions, list) and len(actions) > MAX_ACTIONS:
                raise CaseFileError(path, _too_many(f"debrief[{n}].actions", "actions",
                                                    len(actions), MAX_ACTIONS))


def _too_many(where: str, key: str, count: int, limit: int) -> str:
    return _("veld {field}: te veel {what} ({count}; hooguit {limit})").format(
        field=shown(where), what=translate(_NOUNS[key]), count=count, limit=limit)
