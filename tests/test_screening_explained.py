"""Screening explains each hit and names the topics that hit nothing: core, CLI, app, PDF."""

from __future__ import annotations

import pytest
from helpers import cli

from chinacheck.guidance.content import load
from chinacheck.guidance.screening import Hit, explain, no_hit_line, screen

TOPICS = ["chips voor zonnepanelen", "culturele uitwisseling van scholen", "waterstof",
          "sportwedstrijd"]


def test_each_hit_says_which_words_matched_which_entry_and_how() -> None:
    result = screen("\n".join(TOPICS))
    hits = {h.words: h for m in result.matches for h in m.hits}
    chips = hits["chips"]
    assert chips.entry == "Halfgeleider technologie" and chips.subtechnology is None
    assert chips.synonym == "chips"  # the closest of ChinaCheck's terms, once
    assert [h.words for m in result.matches for h in m.hits].count("chips") == 1
    solar = hits["zonnepanelen"]
    assert solar.subtechnology is not None and solar.entry == solar.subtechnology.name
    assert solar.synonym is not None
    assert "zoekwoord van ChinaCheck" in explain(solar)
    assert "via ChinaCheck search word" in explain(solar, "en")


def test_a_name_in_the_table_is_not_called_a_synonym() -> None:
    (match,) = screen("halfgeleider technologie").matches
    hit = match.hits[0]
    assert hit == Hit("halfgeleider technologie", match.sector.name, None, None)
    assert explain(hit).endswith("(naam in de tabel)")


def test_topic_lines_without_a_hit_are_listed_in_order() -> None:
    result = screen("\n".join(TOPICS))
    assert result.unmatched_lines == ["culturele uitwisseling van scholen", "sportwedstrijd"]
    assert screen("chips").unmatched_lines == []
    assert screen("sportwedstrijd").unmatched_lines == ["sportwedstrijd"]
    assert screen("chips\n\n  \nwaterstof").unmatched_lines == []
    line = no_hit_line("sportwedstrijd")
    assert "geen treffer in de tabel" in line and load().technologies.no_match in line


def test_the_command_line_explains_hits_and_misses(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli.run(capsys, "sectors", "\n".join(TOPICS))
    assert code == 0
    assert "“chips” → Halfgeleider technologie (via zoekwoord van ChinaCheck: “chips”)" in out
    assert "Onderwerpen zonder treffer:" in out
    assert "“sportwedstrijd”: geen treffer in de tabel." in out
    assert load().technologies.no_match in out
    code, out, _ = cli.run(capsys, "sectors", "sportwedstrijd")
    assert out.startswith("Geen treffer in de tabel.")


def test_the_app_explains_hits_and_misses(qtbot) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.ui.screening_view import ScreeningView

    view = ScreeningView(load())
    qtbot.addWidget(view)
    view.update_topics(TOPICS)
    shown = view.text()
    assert "→ Halfgeleider technologie" in shown and "zoekwoord van ChinaCheck" in shown
    assert "Geen treffer in de tabel voor:" in shown
    assert "<li>culturele uitwisseling van scholen</li>" in shown
    assert "sportwedstrijd" in view.accessible_summary()
    view.update_topics(["sportwedstrijd"])
    assert "Geen treffer in de tabel." in view.text()


def test_the_pdf_explains_hits_and_misses() -> None:
    from pdftools import text as pdf_text

    from chinacheck.case.examples import example_case
    from chinacheck.reports.case_summary import render_case_summary

    case = example_case()
    case.topics = TOPICS
    words = pdf_text(render_case_summary(case).data)
    assert "zoekwoord van ChinaCheck" in words and "→" in words
    assert "geen treffer in de tabel" in words
    assert " ".join(load().technologies.no_match.split()) in words
    english = pdf_text(render_case_summary(case, language="en").data)
    assert "ChinaCheck search word" in english and "no match in the table" in english
