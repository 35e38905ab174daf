"""The life of the case in the case summary: its phase and next review among the case details,
and the "Nazorg" section listing the debrief of a trip or visit.

Every text of the case is user text and printed escaped (``blocks.p``/``data_table``); the
category and handling names are ChinaCheck's own wording (resources/workflow/debrief.json).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reportlab.platypus import Flowable

from chinacheck.case import lifecycle
from chinacheck.case.model import Case, DebriefEntry
from chinacheck.i18n import N_, translate
from chinacheck.reports.blocks import data_table, heading, p
from chinacheck.reports.labels import Labels
from chinacheck.reports.styles import Styles

_LABELS = {
    "field-phase": N_("Fase"),
    "field-next-review": N_("Volgende herbeoordeling"),
    "review-overdue": N_("{date} (te laat)"),
    "review-due": N_("{date} (binnenkort)"),
    "ended": N_("{phase}: op {date}, reden: {reason}"),
    "debrief": N_("Nazorg"),
    "debrief-intro": N_("Wat er tijdens de reis of het bezoek is gebeurd en wat ermee is "
                        "gedaan. De categorieën zijn de indeling van ChinaCheck, geen advies "
                        "van de NCTV."),
    "debrief-none": N_("Nog geen nazorgregels."),
    "col-category": N_("Categorie"),
    "col-date": N_("Datum"),
    "col-note": N_("Toelichting"),
    "col-handling": N_("Afhandeling"),
    "col-follow-up": N_("Vervolgacties"),
    "electronic": N_("elektronisch"),
    "action-done": N_("afgerond"),
    "action-owner": N_("door {owner}"),
    "action-due": N_("uiterlijk {date}"),
}


def _t(t: Labels, key: str, **values: object) -> str:
    text = translate(_LABELS[key], t.language)
    return text.format(**values) if values else text


def lifecycle_rows(t: Labels, case: Case,
                   review_months: Mapping[str, int] | None = None,
                   today: date | None = None) -> list[tuple[str, str]]:
    """The phase (with the end of an ended tie) and the next review, for the case details;
    the review months default to the settings' (as the app shows them)."""
    if review_months is None:
        review_months = _settings_months()
    phase = lifecycle.phase_label(case.phase, t.language)
    if case.ended is not None:
        phase = _t(t, "ended", phase=phase, date=t.date(case.ended.on),
                   reason=case.ended.reason)
    rows = [(_t(t, "field-phase"), phase)]
    review = lifecycle.next_review(case, review_months)
    if review is not None:
        state = lifecycle.review_state(review, today or date.today())
        shown = t.date(review)
        if state is lifecycle.ReviewState.OVERDUE:
            shown = _t(t, "review-overdue", date=shown)
        elif state is lifecycle.ReviewState.DUE:
            shown = _t(t, "review-due", date=shown)
        rows.append((_t(t, "field-next-review"), shown))
    return rows


def _settings_months() -> Mapping[str, int]:
    from chinacheck.storage import settings

    return settings.load().review_months


def _actions(t: Labels, entry: DebriefEntry) -> str:
    lines = []
    for action in entry.actions:
        extra = [_t(t, "action-owner", owner=action.owner)] if action.owner else []
        if action.due is not None:
            extra.append(_t(t, "action-due", date=t.date(action.due)))
        if action.done:
            extra.append(_t(t, "action-done"))
        lines.append("• " + action.text + (f" ({', '.join(extra)})" if extra else ""))
    return "\n".join(lines)


def debrief_section(t: Labels, case: Case, width: float, st: Styles) -> list[Flowable]:
    """The "Nazorg" section; nothing for a kind of case without a debrief that has none."""
    if not case.debrief and not lifecycle.needs_debrief(case.kind):
        return []
    rules = lifecycle.rules()
    out: list[Flowable] = [*heading(_t(t, "debrief"), st.h1), p(_t(t, "debrief-intro"), st.muted)]
    if not case.debrief:
        out.append(p(_t(t, "debrief-none"), st.body))
        return out
    rows = []
    for entry in case.debrief:
        category = rules.category(entry.category)
        handling = rules.handling_of(entry.handling)
        label = category.shown(t.language) if category is not None else entry.category
        if entry.electronic:
            label += f" ({_t(t, 'electronic')})"
        rows.append([label, t.date(entry.on), entry.note,
                     handling.shown(t.language) if handling is not None and entry.handling
                     else entry.handling, _actions(t, entry)])
    widths = [width * f for f in (0.2, 0.13, 0.3, 0.14, 0.23)]
    out.append(data_table([_t(t, "col-category"), _t(t, "col-date"), _t(t, "col-note"),
                           _t(t, "col-handling"), _t(t, "col-follow-up")], rows, widths, st))
    return out
