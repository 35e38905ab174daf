"""The register as a table (the columns the spreadsheet formats share), as CSV and as JSON.

Every text in the register may be hostile: a title typed as ``=HYPERLINK(…)``, a bidi override
that makes a cell read backwards, a control character. The spreadsheet formats show text as
text (:func:`shown`: control characters, bidi embeddings, overrides and isolates written as
a visible ``[U+202E]``, as the PDFs print what they cannot draw), and CSV, which has no cell
types, guards every cell that a spreadsheet would read as a formula (:func:`csv_cell`, after
OWASP's advice on CSV injection). JSON is data: its texts are exactly what the cases hold.

The register's JSON format is documented in docs/register.md; its keys are a promise.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from chinacheck.case.lifecycle import ReviewState, phase_label
from chinacheck.guidance.content import Content
from chinacheck.guidance.content import load as load_content
from chinacheck.i18n import N_, translate
from chinacheck.storage.library import CaseSummary
from chinacheck.storage.register import Register, RegisterRow, RowKind

JSON_FORMAT = "chinacheck-register"
JSON_VERSION = 1
CSV_DELIMITER = ";"  # what Dutch Excel splits on when it opens a .csv
# A spreadsheet cell holds at most 32 767 characters; the register cuts a longer text (only an
# end's reason can be that long) and says so with an ellipsis.
MAX_CELL = 32_000

WORDS: dict[str, str] = {
    "doc": N_("Overzicht contacten met China"),
    "sheet-cases": N_("Zaken"),
    "sheet-actions": N_("Open acties"),
    "col-kind": N_("Soort"),
    "col-title": N_("Titel"),
    "col-organisation": N_("Organisatie"),
    "col-phase": N_("Fase"),
    "col-decision": N_("Besluit"),
    "col-decided-on": N_("Besloten op"),
    "col-start": N_("Begindatum"),
    "col-end": N_("Einddatum"),
    "col-risk": N_("Totaalrisico"),
    "col-next-review": N_("Volgende herbeoordeling"),
    "col-review-state": N_("Herbeoordeling"),
    "col-open-actions": N_("Open acties"),
    "col-answered": N_("Beantwoord"),
    "col-total": N_("Punten"),
    "col-revision": N_("Revisie"),
    "col-ended-on": N_("Beëindigd op"),
    "col-ended-reason": N_("Reden van beëindigen"),
    "col-preparer": N_("Opgesteld door"),
    "col-modified": N_("Laatst gewijzigd"),
    "col-id": N_("Zaak-id"),
    "col-file": N_("Bestand"),
    "col-case": N_("Zaak"),
    "col-action": N_("Actie"),
    "col-owner": N_("Eigenaar"),
    "col-due": N_("Uiterlijk"),
    "col-overdue": N_("Te laat"),
    "yes": N_("ja"),
    "no": N_("nee"),
    "encrypted": N_("versleutelde zaak"),
    "broken": N_("onleesbaar bestand: {reason}"),
    "review-overdue": N_("te laat"),
    "review-due": N_("binnenkort"),
    "review-scheduled": N_("gepland"),
    "col-period": N_("Periode"),
    "pdf-state": N_("Stand op {date}: {cases} zaken."),
    "pdf-reviews": N_("Herbeoordelingen te laat: {overdue}; binnenkort: {due}."),
    "pdf-filter": N_("Alleen: {filters}."),
    "pdf-filter-kind": N_("soort {kind}"),
    "pdf-filter-phase": N_("fase {phase}"),
    "pdf-filter-due": N_("herbeoordeling binnenkort of te laat"),
    "pdf-unreadable": N_("Versleutelde zaken: {encrypted}; onleesbare bestanden: {broken} "
                         "(achteraan, alleen met hun bestandsnaam; een filter kan er niet in "
                         "kijken)."),
    "pdf-group": N_("{kind} ({count})"),
    "pdf-group-other": N_("Versleutelde zaken en onleesbare bestanden ({count})"),
    "pdf-empty": N_("Geen zaken."),
}

_REVIEW_WORDS = {ReviewState.OVERDUE: "review-overdue", ReviewState.DUE: "review-due",
                 ReviewState.SCHEDULED: "review-scheduled"}
# Characters that would act instead of being shown: C0 and C1 controls but tab and line end,
# and the bidi embeddings, overrides and isolates (a cell would read in another order).
_ACTING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A spreadsheet reads a cell that starts with one of these (after any blanks) as a formula.
_FORMULA = re.compile(r"\A[\s]*[=+\-@]|\A[\t\r]")


def word(key: str, language: str, **values: object) -> str:
    text = translate(WORDS[key], language)
    return text.format(**values) if values else text


def shown(text: str) -> str:
    """User text as a spreadsheet cell shows it: line ends as ``\\n``, every acting character
    as its code point, at most :data:`MAX_CELL` characters."""
    if text.isprintable() and len(text) <= MAX_CELL:  # no control or bidi character at all
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ACTING.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def csv_cell(text: str) -> str:
    """A text cell for CSV: a cell a spreadsheet would take for a formula gets a leading
    apostrophe, which makes it text (OWASP, "CSV Injection")."""
    if not text or (text[0] not in "=+-@" and not text[0].isspace()):
        return text  # the common case, without the regular expression
    return "'" + text if _FORMULA.match(text) else text


@dataclass(frozen=True)
class Column:
    key: str  # the WORDS key of its header
    kind: str  # "text", "date", "datetime", "int"
    width: float  # in characters, for the spreadsheet
    value: Callable[[RegisterRow, Labeller], Any]


class Labeller:
    """Our words for the register's values (kinds, phases, decisions, risks) in one language."""

    def __init__(self, language: str, content: Content | None = None) -> None:
        from chinacheck.reports.labels import Labels

        self.language = language
        self.content = content or load_content()
        self.labels = Labels(language)
        self._words: dict[tuple[str, str], str] = {}  # (what, value) → label: 5 000 rows

    def __call__(self, key: str, **values: object) -> str:
        return word(key, self.language, **values)

    def _cached(self, what: str, value: str, make: Callable[[], str]) -> str:
        found = self._words.get((what, value))
        if found is None:
            found = self._words[(what, value)] = make()
        return found

    def kind(self, kind_id: str) -> str:
        def make() -> str:
            kind = self.content.kind(kind_id)
            if kind is None:
                return kind_id
            return str(kind.label if self.language == "nl" else kind.label_en)

        return self._cached("kind", kind_id, make)

    def phase(self, phase: str) -> str:
        return self._cached("phase", phase, lambda: phase_label(phase, self.language))

    def decision(self, decision: str) -> str:
        if not decision:
            return ""
        return self._cached("decision", decision,
                            lambda: self.labels.get(f"decision-{decision}", decision))

    def risk(self, summary: CaseSummary) -> str:
        value = summary.risk.value
        return self._cached("risk", value, lambda: self.labels.get(f"risk-{value}", value))

    def review(self, state: ReviewState) -> str:
        key = _REVIEW_WORDS.get(state)
        return self(key) if key else ""

    def title(self, row: RegisterRow) -> str:
        if row.summary is not None:
            return row.summary.title
        if row.row_kind is RowKind.ENCRYPTED:
            return self("encrypted")
        return self("broken", reason=row.reason)


