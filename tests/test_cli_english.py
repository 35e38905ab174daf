"""The command line in English (``--lang en``): every message, every help text, the text views
and the PDFs, with no Dutch left but what is Dutch on purpose (the brochure's own words, values
typed on the command line such as statuses and decisions, and the case's own data).

Also: the English catalogue itself (placeholders, no template hidden behind another, every Dutch
message in the code has an entry) and Dutch output that stays exactly as it was.
"""

from __future__ import annotations

import ast
import getpass
import io
import json
import re
import string
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest
from pdftools import text as pdf_text

from chinacheck import i18n
from chinacheck.case.model import Decision, Status
from chinacheck.cli.main import build_parser, main
from chinacheck.guidance.content import load_raw
from chinacheck.resource_files import read_text
from chinacheck.storage import locking, paths

REPO = Path(__file__).resolve().parent.parent

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
)
DUTCH_WORD = re.compile(r"(?<![\w-])(" + "|".join(DUTCH) + r")(?![\w-])", re.IGNORECASE)
# Values typed on the command line, which stay Dutch in any language.
STATUSES = tuple(s.value for s in Status)
DECISIONS = tuple(d.value for d in Decision)
QUOTED_DECISIONS = tuple(f"'{d}'" for d in DECISIONS)

# Case data typed by these tests: English, so that it needs no exception.
TITLE = "Visit from Wuhan"
NOTE = "Agenda received in advance"
PASSPHRASE = "correct horse battery 王伟"


def _words(text: str) -> str:
    return " ".join(text.split())


