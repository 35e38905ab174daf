"""The organisation's register: one row per case in the case folder, for the exports.

Built from the library's listing (``chinacheck/storage/library.py``), so that 5 000 cases cost
what listing them costs. Each row says what the register shows of one case file:

- a readable case: its summary, with its next review computed with the settings' review
  periods and its review state on the day the register is made;
- an encrypted case: only what is outside the encryption, its neutral file name
  (``chinacheck/storage/neutral_name.py``) and the file's modification time, shown as
  "versleutelde zaak"; the app passes in the summaries of the cases it has unlocked, and those
  are shown as readable cases;
- a file that cannot be read: its file name and the reason.

Filters (``--due``, ``--phase``, ``--kind``) apply to what can be known of a case. An encrypted
case or an unreadable file is kept in a filtered register too, marked as such: a filter cannot
look inside it, and a register that silently leaves a case out would be wrong without saying so.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from chinacheck.case.lifecycle import ReviewState, review_state
from chinacheck.storage.library import (
    ActionSummary,
    BrokenCase,
    CaseSummary,
    EncryptedCase,
    LibraryEntry,
    list_cases,
)


class RowKind(StrEnum):
    CASE = "case"
    ENCRYPTED = "encrypted"
    BROKEN = "broken"


@dataclass(frozen=True)
class RegisterRow:
    file: str  # the file's name, never its folder
    row_kind: RowKind
    summary: CaseSummary | None = None  # for RowKind.CASE
    next_review: date | None = None
    review: ReviewState = ReviewState.NONE
    file_modified: datetime | None = None  # an encrypted case's: the file's own time
    reason: str = ""  # why a file cannot be read (translated when it was read)

    @property
    def actions(self) -> tuple[ActionSummary, ...]:
        return self.summary.actions if self.summary is not None else ()


@dataclass(frozen=True)
class Filters:
    due: bool = False  # review due or overdue
    phase: str | None = None
    kind: str | None = None

    @property
    def active(self) -> bool:
        return self.due or self.phase is not None or self.kind is not None

    def accepts(self, row: RegisterRow) -> bool:
        summary = row.summary
        if summary is None:  # nothing to filter on: kept (see the module's docstring)
            return True
        if self.phase is not None and summary.phase != self.phase:
            return False
        if self.kind is not None and summary.kind != self.kind:
            return False
        return not self.due or row.review in (ReviewState.DUE, ReviewState.OVERDUE)


@dataclass(frozen=True)
class Register:
    rows: tuple[RegisterRow, ...]
    today: date
    made: datetime  # when the register was made (local time, with its offset)
    filters: Filters = field(default_factory=Filters)

    @property
    def cases(self) -> list[RegisterRow]:
        return [row for row in self.rows if row.row_kind is RowKind.CASE]

    @property
    def encrypted(self) -> int:
        return sum(row.row_kind is RowKind.ENCRYPTED for row in self.rows)

    @property
    def broken(self) -> int:
        return sum(row.row_kind is RowKind.BROKEN for row in self.rows)

    def open_actions(self) -> list[tuple[RegisterRow, ActionSummary]]:
        """Every open action of the listed cases, by due date (undated last), then case."""
        found = [(row, action) for row in self.rows for action in row.actions]
        found.sort(key=lambda pair: (pair[1].due is None, pair[1].due or date.min,
                                     pair[0].summary.title if pair[0].summary else ""))
        return found


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime).astimezone()
    except (OSError, ValueError, OverflowError):
        return None


def row_for(entry: LibraryEntry, today: date,
            overrides: Mapping[str, int] | None = None) -> RegisterRow:
    name = entry.path.name
    if isinstance(entry, EncryptedCase):
        return RegisterRow(name, RowKind.ENCRYPTED, file_modified=_mtime(entry.path))
    if isinstance(entry, BrokenCase):
        return RegisterRow(name, RowKind.BROKEN, reason=entry.reason)
    review = entry.next_review(dict(overrides) if overrides else None)
    return RegisterRow(name, RowKind.CASE, entry, review, review_state(review, today))


def build(entries: Iterable[LibraryEntry], *, filters: Filters | None = None,
          today: date | None = None, overrides: Mapping[str, int] | None = None,
          unlocked: Sequence[CaseSummary] = (), made: datetime | None = None) -> Register:
    """The register of ``entries`` (a library listing), filtered.

    ``unlocked``: summaries of encrypted cases the app has open, shown instead of "versleutelde
    zaak" (matched by path). ``overrides``: the settings' review months per kind.
    """
    filters = filters or Filters()
    made = made or datetime.now().astimezone()
    today = today or made.date()
    opened = {os.path.abspath(s.path): s for s in unlocked}
    rows = []
    for entry in entries:
        if isinstance(entry, EncryptedCase):
            entry = opened.get(os.path.abspath(entry.path), entry)
        row = row_for(entry, today, overrides)
        if filters.accepts(row):
            rows.append(row)
    rows.sort(key=_order())
    return Register(tuple(rows), today, made, filters)


def _order() -> Callable[[RegisterRow], tuple[int, int, str, str]]:
    """Cases by kind (in the content's order) and title, then encrypted, then unreadable."""
    from chinacheck.guidance.content import load

    kinds = {kind: n for n, kind in enumerate(load().kind_ids)}

    def key(row: RegisterRow) -> tuple[int, int, str, str]:
        summary = row.summary
        if summary is None:
            return (1 if row.row_kind is RowKind.ENCRYPTED else 2, 0, "", row.file)
        return (0, kinds.get(summary.kind, len(kinds)), summary.title.casefold(), row.file)

    return key


def from_folder(folder: Path, *, filters: Filters | None = None, today: date | None = None,
                overrides: Mapping[str, int] | None = None) -> Register:
    """The register of a case folder (the library's index is kept for the case folder)."""
    return build(list_cases(folder), filters=filters, today=today, overrides=overrides)
