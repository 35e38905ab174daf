"""The version 6 part of the case file: the content packs a case was answered against.

``"content_packs": ["nctv-decentrale-contacten-china@2026.01-1", "gemeente-x@1"]``,
``"reconfirm": ["need-own-goals"]`` and ``"withdrawn": {"item-id": {"text": "…", "number":
"1.4", "pack": "id@version"}}``. Each key is written only when it holds something, so a case
on the bundled brochure is stored (and fingerprinted) exactly as before. See chinacheck.case.packs.
"""

from __future__ import annotations

import re
from typing import Any

from chinacheck.case.model import Case, WithdrawnItem
from chinacheck.i18n import _
from chinacheck.jsonreader import Reader, shown

KEYS = ("content_packs", "reconfirm", "withdrawn")
MAX_PACKS = 16
MAX_ITEMS = 1000
MAX_TEXT = 20_000
_REF = re.compile(r"[a-z0-9][a-z0-9._-]{0,79}@[a-z0-9][a-z0-9._-]{0,79}")
_ITEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


def to_dict(case: Case) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if case.content_packs:
        data["content_packs"] = list(case.content_packs)
    if case.reconfirm:
        data["reconfirm"] = sorted(set(case.reconfirm))
    if case.withdrawn:
        data["withdrawn"] = {item: {"text": w.text, "number": w.number, "pack": w.pack}
                             for item, w in sorted(case.withdrawn.items())}
    return data


def _strings(r: Reader, data: dict[str, Any], key: str, pattern: re.Pattern[str],
             limit: int) -> list[str]:
    values = r.lst(data.get(key, []), key)
    if len(values) > limit:
        raise r.fail(key, _("te veel waarden ({count}; hoogstens {limit})").format(
            count=len(values), limit=limit))
    for number, value in enumerate(values):
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise r.fail(f"{key}[{number}]", _("ongeldige waarde {value}").format(
                value=shown(value)))
    if len(set(values)) != len(values):
        raise r.fail(key, _("een waarde staat er twee keer in"))
    return list(values)


def from_dict(r: Reader, data: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments for Case(...) read from a current-version document."""
    withdrawn: dict[str, WithdrawnItem] = {}
    raw = r.obj(data.get("withdrawn", {}), "withdrawn")
    if len(raw) > MAX_ITEMS:
        raise r.fail("withdrawn", _("te veel vervallen vragen"))
    for item, value in raw.items():
        where = f"withdrawn[{shown(item)}]"
        if not _ITEM.fullmatch(item):
            raise r.fail(where, _("geen geldige vraag-id"))
        obj = r.obj(value, where)
        text = r.text(obj, "text", f"{where}.", required=True)
        if len(text) > MAX_TEXT:
            raise r.fail(f"{where}.text", _("te lang"))
        pack = r.text(obj, "pack", f"{where}.")
        if pack and not _REF.fullmatch(pack):
            raise r.fail(f"{where}.pack", _("geen pakketaanduiding (id@versie)"))
        withdrawn[item] = WithdrawnItem(text, r.text(obj, "number", f"{where}.")[:20], pack)
    return {
        "content_packs": _strings(r, data, "content_packs", _REF, MAX_PACKS),
        "reconfirm": _strings(r, data, "reconfirm", _ITEM, MAX_ITEMS),
        "withdrawn": withdrawn,
    }


def migrate_5_to_6(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 records the content packs; a version-5 case was answered against the bundled
    brochure at its ``content_version``, which is what no ``content_packs`` means, so nothing
    changes. (The save that writes the upgraded file adds a "migrated" entry.)"""
    return dict(data)