@cache
def _brochure() -> re.Pattern[str]:
    """Every text of the bundled content (the brochure and the labels that come with it)."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            if node.strip():
                found.add(_words(node))
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
    text = _words(text)
    for value in sorted(allowed, key=len, reverse=True):
        text = re.sub(r"(?<![\w-])" + re.escape(_words(value)) + r"(?![\w-])", " ", text)
    text = _brochure().sub(" ", text)
    return DUTCH_WORD.findall(text)


def assert_english(text: str, *allowed: str) -> None:
    found = dutch_in(text, *allowed)
    assert not found, f"Dutch words {sorted(set(found))} in:\n{text}"


@pytest.fixture(autouse=True)
def dutch_afterwards() -> Iterator[None]:
    """--lang sets the language of this process: leave it as other tests expect it."""
    yield
    i18n.set_language("nl")


pytestmark = pytest.mark.usefixtures("cheap_scrypt")


def en(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def en_ok(capsys: pytest.CaptureFixture[str], *argv: str, allowed: tuple[str, ...] = ()) -> str:
    """Run a command that succeeds; its output and stderr are English."""
    code, out, err = en(capsys, *argv)
    assert code == 0, err
    assert_english(out + err, *allowed)
    return out


def en_fails(capsys: pytest.CaptureFixture[str], *argv: str, allowed: tuple[str, ...] = (),
             code: int = 1) -> str:
    """Run a command that fails: one English line on stderr (no traceback), returned."""
    got, out, err = en(capsys, *argv)
    assert got == code, (out, err)
    assert "Traceback" not in err and err.strip(), err
    assert_english(out + err, *allowed)
    return err.strip()


def _new(capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    out = en_ok(capsys, "new", "--title", TITLE, *extra)
    return Path(out.strip())


# --- the catalogue -----------------------------------------------------------------------------

def _catalogue() -> dict[str, dict[str, str]]:
    data = json.loads(read_text("i18n/messages_en.json"))
    assert set(data) == {"exact", "templates"}
    return data


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def test_every_entry_keeps_its_placeholders() -> None:
    data = _catalogue()
    for section in ("exact", "templates"):
        for dutch, english in data[section].items():
            assert _fields(dutch) == _fields(english), (section, dutch)
            assert english.strip() and dutch != "", dutch
    for dutch in data["templates"]:
        assert _fields(dutch), f"a template without placeholders belongs in 'exact': {dutch!r}"


def _sample(template: str) -> tuple[dict[str, str], str]:
    values = {name: f"Q{n}" for n, name in enumerate(_fields(template))}
    return values, template.format(**values)


def test_every_template_is_reached_also_after_a_path_and_an_error_prefix() -> None:
    """No template is hidden by a longer (or tied) one that also matches, and a message after
    "fout: FILE: " comes out whole."""
    for dutch, english in _catalogue()["templates"].items():
        values, message = _sample(dutch)
        expected = english.format(**values)
        assert i18n.translate(message, "en") == expected, dutch
        if dutch.startswith("chinacheck {version} self-test"):
            continue  # a line of its own, never after a prefix
        prefixed = i18n.translate(f"fout: /tmp/a.chinacheck: {message}", "en")
        assert prefixed == f"error: /tmp/a.chinacheck: {expected}", dutch


def test_dutch_is_never_changed() -> None:
    data = _catalogue()
    for dutch in data["exact"]:
        assert i18n.translate(dutch, "nl") == dutch
    for dutch in data["templates"]:
        message = _sample(dutch)[1]
        assert i18n.translate(message, "nl") == message


def test_the_english_catalogue_is_english() -> None:
    data = _catalogue()
    for english in (*data["exact"].values(), *data["templates"].values()):
        assert_english(english, *STATUSES, *QUOTED_DECISIONS)


# Dutch strings in the modules below that are not messages: a case title, a certificate, file
# names, the reason recorded in a PDF signature, pieces of a self-test line.
NOT_MESSAGES = {
    "Kopie van Q0", "zaak", "zelftest.chinacheck", "ChinaCheck zelftest", "zelftest",
    "zelftest-ondertekend.pdf", "ChinaCheck-handtekening", "handtekening.pdf",
    "Aftekening van het zaakoverzicht", "PDF's gemaakt (", " pagina's)",
}
# Messages whose values are themselves words to translate, as they are written at run time.
SAMPLES = {
    "handtekening van Q0Q1: Q2": (
        "handtekening van Jan Jansen op 2027-03-14 10:00: intact, geldig, vertrouwd",
        "handtekening van Jan Jansen: NIET intact, NIET geldig, niet vertrouwd (certificaat leidt "
        "niet naar een vertrouwd basiscertificaat)",
        "handtekening van ?: intact, geldig, niet vertrouwd (zelfondertekend certificaat)",
    ),
    # A failed check ends the self-test line rather than printing as a step.
    "Qt sorteert niet volgens taal (ICU-gegevens onleesbaar)": (
        "chinacheck 9.9 self-test MISLUKT: AssertionError: Qt sorteert niet volgens taal "
        "(ICU-gegevens onleesbaar)",
    ),
}
MESSAGE_MODULES = (
    "cli/main", "cli/case", "cli/io", "cli/signoff", "cli/summary", "errors", "case/caseformat",
    "case/caseformat_signoffs", "jsonreader", "storage/store", "storage/casefile",
    "storage/library", "storage/locking", "case/encryption", "case/signoff", "signing/verify",
    "signing/export", "case/integrity", "oserrors", "storage/trash", "storage/recovery",
    "storage/atomic", "display", "cli/selftest", "guidance/content", "resource_files",
    "guidance/screening", "signing/availability", "signing/selftest", "signing/check",
    "signing/pades", "reports/output", "signing/pdfread", "signing/pagetext",
)


def _texts(module: str) -> Iterator[tuple[int, str]]:
    """Every string the module writes, f-strings with Q0, Q1 … for their values (module
    constants in capitals with their own value)."""
    import importlib

    path = REPO / "chinacheck" / f"{module}.py"
    namespace = importlib.import_module("chinacheck." + module.replace("/", ".")
                                        .removesuffix(".__init__"))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # a docstring
        if isinstance(node, ast.JoinedStr):
            skip.update(id(part) for part in node.values)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            parts: list[str] = []
            for part in node.values:
                if isinstance(part, ast.Constant):
                    parts.append(str(part.value))
                elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name) \
                        and part.value.id.isupper() and hasattr(namespace, part.value.id):
                    parts.append(str(getattr(namespace, part.value.id)))
                else:
                    parts.append(f"Q{sum(p.startswith('Q') for p in parts)}")
            yield node.lineno, "".join(parts)


def test_every_dutch_message_in_the_code_has_an_english_entry() -> None:
    missing = []
    for module in MESSAGE_MODULES:
        for line, text in _texts(module):
            if text in NOT_MESSAGES or not dutch_in(text):
                continue
            # A self-test step is printed with its duration.
            suffix = " (1 ms)" if module == "cli/selftest" and "self-test" not in text else ""
            for message in SAMPLES.get(text, (text + suffix,)):
                english = i18n.translate(message, "en")
                if dutch_in(english, *STATUSES, *QUOTED_DECISIONS):
                    missing.append(f"chinacheck/{module}.py:{line}: {message!r} -> {english!r}")
    assert not missing, "\n".join(missing)


# --- help ------------------------------------------------------------------------------------

def test_help_of_the_program_and_of_every_command_is_english(
        capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    [commands] = [a for a in parser._actions if a.dest == "command"]
    for argv in (["--help"], *([name, "--help"] for name in commands.choices)):
        with pytest.raises(SystemExit) as info:
            main(["--lang", "en", *argv])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "usage: chinacheck" in out and "options:" in out
        assert_english(out, *STATUSES, *QUOTED_DECISIONS)
    with pytest.raises(SystemExit):
        main(["--lang", "en", "answer", "--help"])
    out = capsys.readouterr().out
    assert "ja (yes)" in _words(out) and "record one answer" in out


# --- cases -----------------------------------------------------------------------------------

def test_new_list_show_items_answer(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    path = _new(capsys, "--kind", "delegatie-inkomend")
    assert path.parent == data_home / "cases"
    out = en_ok(capsys, "answer", str(path), "visit-programme", "--status", "deels", "--note",
                NOTE, allowed=STATUSES)
    assert out.strip() == "visit-programme: deels"
    (data_home / "cases" / "broken.chinacheck").write_text("{", encoding="utf-8")
    out = en_ok(capsys, "list", allowed=(TITLE,))
    assert "\tin progress 1/16\t" in out and "unreadable: not valid JSON (line" in out
    out = en_ok(capsys, "show", str(path), allowed=(TITLE, NOTE, *STATUSES))
    for line in ("Kind:             Incoming delegation", "Risk:             not yet determined",
                 "Progress:         1/16 items answered, 0 open actions",
                 "Sign-off:         not yet signed off", "Period:           — to —",
                 f"               note: {NOTE}",
                 "    [   deels] visit-programme: Delegation's programme known"):
        assert line in out.splitlines(), line
    data = json.loads(en_ok(capsys, "show", str(path), "--json",
                            allowed=(TITLE, NOTE, "deels", "nog niet bepaald")))  # stored values
    assert data["answers"]["visit-programme"]["status"] == "deels"
    out = en_ok(capsys, "items")
    assert out.startswith("need-own-goals\tHeeft u duidelijk")  # the brochure's question
    en_ok(capsys, "items", "--kind", "reis-uitgaand")


def test_error_paths(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _new(capsys)
    err = en_fails(capsys, "new", "--title", "X", "--kind", "ruimtereis")
    assert err.startswith("chinacheck: error: unknown kind 'ruimtereis'; choose from: ")
    err = en_fails(capsys, "new", "--title", "  ")
    assert err == "chinacheck: error: the title must not be empty"
    err = en_fails(capsys, "new", "--title", "X", "-o", str(path))
    assert err.endswith(": exists already; choose another name")
    err = en_fails(capsys, "answer", str(path), "no-such-item", "--status", "ja")
    assert err == "chinacheck: error: unknown item 'no-such-item'; see 'chinacheck items'"
    err = en_fails(capsys, "answer", str(path), "visit-programme", "--status", "maybe",
                   allowed=STATUSES)
    assert "unknown status 'maybe'; choose from: open, ja" in err
    err = en_fails(capsys, "answer", str(tmp_path / "gone.chinacheck"), "visit-programme",
                   "--status", "ja")
    assert err.endswith("gone.chinacheck: cannot be read: no such file or folder")
    en_fails(capsys, "sectors", " ")
    assert "this is a folder, not a file" in en_fails(capsys, "checklist", "-o", str(tmp_path))
    assert "unknown kind" in en_fails(capsys, "checklist", "-o", "x.pdf", "--kind", "zzz")


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = _new(capsys)
    assert en_ok(capsys, "validate", str(good)).strip() == "1 valid"
    case = json.loads(good.read_text(encoding="utf-8"))
    unknown = _write(tmp_path / "unknown.chinacheck",
                     {**case, "answers": {"retired-item": {"status": "ja"}}})
    code, _, err = en(capsys, "validate", str(unknown))
    assert code == 0 and err.strip() == (f"{unknown}: valid; answers to unknown items kept: "
                                         "'retired-item'")
    bad = {
        "newer": {"format": "chinacheck-case", "schema_version": 3},
        "broken": "{",
        "empty": "",
        "notcase": [1],
        "status": {**case, "answers": {"visit-programme": {"status": "misschien"}}},
        "topic": {**case, "topics": [7]},
        "due": {**case, "answers": {"visit-programme": {
            "status": "ja", "actions": [{"text": "x", "due": "morgen"}]}}},
        "created": {**case, "created": "2024-01-01T10:00:00"},
        "revision": {**case, "revision": 0},
        "signoff": {**case, "signoffs": [{"name": "x", "fingerprint": "abc"}]},
        "audit": {key: value for key, value in case.items() if key != "audit"},
        "duplicate": '{"format": "chinacheck-case", "format": "x"}',
    }
    files = []
    for name, data in bad.items():
        target = tmp_path / f"{name}.chinacheck"
        if isinstance(data, str):
            target.write_text(data, encoding="utf-8")
        else:
            _write(target, data)
        files.append(str(target))
    files.append(str(tmp_path / "missing.chinacheck"))
    code, out, err = en(capsys, "validate", *files)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == len(files)
    for name, line in zip(files, lines, strict=True):
        assert line.startswith(f"{name}: "), line
    assert_english(err, *STATUSES)
    text = _words(err)
    for expected in ("made by a newer ChinaCheck (format version 3; this version knows up to 2)",
                     "not valid JSON (line 1", "the file is empty",
                     "not a ChinaCheck case: the file is not a JSON object",
                     "field 'answers['visit-programme'].status': 'misschien' is none of: open",
                     "field 'topics[0]': expected text, found a number",
                     "not a valid date: 'morgen'", "timestamp without a time zone",
                     "field 'revision': is missing or not a positive whole number",
                     "field 'signoffs[0].fingerprint': not a SHA-256",
                     "field 'audit': is missing", "not valid JSON: duplicate key 'format'",
                     "cannot be read: no such file or folder"):
        assert expected in text, expected


def test_content_and_sectors(capsys: pytest.CaptureFixture[str]) -> None:
    out = en_ok(capsys, "content")
    assert "(12 sectors)" in out and "top sector yes, key technology" in out
    assert "Source: NCTV, Decentrale contacten met China, mei 2023. Full content:" in out
    assert json.loads(en_ok(capsys, "content", "--json")) == load_raw()
    out = en_ok(capsys, "sectors", "chips", "and", "hydrogen")
    assert "- Halfgeleider technologie (top sector: yes; key technology: yes)" in out
    assert "    matched on: chips" in out
    out = en_ok(capsys, "sectors", "school", "orchestra")
    assert "waarschijnlijk niet gevoelig" in out  # the brochure's own advice, in its words


# --- sign-off, export, verify --------------------------------------------------------------

def test_signoff_reopen_export_verify(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _new(capsys)
    sign = ("signoff", str(path), "--name", "Jan Jansen", "--role", "mayor")
    err = en_fails(capsys, *sign, "--decision", "misschien", allowed=QUOTED_DECISIONS)
    assert err.startswith("chinacheck: error: unknown decision 'misschien'; choose from: ")
    err = en_fails(capsys, *sign, "--decision", "doorgaan onder voorwaarden", allowed=(
        "'doorgaan onder voorwaarden'",))
    assert "needs conditions (--conditions)" in err
    err = en_fails(capsys, "reopen", str(path))
    assert "has not been finally signed off; there is no need to reopen it" in err
    out = en_ok(capsys, *sign, "--decision", "doorgaan onder voorwaarden", "--conditions",
                "Report back", allowed=DECISIONS)
    assert out.startswith("signed off by Jan Jansen (mayor): doorgaan onder voorwaarden; "
                          "revision 1, fingerprint ")
    out = en_ok(capsys, *sign, "--decision", "doorgaan", "--final", allowed=DECISIONS)
    assert ": doorgaan, final; revision 1" in out
    assert "the case is now locked; 'chinacheck reopen' starts a new revision" in out
    out = en_ok(capsys, "show", str(path), allowed=(TITLE, "Report back", *DECISIONS, *STATUSES))
    assert "Sign-off:         finally signed off by Jan Jansen (locked)" in out
    assert "- signed off by Jan Jansen (mayor) on " in out and ": doorgaan, final" in out
    assert "Conditions of the sign-off:" in out
    err = en_fails(capsys, "answer", str(path), "visit-programme", "--status", "ja")
    assert "has been finally signed off by Jan Jansen (revision 1) and can no longer be changed" \
        in err
    assert "signed off" in en_ok(capsys, "list", allowed=(TITLE,))

    pdf = tmp_path / "summary.pdf"
    assert en_ok(capsys, "export", str(path), "-o", str(pdf)).strip() == str(pdf)
    out = en_ok(capsys, "verify", str(path), str(pdf))
    assert "this PDF is in the case's audit trail: exported on " in out
    assert "not digitally signed" in out and f"OK: {pdf.name} belongs to this case" in out
    out = en_ok(capsys, "reopen", str(path), "--reason", "new facts")
    assert out.strip() == ("reopened: the case is now at revision 2; earlier sign-offs are kept")
    err = en_fails(capsys, "verify", str(path), str(pdf))
    assert err.startswith(f"chinacheck: {pdf}: another revision: the PDF shows revision 1, "
                          "the case is now at revision 2")
    en_ok(capsys, "export", str(path), "-o", str(pdf))
    en_ok(capsys, "answer", str(path), "visit-programme", "--status", "ja", allowed=STATUSES)
    err = en_fails(capsys, "verify", str(path), str(pdf))
    assert "changed case: the content has changed since the PDF was made" in err
    en_ok(capsys, *sign, "--decision", "doorgaan", allowed=DECISIONS)
    err = en_fails(capsys, "verify", str(path), str(pdf))  # two problems, each in English
    assert "PDF was made (fingerprint PDF " in err and "; other sign-offs: the case does not " \
        "have the same sign-offs as the PDF" in err
    other = _new(capsys, "-o", str(tmp_path / "other.chinacheck"))
    err = en_fails(capsys, "verify", str(other), str(pdf))
    assert "another case: the PDF belongs to case" in err
    text = tmp_path / "note.pdf"
    text.write_text("not a pdf", encoding="utf-8")
    assert en_fails(capsys, "verify", str(path), str(text)).endswith(": not a PDF file")
    err = en_fails(capsys, "export", str(path), "-o", str(pdf), "--passphrase-file", "x", code=2)
    assert "--passphrase-file goes with --sign CERT.p12" in err
    from chinacheck.signing import availability as signing

    if signing.available():
        err = en_fails(capsys, "export", str(path), "-o", str(pdf), "--sign", str(text),
                       "--passphrase-file", str(text))
        assert err == (f"chinacheck: error: {text}: the certificate cannot be opened: wrong "
                       "passphrase, or not a PKCS#12 file (.p12/.pfx) with a key and certificate")


# --- encryption and locks --------------------------------------------------------------------

def test_encrypt_decrypt_and_passphrases(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    path = _new(capsys)
    en_ok(capsys, "answer", str(path), "visit-programme", "--status", "ja", allowed=STATUSES)
    secret, wrong = tmp_path / "secret.txt", tmp_path / "wrong.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong.write_text("not it\n", encoding="utf-8")
    out = en_ok(capsys, "encrypt", str(path), "--passphrase-file", str(secret))
    assert out.splitlines() == [f"encrypted: {path}", f"unencrypted copy removed: {path}.bak"]
    assert en_fails(capsys, "encrypt", str(path), "--passphrase-file", str(secret)).endswith(
        ": is already encrypted")
    assert f"-\t{path.name}\t-\tencrypted\t-" in en_ok(capsys, "list")
    err = en_fails(capsys, "show", str(path))
    assert err.endswith("the case is encrypted; give its passphrase with --passphrase-file F, "
                        "or run the command in a terminal")
    err = en_fails(capsys, "show", str(path), "--passphrase-file", str(wrong))
    assert err.endswith(": the passphrase is wrong (or the key data in the file is damaged)")
    err = en_fails(capsys, "show", str(path), "--passphrase-file", str(tmp_path / "nothing"))
    assert "passphrase file cannot be read (" in err
    assert "Kind:" in en_ok(capsys, "show", str(path), "--passphrase-file", str(secret),
                            allowed=(TITLE, *STATUSES))
    plain = tmp_path / "plain.chinacheck"
    err = en_fails(capsys, "decrypt", str(path), "-o", str(secret), "--passphrase-file",
                   str(secret))
    assert "exists already; choose another name (only -o" in err
    out = en_ok(capsys, "decrypt", str(path), "-o", str(plain), "--passphrase-file", str(secret))
    assert out.strip() == str(plain)
    assert en_fails(capsys, "decrypt", str(plain), "-o", str(tmp_path / "x")).endswith(
        ": is not encrypted")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_passphrase_prompts_are_english(capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _new(capsys)
    asked: list[str] = []
    answers = [PASSPHRASE, "typo"]
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass",
                        lambda prompt="": asked.append(prompt) or answers.pop(0))
    err = en_fails(capsys, "encrypt", str(path))
    assert err == "chinacheck: error: the passphrases differ; nothing has been encrypted"
    assert asked == [f"New passphrase for {path.name}: ", "Repeat the passphrase: "]


def test_a_case_in_use_and_an_abandoned_lock(capsys: pytest.CaptureFixture[str]) -> None:
    path = _new(capsys)
    with locking.acquire(path):
        err = en_fails(capsys, "answer", str(path), "visit-programme", "--status", "ja")
    assert re.fullmatch(rf"chinacheck: error: {re.escape(path.name)} is in use by .+ on .+ since "
                        r"\d\d-\d\d-\d{4} \d\d:\d\d", err), err
    long_ago = datetime.now(UTC) - timedelta(hours=9)
    info = locking.LockInfo(user="onbekend", host="elsewhere", pid=1, since=long_ago,
                            refreshed=long_ago, app_version="1", token="t")
    locking.lock_path(path).write_bytes(info.to_json())
    err = en_fails(capsys, "answer", str(path), "visit-programme", "--status", "ja")
    assert err.startswith(f"chinacheck: error: {path.name} is in use by unknown on elsewhere "
                          "since ")
    assert err.endswith("; the lock seems abandoned: open the case in the app to take it over")
    locking.lock_path(path).unlink()


# --- messages from elsewhere ----------------------------------------------------------------

def test_self_test_line_internal_error_and_no_display(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck import display
    from chinacheck.cli import main as cli
    from chinacheck.cli import selftest

    line = ("chinacheck 9.9 self-test OK: inhoud 2023.05-1 (30 punten) (4 ms); zaak opgeslagen en "
            "gelezen (9 ms); PDF's gemaakt (3/2/1 pagina's) (800 ms); ondertekenen overgeslagen "
            "(pyHanko niet geïnstalleerd) (0 ms); venster overgeslagen (geen beeldscherm) (0 ms)")
    monkeypatch.setattr(selftest, "run", lambda: (True, line))
    assert en_ok(capsys, "--self-test").strip() == (
        "chinacheck 9.9 self-test OK: content 2023.05-1 (30 items) (4 ms); case saved and read "
        "again (9 ms); PDFs made (3/2/1 pages) (800 ms); signing skipped (pyHanko not installed) "
        "(0 ms); window skipped (no display) (0 ms)")
    monkeypatch.setattr(selftest, "run", lambda: (False, "chinacheck 9.9 self-test MISLUKT: "
                                                         "OSError: de schijf is vol"))
    assert en_fails(capsys, "--self-test") == ("chinacheck 9.9 self-test FAILED: OSError: the "
                                               "disk is full")

    def boom(args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(cli, "cmd_list", boom)
    log_file = paths.data_dir() / "logs" / "chinacheck.log"
    assert en_fails(capsys, "list") == ("chinacheck: internal error: RuntimeError: kapot "
                                        f"(--debug shows details; log: {log_file})")
    monkeypatch.setattr(display, "display_problem", lambda: (
        "geen beeldscherm gevonden (DISPLAY en WAYLAND_DISPLAY zijn niet gezet); de "
        "desktoptoepassing kan niet starten."))
    err = en_fails(capsys, "gui")
    assert err.startswith("chinacheck: no display found") and "Without a display" in err


# --- PDFs ------------------------------------------------------------------------------------

def _pdf_text(path: Path) -> str:
    return pdf_text(path.read_bytes())


def test_pdfs_made_in_english(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _new(capsys, "--kind", "delegatie-inkomend")
    checklist, card, summary = (tmp_path / name for name in ("c.pdf", "t.pdf", "s.pdf"))
    en_ok(capsys, "checklist", "-o", str(checklist), "--kind", "reis-uitgaand")
    en_ok(capsys, "travel-card", "-o", str(card))
    en_ok(capsys, "signoff", str(path), "--name", "Jan Jansen", "--role", "mayor", "--decision",
          "doorgaan", allowed=DECISIONS)
    en_ok(capsys, "export", str(path), "-o", str(summary))
    for pdf in (checklist, card, summary):  # the brochure's words aside
        assert_english(_pdf_text(pdf), TITLE)
    text = _pdf_text(checklist)
    assert "Checklist: Outgoing trip or trade mission" in text
    assert "Fill in during or after the meeting" in text and "Participants" in text
    assert "Vul in tijdens" not in text and "Deelnemers" not in text
    text = _pdf_text(card)
    assert "Postal address" in text and "Postadres" not in text
    text = _pdf_text(summary)
    for label in ("Case summary", "Kind Incoming delegation", "Overall risk Not yet determined",
                  "Progress 0 of 16 items answered", "1 sign-off(s), not yet final"):
        assert label in text, label
    assert "Zaakoverzicht" not in text and "Totaalrisico" not in text


def test_pdfs_made_in_dutch_are_unchanged(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    assert main(["--lang", "nl", "new", "--title", TITLE]) == 0
    path = Path(capsys.readouterr().out.strip())
    checklist, summary = tmp_path / "c.pdf", tmp_path / "s.pdf"
    assert main(["--lang", "nl", "checklist", "-o", str(checklist)]) == 0
    assert main(["export", str(path), "-o", str(summary)]) == 0
    capsys.readouterr()
    text = _pdf_text(checklist)
    assert "Checklist: Overig" in text and "Vul in tijdens of na het gesprek" in text
    assert "Fill in during" not in text
    text = _pdf_text(summary)
    assert "Zaakoverzicht" in text and "Totaalrisico Nog niet bepaald" in text
    assert "Case summary" not in text


# --- Dutch stays as it was --------------------------------------------------------------------

def test_dutch_output_is_unchanged(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    def nl(*argv: str, lang: tuple[str, ...] = ("--lang", "nl")) -> tuple[int, str, str]:
        code = main([*lang, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = nl("new", "--title", "Bezoek delegatie Wuhan", "--kind", "delegatie-inkomend")
    path = Path(out.strip())
    assert nl("answer", str(path), "visit-programme", "--status", "deels", "--note", "n")[1] == \
        "visit-programme: deels\n"
    for lang in (("--lang", "nl"), ()):
        _, out, _ = nl("show", str(path), lang=lang)
        lines = out.splitlines()
        for line in ("Soort:            Inkomende delegatie", "Organisatie:      —",
                     "Periode:          — t/m —", "Risico:           nog niet bepaald",
                     "Voortgang:        1/16 punten beantwoord, 0 open acties",
                     "Aftekening:       nog niet afgetekend", "Checklist:",
                     "    [   deels] visit-programme: Programma van de delegatie bekend",
                     "               notitie: n"):
            assert line in lines, line
        assert "\tin behandeling 1/16\t" in nl("list", lang=lang)[1]
        assert nl("new", "--title", "X", "--kind", "zzz", lang=lang)[2].startswith(
            "chinacheck: fout: onbekende soort 'zzz'; kies uit: stedenband, ")
        _, out, _ = nl("sectors", "chips", lang=lang)
        assert "- Halfgeleider technologie (topsector: Ja; sleuteltechnologie: Ja)\n" \
               "    gevonden: chips\n" in out
        _, out, _ = nl("content", lang=lang)
        assert "  Kwantumtechnologie: topsector niet vermeld, sleuteltechnologie niet vermeld, " \
               "3 deeltechnologieën" in out
        assert "Bron: NCTV, Decentrale contacten met China, mei 2023. Volledige inhoud: " \
               "chinacheck content --json" in out
    with pytest.raises(SystemExit):
        main(["--lang", "nl", "answer", "--help"])
    assert "leg één antwoord vast en sla op" in capsys.readouterr().out
