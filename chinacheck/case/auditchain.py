"""The audit trail as a hash chain, and the canonical JSON every ChinaCheck hash is taken over.

Each entry of a version 3 file carries ``prev``: the SHA-256 of the canonical JSON of the entry
before it (that entry's own ``prev`` included), or :data:`GENESIS` for the first. Deleting,
reordering, inserting or editing an entry then breaks the link of the entry after it, unless
every later link is recomputed too; a sign-off records the link it was made after
(``audit_head``), so that recomputing shows against it, and a sealed sign-off's digital
signature covers it (see docs/case-format.md).

The writer always writes the chain as computed over the trail in memory; what a file claimed is
kept on each read entry (``AuditEntry.prev``) so that :mod:`chinacheck.case.tamper` can compare.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

GENESIS = "0" * 64


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8 rather than ``\\u`` escapes, no NaN: one byte string
    per JSON value, whatever the layout of the file it came from."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()


def link(entry: dict[str, Any], prev: str) -> str:
    """The hash of one entry (its JSON form without ``prev``) chained after ``prev``."""
    return sha256({**entry, "prev": prev})


def chained(entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entries' JSON forms, each with the ``prev`` that links it to the one before."""
    out: list[dict[str, Any]] = []
    prev = GENESIS
    for entry in entries:
        bare = {key: value for key, value in entry.items() if key != "prev"}
        out.append({**bare, "prev": prev})
        prev = link(bare, prev)
    return out


def head(entries: Iterable[dict[str, Any]]) -> str:
    """The link an entry appended after ``entries`` gets as its ``prev``."""
    prev = GENESIS
    for entry in entries:
        prev = link({key: value for key, value in entry.items() if key != "prev"}, prev)
    return prev
