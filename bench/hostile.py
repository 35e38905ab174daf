"""The worst case file the loader's limits allow, for the hostile-input benchmark.

    python bench/hostile.py OUT.chinacheck   # writes it and prints its size

Every list at its largest count (chinacheck/case/limits.py); the JSON items left over go to
actions; then texts as long as their limits allow, field after field in the order the summary
prints them, until the file is as large as a case file may be. The texts mix words, long
compounds, Chinese names and markup characters, so that line breaking, font runs and escaping
all have work.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chinacheck.case import caseformat, limits  # noqa: E402
from chinacheck.case.examples import example_case  # noqa: E402
from chinacheck.guidance.content import load  # noqa: E402

AT = "2026-11-23T10:00:00+00:00"
WORDS = ("halfgeleiderindustrie samenwerking 王伟李娜 <b>&amp;</b> delegatie "
         "kwantumcomputers waterstofbussen 5G-netwerk ")
MARGIN = 64 * 1024  # below the file limit, for the JSON around the last text


def text(length: int) -> str:
    return (WORDS * (length // len(WORDS) + 1))[:length]


def _entry_items(entry: Any) -> int:
    """JSON items of one list entry, as the loader counts them."""
    return limits.json_items(json.dumps(entry).encode(), 0)


def worst_document() -> dict[str, Any]:
    """Every list as long as its limit allows, in the order the summary prints them, while the
    whole file's JSON items last; then texts as long as their limits allow."""
    doc = caseformat.to_dict(example_case())
    # Written as version 2, without the audit trail's hash chain: loading it links the chain
    # (the "prev" below only holds the room the link takes), and the file is written as the
    # current version.
    doc["schema_version"] = 2
    doc["title"] = text(limits.MAX_LINE_CHARS)
    items = [item.id for item in load().items()]
    unknown = (f"onbekend-punt-{n:05}" for n in range(limits.MAX_COUNTS["answers"]))
    entries: dict[str, Callable[[int], Any]] = {
        "counterparts": lambda n: {"name": f"p{n}", "organisation": "o", "role": "r",
                                   "notes": "n"},
        "intermediaries": lambda n: {"name": f"t{n}", "organisation": "o", "background": "b"},
        "topics": lambda n: f"halfgeleiders {n}",
        "signoffs": lambda n: {"name": "Zoë", "role": "opsteller", "decision": "doorgaan",
                               "signed_at": AT, "revision": 1, "fingerprint": "0" * 64,
                               "conditions": "", "statement": "s", "final": False},
        "conditions": lambda n: {"text": "c", "owner": "o", "due": None, "done": False,
                                 "revision": 1},
        "audit": lambda n: {"at": AT, "event": "answers-changed", "revision": 1,
                            "detail": {"items": ["need-own-goals"]}, "prev": "0" * 64},
    }
    # Room for what the benchmark's own export adds (one audit entry) and the texts' quotes.
    left = limits.MAX_JSON_ITEMS - limits.json_items(json.dumps(doc).encode(), 0) - 50
    doc["answers"], doc["audit"] = {}, []
    for key in ("counterparts", "intermediaries", "topics", "answers", "signoffs",
                "conditions", "audit"):
        if key == "answers":
            left = _fill_answers(doc["answers"], items, unknown, left)
            continue
        if key != "audit":
            doc[key] = []
        cost = _entry_items(entries[key](0))
        if key == "signoffs":  # each with the audit entry that records it, as ChinaCheck writes
            cost += _entry_items(_signed(entries[key](0)))
        limit = limits.MAX_COUNTS[key] - (5 if key == "audit" else 0)
        while len(doc[key]) < limit and left >= cost and len(doc["audit"]) < \
                limits.MAX_COUNTS["audit"] - 5:
            doc[key].append(entries[key](len(doc[key])))
            if key == "signoffs":
                doc["audit"].append(_signed(doc[key][-1]))
            left -= cost
    _lengthen(doc)
    return doc


def _signed(signoff: dict[str, Any]) -> dict[str, Any]:
    """The "signed" audit entry of a sign-off, as the tamper check expects it."""
    return {"at": signoff["signed_at"], "event": "signed", "revision": signoff["revision"],
            "detail": {key: signoff[key] for key in ("name", "role", "decision", "final",
                                                     "fingerprint")},
            "prev": "0" * 64}


def _fill_answers(answers: dict[str, Any], items: list[str], unknown: Iterator[str],
                  left: int) -> int:
    """Answers to every item and to unknown ones, up to their limit; then actions on each
    answer in turn, up to the limit per answer, while the items last."""
    answer = {"status": "deels", "note": "n", "actions": []}
    action = {"text": "a", "owner": "o", "due": "2027-01-01", "done": False}
    answer_cost, action_cost = _entry_items(answer) + 1, _entry_items(action)
    for item_id in [*items, *unknown][:limits.MAX_COUNTS["answers"]]:
        if left < answer_cost:
            break
        answers[item_id] = json.loads(json.dumps(answer))
        left -= answer_cost
    # Half of what is left goes to actions, spread over the answers; the rest to the lists
    # that follow.
    share = left // 2
    for value in answers.values():
        count = min(limits.MAX_ACTIONS, share // action_cost // max(1, len(answers)))
        value["actions"] = [dict(action) for _ in range(count)]
        left -= count * action_cost
    return left


def _fields(doc: dict[str, Any]) -> list[tuple[dict[str, Any] | list[Any], Any, int]]:
    """(container, key, limit) of every text, in the order the summary prints them."""
    line, long = limits.MAX_LINE_CHARS, limits.MAX_TEXT_CHARS
    fields: list[tuple[dict[str, Any] | list[Any], Any, int]] = [
        (doc, "organisation", line), (doc, "preparer", line), (doc, "decision", long)]
    for c in doc["counterparts"]:
        fields += [(c, "name", line), (c, "organisation", line), (c, "role", line),
                   (c, "notes", long)]
    for i in doc["intermediaries"]:
        fields += [(i, "name", line), (i, "organisation", line), (i, "background", long)]
    fields += [(doc["topics"], n, line) for n in range(len(doc["topics"]))]
    for answer in doc["answers"].values():
        fields.append((answer, "note", long))
        for action in answer["actions"]:
            fields += [(action, "text", long), (action, "owner", line)]
    fields.append((doc, "measures", long))
    for s in doc["signoffs"]:  # name and role as the audit trail recorded them
        fields.append((s, "statement", long))
    for c in doc["conditions"]:
        fields += [(c, "text", long), (c, "owner", line)]
    return fields


def _lengthen(doc: dict[str, Any]) -> None:
    size = len(caseformat.dumps(caseformat.from_dict(doc)))
    for container, key, limit in _fields(doc):
        room = caseformat.MAX_FILE_BYTES - MARGIN - size
        if room <= 0:
            break
        old = container[key]
        new = text(min(limit, len(old) + room // 2))  # a character may take two bytes or more
        container[key] = new
        size += len(json.dumps(new, ensure_ascii=False).encode()) - \
            len(json.dumps(old, ensure_ascii=False).encode())


def write(path: Path) -> int:
    raw = caseformat.dumps(caseformat.from_dict(worst_document()))
    assert len(raw) <= caseformat.MAX_FILE_BYTES
    path.write_bytes(raw)
    return len(raw)


if __name__ == "__main__":
    print(write(Path(sys.argv[1])))
