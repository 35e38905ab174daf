"""The message catalogue ``resources/i18n/en.po`` against the code.

Every message marked in ``chinacheck/`` (``_``, ``N_``, ``pgettext``) has an English entry that
keeps its placeholders, the catalogue holds nothing the code no longer says, our run-time reader
reads it as Babel does, and no Dutch message is left unmarked where it would dodge all this.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract
from babel.messages.pofile import read_po
from helpers.dutch import QUOTED_DECISIONS, QUOTED_FOUR_EYES, STATUSES, assert_english, dutch_in

from chinacheck import i18n, pofile
from chinacheck.i18n import _

REPO = Path(__file__).resolve().parent.parent
CODE = REPO / "chinacheck"
CATALOGUE = REPO / "resources" / "i18n" / "en.po"
# The keywords of pybabel extract (see docs/translations.md).
KEYWORDS = {"_": None, "N_": None, "pgettext": ((1, "c"), 2)}
MARKERS = ("_", "N_", "pgettext")

Key = tuple[str | None, str]


def _modules() -> list[Path]:
    return sorted(CODE.rglob("*.py"))


@cache
def _marked() -> dict[Key, str]:
    """Every marked message in the code, with where it is written."""
    found: dict[Key, str] = {}
    for path in _modules():
        with path.open("rb") as handle:
            for line, message, _comments, context in extract("python", handle, KEYWORDS):
                assert isinstance(message, str), f"{path}:{line}: plural forms are not used"
                found.setdefault((context, message), f"{path.relative_to(REPO)}:{line}")
    return found


def _catalogue() -> Catalog:
    with CATALOGUE.open("rb") as handle:
        return read_po(handle, abort_invalid=True)


def _fields(text: str) -> list[str]:
    """The placeholders of a message, each with its conversion and format."""
    return sorted(f"{name}!{conversion}:{spec}"
                  for _, name, spec, conversion in string.Formatter().parse(text)
                  if name is not None)


def test_every_marked_message_has_english() -> None:
    english = {(m.context, m.id): m for m in _catalogue() if m.id}
    problems = []
    for key, where in sorted(_marked().items(), key=lambda item: item[1]):
        entry = english.get(key)
        if entry is None:
            problems.append(f"{where}: no entry for {key[1]!r}")
        elif entry.fuzzy or not isinstance(entry.string, str) or not entry.string.strip():
            problems.append(f"{where}: no finished English for {key[1]!r}")
    assert not problems, "run pybabel extract and update (docs/translations.md), then " \
                         "translate:\n" + "\n".join(problems)


def test_the_catalogue_holds_only_what_the_code_says() -> None:
    catalogue = _catalogue()
    marked = _marked()
    unused = [m.id for m in catalogue if m.id and (m.context, m.id) not in marked]
    assert unused == [], "no longer in the code (pybabel update --ignore-obsolete):"
    assert list(catalogue.obsolete) == []


def test_every_entry_keeps_its_placeholders() -> None:
    for message in _catalogue():
        if message.id and message.string:
            assert isinstance(message.id, str) and isinstance(message.string, str)
            assert _fields(message.string) == _fields(message.id), message.id


def test_the_english_is_english() -> None:
    for message in _catalogue():
        if message.id and isinstance(message.string, str):
            assert_english(message.string, *STATUSES, *QUOTED_DECISIONS, *QUOTED_FOUR_EYES)


def test_our_reader_reads_the_catalogue_as_babel_does() -> None:
    babel = {(m.context, m.id): m.string for m in _catalogue()
             if m.id and m.string and not m.fuzzy}
    ours = pofile.parse(CATALOGUE.read_text(encoding="utf-8"))
    assert ours == babel
    assert i18n.load_catalogue("en") == babel


def test_messages_translate_now_into_the_current_language() -> None:
    assert _("de titel mag niet leeg zijn") == "de titel mag niet leeg zijn"
    i18n.set_language("en")
    assert _("de titel mag niet leeg zijn") == "the title must not be empty"
    assert i18n.pgettext("flag", "Ja") == "yes"
    assert i18n.translate("Ja") == "Yes"  # the same Dutch, another use: a PDF's answer
    assert i18n.translate("Ja", "nl") == "Ja"
    assert _("a message nobody marked") == "a message nobody marked"
    i18n.set_language("fr")
    assert i18n.language() == "nl"


def test_a_damaged_catalogue_leaves_messages_dutch_and_fails_the_self_test(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.cli import selftest

    def damaged(language: str) -> dict[pofile.Key, str]:
        raise pofile.PoError("line 1: unknown keyword 'x'")

    monkeypatch.setattr(i18n, "load_catalogue", damaged)
    i18n._catalogue.cache_clear()
    try:
        assert i18n.translate("de titel mag niet leeg zijn", "en") == \
            "de titel mag niet leeg zijn"
        ok, line = selftest.run()
    finally:
        i18n._catalogue.cache_clear()
    assert not ok and line.endswith("MISLUKT: PoError: line 1: unknown keyword 'x'")


# --- how messages are marked ---------------------------------------------------------------

def _calls(tree: ast.AST) -> Iterator[tuple[str, ast.Call]]:
    """Calls of chinacheck.i18n's functions, by name: ``_(…)`` or ``i18n.translate(…)``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name):
                yield func.id, node
            elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id == "i18n":
                yield func.attr, node


