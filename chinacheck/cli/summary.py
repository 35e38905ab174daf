"""Plain-text views of cases and content for the command line.

Every fixed word is marked where it is written (:func:`chinacheck.i18n._`), so the views
follow ``--lang``; values are filled in after the translation. What comes from the brochure stays
as the brochure says it, and so does what the user typed, but that it passes through
:func:`chinacheck.cli.io.safe` (one line) or :func:`~chinacheck.cli.io.safe_block` (a note: its
own lines, indented), so that no character in a file can act on the terminal.
"""

from __future__ import annotations

from chinacheck import i18n
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Case, RiskLevel
from chinacheck.case.progress import progress
from chinacheck.case.tamper import HEADLINE, Finding
from chinacheck.cli.io import safe, safe_block
from chinacheck.guidance.content import Content
from chinacheck.guidance.screening import (
    MAX_TEXT_CHARS,
    MAX_WORD_CHARS,
    ScreeningResult,
    explain,
    flag_label,
    no_hit_line,
    screen,
)
from chinacheck.i18n import N_, _, translate

LABEL_WIDTH = 18  # the values of the case header start in one column


def _date(value: object) -> str:
    return str(value) if value is not None else "—"


# The risk levels as the case view words them (the stored values are Dutch words too).
RISK_TEXT = {RiskLevel.UNDETERMINED: N_("nog niet bepaald"), RiskLevel.LAAG: N_("laag"),
             RiskLevel.MIDDEN: N_("midden"), RiskLevel.HOOG: N_("hoog")}


def _field(label: str, value: object) -> str:
    return f"{label:<{LABEL_WIDTH}}{value}"


def kind_label(content: Content, kind_id: str) -> str:
    kind = content.kind(kind_id)
    if kind is None:
        return _("{kind} (onbekend)").format(kind=safe(kind_id))
    return kind.label if i18n.language() == "nl" else kind.label_en


def screening_limits(result: ScreeningResult) -> list[str]:
    """What a screening left out (a very long text or word), one line each; usually none."""
    lines = []
    if result.unscreened_chars:
        lines.append(_("Let op: alleen de eerste {limit} tekens zijn getoetst; de laatste "
                       "{count} tekens niet.").format(limit=MAX_TEXT_CHARS,
                                                      count=result.unscreened_chars))
    if result.long_words:
        lines.append(_("Let op: {count} woord(en) van meer dan {limit} tekens alleen op de "
                       "eerste {limit} tekens getoetst.").format(count=result.long_words,
                                                                limit=MAX_WORD_CHARS))
    return lines


def screening_text(result: ScreeningResult) -> list[str]:
    lines: list[str] = []
    if not result.matches:
        lines.append(_("Geen treffer in de tabel."))
        lines.append(result.advice)
        return lines + screening_limits(result) + _screened_against(result)
    for match in result.matches:
        sector = match.sector
        lines.append(_("- {sector} (topsector: {top}; sleuteltechnologie: {key})").format(
            sector=sector.name, top=flag_label(sector.topsector),
            key=flag_label(sector.sleuteltechnologie)))
        for sub in match.subtechnologies:
            lines.append(f"    • {sub.name}")
        lines.append(_("    gevonden: {terms}").format(terms=", ".join(match.terms)))
        lines.extend(f"      {explain(hit)}" for hit in match.hits)
    if result.unmatched_lines:
        lines.append(_("Onderwerpen zonder treffer:"))
        lines.extend(f"- {no_hit_line(safe(line))}" for line in result.unmatched_lines)
    lines.append(result.advice)
    return lines + screening_limits(result) + _screened_against(result)


def _screened_against(result: ScreeningResult) -> list[str]:
    return [_("Getoetst aan: {packs}").format(packs="; ".join(result.packs))] \
        if result.packs else []


def _signoff_line(case: Case) -> str:
    current = case.current_signoffs()
    if case.locked:
        return _("definitief afgetekend door {name} (vergrendeld)").format(
            name=safe(current[-1].name))
    if current:
        return _("{count} aftekening(en), nog niet definitief").format(count=len(current))
    return _("nog niet afgetekend")


def _done(done: bool) -> str:
    return _(" [afgerond]") if done else ""


def _warning(finding: Finding | None) -> list[str]:
    """At the top of the view: what was changed outside ChinaCheck, one line each."""
    if finding is None or not finding.tampered:
        return []
    return [_("LET OP: {what}").format(what=translate(HEADLINE)),
            *(f"  - {difference}" for difference in finding.differences), ""]


def _seals(finding: Finding | None) -> list[str]:
    if finding is None:
        return []
    lines = [_("  verzegeling: {summary}").format(summary=seal.summary)
             for seal in finding.seals]
    if finding.unchecked:
        lines.append(_("  verzegeling niet gecontroleerd: {reason}").format(
            reason=finding.unchecked))
    return lines


