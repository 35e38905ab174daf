"""An action in the case file (an answer's, a debrief entry's): written and read in one place."""

from __future__ import annotations

from typing import Any

from chinacheck.case.model import Action
from chinacheck.jsonreader import Reader


def action_dict(a: Action) -> dict[str, Any]:
    return {"text": a.text, "owner": a.owner, "due": a.due.isoformat() if a.due else None,
            "done": a.done}


def read_actions(r: Reader, raw: Any, where: str) -> list[Action]:
    """The list at ``{where}actions``; every failure names its field."""
    actions = []
    for n, item in enumerate(r.lst(raw, f"{where}actions")):
        awhere = f"{where}actions[{n}]."
        obj = r.obj(item, awhere[:-1])
        actions.append(Action(text=r.text(obj, "text", awhere, required=True),
                              owner=r.text(obj, "owner", awhere), due=r.date(obj, "due", awhere),
                              done=r.flag(obj, "done", awhere)))
    return actions
