"""Sign-off, locking and reopening: the core functions and their journeys on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck.case import integrity
from chinacheck.case.examples import example_case
from chinacheck.case.model import CONDITIONS_KEY, Answer, AuditEvent, Decision, Status
from chinacheck.case.signoff import (
    CaseLockedError,
    ensure_editable,
    is_locked,
    reopen,
    set_condition_done,
    sign_off,
)
from chinacheck.cli.main import main
from chinacheck.errors import CaseFileError, InputError
from chinacheck.storage import store


def test_sign_off_records_who_what_and_the_fingerprint() -> None:
    case = example_case()
    expected = integrity.fingerprint(case)
    signed = sign_off(case, name=" Zoë de Vries ", role="opsteller", decision="doorgaan",
                      statement="Alles nagelopen.")
    assert (signed.name, signed.role, signed.decision) == ("Zoë de Vries", "opsteller",
                                                          Decision.DOORGAAN)
    assert signed.revision == 1 and signed.fingerprint == expected and not signed.final
    assert signed.signed_at.tzinfo is not None
    assert not is_locked(case)
    assert case.audit[-1].event is AuditEvent.SIGNED
    assert case.audit[-1].detail["fingerprint"] == expected


def test_conditions_become_tracked_open_actions() -> None:
    case = example_case()
    sign_off(case, name="王伟", role="portefeuillehouder", decision=Decision.VOORWAARDEN,
             conditions="- Programma vooraf delen met het ICP\n\n• Geen werklaptops mee\n")
    assert [c.text for c in case.conditions] == ["Programma vooraf delen met het ICP",
                                                "Geen werklaptops mee"]
    assert case.signoffs[0].conditions == "Programma vooraf delen met het ICP\n" \
                                          "Geen werklaptops mee"
    opened = [(key, action.text) for key, action in case.open_actions()]
    assert (CONDITIONS_KEY, "Geen werklaptops mee") in opened
    sign_off(case, name="Zoë", role="opsteller", decision=Decision.VOORWAARDEN,
             conditions="Geen werklaptops mee")  # the same condition again: tracked once
    assert len(case.conditions) == 2
    set_condition_done(case, 1)
    assert len(case.open_actions()) == len(opened) - 1
    with pytest.raises(InputError, match="geen voorwaarde 3"):
        set_condition_done(case, 3)


@pytest.mark.parametrize(("kwargs", "fragment"), [
    ({"name": " ", "role": "r", "decision": "doorgaan"}, "naam"),
    ({"name": "n", "role": "", "decision": "doorgaan"}, "functie"),
    ({"name": "n", "role": "r", "decision": "misschien"}, "onbekend besluit"),
    ({"name": "n", "role": "r", "decision": "doorgaan onder voorwaarden"}, "voorwaarden"),
    ({"name": "n", "role": "r", "decision": "niet doorgaan", "conditions": "x"},
     "alleen bij"),
])
def test_bad_sign_offs_are_refused_and_change_nothing(kwargs: dict[str, str],
                                                      fragment: str) -> None:
    case = example_case()
    with pytest.raises(InputError, match=fragment):
        sign_off(case, **kwargs)  # type: ignore[arg-type]
    assert case.signoffs == [] and case.audit == [] and case.conditions == []


def test_final_sign_off_locks_and_reopen_starts_a_new_revision() -> None:
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan")
    sign_off(case, name="王伟", role="portefeuillehouder", decision="doorgaan", final=True)
    assert is_locked(case) and case.locked
    with pytest.raises(CaseLockedError, match="definitief afgetekend door 王伟"):
        ensure_editable(case)
    with pytest.raises(CaseLockedError):
        sign_off(case, name="x", role="y", decision="doorgaan")
    assert reopen(case, "Nieuwe gesprekspartner") == 2
    assert not is_locked(case) and case.current_signoffs() == []
    assert [s.revision for s in case.signoffs] == [1, 1]
    assert case.audit[-2].detail == {"from_revision": 1, "reason": "Nieuwe gesprekspartner"}
    assert case.audit[-1].detail == {"from": "besluit", "to": "voorbereiding", "by": "reopen"}
    with pytest.raises(InputError, match="niet definitief afgetekend"):
        reopen(case)
    sign_off(case, name="王伟", role="portefeuillehouder", decision="niet doorgaan", final=True)
    assert case.locked and [s.revision for s in case.signoffs] == [1, 1, 2]


def test_saving_refuses_content_changes_to_a_locked_case(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    store.save_case(case, path)
    before = path.read_bytes()
    case.answers["need-investment"] = Answer(Status.JA)  # past the guard, as a buggy UI might
    with pytest.raises(CaseFileError, match="opslaan geweigerd: de zaak is definitief"):
        store.save_case(case, path)
    assert path.read_bytes() == before


def test_saving_refuses_to_drop_sign_offs(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    store.save_case(case, path)
    other = store.load_case(path).case  # e.g. an app window opened before the sign-off
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan")
    store.save_case(case, path)
    other.title = "Later bewerkt"
    with pytest.raises(CaseFileError, match="aftekeningen of een revisie die hier ontbreken"):
        store.save_case(other, path)
    assert len(store.load_case(path).case.signoffs) == 1


def test_a_copy_starts_unsigned(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    store.save_case(case, path)
    copy = store.load_case(store.duplicate_case(path, tmp_path)).case
    assert (copy.revision, copy.signoffs, copy.locked) == (1, [], False)
    assert [(e.event, e.detail) for e in copy.audit] == [
        (AuditEvent.CREATED, {"copied_from": case.id})]


# --- the command line ------------------------------------------------------------------------

@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    return path


def test_cli_sign_off_lock_and_reopen_journey(capsys: pytest.CaptureFixture[str],
                                              case_file: Path) -> None:
    code, out, err = run(capsys, "signoff", str(case_file), "--name", "Zoë de Vries",
                         "--role", "opsteller", "--decision", "doorgaan onder voorwaarden",
                         "--conditions", "Programma vooraf delen met het ICP")
    assert (code, err) == (0, "")
    assert "afgetekend door Zoë de Vries (opsteller): doorgaan onder voorwaarden" in out
    assert "vergrendeld" not in out
    code, out, _ = run(capsys, "signoff", str(case_file), "--name", "王伟", "--role",
                       "portefeuillehouder", "--decision", "doorgaan", "--statement",
                       "Akkoord.", "--final", "--despite", "Toets.")
    assert code == 0 and "definitief" in out and "vergrendeld" in out
    before = case_file.read_bytes()
    for argv in (["answer", str(case_file), "visit-programme", "--status", "nee"],
                 ["signoff", str(case_file), "--name", "X", "--role", "Y", "--decision",
                  "doorgaan"]):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and str(case_file) in err
        assert "definitief afgetekend door 王伟 (revisie 1)" in err and "heropen" in err
    assert case_file.read_bytes() == before
    code, out, _ = run(capsys, "reopen", str(case_file), "--reason", "Nieuw bezoek")
    assert code == 0 and "revisie 2" in out
    assert run(capsys, "answer", str(case_file), "visit-programme", "--status", "nee")[0] == 0
    case = store.load_case(case_file).case
    assert (case.revision, case.locked, len(case.signoffs)) == (2, False, 2)
    assert [c.text for c in case.conditions] == ["Programma vooraf delen met het ICP"]
    assert [e.event for e in case.audit] == [
        AuditEvent.CREATED, AuditEvent.SIGNED, AuditEvent.SIGNED, AuditEvent.PHASE_CHANGED,
        AuditEvent.REOPENED, AuditEvent.PHASE_CHANGED, AuditEvent.ANSWERS_CHANGED]


def test_cli_reopen_of_an_open_case_and_bad_decision(capsys: pytest.CaptureFixture[str],
                                                     case_file: Path) -> None:
    code, _, err = run(capsys, "reopen", str(case_file))
    assert code == 1 and "niet definitief afgetekend" in err
    code, _, err = run(capsys, "signoff", str(case_file), "--name", "n", "--role", "r",
                       "--decision", "ja")
    assert code == 1 and "onbekend besluit 'ja'" in err and "eerst advies vragen (ICP)" in err


def test_cli_list_shows_a_locked_case_as_signed(capsys: pytest.CaptureFixture[str],
                                                data_home: Path) -> None:
    code, out, _ = run(capsys, "new", "--title", "Afgetekend")
    path = Path(out.strip())
    run(capsys, "signoff", str(path), "--name", "n", "--role", "r", "--decision",
        "niet doorgaan", "--final", "--despite", "Toets.")
    code, out, _ = run(capsys, "list")
    assert code == 0 and "\tafgetekend " in out


@pytest.mark.parametrize("argv", [
    ["signoff", "x.chinacheck", "--name", "n", "--role", "r"],
    ["signoff", "x.chinacheck", "--name", "n", "--decision", "doorgaan"],
    ["reopen"],
    ["verify", "x.chinacheck"],
])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    capsys.readouterr()
