"""The version 5 part of the case file: the Woo markings (see :mod:`chinacheck.case.woo`).

``"woo": {"counterparts/0/notes": {"grounds": ["5.1.2e"], "digest": "…"}, …}``: a passage path
to its grounds and the digest of the text it was marked on; no grounds is an explicit unmark.
Like the conditions, the markings are kept outside the fingerprint. Every value is checked and
every failure names its field.
"""

from __future__ import annotations

import re
from typing import Any

from chinacheck.case.model import Case, WooMark
from chinacheck.guidance.woo_grounds import valid_code
from chinacheck.i18n import _
from chinacheck.jsonreader import Reader, shown

KEYS = ("woo",)
MAX_MARKS = 5000
MAX_PATH_CHARS = 200
MAX_GROUNDS = 16
_DIGEST = re.compile(r"[0-9a-f]{16}")
_PATH = re.compile(r"[a-z_]+(/[^/\s]{1,120}){0,4}")


def to_dict(case: Case) -> dict[str, Any]:
    return {"woo": {path: {"grounds": list(mark.grounds), "digest": mark.digest}
                    for path, mark in sorted(case.woo.items())}}


def from_dict(r: Reader, data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments for Case(...) read from a current-version document."""
    raw = r.obj(data.get("woo", {}), "woo")
    if len(raw) > MAX_MARKS:
        raise r.fail("woo", _("te veel markeringen ({count}; hoogstens {limit})").format(
            count=len(raw), limit=MAX_MARKS))
    marks: dict[str, WooMark] = {}
    for path, value in raw.items():
        where = f"woo[{shown(path)}]"
        if len(path) > MAX_PATH_CHARS or not _PATH.fullmatch(path):
            raise r.fail(where, _("geen geldig passagepad"))
        obj = r.obj(value, where)
        grounds = r.lst(obj.get("grounds"), f"{where}.grounds")
        if len(grounds) > MAX_GROUNDS or not all(isinstance(g, str) and valid_code(g)
                                                 for g in grounds):
            raise r.fail(f"{where}.grounds", _("geen geldige Woo-gronden"))
        found = r.text(obj, "digest", f"{where}.", required=True)
        if not _DIGEST.fullmatch(found):
            raise r.fail(f"{where}.digest", _("geen geldige controlewaarde"))
        marks[path] = WooMark(list(grounds), found)
    return {"woo": marks}


def migrate_4_to_5(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 adds the Woo markings: an older case has none (the defaults for names apply).
    (The save that writes the upgraded file adds a "migrated" entry.)"""
    return {**data, "woo": {}}
