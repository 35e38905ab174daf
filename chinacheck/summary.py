"""Plain-text views of cases and content for the command line."""

from __future__ import annotations

from chinacheck.content import Content
from chinacheck.model import Case
from chinacheck.screening import ScreeningResult, flag_label, screen
from chinacheck.store import progress


def _date(value: object) -> str:
    return str(value) if value is not None else "—"


def kind_label(content: Content, kind_id: str) -> str:
    kind = content.kind(kind_id)
    return kind.label if kind else f"{kind_id} (onbekend)"


def screening_text(result: ScreeningResult) -> list[str]:
    lines: list[str] = []
    if not result.matches:
        lines.append(result.advice)
        return lines
    for match in result.matches:
        sector = match.sector
        lines.append(
            f"- {sector.name} (topsector: {flag_label(sector.topsector)}; "
            f"sleuteltechnologie: {flag_label(sector.sleuteltechnologie)})"
        )
        for sub in match.subtechnologies:
            lines.append(f"    • {sub.name}")
        lines.append(f"    gevonden: {', '.join(match.terms)}")
    lines.append(result.advice)
    return lines


def _signoff_line(case: Case) -> str:
    current = case.current_signoffs()
    if case.locked:
        return f"definitief afgetekend door {current[-1].name} (vergrendeld)"
    if current:
        return f"{len(current)} aftekening(en), nog niet definitief"
    return "nog niet afgetekend"


def case_text(case: Case, content: Content, unknown: list[str] | None = None) -> str:
    answered, total = progress(case, content)
    lines = [
        case.title,
        "=" * min(len(case.title), 72),
        f"Soort:            {kind_label(content, case.kind)}",
        f"Organisatie:      {case.organisation or '—'}",
        f"Opgesteld door:   {case.preparer or '—'}",
        f"Periode:          {_date(case.start_date)} t/m {_date(case.end_date)}",
        f"Risico:           {case.overall_risk.value}",
        f"Besluit:          {case.decision or '—'}",
        f"Voortgang:        {answered}/{total} punten beantwoord, "
        f"{len(case.open_actions())} open acties",
        f"Zaak-id:          {case.id}",
        f"Revisie:          {case.revision}",
        f"Aftekening:       {_signoff_line(case)}",
        f"Gewijzigd:        {case.modified.isoformat()}",
        "",
    ]
    for signed in case.current_signoffs():
        final = ", definitief" if signed.final else ""
        lines.append(f"- afgetekend door {signed.name} ({signed.role}) op "
                     f"{signed.signed_at.astimezone():%Y-%m-%d %H:%M}: "
                     f"{signed.decision.value}{final}")
    if case.conditions:
        lines.append("Voorwaarden uit de aftekening:")
        lines += [f"  {n}. {c.text}" + (" [afgerond]" if c.done else "")
                  for n, c in enumerate(case.conditions, start=1)]
    if case.current_signoffs() or case.conditions:
        lines.append("")
    if case.counterparts:
        lines.append("Gesprekspartners:")
        for c in case.counterparts:
            extra = ", ".join(x for x in (c.organisation, c.role) if x)
            lines.append(f"- {c.name}" + (f" ({extra})" if extra else ""))
        lines.append("")
    if case.intermediaries:
        lines.append("Tussenpersonen:")
        for i in case.intermediaries:
            lines.append(f"- {i.name}" + (f" ({i.organisation})" if i.organisation else ""))
        lines.append("")
    if case.topics:
        lines.append("Onderwerpen: " + "; ".join(case.topics))
        lines.extend(screening_text(screen("\n".join(case.topics), content)))
        lines.append("")
    lines.append("Checklist:")
    for group, items in content.groups_for_kind(case.kind):
        lines.append(f"  {group.title}")
        for item in items:
            answer = case.answer(item.id)
            lines.append(f"    [{answer.status.value:>8}] {item.id}: {item.label or item.text}")
            if answer.note:
                lines.append(f"               notitie: {answer.note}")
            for action in answer.actions:
                owner = f" — {action.owner}" if action.owner else ""
                due = f" (uiterlijk {action.due})" if action.due else ""
                done = " [afgerond]" if action.done else ""
                lines.append(f"               actie: {action.text}{owner}{due}{done}")
    if case.measures:
        lines += ["", "Maatregelen:", case.measures]
    if unknown:
        lines += ["", "Antwoorden op punten die deze inhoudsversie niet kent (bewaard): "
                  + ", ".join(unknown)]
    return "\n".join(lines)


def content_text(content: Content) -> str:
    src = content.source
    lines = [
        f"{src.title} — {src.publisher}, {src.ministry}, {src.date_label} ({src.edition})",
        "",
        content.introduction.lead,
        "",
        f"{content.risks.section_title}: {content.risks.question}",
    ]
    for risk in content.risks.items:
        lines.append(f"- {risk.heading}")
    lines += ["", content.checklist.title]
    for group in content.checklist.groups:
        lines.append(f"  {group.title} ({len(group.items)} punten)")
    lines += ["", f"{content.technologies.title} ({len(content.technologies.sectors)} sectoren)"]
    for sector in content.technologies.sectors:
        lines.append(
            f"  {sector.name}: topsector {flag_label(sector.topsector)}, "
            f"sleuteltechnologie {flag_label(sector.sleuteltechnologie)}, "
            f"{len(sector.subtechnologies)} deeltechnologieën"
        )
    lines += ["", "Contacten:"]
    for contact in content.contacts.contacts:
        lines.append(f"  {contact.name}" + (f" — {contact.email}" if contact.email else ""))
    lines += ["", f"Bron: {src.publisher_short}, {src.title}, {src.date_label}. "
              "Volledige inhoud: chinacheck content --json"]
    return "\n".join(lines)
