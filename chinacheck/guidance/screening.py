"""Topic screening: match free text against the brochure's technology table.

Matching is on whole words, case- and accent-insensitive, and knows the synonyms in
``resources/content/synonyms.json``. Longer terms also match as the start of a Dutch compound
("halfgeleider" finds "halfgeleiderindustrie"). No match is reported in the brochure's own
words ("waarschijnlijk niet gevoelig"), never as "safe".

The cost is linear in the text and bounded: at most :data:`MAX_TEXT_CHARS` characters are
screened, and a word counts with at most its first :data:`MAX_WORD_CHARS` characters (longer
than any word of any term, so a long word matches exactly as it would whole). Each word costs a
bounded number of dictionary look-ups, whatever its length. A result says what was left out
(:attr:`ScreeningResult.unscreened_chars`, :attr:`ScreeningResult.long_words`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from chinacheck.guidance.content import Content, Sector, SubTechnology
from chinacheck.guidance.content import load as load_content
from chinacheck.i18n import N_, _, pgettext, translate
from chinacheck.textnorm import normalise

# Terms at least this long also match as the first part of a compound word.
_PREFIX_MIN = 5
# The most text one screening reads (characters of the text as given), and the most of one word
# it considers. Topics are phrases; a case's topics together are a few hundred characters.
MAX_TEXT_CHARS = 100_000
MAX_WORD_CHARS = 64
_CUT = "…"


@dataclass(frozen=True)
class _Term:
    words: tuple[str, ...]
    sector_id: str
    sub_id: str | None
    label: str
    synonym: bool  # one of ChinaCheck's own search aids, not a name in the brochure's table


@dataclass(frozen=True)
class Hit:
    """Why a sector was found: which words of the text matched which table entry, and how."""

    words: str  # the words of the text that matched, as typed (normalised)
    entry: str  # the table entry they matched: the sector's or the sub-technology's name
    subtechnology: SubTechnology | None  # None: the sector itself
    synonym: str | None  # the ChinaCheck synonym that matched; None: the entry's own name


@dataclass
class SectorMatch:
    sector: Sector
    subtechnologies: list[SubTechnology] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # the words in the text that matched
    hits: list[Hit] = field(default_factory=list)  # each match explained, in table order


@dataclass
class ScreeningResult:
    text: str
    matches: list[SectorMatch]
    advice: str  # the brochure's advice: contact the ICP, or "waarschijnlijk niet gevoelig"
    unscreened_chars: int = 0  # characters past MAX_TEXT_CHARS, not screened
    long_words: int = 0  # words longer than MAX_WORD_CHARS, screened on their start only
    steps: int = 0  # dictionary look-ups and term comparisons made: the work, for tests
    # The lines of the text (topics, one a line) that matched nothing, as given, in order.
    unmatched_lines: list[str] = field(default_factory=list)
    # Which guidance the text was screened against: "publisher, title (version)" per pack.
    packs: list[str] = field(default_factory=list)

    @property
    def has_match(self) -> bool:
        return bool(self.matches)

    @property
    def limited(self) -> bool:
        """Whether part of the text was left out or cut (say so wherever the result is shown)."""
        return bool(self.unscreened_chars or self.long_words)


@cache
def _terms(content: Content) -> tuple[_Term, ...]:
    terms: list[_Term] = []

    def add(phrase: str, sector_id: str, sub_id: str | None, synonym: bool) -> None:
        words = tuple(normalise(phrase).split())
        if words:
            terms.append(_Term(words, sector_id, sub_id, phrase, synonym))

    for sector in content.technologies.sectors:
        add(sector.name, sector.id, None, False)
        for synonym in content.synonyms.get(sector.id, ()):
            add(synonym, sector.id, None, True)
        for sub in sector.subtechnologies:
            add(sub.name, sector.id, sub.id, False)
            for synonym in content.synonyms.get(sub.id, ()):
                add(synonym, sector.id, sub.id, True)
    return tuple(terms)


def _word_matches(term_word: str, text_word: str, last: bool) -> bool:
    if term_word == text_word:
        return True
    if not last:
        return False
    if text_word in (term_word + "s", term_word + "en", term_word + "'s"):
        return True
    return len(term_word) >= _PREFIX_MIN and text_word.startswith(term_word)


@dataclass(frozen=True)
class _Index:
    """Term positions by their only word (single-word terms) and by their first word (others),
    so that each word of a text looks up a handful of candidates instead of trying every term;
    ``longest`` is the longest single-word term, the longest prefix worth looking up."""

    single: dict[str, list[int]]
    first: dict[str, list[int]]
    longest: int


@cache
def _index(content: Content) -> _Index:
    single: dict[str, list[int]] = {}
    first: dict[str, list[int]] = {}
    for n, term in enumerate(_terms(content)):
        if max(len(word) for word in term.words) >= MAX_WORD_CHARS:
            # A cut word could then no longer equal it: the cap must stay above every term.
            raise AssertionError(f"term longer than MAX_WORD_CHARS: {term.label}")
        target = single if len(term.words) == 1 else first
        target.setdefault(term.words[0], []).append(n)
    return _Index(single, first, max((len(word) for word in single), default=0))


def _keys(word: str, longest: int) -> set[str]:
    """The single-word terms ``word`` can match: itself, itself less a plural ending, and its
    starts from _PREFIX_MIN characters (compounds), no longer than the longest term."""
    keys = {word, word[:-1], word[:-2]}
    keys.update(word[:k] for k in range(_PREFIX_MIN, min(len(word), longest + 1)))
    return keys


def _first_matches(words: list[str], content: Content) -> tuple[dict[int, int], int]:
    """For every term found in ``words``: where its first occurrence starts, by term position;
    and the number of steps taken. One pass over the words; each distinct word costs a bounded
    number of look-ups (a word is at most MAX_WORD_CHARS long), a repeated one a single step."""
    index = _index(content)
    terms = _terms(content)
    found: dict[int, int] = {}
    candidates_of: dict[str, list[int]] = {}
    steps = 0
    for start, word in enumerate(words):
        steps += 1
        candidates = candidates_of.get(word)
        if candidates is None:
            candidates = list(index.first.get(word, ()))
            for key in _keys(word, index.longest):
                steps += 1
                candidates.extend(index.single.get(key, ()))
            candidates_of[word] = candidates
        for position in candidates:
            steps += 1
            if position in found:
                continue
            term = terms[position]
            n = len(term.words)
            window = words[start:start + n]
            if len(window) == n and all(
                _word_matches(tw, window[k], k == n - 1) for k, tw in enumerate(term.words)
            ):
                found[position] = start
    return found, steps


def _shown(word: str) -> str:
    return word if len(word) <= MAX_WORD_CHARS else word[:MAX_WORD_CHARS] + _CUT


def screen(text: str, content: Content | None = None) -> ScreeningResult:
    """Screen ``text``; with several lines (topics, one a line), also say which lines matched
    nothing (:attr:`ScreeningResult.unmatched_lines`)."""
    content = content or load_content()
    result = _screen(text, content)
    lines = [line for line in text[:MAX_TEXT_CHARS].splitlines() if line.strip()]
    if len(lines) == 1:
        result.unmatched_lines = [] if result.matches else lines
    elif len(lines) > 1:
        for line in lines:
            single = _screen(line, content)
            result.steps += single.steps
            if not single.matches:
                result.unmatched_lines.append(line)
    result.packs = pack_labels(content)
    return result


def pack_labels(content: Content) -> list[str]:
    """"NCTV, Decentrale contacten met China (2023.05-1)" per pack of ``content``; "niet
    geverifieerd" added where its signature was not checked against a trusted key."""
    labels = []
    for pack in content.packs:
        label = f"{pack.publisher_short}, {pack.title} ({pack.ref.version})"
        if not pack.trust.verified:
            label += " — " + _("niet geverifieerd")
        labels.append(label)
    return labels


