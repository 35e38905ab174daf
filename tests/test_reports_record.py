"""The case summary opens with a decision record; checked on the parsed text of each page."""

from __future__ import annotations

import io

from pypdf import PdfReader

from chinacheck import i18n
from chinacheck.case import readiness, signoff
from chinacheck.case.daterange import local
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case, Decision
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.labels import Labels

REASON = "Het bezoek is over twee weken; de open punten worden voor vertrek afgerond."


def pages(data: bytes) -> list[str]:
    """Each page's text, whitespace collapsed (pypdf)."""
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(data)).pages]


def _signed(final: bool = True) -> Case:
    case = example_case()
    despite = readiness.despite(case, REASON) if final else None
    signoff.sign_off(case, name="Zoë de Vries", role="portefeuillehouder",
                     decision=Decision.VOORWAARDEN,
                     conditions="Programma vooraf delen\nGeen laptops mee", final=final,
                     statement="Afgestemd met de burgemeester.", despite=despite)
    return case


def test_the_first_page_records_the_decision_who_when_conditions_and_reasons() -> None:
    case = _signed()
    t = Labels()
    first, *rest = pages(render_case_summary(case).data)
    final = case.signoffs[-1]
    assert final.despite is not None
    for expected in (
            "Besluit (revisie 1)", "Doorgaan onder voorwaarden (definitief)",
            "Besloten door Zoë de Vries, portefeuillehouder",
            t.timestamp(local(final.signed_at)),
            "Programma vooraf delen", "Geen laptops mee",
            "Verklaring Afgestemd met de burgemeester.",
            "Besloten ondanks Reden: " + REASON,
            f"Open punten bij het besluit ({len(final.despite.gaps)}):",
            final.despite.gaps[0][1],
            "Totaalrisico Midden",
            f"Gereedheid Nog niet gereed voor een definitief besluit: "
            f"{len(readiness.gaps(case))} punten ontbreken."):
        assert " ".join(expected.split()) in first, expected
    # the checklist follows the record, from the next page
    assert "Checklist" not in first.split("Zaakgegevens")[0]
    assert rest[0].startswith("Checklist") or " Checklist " in rest[0]


def test_a_case_without_a_sign_off_says_no_decision_is_recorded() -> None:
    case = example_case()
    first = pages(render_case_summary(case).data)[0]
    assert "Er is nog geen besluit vastgelegd: deze revisie is nog niet afgetekend." in first
    assert "Besloten door" not in first and "Besloten ondanks" not in first
    gaps = readiness.gaps(case)
    assert f"{len(gaps)} punten ontbreken" in first
    assert " ".join(gaps[0].message.split()) in first  # the readiness list itself


def test_a_ready_case_says_so() -> None:
    from chinacheck.case.model import Answer, RiskLevel, Status
    from chinacheck.guidance.content import load

    case = example_case()
    for item in load().items_for_kind(case.kind):
        case.answers[item.id] = Answer(Status.JA, "", [])
    case.overall_risk = RiskLevel.LAAG
    case.measures = "ICP geraadpleegd."
    assert readiness.gaps(case) == []
    first = pages(render_case_summary(case).data)[0]
    assert "Gereed voor een definitief besluit: er ontbreekt niets." in first


def test_a_sign_off_that_is_not_final_says_so() -> None:
    first = pages(render_case_summary(_signed(final=False)).data)[0]
    assert "Doorgaan onder voorwaarden (nog niet definitief)" in first
    assert "Besloten ondanks" not in first


def test_the_record_in_english() -> None:
    case = _signed()
    first = pages(render_case_summary(case, language="en").data)[0]
    for expected in ("Decision (revision 1)", "Proceed under conditions (final)",
                     "Decided by Zoë de Vries, portefeuillehouder", "Decided despite",
                     "Reason: " + REASON, "Overall risk Medium", "Readiness Not yet ready",
                     "Case details"):
        assert expected in first, expected
    assert "Besloten" not in first and "Gereedheid" not in first
    unsigned = pages(render_case_summary(example_case(), language="en").data)[0]
    assert "No decision has been recorded yet" in unsigned
    # the readiness list in the PDF's language, and the messages' language left as it was
    assert "question 'Right partner for your goals' is not answered" in unsigned
    assert i18n.language() == "nl"


def test_no_pdf_shows_a_reader_an_internal_question_id() -> None:
    """Summary (with an audit appendix naming changed answers), blank checklist and travel card:
    questions by number and label, never by id."""
    from chinacheck.case import audit
    from chinacheck.case.model import Answer, AuditEvent, Status
    from chinacheck.guidance.content import load
    from chinacheck.reports.blank_checklist import render_blank_checklist
    from chinacheck.reports.travel_card import render_travel_card

    content = load()
    case = _signed()
    case.answers["visit-programme"] = Answer(Status.JA, "Ontvangen.", [])
    audit.record(case, AuditEvent.ANSWERS_CHANGED, items=["visit-programme", "need-own-goals"])
    ids = [item.id for item in content.items()]
    for language in ("nl", "en"):
        texts = [*pages(render_case_summary(case, language=language).data),
                 *pages(render_travel_card(language=language).data)]
        for kind in content.kind_ids:
            texts += pages(render_blank_checklist(kind, language=language).data)
        shown = " ".join(texts)
        assert [item_id for item_id in ids if item_id in shown] == []
    summary = " ".join(pages(render_case_summary(case).data))
    assert f"punten: {content.number('visit-programme')}, {content.number('need-own-goals')}" \
        in summary
