"""Topic screening against the technology table."""

from __future__ import annotations

import pytest
from helpers import cli
from hypothesis import given, settings
from hypothesis import strategies as st

from chinacheck.guidance import screening
from chinacheck.guidance.content import load
from chinacheck.guidance.screening import normalise, screen


def _sectors(text: str) -> set[str]:
    return {m.sector.name for m in screen(text).matches}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("chips", "Halfgeleider technologie"),
        ("Samenwerking rond halfgeleiders", "Halfgeleider technologie"),
        ("de HALFGELEIDERINDUSTRIE in Brabant", "Halfgeleider technologie"),
        ("AI for traffic lights", "Kunstmatige intelligentie"),
        ("kunstmatige intelligentie", "Kunstmatige intelligentie"),
        ("hydrogen buses", "Energietechnologie"),
        ("waterstof", "Energietechnologie"),
        ("satellites for earth observation", "Lucht- en ruimtevaarttechnologie"),
        ("satelliettechnologie", "Lucht- en ruimtevaarttechnologie"),
        ("kwantumcomputers", "Kwantumtechnologie"),
        ("5G-netwerk", "Nieuwe informatie-technologie"),
        ("vaccins", "Levenswetenschappen & gezondheid"),
        ("zaadveredeling", "Agrarische - en voedseltechnologie"),
    ],
)
def test_synonyms_and_names_match(text: str, sector: str) -> None:
    assert sector in _sectors(text)


def test_matching_ignores_case_and_accents() -> None:
    assert normalise("Coöperatie ÉÉN Halfgeleider") == "cooperatie een halfgeleider"
    assert _sectors("GENEESKUNDIGE VACCÍNS") == _sectors("vaccins")


def test_sub_technology_and_flags_are_reported() -> None:
    result = screen("waterstof")
    match = next(m for m in result.matches if m.sector.name == "Energietechnologie")
    assert [s.name for s in match.subtechnologies] == ["Waterstof technologie"]
    assert match.sector.topsector is True and match.sector.sleuteltechnologie is True
    assert "ICP" in result.advice


def test_no_match_uses_the_brochures_wording() -> None:
    result = screen("uitwisseling van schoolorkesten")
    assert not result.has_match
    assert result.advice == load().technologies.no_match
    assert "waarschijnlijk niet gevoelig" in result.advice
    assert "veilig" not in result.advice.lower()


def test_whole_words_only() -> None:
    # "ai" inside ordinary Dutch words must not trigger artificial intelligence
    assert "Kunstmatige intelligentie" not in _sectors("het plaisir van de kaiserlijke taart")


def test_quantum_flags_are_not_stated() -> None:
    match = screen("quantum").matches[0]
    assert match.sector.topsector is None and match.sector.sleuteltechnologie is None


# --- bounded cost: linear in the text, capped, and saying so ------------------------------

def _reference(text: str) -> list[tuple[str, list[str], list[str]]]:
    """The matching rules applied the plain way (every term against every word), as the
    screening did before it was made linear: the oracle for identical results."""
    content = load()
    words = normalise(text).split()
    by_sector: dict[str, tuple[list[str], list[str]]] = {}
    for term in screening._terms(content):
        n = len(term.words)
        for start in range(len(words) - n + 1):
            if all(screening._word_matches(tw, words[start + k], k == n - 1)
                   for k, tw in enumerate(term.words)):
                subs, found = by_sector.setdefault(term.sector_id, ([], []))
                text_found = " ".join(words[start:start + n])
                if text_found not in found:
                    found.append(text_found)
                if term.sub_id is not None and term.sub_id not in subs:
                    subs.append(term.sub_id)
                break
    order = [s.id for s in content.technologies.sectors]
    result = []
    for sector_id in sorted(by_sector, key=order.index):
        subs, found = by_sector[sector_id]
        sector = content.sector(sector_id)
        assert sector is not None
        sub_order = [s.id for s in sector.subtechnologies]
        result.append((sector_id, sorted(subs, key=sub_order.index), found))
    return result


def _as_tuples(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(m.sector.id, [s.id for s in m.subtechnologies], m.terms)
            for m in screen(text).matches]


_TERM_WORDS = sorted({w for term in screening._terms(load()) for w in term.words})
_texts = st.lists(
    st.one_of(
        st.sampled_from(_TERM_WORDS),
        st.builds(lambda w, e: w + e, st.sampled_from(_TERM_WORDS),
                  st.sampled_from(["s", "en", "industrie", "x", "'s"])),
        st.builds(lambda w: w[:-1], st.sampled_from(_TERM_WORDS)),
        st.text(alphabet="abcdeéiklmnorstu ", max_size=12),
    ),
    max_size=15,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=_texts)
def test_results_are_those_of_the_plain_rules(text: str) -> None:
    # The candidate index and the single pass change the cost, never the answer; the old terms
    # of every term are found in the same order, with the same wording.
    assert _as_tuples(text) == _reference(text)