def _s(get: Callable[[CaseSummary], Any]) -> Callable[[RegisterRow, Labeller], Any]:
    return lambda row, _t: get(row.summary) if row.summary is not None else None


def _modified(row: RegisterRow, _t: Labeller) -> datetime | None:
    return row.summary.modified if row.summary is not None else row.file_modified


COLUMNS: tuple[Column, ...] = (
    Column("col-kind", "text", 20, lambda r, t: t.kind(r.summary.kind) if r.summary else ""),
    Column("col-title", "text", 40, lambda r, t: t.title(r)),
    Column("col-organisation", "text", 24, _s(lambda s: s.organisation)),
    Column("col-phase", "text", 14, lambda r, t: t.phase(r.summary.phase) if r.summary else ""),
    Column("col-decision", "text", 24,
           lambda r, t: t.decision(r.summary.decision) if r.summary else ""),
    Column("col-decided-on", "date", 12, _s(lambda s: s.decided_on)),
    Column("col-start", "date", 12, _s(lambda s: s.start_date)),
    Column("col-end", "date", 12, _s(lambda s: s.end_date)),
    Column("col-risk", "text", 14, lambda r, t: t.risk(r.summary) if r.summary else ""),
    Column("col-next-review", "date", 14, lambda r, _t: r.next_review),
    Column("col-review-state", "text", 14, lambda r, t: t.review(r.review)),
    Column("col-open-actions", "int", 10, _s(lambda s: s.open_actions)),
    Column("col-answered", "int", 10, _s(lambda s: s.answered)),
    Column("col-total", "int", 8, _s(lambda s: s.total)),
    Column("col-revision", "int", 8, _s(lambda s: s.revision)),
    Column("col-ended-on", "date", 12, _s(lambda s: s.ended_on)),
    Column("col-ended-reason", "text", 30, _s(lambda s: s.ended_reason)),
    Column("col-preparer", "text", 20, _s(lambda s: s.preparer)),
    Column("col-modified", "datetime", 17, _modified),
    Column("col-id", "text", 37, _s(lambda s: s.id)),
    Column("col-file", "text", 30, lambda r, _t: r.file),
)

