"""Spotting Dutch in text that should be English: a list of words that are Dutch and never
English, with the brochure's own texts and the values a user types taken out first."""

from __future__ import annotations

import re
from functools import cache

from chinacheck.case.model import Decision, FourEyes, Status
from chinacheck.guidance.content import load_raw

# Words that are Dutch and never English (whole words, any case).
DUTCH = (
    "zaak", "zaken", "zaakbestand", "bestand", "bestanden", "onbekend", "onbekende", "niet",
    "geldig", "ongeldig", "wachtwoord", "wachtwoorden", "versleuteld", "versleutelde",
    "onversleuteld", "soort", "punt", "punten", "fout", "kies", "uit", "maak", "toon", "taal",
    "gegevens", "afgetekend", "aftekening", "aftekeningen", "heropend", "heropen", "revisie",
    "vingerafdruk", "een", "het", "van", "bij", "met", "voor", "naar", "geen", "wordt", "kan",
    "moet", "zijn", "de", "deze", "dit", "nog", "ook", "wel", "alleen", "sinds", "nieuw",
    "nieuwe", "nieuwere", "ingevuld", "behandeling", "ontbreekt", "mislukt", "geweigerd",
    "verwacht", "gevonden", "tekst", "veld", "regel", "kolom", "leeg", "onjuist", "beschadigd",
    "gewijzigd", "ondertekend", "handtekening", "vertrouwd", "voorwaarden", "logboek",
    "inhoud", "gebruik", "opnieuw", "bijvoorbeeld", "standaard", "lees", "schrijf",
    "controleer", "toets", "onderwerp", "gemaakt", "getal", "datum", "tijdstip", "sleutel",
    "waarde", "vergrendeld", "definitief", "antwoorden", "bewaard", "opgesteld", "periode",
    "risico", "besluit", "voortgang", "gesprekspartners", "tussenpersonen", "maatregelen",
    "notitie", "actie", "acties", "afgerond", "uiterlijk", "sectoren", "bron", "contacten",
    "zelftest", "overgeslagen", "hoofdvenster", "beeldscherm", "opdrachtregel", "toepassing",
    "te", "worden", "heeft", "map", "slot", "geheel", "ontbrekende", "opbouw", "gelezen",
)
DUTCH_WORD = re.compile(r"(?<![\w-])(" + "|".join(DUTCH) + r")(?![\w-])", re.IGNORECASE)
# Values typed on the command line, which stay Dutch in any language.
STATUSES = tuple(s.value for s in Status)
DECISIONS = tuple(d.value for d in Decision)
QUOTED_DECISIONS = tuple(f"'{d}'" for d in DECISIONS)
FOUR_EYES = tuple(p.value for p in FourEyes)  # four-eyes policies, as typed and stored
QUOTED_FOUR_EYES = tuple(f"'{p}'" for p in FOUR_EYES)


def words(text: str) -> str:
    return " ".join(text.split())


@cache
def _brochure() -> re.Pattern[str]:
    """Every text of the bundled content (the brochure and the labels that come with it)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            if node.strip():
                found.add(words(node))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_raw())
    texts = sorted(found, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in texts) + r")(?!\w)")


def dutch_in(text: str, *allowed: str) -> list[str]:
    """The Dutch words in ``text`` once the brochure's texts and ``allowed`` are taken out."""
    text = words(text)
    for value in sorted(allowed, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(words(value)) + r"(?![\w-])", " ", text)
    text = _brochure().sub(" ", text)
    return DUTCH_WORD.findall(text)


def assert_english(text: str, *allowed: str) -> None:
    found = dutch_in(text, *allowed)
    assert not found, f"Dutch words {sorted(set(found))} in:\n{text}"