def _screen(text: str, content: Content) -> ScreeningResult:
    unscreened = max(0, len(text) - MAX_TEXT_CHARS)
    words = normalise(text[:MAX_TEXT_CHARS]).split()
    long_words = sum(1 for word in words if len(word) > MAX_WORD_CHARS)
    considered = [word[:MAX_WORD_CHARS] for word in words] if long_words else words
    found, steps = _first_matches(considered, content)
    by_sector: dict[str, SectorMatch] = {}
    terms = _terms(content)
    for position in sorted(found):
        term = terms[position]
        start = found[position]
        shown = " ".join(_shown(word) for word in words[start:start + len(term.words)])
        sector = content.sector(term.sector_id)
        assert sector is not None
        match = by_sector.setdefault(sector.id, SectorMatch(sector))
        if shown not in match.terms:
            match.terms.append(shown)
        sub = None
        if term.sub_id is not None:
            sub = next(s for s in sector.subtechnologies if s.id == term.sub_id)
            if all(s.id != sub.id for s in match.subtechnologies):
                match.subtechnologies.append(sub)
        hit = Hit(shown, sub.name if sub else sector.name, sub,
                  term.label if term.synonym else None)
        same = [n for n, h in enumerate(match.hits) if (h.words, h.entry) == (shown, hit.entry)]
        if not same:
            match.hits.append(hit)
        elif normalise(term.label) == shown:  # one explanation a match: the closest term
            match.hits[same[0]] = hit
    order = {s.id: n for n, s in enumerate(content.technologies.sectors)}
    matches = sorted(by_sector.values(), key=lambda m: order[m.sector.id])
    for match in matches:
        sub_order = {s.id: n for n, s in enumerate(match.sector.subtechnologies)}
        match.subtechnologies.sort(key=lambda s: sub_order[s.id])
    table = content.technologies
    return ScreeningResult(text, matches, table.match_advice if matches else table.no_match,
                           unscreened_chars=unscreened, long_words=long_words, steps=steps)


def explain(hit: Hit, language: str | None = None) -> str:
    """One line saying why ``hit`` was found, in ``language`` (default: the current one)."""
    if hit.synonym is None:
        return translate(N_("“{words}” → {entry} (naam in de tabel)"), language).format(
            words=hit.words, entry=hit.entry)
    return translate(N_("“{words}” → {entry} (via zoekwoord van ChinaCheck: "
                        "“{synonym}”)"), language).format(words=hit.words, entry=hit.entry,
                                                    synonym=hit.synonym)


def no_hit_line(topic: str, content: Content | None = None,
                language: str | None = None) -> str:
    """A topic that matched nothing, said plainly, with the brochure's own no-match text."""
    content = content or load_content()
    return translate(N_("“{topic}”: geen treffer in de tabel. {no_match}"),
                     language).format(topic=topic, no_match=content.technologies.no_match)


def flag_label(value: bool | None, language: str | None = None) -> str:
    """The brochure's flag wording, in ``language`` (default: the current one); an empty cell
    in the source is 'niet vermeld'."""
    if value is None:
        return pgettext("flag", "niet vermeld", language)
    return pgettext("flag", "Ja", language) if value else pgettext("flag", "Nee", language)