ACTION_COLUMNS = ("col-case", "col-action", "col-owner", "col-due", "col-overdue", "col-id")


def action_rows(register: Register, t: Labeller) -> list[tuple[str, str, str, date | None, bool,
                                                               str]]:
    """Every open action: case title, action, owner, due date, overdue, case id."""
    return [(row.summary.title if row.summary else row.file, action.text, action.owner,
             action.due, action.due is not None and action.due < register.today,
             row.summary.id if row.summary else "")
            for row, action in register.open_actions()]


# --- CSV -------------------------------------------------------------------------------------

def _csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        return str(value.isoformat())
    if kind == "datetime":
        # Local time without offset, to the minute: what a spreadsheet reads as a date and time.
        return str(value.strftime("%Y-%m-%d %H:%M"))
    if kind == "int":
        return str(value)
    return csv_cell(shown(str(value)))


def render_csv(register: Register, *, language: str = "nl",
               delimiter: str = CSV_DELIMITER) -> bytes:
    """UTF-8 with a byte order mark (so that Excel reads it as UTF-8), ``delimiter`` between
    the cells, every cell that holds a delimiter, quote or line end quoted."""
    w = Labeller(language)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow([csv_cell(w(c.key)) for c in COLUMNS])
    for row in register.rows:
        writer.writerow([_csv_value(c.value(row, w), c.kind) for c in COLUMNS])
    return out.getvalue().encode("utf-8-sig")


# --- JSON ------------------------------------------------------------------------------------

def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _json_row(row: RegisterRow, today: date) -> dict[str, Any]:
    s = row.summary
    entry: dict[str, Any] = {
        "file": row.file, "status": row.row_kind.value,
        "reason": row.reason or None,
        "id": None, "title": None, "kind": None, "organisation": None, "preparer": None,
        "phase": None, "decision": None, "decided_on": None, "start_date": None,
        "end_date": None, "ended_on": None, "ended_reason": None, "risk": None,
        "next_review": _iso(row.next_review),
        "review_state": row.review.value if s is not None else None,
        "answered": None, "total": None, "open_actions": None, "revision": None,
        "locked": None, "debrief_entries": None,
        "modified": _iso(s.modified if s is not None else row.file_modified),
        "actions": [],
    }
    if s is not None:
        entry.update({
            "id": s.id, "title": s.title, "kind": s.kind, "organisation": s.organisation,
            "preparer": s.preparer, "phase": s.phase, "decision": s.decision or None,
            "decided_on": _iso(s.decided_on), "start_date": _iso(s.start_date),
            "end_date": _iso(s.end_date), "ended_on": _iso(s.ended_on),
            "ended_reason": s.ended_reason or None, "risk": s.risk.value,
            "answered": s.answered, "total": s.total, "open_actions": s.open_actions,
            "revision": s.revision, "locked": s.locked, "debrief_entries": s.debrief_entries,
            "actions": [{"text": a.text, "owner": a.owner, "due": _iso(a.due),
                         "overdue": a.due is not None and a.due < today, "source": a.source}
                        for a in s.actions],
        })
    return entry


def render_json(register: Register) -> bytes:
    f = register.filters
    data = {
        "format": JSON_FORMAT, "version": JSON_VERSION,
        "made": register.made.isoformat(timespec="seconds"),
        "today": register.today.isoformat(),
        "filters": {"due": f.due, "phase": f.phase, "kind": f.kind},
        "cases": [_json_row(row, register.today) for row in register.rows],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
