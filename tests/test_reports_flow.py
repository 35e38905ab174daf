"""Page flow of the case summary, checked on each page's parsed text (pypdf): a heading never
stands alone at the foot of a page, and a long table repeats its header row on every page."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from chinacheck.case import audit
from chinacheck.case.examples import example_case
from chinacheck.case.model import Answer, AuditEvent, Case, Counterpart, Intermediary, Status
from chinacheck.guidance.content import load
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.reports.labels import Labels

MEASURES = "Tijdelijke telefoons voor de hele delegatie."


def page_lines(data: bytes) -> list[list[str]]:
    return [[" ".join(line.split()) for line in (page.extract_text() or "").splitlines()]
            for page in PdfReader(io.BytesIO(data)).pages]


def flat(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def _case(words: int) -> Case:
    """A case whose first note is ``words`` long: every later heading moves down the page."""
    content = load()
    case = replace(example_case(), measures=MEASURES, topics=["waterstofbussen"],
                   counterparts=[Counterpart(f"Persoon {n}", "Gemeente Wuhan", "Gastheer")
                                 for n in range(3)],
                   intermediaries=[Intermediary("Stichting Oost", "Rotterdam", "Adviseur")])
    first = content.items_for_kind(case.kind)[0]
    case.answers[first.id] = Answer(Status.JA, " ".join(["woord"] * words))
    # each later group opens with a tall row (more than the fixed room a heading used to ask):
    # its heading must move with that row
    for _group, items in content.groups_for_kind(case.kind)[1:]:
        case.answers[items[0].id] = Answer(Status.DEELS, "Lange notitie. " * 70)
    audit.record(case, AuditEvent.CREATED)
    return case


def _pairs(case: Case) -> dict[str, str]:
    """Each heading, and text that starts what follows it."""
    t, content = Labels(), load()
    pairs = {
        t("open-points"): "Nog niet beantwoord (",
        t("counterparts"): "Naam Organisatie Rol in de partijstaat Notities",
        t("intermediaries"): "Naam Organisatie Achtergrond en belang",
        t("screening"): "Onderwerp " + content.technologies.columns["sector"],
        t("measures"): MEASURES,
        t("audit"): "Wat er met deze zaak is gebeurd",
    }
    for group, items in content.groups_for_kind(case.kind):
        pairs[group.title] = f"{content.number(items[0].id)} {t.item(items[0])}"
    return pairs


def _heading_pages(pages: list[list[str]], heading: str) -> list[int]:
    return [n for n, lines in enumerate(pages) if heading in lines]


@pytest.mark.parametrize("words", range(0, 1200, 60))
def test_every_heading_shares_its_page_with_what_follows_it(words: int) -> None:
    case = _case(words)
    pages = page_lines(render_case_summary(case).data)
    for heading, follower in _pairs(case).items():
        found = _heading_pages(pages, heading)
        assert found, heading
        for n in found:
            text = flat(pages[n])
            after = text[text.index(heading) + len(heading):]
            assert follower in after, f"{heading!r} at the foot of page {n + 1}"


def test_a_long_table_repeats_its_header_on_every_page() -> None:
    case = replace(example_case(), counterparts=[
        Counterpart(f"Persoon {n:03}", "Gemeente Wuhan", "Gastheer", "Aantekening " * 8)
        for n in range(120)])
    pages = page_lines(render_case_summary(case).data)
    spanned = [n for n, lines in enumerate(pages)
               if any(line.startswith("Persoon ") for line in lines)]
    assert len(spanned) >= 3
    for n in spanned:
        assert "Naam Organisatie Rol in de partijstaat Notities" in flat(pages[n]), n + 1