def test_markers_take_a_written_message() -> None:
    """What pybabel cannot read is not in the catalogue: ``_`` and ``N_`` take a string as
    written (never an f-string or a variable), and ``translate`` never does (it looks up
    messages marked elsewhere)."""
    bad = []
    for path in _modules():
        for name, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = f"{path.relative_to(REPO)}:{call.lineno}"
            texts = call.args[1:2] if name == "pgettext" else call.args[:1]
            if name in MARKERS and not all(isinstance(a, ast.Constant) and
                                           isinstance(a.value, str) for a in texts):
                bad.append(f"{where}: {name}() of something other than a written string")
            if name == "translate" and call.args and isinstance(call.args[0], ast.Constant):
                bad.append(f"{where}: translate() of a written string: mark it with _()")
    assert bad == []


def _bound_names(tree: ast.AST) -> Iterator[tuple[str, int]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            yield node.id, node.lineno
        elif isinstance(node, ast.arg):
            yield node.arg, node.lineno
        elif isinstance(node, ast.ExceptHandler) and node.name:
            yield node.name, node.lineno


def test_no_module_hides_the_marker_behind_a_variable() -> None:
    """``name, _ = …`` in a module that translates with ``_`` turns the next message into a
    call of whatever was unpacked."""
    bad = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports_marker = any(isinstance(node, ast.ImportFrom) and node.module == "chinacheck.i18n"
                             and any(a.name == "_" for a in node.names) for node in ast.walk(tree))
        if imports_marker:
            bad += [f"{path.relative_to(REPO)}:{line}" for name, line in _bound_names(tree)
                    if name == "_"]
    assert bad == []


# --- nothing Dutch left unmarked --------------------------------------------------------------

# Dutch in the core that is data, not a message: values stored in files, file names, an example
# case, and the two messages that cannot be translated because the catalogue is what is missing.
NOT_MESSAGES = {
    "chinacheck/case/examples.py": None,  # the example case, all of it
    "chinacheck/case/vocabulary.py": None,  # statuses, risks, decisions as stored
    "chinacheck/case/model.py": {"voorwaarde aftekening", "nazorg bezoek"},  # item-id stand-ins
    "chinacheck/case/caseformat_lifecycle.py": {"besluit"},  # a phase id as stored
    "chinacheck/liveness.py": {"onbekend"},  # a host name stored in lock files
    "chinacheck/storage/locking.py": {"onbekend"},  # a user name stored in lock files
    "chinacheck/storage/store.py": {"zaak", "Kopie van Q"},  # a file name, a case's title
    "chinacheck/storage/recovery.py": {"zaak"},
    "chinacheck/storage/names.py": {"zaak"},  # a file name
    "chinacheck/reports/labels.py": {"decision-doorgaan onder voorwaarden",  # keys with
                                     "risk-nog niet bepaald",  # a stored value in them
                                     "four-eyes-twee aftekeningen"},
    "chinacheck/cli/selftest.py": {"zelftest.chinacheck"},
    "chinacheck/signing/selftest.py": {"ChinaCheck zelftest", "zelftest"},
    "chinacheck/signing/pades.py": {"Aftekening van het zaakoverzicht", "handtekening.pdf"},
    "chinacheck/resource_root.py": {"De meegeleverde inhoud (resources/) is niet gevonden; "
                                    "installeer ChinaCheck opnieuw."},
    "chinacheck/i18n.py": {"Meegeleverd bestand ontbreekt: resources/i18n/Q.po"},
}


def _unmarked_texts(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every string the module writes outside the markers and docstrings; f-strings with Q
    for each value."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # a docstring
        elif isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
    for name, call in _calls(tree):
        if name in MARKERS:
            skip.update(id(node) for node in ast.walk(call))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(str(part.value) if isinstance(part, ast.Constant)
                                       else "Q" for part in node.values)


def test_no_dutch_message_is_left_unmarked() -> None:
    """The catalogue check sees marked messages only: a Dutch sentence written without a
    marker would be shown untranslated, so the core and the command line have none (the UI
    translates its widgets with Qt's own .ts)."""
    found = []
    for path in _modules():
        name = str(path.relative_to(REPO))
        if name.startswith("chinacheck/ui/"):
            continue
        allowed = NOT_MESSAGES.get(name, set())
        if allowed is None:
            continue
        for line, text in _unmarked_texts(ast.parse(path.read_text(encoding="utf-8"))):
            if text not in allowed and dutch_in(text):
                found.append(f"{name}:{line}: {text!r}")
    assert found == [], "mark these with _() or N_():\n" + "\n".join(found)


def test_the_unmarked_check_finds_an_unmarked_message() -> None:
    tree = ast.parse('raise InputError(f"onbekend punt {item}")\nx = _("gemarkeerd")\n'
                     'y = "ChinaCheck"\n')
    texts = [text for _, text in _unmarked_texts(tree) if dutch_in(text)]
    assert texts == ["onbekend punt Q"]
