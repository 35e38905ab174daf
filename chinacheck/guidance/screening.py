"""Topic screening: match free text against the brochure's technology table.

Matching is on whole words, case- and accent-insensitive, and knows the synonyms in
``resources/content/synonyms.json``. Longer terms also match as the start of a Dutch compound
("halfgeleider" finds "halfgeleiderindustrie"). No match is reported in the brochure's own
words ("waarschijnlijk niet gevoelig"), never as "safe".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from chinacheck.guidance.content import Content, Sector, SubTechnology
from chinacheck.guidance.content import load as load_content
from chinacheck.i18n import pgettext
from chinacheck.textnorm import normalise

# Terms at least this long also match as the first part of a compound word.
_PREFIX_MIN = 5




@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]
    sector_id: str
    sub_id: str | None
    label: str


@dataclass
class SectorMatch:
    sector: Sector
    subtechnologies: list[SubTechnology] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # the words in the text that matched


@dataclass
class ScreeningResult:
    text: str
    matches: list[SectorMatch]
    advice: str  # the brochure's advice: contact the ICP, or "waarschijnlijk niet gevoelig"

    @property
    def has_match(self) -> bool:
        return bool(self.matches)


@cache
def _terms(content: Content) -> tuple[_Term, ...]:
    terms: list[_Term] = []

    def add(phrase: str, sector_id: str, sub_id: str | None) -> None:
        words = tuple(normalise(phrase).split())
        if words:
            terms.append(_Term(words, sector_id, sub_id, phrase))

    for sector in content.technologies.sectors:
        add(sector.name, sector.id, None)
        for synonym in content.synonyms.get(sector.id, ()):
            add(synonym, sector.id, None)
        for sub in sector.subtechnologies:
            add(sub.name, sector.id, sub.id)
            for synonym in content.synonyms.get(sub.id, ()):
                add(synonym, sector.id, sub.id)
    return tuple(terms)


def _word_matches(term_word: str, text_word: str, last: bool) -> bool:
    if term_word == text_word:
        return True
    if not last:
        return False
    if text_word in (term_word + "s", term_word + "en", term_word + "'s"):
        return True
    return len(term_word) >= _PREFIX_MIN and text_word.startswith(term_word)


def _find(words: list[str], term: _Term) -> str | None:
    n = len(term.words)
    for start in range(len(words) - n + 1):
        if all(
            _word_matches(tw, words[start + k], k == n - 1) for k, tw in enumerate(term.words)
        ):
            return " ".join(words[start:start + n])
    return None


@cache
def _index(content: Content) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Term positions by their only word (single-word terms) and by their first word (others),
    so a screen looks up a handful of candidates instead of trying every term."""
    single: dict[str, list[int]] = {}
    first: dict[str, list[int]] = {}
    for n, term in enumerate(_terms(content)):
        target = single if len(term.words) == 1 else first
        target.setdefault(term.words[0], []).append(n)
    return single, first


def _candidates(words: list[str], content: Content) -> list[int]:
    single, first = _index(content)
    found: set[int] = set()
    for word in set(words):
        found.update(first.get(word, ()))
        # a single-word term matches the word itself, a plural of it, or its start (compounds)
        keys = {word, word[:-1], word[:-2]} | {word[:k] for k in range(_PREFIX_MIN, len(word))}
        for key in keys:
            found.update(single.get(key, ()))
    return sorted(found)


def screen(text: str, content: Content | None = None) -> ScreeningResult:
    content = content or load_content()
    words = normalise(text).split()
    by_sector: dict[str, SectorMatch] = {}
    terms = _terms(content)
    for position in _candidates(words, content):
        term = terms[position]
        found = _find(words, term)
        if found is None:
            continue
        sector = content.sector(term.sector_id)
        assert sector is not None
        match = by_sector.setdefault(sector.id, SectorMatch(sector))
        if found not in match.terms:
            match.terms.append(found)
        if term.sub_id is not None and all(s.id != term.sub_id for s in match.subtechnologies):
            sub = next(s for s in sector.subtechnologies if s.id == term.sub_id)
            match.subtechnologies.append(sub)
    order = {s.id: n for n, s in enumerate(content.technologies.sectors)}
    matches = sorted(by_sector.values(), key=lambda m: order[m.sector.id])
    for match in matches:
        sub_order = {s.id: n for n, s in enumerate(match.sector.subtechnologies)}
        match.subtechnologies.sort(key=lambda s: sub_order[s.id])
    table = content.technologies
    return ScreeningResult(text, matches, table.match_advice if matches else table.no_match)


def flag_label(value: bool | None, language: str | None = None) -> str:
    """The brochure's flag wording, in ``language`` (default: the current one); an empty cell
    in the source is 'niet vermeld'."""
    if value is None:
        return pgettext("flag", "niet vermeld", language)
    return pgettext("flag", "Ja", language) if value else pgettext("flag", "Nee", language)
