"""Topic screening against the technology table."""

from __future__ import annotations

import pytest

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
