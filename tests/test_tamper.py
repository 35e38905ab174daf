"""A finally signed-off case edited outside ChinaCheck is flagged everywhere: ``validate`` fails,
``show`` says it, ``verify`` fails, ``export`` refuses (with ``--allow-tampered``: a warning on
every page), the commands that write refuse, and saving over it is refused. A genuine case is
never flagged."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import forge
from helpers.cli import run
from pypdf import PdfReader

from chinacheck.case import audit, tamper
from chinacheck.case.examples import example_case
from chinacheck.case.model import AuditEvent, Decision
from chinacheck.case.signoff import reopen, sign_off
from chinacheck.errors import CaseFileError
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.storage import store

Change = Callable[[dict[str, Any]], object]


def _insert_entry(data: dict[str, Any]) -> None:
    """An "answers-changed" entry slipped in before the final sign-off's entry, with the link
    that entry has (so only the entry after it shows)."""
    data["audit"].insert(2, {"at": data["audit"][1]["at"], "event": "answers-changed",
                             "revision": 1, "detail": {"items": ["need-investment"]},
                             "prev": data["audit"][2]["prev"]})


# name: (the edit, a fragment of what the check says about it)
EDITS: dict[str, tuple[Change, str]] = {
    "answer": (lambda d: d["answers"]["visit-programme"].update(status="nee"),
               "inhoud gewijzigd na de definitieve aftekening door 王伟 op "),
    "note": (lambda d: d["answers"]["visit-programme"].update(note="Alles bekend."),
             ": answers/visit-programme"),
    "decision": (lambda d: d.update(decision="Niet doorgaan"), ": decision"),
    "signoff-decision": (lambda d: d["signoffs"][-1].update(decision="niet doorgaan"),
                         "besluit is 'niet doorgaan', het logboek zegt 'doorgaan'"),
    "signer": (lambda d: d["signoffs"][-1].update(name="Iemand Anders"),
               "naam is 'Iemand Anders', het logboek zegt '王伟'"),
    "time": (lambda d: d["signoffs"][-1].update(signed_at="2020-01-01T00:00:00+00:00"),
             "tijdstip 2020-01-01T00:00:00+00:00, het logboek zegt "),
    "unlocked": (lambda d: (d["signoffs"][-1].update(final=False), d.update(revision=2)),
                 "de revisie is buiten ChinaCheck verhoogd"),
    "signoffs-deleted": (lambda d: d.update(signoffs=[], revision=2),
                         "aftekening verdwenen: het logboek noemt een aftekening door '王伟'"),
    "audit-deleted": (lambda d: d["audit"].pop(1),
                      "sluit niet aan op de regel ervoor"),
    "audit-reordered": (lambda d: d["audit"].insert(0, d["audit"].pop(1)),
                        "hoort na regel 2 (created"),
    "audit-inserted": (_insert_entry, "logboek: regel 4 (signed"),
    "audit-edited": (lambda d: d["audit"][1]["detail"].update(name="Iemand Anders"),
                     "logboek: regel 3 (signed"),
}


def _signed_off_case() -> Any:
    case = example_case()
    audit.record(case, AuditEvent.CREATED)
    sign_off(case, name="Zoë de Vries", role="opsteller", decision=Decision.VOORWAARDEN,
             conditions="Programma delen met het ICP")
    sign_off(case, name="王伟", role="portefeuillehouder", decision=Decision.DOORGAAN,
             final=True)
    return case


@pytest.fixture(scope="module")
def genuine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A finally signed-off case file and the PDF of it (library calls: no data folder)."""
    folder = tmp_path_factory.mktemp("genuine")
    case_file, pdf = folder / "zaak.chinacheck", folder / "zaak.pdf"
    case = _signed_off_case()
    store.save_case(case, case_file)
    pdf.write_bytes(render_case_summary(store.load_case(case_file).case).data)
    return case_file, pdf


def _copy(genuine: tuple[Path, Path], folder: Path, name: str = "zaak") -> Path:
    target = folder / f"{name}.chinacheck"
    shutil.copyfile(genuine[0], target)
    return target


