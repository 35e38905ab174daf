"""The dates and times a case may hold, and their local time that cannot fail.

Python's ``datetime`` stops at the years 1 and 9999: a time such as
``9999-12-31T23:59:59-23:59`` parses, but converting it to UTC or to local time overflows, and
on Windows the local time of a moment outside 1970–3000 fails as well. A loaded case therefore
holds only dates from :data:`MIN_YEAR` to :data:`MAX_YEAR` (times checked after converting to
UTC, see docs/case-format.md), and :func:`local` falls back to UTC where the platform cannot
give a local time, so that no renderer and no view of the app can overflow on a loaded case.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.i18n import _
from chinacheck.jsonreader import shown as _shown

MIN_YEAR, MAX_YEAR = 1900, 9998
_FIRST = datetime(MIN_YEAR, 1, 1, tzinfo=UTC)
_AFTER = datetime(MAX_YEAR + 1, 1, 1, tzinfo=UTC)


def date_ok(value: date) -> bool:
    return MIN_YEAR <= value.year <= MAX_YEAR


def moment_ok(value: datetime) -> bool:
    """Whether an aware time lies in the range once converted to UTC (compared, not converted:
    converting is what overflows)."""
    return value.tzinfo is not None and _FIRST <= value < _AFTER


def local(value: datetime) -> datetime:
    """``value`` in the computer's local time; in UTC where the platform has no local time
    for it; as it is where not even UTC can hold it (a time from outside a case file, such as
    a PDF's signing time)."""
    for zone in (None, UTC):
        try:
            return value.astimezone(zone)
        except (OverflowError, OSError, ValueError):
            continue
    return value


def _fields(case: Case) -> Iterator[tuple[str, date | datetime | None]]:
    """Every date and time of a case, with the field name the file uses."""
    yield "created", case.created
    yield "modified", case.modified
    yield "start_date", case.start_date
    yield "end_date", case.end_date
    for item_id, answer in sorted(case.answers.items()):
        for n, action in enumerate(answer.actions):
            yield f"answers[{_shown(item_id)}].actions[{n}].due", action.due
    for n, signed in enumerate(case.signoffs):
        yield f"signoffs[{n}].signed_at", signed.signed_at
    for n, condition in enumerate(case.conditions):
        yield f"conditions[{n}].due", condition.due
    for n, entry in enumerate(case.audit):
        yield f"audit[{n}].at", entry.at


def check(case: Case, path: Path | None = None) -> None:
    """Refuse a case holding a date or time outside the range (CaseFileError, one line)."""
    for where, value in _fields(case):
        if value is None:
            continue
        shown = value.isoformat()[:40]
        if isinstance(value, datetime):
            if moment_ok(value):
                continue
            problem = _("tijdstip buiten het bereik {first}–{last} (in UTC): {value}")
        elif date_ok(value):
            continue
        else:
            problem = _("datum buiten het bereik {first}–{last}: {value}")
        problem = problem.format(first=MIN_YEAR, last=MAX_YEAR, value=shown)
        raise CaseFileError(path, _("veld '{field}': {problem}").format(field=where,
                                                                        problem=problem))
