"""The run-time reader of .po catalogues: what Babel writes it reads the same way, and anything
malformed is refused with the line it is on, never half read."""

from __future__ import annotations

import io

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from hypothesis import given, settings
from hypothesis import strategies as st

from chinacheck.pofile import PoError, parse

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def test_entries_contexts_continuations_and_escapes() -> None:
    text = HEADER + (
        '# a comment\n'
        '#: chinacheck/cli/main.py\n'
        'msgid "fout: {error}"\n'
        'msgstr "error: {error}"\n'
        '\n'
        'msgctxt "flag"\n'
        'msgid "Ja"\n'
        'msgstr "yes"\n'
        '\n'
        'msgid ""\n'
        '"twee "\n'
        '"regels\\n"\n'
        'msgstr "two \\"lines\\"\\n\\tand a \\\\"\n'
        'msgid "direct na elkaar"\n'
        'msgstr "one after the other"\r\n'
    )
    assert parse(text) == {
        (None, "fout: {error}"): "error: {error}",
        ("flag", "Ja"): "yes",
        (None, "twee regels\n"): 'two "lines"\n\tand a \\',
        (None, "direct na elkaar"): "one after the other",
    }


def test_fuzzy_and_untranslated_entries_and_the_header_are_left_out() -> None:
    text = HEADER + ('#, fuzzy, python-brace-format\nmsgid "a"\nmsgstr "b"\n\n'
                     'msgid "c"\nmsgstr ""\n\n#, python-brace-format\nmsgid "d"\nmsgstr "e"\n'
                     '\n#~ msgid "old"\n#~ msgstr "gone"\n')
    assert parse(text) == {(None, "d"): "e"}


@pytest.mark.parametrize(("text", "problem"), [
    ('msgid "a"\n', "line 2: the entry of line 1 has no msgstr"),
    ('msgstr "a"\n', "line 1: msgstr out of place"),
    ('msgid "a"\nmsgid "b"\nmsgstr "c"\n', "line 2: msgid out of place"),
    ('msgid "a"\nmsgctxt "x"\nmsgstr "c"\n', "line 2: msgctxt out of place"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', "line 4: 'a' is defined twice"),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n', "line 2: unknown keyword 'msgid_plural'"),
    ('msgid "a"\nmsgstr "b', "line 2: expected one quoted string"),
    ('msgid "a"\nmsgstr "b" "c"\n', "line 2: expected one quoted string"),
    ('msgid "a"\nmsgstr "b"x\n', "line 2: expected one quoted string"),
    ('msgid "a"\nmsgstr "\\x41"\n', "line 2: unknown escape \\x"),
    ('msgid "a"\nmsgstr "b\\"\n', "line 2: expected one quoted string"),
    ('"loose"\n', "line 1: a string that continues nothing"),
    ('msgid "a"\n# a comment inside\nmsgstr "b"\n', "line 2: the entry of line 1 has no msgstr"),
    ('msgid "a\x00"\nmsgstr "b"\n', "line 1: a control character"),
    ('msgid "a"\nmsgstr "b\x1b[2J"\n', "line 2: a control character"),
    ('msgid\t"a"\nmsgstr "b"\n', "line 1: unknown keyword"),
    ("msgid 'a'\nmsgstr 'b'\n", "line 1: expected one quoted string"),
])
def test_malformed_catalogues_are_refused(text: str, problem: str) -> None:
    with pytest.raises(PoError) as info:
        parse(text)
    assert str(info.value).startswith(problem)


def _written_by_babel(messages: dict[tuple[str | None, str], str]) -> str:
    catalog = Catalog(locale="en")
    for (context, msgid), msgstr in messages.items():
        catalog.add(msgid, msgstr, context=context)
    out = io.BytesIO()
    write_po(out, catalog, width=20)  # narrow: long strings continue on further lines
    return out.getvalue().decode("utf-8")


# Text as our catalogues hold it: any printable character, quotes, backslashes, line ends, tabs.
_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters='\n\t"\\'),
                min_size=1, max_size=60)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.tuples(st.none() | st.sampled_from(["flag", "pdf"]), _TEXT), _TEXT,
                       max_size=8))
def test_reads_what_babel_writes_as_babel_reads_it(
        messages: dict[tuple[str | None, str], str]) -> None:
    text = _written_by_babel(messages)
    babel = {(m.context, m.id): m.string for m in read_po(io.StringIO(text)) if m.id}
    assert parse(text) == babel == messages


_PIECES = st.sampled_from(["msgid ", "msgstr ", "msgctxt ", '"a"', '"', "\\", "\n", "#",
                           "#, fuzzy", " ", "x", "\x00", "é", '\\"', "\r"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_garbage_is_read_or_refused_never_crashes(text: str) -> None:
    try:
        result = parse(text)
    except PoError:
        return
    assert all(isinstance(k[1], str) and isinstance(v, str) for k, v in result.items())
