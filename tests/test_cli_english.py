"""The command line in English (``--lang en``), end to end: every message, every help text, the
text views and the PDFs, with no Dutch left but what is Dutch on purpose (the brochure's own
words, values typed on the command line such as statuses and decisions, and the case's own data);
and Dutch output that stays exactly as it was. The catalogue itself is checked in
``tests/test_i18n_catalogue.py``.
"""

from __future__ import annotations

import errno
import getpass
import io
import json
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.cli import en_fails, en_ok, run
from helpers.dutch import (
    DECISIONS,
    QUOTED_DECISIONS,
    QUOTED_FOUR_EYES,
    STATUSES,
    assert_english,
    words,
)
from pdftools import text as pdf_text

from chinacheck import __version__
from chinacheck.cli.main import build_parser, main
from chinacheck.guidance.content import load_raw
from chinacheck.storage import locking, paths

# Case data typed by these tests: English, so that it needs no exception.
TITLE = "Visit from Wuhan"
NOTE = "Agenda received in advance"
PASSPHRASE = "correct horse battery 王伟"


pytestmark = pytest.mark.usefixtures("cheap_scrypt")


def _new(capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    out = en_ok(capsys, "new", "--title", TITLE, *extra)
    return Path(out.strip())


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
        assert_english(out, *STATUSES, *QUOTED_DECISIONS, *QUOTED_FOUR_EYES)
    with pytest.raises(SystemExit):
        main(["--lang", "en", "answer", "--help"])
    out = capsys.readouterr().out
    assert "ja (yes)" in words(out) and "record one answer" in out


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
                 "    [   deels] 4.1 visit-programme: Delegation's programme known"):
        assert line in out.splitlines(), line
    data = json.loads(en_ok(capsys, "show", str(path), "--json",
                            allowed=(TITLE, NOTE, "deels", "nog niet bepaald")))  # stored values
    assert data["answers"]["visit-programme"]["status"] == "deels"
    out = en_ok(capsys, "items")
    assert out.startswith("1.1\tneed-own-goals\tHeeft u duidelijk")  # the brochure's question
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
    code, _, err = run(capsys, "validate", str(unknown), lang="en")
    assert code == 0 and err.strip() == (f"{unknown}: valid; answers to unknown items kept: "
                                         "'retired-item'")
    bad = {
        "newer": {"format": "chinacheck-case", "schema_version": 99},
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
    code, out, err = run(capsys, "validate", *files, lang="en")
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == len(files)
    for name, line in zip(files, lines, strict=True):
        assert line.startswith(f"{name}: "), line
    assert_english(err, *STATUSES)
    text = words(err)
    for expected in ("made by a newer ChinaCheck (format version 99; this version knows up to 6)",
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
    out = en_ok(capsys, *sign, "--decision", "doorgaan", "--final", "--despite", "Test.",
                allowed=DECISIONS)
    assert ": doorgaan, final; revision 1" in out
    assert "the case is now locked; 'chinacheck reopen' starts a new revision" in out
    out = en_ok(capsys, "show", str(path), allowed=(TITLE, "Report back", *DECISIONS, *STATUSES))
    assert "Sign-off:         finally signed off by Jan Jansen (locked)" in out
    assert "- signed off by Jan Jansen (mayor) on " in out and ": doorgaan, final" in out
    assert "Conditions of the sign-off:" in out
    err = en_fails(capsys, "answer", str(path), "visit-programme", "--status", "ja")
    assert "has been finally signed off by Jan Jansen (revision 1); ChinaCheck allows no changes" \
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
    plain_path, path = path, Path(out.splitlines()[0].removeprefix("encrypted: "))
    assert out.splitlines() == [
        f"encrypted: {path}", f"new name, without the title: {path.name} (was {plain_path.name})",
        f"unencrypted copy removed: {plain_path}.bak"]
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

def test_the_self_test_line(capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck import display

    monkeypatch.setattr(display, "display_problem", lambda: "no display in this test")
    line = en_ok(capsys, "--self-test").strip()
    step = r"\(\d+ ms\)"
    assert re.fullmatch(
        rf"chinacheck {re.escape(__version__)} self-test OK: content \S+ \(\d+ items\) {step}; "
        rf"content pack \S+ \(\d+ files checked\) {step}; "
        rf"case saved and read again {step}; PDFs made \(\d+/\d+/\d+ pages\) {step}; "
        rf"Word document made \(\d+ kB\) {step}; "
        rf"(PDF signed and checked \(PAdES B-B\)|signing skipped \(.+\)) {step}; "
        rf"window skipped \(no display\) {step}", line), line


def test_a_failed_self_test_says_why(capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.storage import atomic

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "write_bytes", full)
    err = en_fails(capsys, "--self-test", allowed=("zelftest.chinacheck",))  # a file name
    assert err.startswith(f"chinacheck {__version__} self-test FAILED: CaseFileError: ")
    assert err.endswith("zelftest.chinacheck: saving failed: the disk is full")


def test_internal_error_and_no_display(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.cli import main as cli

    def boom(args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(cli, "cmd_list", boom)
    log_file = paths.data_dir() / "logs" / "chinacheck.log"
    assert en_fails(capsys, "list") == ("chinacheck: internal error: RuntimeError: kapot "
                                        f"(--debug shows details; log: {log_file})")
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    err = en_fails(capsys, "gui")
    assert err.startswith("chinacheck: no display found (DISPLAY and WAYLAND_DISPLAY are not "
                          "set); the desktop app cannot start.")
    assert "Without a display, the command line works: chinacheck new, list" in err


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
    code, out, _ = run(capsys, "new", "--title", TITLE, lang="nl")
    path = Path(out.strip())
    checklist, summary = tmp_path / "c.pdf", tmp_path / "s.pdf"
    assert run(capsys, "checklist", "-o", str(checklist), lang="nl")[0] == 0
    assert run(capsys, "export", str(path), "-o", str(summary))[0] == code == 0
    text = _pdf_text(checklist)
    assert "Checklist: Overig" in text and "Vul in tijdens of na het gesprek" in text
    assert "Fill in during" not in text
    text = _pdf_text(summary)
    assert "Zaakoverzicht" in text and "Totaalrisico Nog niet bepaald" in text
    assert "Case summary" not in text


# --- Dutch stays as it was --------------------------------------------------------------------

def test_dutch_output_is_unchanged(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    def nl(*argv: str, lang: str | None = "nl") -> tuple[int, str, str]:
        return run(capsys, *argv, lang=lang)

    code, out, _ = nl("new", "--title", "Bezoek delegatie Wuhan", "--kind", "delegatie-inkomend")
    path = Path(out.strip())
    assert nl("answer", str(path), "visit-programme", "--status", "deels", "--note", "n")[1] == \
        "visit-programme: deels\n"
    for lang in ("nl", None):
        _, out, _ = nl("show", str(path), lang=lang)
        lines = out.splitlines()
        for line in ("Soort:            Inkomende delegatie", "Organisatie:      —",
                     "Periode:          — t/m —", "Risico:           nog niet bepaald",
                     "Voortgang:        1/16 punten beantwoord, 0 open acties",
                     "Aftekening:       nog niet afgetekend", "Checklist:",
                     "    [   deels] 4.1 visit-programme: Programma van de delegatie bekend",
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