def test_every_term_of_the_table_still_finds_itself() -> None:
    for term in screening._terms(load()):
        assert _as_tuples(term.label) == _reference(term.label), term.label


def test_a_very_long_word_costs_a_few_steps_and_is_shown_cut() -> None:
    word = "halfgeleider" + "x" * 99_000
    result = screen(word)
    assert result.steps < 100  # a look-up per prefix up to the longest term, not per character
    assert result.long_words == 1 and result.unscreened_chars == 0 and result.limited
    (match,) = result.matches
    assert match.sector.name == "Halfgeleider technologie"
    assert match.terms == ["halfgeleider" + "x" * (screening.MAX_WORD_CHARS - 12) + "…"]


def test_work_grows_linearly_with_the_words() -> None:
    def steps(count: int) -> int:
        text = " ".join(f"woord{n}halfgeleider{'q' * (n % 50)}" for n in range(count))
        return screen(text).steps

    small, large = steps(500), steps(5_000)
    assert large <= 11 * small
    assert large <= 60 * 5_000  # a bounded number of steps per word


def test_only_the_first_part_of_a_huge_text_is_screened() -> None:
    filler = "uitwisseling van schoolorkesten " * (screening.MAX_TEXT_CHARS // 32 + 1)
    text = filler + " halfgeleiders"
    result = screen(text)
    assert not result.has_match  # the term lies beyond the part screened
    assert result.unscreened_chars == len(text) - screening.MAX_TEXT_CHARS
    assert result.limited
    assert screen(text[:200]).limited is False


def test_no_term_is_longer_than_the_word_cap() -> None:
    # Cutting a word to its first MAX_WORD_CHARS characters may only change how it is shown.
    longest = max(len(w) for term in screening._terms(load()) for w in term.words)
    assert longest + 3 < screening.MAX_WORD_CHARS


def test_the_command_line_says_what_was_left_out(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli.run(capsys, "sectors", "halfgeleider" + "x" * 200_000)
    assert code == 0
    assert "Halfgeleider technologie" in out
    assert f"alleen de eerste {screening.MAX_TEXT_CHARS} tekens zijn getoetst" in out
    assert f"1 woord(en) van meer dan {screening.MAX_WORD_CHARS} tekens" in out
    assert max(len(line) for line in out.splitlines()) < 300
    code, out, _ = cli.run(capsys, "sectors", "chips")
    assert "Let op" not in out


def test_the_app_says_what_was_left_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    from chinacheck.ui.screening_view import ScreeningView

    view = ScreeningView(load())
    qtbot.addWidget(view)
    view.update_topics(["halfgeleider" + "x" * 200_000])
    assert view.result is not None and view.result.limited
    assert "Niet alles is getoetst" in view.text()
    assert str(screening.MAX_TEXT_CHARS) in view.text()
    assert "Niet alles is getoetst" in view.accessible_summary()
    assert len(view.text()) < 2_000  # the cut word is shown, not the whole text
    view.update_topics(["chips"])
    assert "Niet alles" not in view.text()


def test_the_pdf_says_what_was_left_out() -> None:
    from pdftools import text as pdf_text

    from chinacheck.case.examples import example_case
    from chinacheck.reports.case_summary import render_case_summary

    case = example_case()
    case.topics = ["halfgeleider" + "x" * 3_000]
    words = pdf_text(render_case_summary(case).data)
    assert "Niet alles is getoetst" in words and "Halfgeleider technologie" in words
    case.topics = ["halfgeleiders"]
    assert "Niet alles is getoetst" not in pdf_text(render_case_summary(case).data)


def test_a_case_with_a_long_topic_opens_in_the_app_and_a_huge_one_is_refused(  # type: ignore[no-untyped-def]
        window, tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from chinacheck.case import caseformat, limits
    from chinacheck.case.examples import example_case
    from chinacheck.storage import store

    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    case.topics = ["halfgeleider" + "x" * (limits.MAX_LINE_CHARS - 12)]  # as long as allowed
    store.save_case(case, path)
    window.open_path(path)
    view = window.details_tab.screening
    assert view.result is not None and view.result.long_words == 1
    assert "Halfgeleider technologie" in view.text() and "Niet alles is getoetst" in view.text()
    code, out, _ = cli.run(capsys, "show", str(path))
    assert code == 0 and "Let op: 1 woord(en)" in out
    # A topic of a megabyte, which used to pass validate and then kill show and the app.
    doc = caseformat.to_dict(case)
    doc["topics"] = ["halfgeleider" + "x" * 1_000_000]
    path.write_bytes(json.dumps(doc).encode("utf-8"))
    code, _, err = cli.run(capsys, "validate", str(path))
    assert code == 1 and err.count("\n") == 1 and "tekst te lang" in err
