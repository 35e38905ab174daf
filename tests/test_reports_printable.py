"""The case summary prints within a budget: a real case whole, a case far beyond real use cut,
saying so, and always with the whole case's fingerprint, counts and screening advice.

Structural checks (what is printed, what is said, how many pages), never timings.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pdftools import metadata, page_count, pages_text, text

from chinacheck.case import integrity, limits
from chinacheck.case.examples import example_case, large_case
from chinacheck.case.model import (
    Action,
    Answer,
    AuditEntry,
    AuditEvent,
    Case,
    Counterpart,
    Decision,
    SignOff,
    Status,
)
from chinacheck.guidance.content import load
from chinacheck.reports import printable as printing
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.output import parse_keywords

AT = datetime(2026, 11, 23, 10, tzinfo=UTC)


def _shown(case: Case) -> list[str]:
    return [item.id for item in load().items_for_kind(case.kind)]


def _hostile() -> Case:
    """A case at the loader's limits: every list long, every text long."""
    case = example_case()
    long_text = "halfgeleiderindustrie samenwerking 王伟 <b>&amp;</b> " * 2_000  # ~100 000
    case.counterparts = [Counterpart(f"p{n}", "o" * 1_000, "r", long_text)
                         for n in range(limits.MAX_COUNTS["counterparts"])]
    case.topics = [f"schoolorkest {n}" for n in range(limits.MAX_COUNTS["topics"] - 1)] + \
        ["halfgeleiders"]  # the only topic that matches, past the printed ones
    case.measures = long_text
    for item_id in _shown(case):
        case.answers[item_id] = Answer(Status.DEELS, long_text,
                                       [Action(f"actie {n}", "eigenaar") for n in range(200)])
    fingerprint = integrity.fingerprint(case)
    case.signoffs = [SignOff(f"s{n}", "rol", Decision.DOORGAAN, AT, 1, fingerprint,
                             statement=long_text) for n in range(999)]
    case.signoffs.append(SignOff("Laatste Ondertekenaar", "portefeuillehouder",
                                 Decision.DOORGAAN, AT, 1, fingerprint, final=True))
    case.audit = [AuditEntry(AT, AuditEvent.ANSWERS_CHANGED, 1, {"items": [f"n{n}"]})
                  for n in range(limits.MAX_COUNTS["audit"])]
    return case


@pytest.fixture(scope="module")
def hostile() -> Case:
    return _hostile()


@pytest.fixture(scope="module")
def hostile_pdf(hostile: Case) -> bytes:
    return render_case_summary(hostile).data


def test_the_large_example_case_prints_whole() -> None:
    case = large_case()
    printed, omitted = printing.printable(case, _shown(case))
    assert not omitted and printed == case


def test_a_case_at_the_limits_is_cut_to_the_budget(hostile: Case) -> None:
    printed, omitted = printing.printable(hostile, _shown(hostile))
    texts = [printed.organisation, printed.preparer, printed.decision, printed.measures,
             *(v for c in printed.counterparts for v in (c.name, c.organisation, c.role, c.notes)),
             *printed.topics,
             *(v for a in printed.answers.values()
               for v in (a.note, *(x for action in a.actions for x in (action.text,
                                                                      action.owner)))),
             *(v for s in printed.signoffs for v in (s.name, s.role, s.conditions, s.statement))]
    rows = len(printed.counterparts) + len(printed.topics) + len(printed.signoffs) + sum(
        len(a.actions) for a in printed.answers.values())
    cut = len(printing.CUT)
    # The budget, and what is printed even when it is spent: the first rows of each list and
    # the first characters of each text.
    forced = 7 * printing.MIN_ROWS * (printing.ROW_UNITS + 4 * printing.MIN_CHARS) \
        + 25 * printing.MIN_CHARS
    assert sum(len(v) for v in texts) + printing.ROW_UNITS * rows \
        <= printing.BUDGET + forced + cut * omitted.texts
    assert all(len(v) <= printing.MAX_FIELD_CHARS + cut for v in texts)
    assert omitted.texts > 0 and omitted.rows["counterparts"] > 0
    assert len(printed.audit) <= printing.MAX_ROWS["audit"]
    assert printed.audit == hostile.audit[-len(printed.audit):]  # the latest entries
    assert omitted.rows["audit"] == len(hostile.audit) - len(printed.audit)


def test_the_pdf_of_a_case_at_the_limits_says_what_it_leaves_out(hostile: Case,
                                                                  hostile_pdf: bytes) -> None:
    first = " ".join(pages_text(hostile_pdf)[0].split())
    assert "Niet alles is afgedrukt" in first and "Het zaakbestand bevat alles" in first
    assert "gesprekspartners niet afgedrukt" in first and "logboekregels niet afgedrukt" in first
    assert page_count(hostile_pdf) < 60  # bounded, where the whole case would be thousands
    assert "oudste regels van het logboek zijn hier niet afgedrukt" in text(hostile_pdf)


def test_what_it_certifies_is_the_whole_case(hostile: Case, hostile_pdf: bytes) -> None:
    keywords = parse_keywords(metadata(hostile_pdf)["/Keywords"])
    assert keywords["chinacheck-case-fingerprint"] == integrity.fingerprint(hostile)
    words = text(hostile_pdf)
    assert integrity.grouped(integrity.fingerprint(hostile)[:32]) in words
    # Locked by its last sign-off, which is printed however many came before.
    assert "Definitief afgetekend" in words and "Laatste Ondertekenaar" in words
    # The advice is the brochure's for all topics, also those not printed.
    assert load().technologies.match_advice.split(".")[0] in words
    # The counts on the cover are the whole case's.
    open_actions = len(hostile.open_actions())
    assert f"open acties: {open_actions}" in words


def test_a_real_case_never_mentions_a_budget() -> None:
    words = text(render_case_summary(replace(example_case())).data)
    assert "Niet alles is afgedrukt" not in words and "[…]" not in words