@pytest.fixture(params=sorted(EDITS))
def tampered(request: pytest.FixtureRequest, genuine: tuple[Path, Path],
             tmp_path: Path) -> tuple[Path, str]:
    change, fragment = EDITS[request.param]
    return forge.edit(_copy(genuine, tmp_path), change), fragment


# --- a genuine case ----------------------------------------------------------------------------

def test_the_genuine_case_passes_everywhere(genuine: tuple[Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    case_file = _copy(genuine, tmp_path)
    assert store.load_case(case_file).finding == tamper.Finding(
        (), (tamper.CHECK_CHAIN, tamper.CHECK_SIGNOFFS, tamper.CHECK_REVISIONS,
             tamper.CHECK_FINGERPRINT))
    assert run(capsys, "validate", str(case_file)) == (0, "1 geldig\n", "")
    code, out, _ = run(capsys, "show", str(case_file))
    assert code == 0 and "buiten ChinaCheck" not in out
    code, out, err = run(capsys, "verify", str(case_file), str(genuine[1]))
    assert (code, err) == (0, "") and "OK: zaak.pdf" in out


def test_a_long_genuine_history_is_never_flagged(tmp_path: Path) -> None:
    """Sign, reopen, edit, sign again, export, convert: every save is checked on load."""
    path = tmp_path / "zaak.chinacheck"
    case = _signed_off_case()
    store.save_case(case, path)
    for revision in (2, 3):
        case = store.load_case(path).case
        reopen(case, "nieuwe feiten")
        store.save_case(case, path)
        case = store.load_case(path).case
        case.answers.pop("visit-programme", None)
        case.measures += f" Revisie {revision}."
        store.save_case(case, path)
        case = store.load_case(path).case
        sign_off(case, name="王伟", role="portefeuillehouder", decision="doorgaan", final=True)
        store.save_case(case, path)
        loaded = store.load_case(path)
        assert not loaded.finding.tampered, loaded.finding
        assert loaded.case.locked and loaded.case.revision == revision


# --- the command line ------------------------------------------------------------------------

def test_validate_fails_with_one_line_saying_what_differs(
        tampered: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, fragment = tampered
    code, out, err = run(capsys, "validate", str(path))
    assert code == 1 and out == ""
    assert err.startswith(f"{path}: buiten ChinaCheck gewijzigd: ") and err.count("\n") == 1
    assert fragment in err


def test_show_says_it_at_the_top(tampered: tuple[Path, str],
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path, fragment = tampered
    code, out, _ = run(capsys, "show", str(path))
    lines = out.splitlines()
    assert code == 0 and lines[0] == "LET OP: buiten ChinaCheck gewijzigd"
    assert fragment in out
    code, out, err = run(capsys, "show", str(path), "--json")
    assert code == 0 and json.loads(out)["id"]  # the data stays data
    assert "buiten ChinaCheck gewijzigd" in err and fragment in err


def test_verify_fails(tampered: tuple[Path, str], genuine: tuple[Path, Path],
                      capsys: pytest.CaptureFixture[str]) -> None:
    path, fragment = tampered
    code, out, err = run(capsys, "verify", str(path), str(genuine[1]))
    assert code == 1 and "OK:" not in out
    assert "buiten ChinaCheck gewijzigd" in err and fragment in err


def test_export_refuses_and_writes_nothing(tampered: tuple[Path, str], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path, fragment = tampered
    before = path.read_bytes()
    pdf = tmp_path / "uit.pdf"
    code, out, err = run(capsys, "export", str(path), "-o", str(pdf))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "buiten ChinaCheck gewijzigd" in err and "--allow-tampered" in err and fragment in err
    assert not pdf.exists() and path.read_bytes() == before


def test_the_commands_that_write_refuse(tampered: tuple[Path, str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = tampered
    before = path.read_bytes()
    for argv in (["answer", str(path), "need-investment", "--status", "nee"],
                 ["reopen", str(path)],
                 ["signoff", str(path), "--name", "x", "--role", "y", "--decision", "doorgaan"]):
        code, _, err = run(capsys, *argv)
        assert code == 1 and "buiten ChinaCheck gewijzigd" in err, argv
    assert path.read_bytes() == before


def _pages_text(pdf: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("name", ["answer", "signoffs-deleted", "audit-reordered"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_export_with_allow_tampered_warns_on_every_page(
        name: str, lang: str, genuine: tuple[Path, Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    change, _ = EDITS[name]
    path = forge.edit(_copy(genuine, tmp_path), change)
    before = path.read_bytes()
    pdf = tmp_path / "uit.pdf"
    code, out, err = run(capsys, "--lang", lang, "export", str(path), "-o", str(pdf),
                         "--allow-tampered")
    assert code == 0 and out == f"{pdf}\n" and err.count("\n") == 1
    pages = _pages_text(pdf.read_bytes())
    assert len(pages) > 2
    warning = ("Waarschuwing: deze zaak is buiten ChinaCheck gewijzigd" if lang == "nl" else
               "Warning: this case was changed outside ChinaCheck")
    for number, text in enumerate(pages, start=1):
        assert warning in text, f"page {number}"
    title = "Buiten ChinaCheck gewijzigd" if lang == "nl" else "Changed outside ChinaCheck"
    assert title in pages[0]
    assert path.read_bytes() == before  # not recorded: the file stays exactly as found


def test_an_english_refusal_is_english(tampered: tuple[Path, str],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from helpers.dutch import DECISIONS, assert_english

    path, _ = tampered
    code, _, err = run(capsys, "--lang", "en", "validate", str(path))
    assert code == 1 and ": changed outside ChinaCheck: " in err
    assert_english(err, str(path), *DECISIONS, "Zoë de Vries", "Iemand Anders")


# --- saving ---------------------------------------------------------------------------------

def test_saving_over_a_tampered_file_is_refused(genuine: tuple[Path, Path],
                                                tmp_path: Path) -> None:
    path = _copy(genuine, tmp_path)
    case = store.load_case(path).case
    forge.edit(path, EDITS["signoffs-deleted"][0])
    before = path.read_bytes()
    with pytest.raises(CaseFileError, match="buiten ChinaCheck gewijzigd"):
        store.save_case(case, path)
    assert path.read_bytes() == before


def test_a_sign_off_after_the_trail_in_memory_lost_entries_follows_the_file(
        tmp_path: Path) -> None:
    """An undo after a save restores an older trail in memory; the sign-off that follows is
    anchored to the trail as the file has it, so the file is not flagged."""
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    case = store.load_case(path).case
    older = list(case.audit)
    case.measures = "Gewijzigd."
    store.save_case(case, path)  # records "details-changed" in the file and in memory
    case.audit = older  # what an undo of the snapshot did before
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    store.save_case(case, path)
    loaded = store.load_case(path)
    assert not loaded.finding.tampered, loaded.finding
    assert [e.event for e in loaded.case.audit][-3:] == [
        AuditEvent.DETAILS_CHANGED, AuditEvent.SIGNED, AuditEvent.PHASE_CHANGED]


# --- the checks themselves --------------------------------------------------------------------

def test_a_hand_edit_that_recomputes_the_fingerprint_is_not_seen_without_a_seal(
        genuine: tuple[Path, Path], tmp_path: Path) -> None:
    """The honest limit: a bare hash can be recomputed. (A sealed case: tests/test_seal.py.)"""
    path = forge.recompute(_copy(genuine, tmp_path), EDITS["answer"][0])
    assert not store.load_case(path).finding.tampered


def test_structural_checks_survive_a_recomputed_chain(genuine: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    """What a recomputed chain cannot hide: sign-offs the trail still records, a revision
    without its reopening, a trail that does not start with 'created'."""
    for name, fragment in (("signoffs-deleted", "aftekening verdwenen"),
                           ("unlocked", "de revisie is buiten ChinaCheck verhoogd"),
                           ("audit-reordered", "regel 2 (created, ")):
        path = forge.recompute(_copy(genuine, tmp_path, name), EDITS[name][0])
        finding = store.load_case(path).finding
        assert any(fragment in d for d in finding.differences), (name, finding)


def test_names_in_the_findings_are_escaped(genuine: tuple[Path, Path], tmp_path: Path) -> None:
    path = forge.edit(_copy(genuine, tmp_path),
                      lambda d: d["signoffs"][-1].update(name="x\u202e\x1b[2Jy" * 40))
    [*differences] = store.load_case(path).finding.differences
    for difference in differences:
        assert difference.isprintable() and len(difference) < 400


# --- honest wording ----------------------------------------------------------------------------

HONEST_NL = ("ChinaCheck staat geen wijzigingen toe; wijzigingen buiten ChinaCheck worden "
             "herkend, een vervalsing met nieuwe vingerafdruk alleen als de zaak digitaal is "
             "ondertekend")
HONEST_EN = ("ChinaCheck allows no changes; changes made outside ChinaCheck are detected, a "
             "forgery with a new fingerprint only if the case is digitally signed")
# What a locked case was said to be before: a promise no file format can keep.
UNTRUE = ("kan niet meer worden gewijzigd", "kan daarna niet meer", "can no longer be changed",
          "nooit herschreven", "appended to and never rewritten", "nooit gewijzigd",
          "never changed or removed", "it can only be changed by", "wijzigen kan alleen")


def test_nothing_says_a_locked_case_cannot_be_changed() -> None:
    repo = Path(__file__).resolve().parent.parent
    files = [*repo.joinpath("chinacheck").rglob("*.py"), repo / "README.md",
             *repo.joinpath("docs").glob("*.md"), *repo.joinpath("resources", "i18n").iterdir()]
    found = [(f.name, phrase) for f in files for phrase in UNTRUE
             if phrase in " ".join(f.read_text(encoding="utf-8").split())]
    assert found == []


@pytest.mark.parametrize(("lang", "honest"), [("nl", HONEST_NL), ("en", HONEST_EN)])
def test_the_help_and_the_pdf_say_what_is_true(lang: str, honest: str, genuine: tuple[Path, Path],
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "--lang", lang, "signoff", "--help")
    assert honest in " ".join(capsys.readouterr().out.split())
    pdf = tmp_path / "zaak.pdf"
    path = _copy(genuine, tmp_path)
    assert run(capsys, "--lang", lang, "export", str(path), "-o", str(pdf))[0] == 0
    text = " ".join(" ".join(_pages_text(pdf.read_bytes())).split())
    what_chinacheck_does, what_it_recognises = honest.split("; ", 1)
    assert what_chinacheck_does in text and what_it_recognises in text


@pytest.mark.parametrize("revision", [9_999_999_999, 10**30])
def test_a_huge_revision_is_flagged_at_once(genuine: tuple[Path, Path], tmp_path: Path,
                                            revision: int) -> None:
    """Found by the slow fuzz test: the check listed every revision up to the file's."""
    path = forge.edit(_copy(genuine, tmp_path), lambda d: d.update(revision=revision))
    try:
        finding = store.load_case(path).finding
    except CaseFileError:
        return  # refused by the loader: as good
    assert any("de revisie is buiten ChinaCheck verhoogd" in d for d in finding.differences)


def test_an_edited_reason_for_signing_despite_gaps_is_flagged(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from chinacheck.case import readiness

    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    sign_off(case, name="王伟", role="portefeuillehouder", decision=Decision.DOORGAAN,
             final=True, despite=readiness.despite(case, "Spoed."))
    store.save_case(case, path)
    assert not tamper.examine(store.load_case(path).case).tampered
    forge.edit(path, lambda d: d["signoffs"][-1]["despite"].update(reason="Alles klaar."))
    assert tamper.examine(store.load_case(path).case).tampered
    forge.edit(path, lambda d: d["signoffs"][-1]["despite"].update(reason="Spoed.", gaps=[]))
    assert tamper.examine(store.load_case(path).case).tampered
    code, _, err = run(capsys, "validate", str(path))
    assert code == 1 and "aftekening" in err