def case_text(case: Case, content: Content, unknown: list[str] | None = None,
              finding: Finding | None = None) -> str:
    """The case as text; ``finding`` (chinacheck.signing.seal.examine) adds what was changed
    outside ChinaCheck at the top and the seals under the sign-offs."""
    answered, total = progress(case, content)
    title = safe(case.title)
    lines = [
        *_warning(finding),
        title,
        "=" * min(len(title), 72),
        _field(_("Soort:"), kind_label(content, case.kind)),
        _field(_("Organisatie:"), safe(case.organisation) or "—"),
        _field(_("Opgesteld door:"), safe(case.preparer) or "—"),
        _field(_("Periode:"), _("{start} t/m {end}").format(start=_date(case.start_date),
                                                            end=_date(case.end_date))),
        _field(_("Risico:"), translate(RISK_TEXT[case.overall_risk])),
        _field(_("Besluit:"), safe(case.decision) or "—"),
        _field(_("Voortgang:"), _("{answered}/{total} punten beantwoord, {actions} open acties")
               .format(answered=answered, total=total, actions=len(case.open_actions()))),
        _field(_("Zaak-id:"), safe(case.id)),
        _field(_("Revisie:"), case.revision),
        _field(_("Aftekening:"), _signoff_line(case)),
        _field(_("Gewijzigd:"), case.modified.isoformat()),
        "",
    ]
    for signed in case.current_signoffs():
        final = _(", definitief") if signed.final else ""
        lines.append(_("- afgetekend door {name} ({role}) op {when}: {decision}").format(
            name=safe(signed.name), role=safe(signed.role),
            when=f"{local_time(signed.signed_at):%Y-%m-%d %H:%M}",
            decision=signed.decision.value) + final)
        if signed.despite is not None:
            lines.append("  " + _("ondanks {count} open punten; reden: {reason}").format(
                count=len(signed.despite.gaps),
                reason=safe_block(signed.despite.reason, "    ")))
    lines += _seals(finding)
    if case.conditions:
        lines.append(_("Voorwaarden uit de aftekening:"))
        lines += [f"  {n}. {safe_block(c.text, '     ')}" + _done(c.done)
                  for n, c in enumerate(case.conditions, start=1)]
    if case.current_signoffs() or case.conditions:
        lines.append("")
    if case.counterparts:
        lines.append(_("Gesprekspartners:"))
        for c in case.counterparts:
            extra = ", ".join(safe(x) for x in (c.organisation, c.role) if x)
            lines.append(f"- {safe(c.name)}" + (f" ({extra})" if extra else ""))
        lines.append("")
    if case.intermediaries:
        lines.append(_("Tussenpersonen:"))
        for i in case.intermediaries:
            lines.append(f"- {safe(i.name)}"
                         + (f" ({safe(i.organisation)})" if i.organisation else ""))
        lines.append("")
    if case.topics:
        lines.append(_("Onderwerpen: ") + "; ".join(safe(topic) for topic in case.topics))
        lines.extend(screening_text(screen("\n".join(case.topics), content)))
        lines.append("")
    lines.append(_("Checklist:"))
    for group, items in content.groups_for_kind(case.kind):
        lines.append(f"  {group.title}")
        for item in items:
            answer = case.answer(item.id)
            label = item.short_label(i18n.language())
            number = content.number(item.id)
            whose = "" if item.publisher in ("", "NCTV") else f" [{safe(item.publisher)}]"
            again = _(" — opnieuw bevestigen") if item.id in case.reconfirm else ""
            lines.append(f"    [{answer.status.value:>8}] {number} {item.id}: {label}{whose}"
                         f"{again}")
            if answer.note:
                lines.append(_("               notitie: {note}").format(
                    note=safe_block(answer.note, " " * 24)))
            for action in answer.actions:
                owner = f" — {safe(action.owner)}" if action.owner else ""
                due = _(" (uiterlijk {date})").format(date=action.due) if action.due else ""
                lines.append(_("               actie: {action}").format(
                    action=safe_block(action.text, " " * 22))
                             + f"{owner}{due}{_done(action.done)}")
    if case.measures:
        lines += ["", _("Maatregelen:"), safe_block(case.measures, "")]
    withdrawn = [(item, w) for item, w in case.withdrawn.items() if item in case.answers]
    if withdrawn:
        lines += ["", _("Vervallen vragen (antwoorden bewaard, alleen te lezen):")]
        for item_id, gone in withdrawn:
            answer = case.answer(item_id)
            lines.append(f"    [{answer.status.value:>8}] {gone.number} {safe(gone.text)}")
            if answer.note:
                lines.append(_("               notitie: {note}").format(
                    note=safe_block(answer.note, " " * 24)))
    if unknown:
        lines += ["", _("Antwoorden op punten die deze inhoudsversie niet kent (bewaard): ")
                  + ", ".join(safe(item) for item in unknown)]
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
        lines.append(_("  {group} ({count} punten)").format(group=group.title,
                                                          count=len(group.items)))
    lines += ["", _("{table} ({count} sectoren)").format(
        table=content.technologies.title, count=len(content.technologies.sectors))]
    for sector in content.technologies.sectors:
        lines.append(_("  {sector}: topsector {top}, sleuteltechnologie {key}, "
                       "{count} deeltechnologieën").format(
            sector=sector.name, top=flag_label(sector.topsector),
            key=flag_label(sector.sleuteltechnologie), count=len(sector.subtechnologies)))
    lines += ["", _("Contacten:")]
    for contact in content.contacts.contacts:
        lines.append(f"  {contact.name}" + (f" — {contact.email}" if contact.email else ""))
    lines += ["", _("Bron: {publisher}, {title}, {date}. Volledige inhoud: chinacheck content "
                    "--json").format(publisher=src.publisher_short, title=src.title,
                                     date=src.date_label)]
    return "\n".join(lines)
