"""Four eyes (functiescheiding): the organisation's policy, a case's own policy recorded in its
audit trail, and their enforcement on final sign-offs, in the core and on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli import en_fails, en_ok, run

from chinacheck.case import caseformat, foureyes, integrity, tamper
from chinacheck.case.examples import example_case
from chinacheck.case.foureyes import FourEyesError
from chinacheck.case.model import AuditEvent, Case, FourEyes, SignOff
from chinacheck.case.signoff import CaseLockedError, reopen, set_four_eyes, sign_off
from chinacheck.errors import InputError
from chinacheck.storage import settings, store

DRAFTER = "Zoë de Vries"  # the example case's preparer


def _case(policy: FourEyes | None = None) -> Case:
    case = example_case()
    assert case.preparer == DRAFTER
    case.four_eyes = policy
    return case


def _final(case: Case, name: str, organisation: FourEyes = FourEyes.GEEN) -> SignOff:
    return sign_off(case, name=name, role="beslisser", decision="doorgaan", final=True,
                    four_eyes=organisation)


# --- the core rules ------------------------------------------------------------------------

def test_geen_lets_the_drafter_lock_the_case_as_before() -> None:
    case = _case()
    signed = _final(case, DRAFTER)
    assert signed.final and case.locked
    assert "four_eyes" not in case.audit[-1].detail


@pytest.mark.parametrize("policy", [FourEyes.ANDERE, FourEyes.TWEE])
@pytest.mark.parametrize("name", [DRAFTER, "  zoë   DE vries ", "ZOË DE VRIES"])
def test_the_drafter_may_not_make_the_final_sign_off(policy: FourEyes, name: str) -> None:
    case = _case()
    if policy is FourEyes.TWEE:  # someone else signed first: only the drafter is in the way
        sign_off(case, name="Piet Jansen", role="adviseur", decision="doorgaan")
    before = caseformat.to_dict(case, chain=False)
    with pytest.raises(FourEyesError, match="Zoë de Vries is de opsteller van de zaak"):
        _final(case, name, organisation=policy)
    assert caseformat.to_dict(case, chain=False) == before and not case.locked


def test_andere_aftekenaar_lets_someone_else_lock_at_once() -> None:
    case = _case()
    signed = _final(case, "Piet Jansen", organisation=FourEyes.ANDERE)
    assert signed.final and case.locked
    assert case.audit[-2].detail["four_eyes"]  # then the phase == "andere aftekenaar"


def test_andere_aftekenaar_needs_a_drafter_to_compare_with() -> None:
    case = _case()
    case.preparer = "  "
    with pytest.raises(FourEyesError, match="vul eerst de opsteller van de zaak in"):
        _final(case, "Piet Jansen", organisation=FourEyes.ANDERE)
    assert not case.signoffs


def test_non_final_sign_offs_are_never_refused() -> None:
    for policy in FourEyes:
        case = _case(policy)
        assert not sign_off(case, name=DRAFTER, role="opsteller", decision="doorgaan").final


def test_twee_aftekeningen_first_does_not_lock_second_by_another_does() -> None:
    case = _case(FourEyes.TWEE)
    first = _final(case, DRAFTER)  # the drafter's final intent: recorded, not locking
    assert not first.final and not case.locked
    assert case.audit[-1].detail["first_of_two"] is True
    assert case.audit[-1].detail["final"] is False
    with pytest.raises(FourEyesError, match="heeft deze revisie al afgetekend"):
        _final(case, " zoë de  vries")
    second = _final(case, "Piet Jansen")
    assert second.final and case.locked
    assert case.audit[-2].detail["four_eyes"]  # then the phase == "twee aftekeningen"
    assert not tamper.examine(case).tampered


def test_twee_aftekeningen_counts_per_revision() -> None:
    case = _case(FourEyes.TWEE)
    sign_off(case, name=DRAFTER, role="opsteller", decision="doorgaan")
    _final(case, "Piet Jansen")
    reopen(case, "Nieuwe informatie.")
    assert not _final(case, "Piet Jansen").final  # revision 2 starts again with one


def test_twee_aftekeningen_first_sign_off_cannot_be_sealed_and_drops_the_reason() -> None:
    from chinacheck.case.model import Despite

    case = _case(FourEyes.TWEE)
    with pytest.raises(FourEyesError, match="kan niet worden verzegeld"):
        sign_off(case, name=DRAFTER, role="opsteller", decision="doorgaan", final=True,
                 sealer=lambda statement, at: "c2VhbA==")
    assert not case.signoffs and not case.audit
    first = sign_off(case, name=DRAFTER, role="opsteller", decision="doorgaan", final=True,
                     despite=Despite("Haast.", [("x", "y")]))
    assert first.despite is None and "reason" not in case.audit[-1].detail


def test_the_case_policy_overrides_the_organisation_both_ways() -> None:
    stricter = _case(FourEyes.ANDERE)
    with pytest.raises(FourEyesError):
        _final(stricter, DRAFTER, organisation=FourEyes.GEEN)
    looser = _case(FourEyes.GEEN)
    assert _final(looser, DRAFTER, organisation=FourEyes.TWEE).final
    assert foureyes.in_effect(_case(), FourEyes.TWEE) is FourEyes.TWEE


def test_policy_values_parse_with_spaces_hyphens_or_underscores() -> None:
    assert foureyes.parse("twee-aftekeningen") is FourEyes.TWEE
    assert foureyes.parse(" Andere_Aftekenaar ") is FourEyes.ANDERE
    with pytest.raises(InputError, match="onbekende functiescheiding 'streng'"):
        foureyes.parse("streng")


def test_a_certificate_name_replaces_a_different_typed_name() -> None:
    assert foureyes.signer_name("Zoë", "Zoë  de Vries") == ("Zoë de Vries", True)
    assert foureyes.signer_name(" zoë de vries", "Zoë de Vries") == ("Zoë de Vries", False)


# --- the override in the file and the audit trail ------------------------------------------

def test_setting_the_override_is_recorded_and_refused_on_a_locked_case() -> None:
    case = _case()
    assert set_four_eyes(case, FourEyes.TWEE)
    entry = case.audit[-1]
    assert entry.event is AuditEvent.DETAILS_CHANGED
    assert entry.detail == {"fields": ["four_eyes"], "four_eyes": "twee aftekeningen",
                            "previous": None}
    assert not set_four_eyes(case, FourEyes.TWEE)  # unchanged: nothing recorded
    assert case.audit[-1] is entry
    assert set_four_eyes(case, None)
    assert case.audit[-1].detail["previous"] == "twee aftekeningen"
    assert case.audit[-2].detail["four_eyes"]  # then the phase is None
    _final(case, DRAFTER)
    with pytest.raises(CaseLockedError):
        set_four_eyes(case, FourEyes.GEEN)
    assert case.four_eyes is None


def test_the_override_round_trips_and_the_case_stays_untampered(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = _case()
    store.save_case(case, path)
    plain = json.loads(path.read_text(encoding="utf-8"))
    assert "four_eyes" not in plain  # optional: absent when the case follows its organisation
    fingerprint = integrity.fingerprint(case)
    set_four_eyes(case, FourEyes.ANDERE)
    assert integrity.fingerprint(case) != fingerprint  # part of what a sign-off signs
    store.save_case(case, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["four_eyes"] == "andere aftekenaar"
    assert data["schema_version"] == caseformat.SCHEMA_VERSION
    loaded = store.load_case(path).case
    assert loaded.four_eyes is FourEyes.ANDERE
    assert not tamper.examine(loaded).tampered
    assert [e.detail.get("fields") for e in loaded.audit
            if e.event is AuditEvent.DETAILS_CHANGED][-1] == ["four_eyes"]
    _final(loaded, "Piet Jansen")
    store.save_case(loaded, path)
    assert not tamper.examine(store.load_case(path).case).tampered


def test_an_override_edited_by_hand_after_locking_shows_as_tampering(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = _case(FourEyes.ANDERE)
    _final(case, "Piet Jansen")
    store.save_case(case, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["four_eyes"] = "geen"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert tamper.examine(store.load_case(path).case).tampered


def test_an_unknown_policy_in_a_file_is_refused_with_its_field(tmp_path: Path) -> None:
    data = caseformat.to_dict(_case())
    data["four_eyes"] = "streng"
    with pytest.raises(Exception, match="four_eyes"):
        caseformat.from_dict(data)


def test_the_organisation_setting_defaults_to_geen_and_ignores_unknown_values() -> None:
    assert settings.four_eyes() is FourEyes.GEEN
    current = settings.load()
    current.four_eyes = "twee aftekeningen"
    settings.save(current)
    assert settings.four_eyes() is FourEyes.TWEE
    current.four_eyes = "iets"
    settings.save(current)
    assert settings.four_eyes() is FourEyes.GEEN


# --- the command line ----------------------------------------------------------------------

@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(_case(), path)
    return path


SIGN = ("--role", "beslisser", "--decision", "doorgaan", "--final", "--despite", "Toets.")


def test_cli_refuses_the_drafters_final_sign_off_and_writes_nothing(
        case_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "four-eyes", "--set", "andere aftekenaar")[0] == 0
    before = case_file.read_bytes()
    code, out, err = run(capsys, "signoff", str(case_file), "--name", "zoë DE vries", *SIGN)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "functiescheiding (andere aftekenaar): Zoë de Vries is de opsteller" in err
    assert case_file.read_bytes() == before
    code, out, err = run(capsys, "signoff", str(case_file), "--name", "Piet Jansen", *SIGN)
    assert code == 0 and "de zaak is nu vergrendeld" in out


def test_cli_two_sign_offs(case_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "four-eyes", str(case_file), "--set", "twee-aftekeningen")
    assert code == 0 and "eigen keuze voor deze zaak" in out
    code, out, err = run(capsys, "signoff", str(case_file), "--name", DRAFTER, "--role",
                         "opsteller", "--decision", "doorgaan", "--final")
    assert (code, err) == (0, "") and "dit is de eerste aftekening" in out
    assert "vergrendeld;" not in out and not store.load_case(case_file).case.locked
    before = case_file.read_bytes()
    code, out, err = run(capsys, "signoff", str(case_file), "--name", DRAFTER, *SIGN)
    assert code == 1 and "heeft deze revisie al afgetekend" in err
    assert case_file.read_bytes() == before
    code, out, err = run(capsys, "signoff", str(case_file), "--name", "Piet Jansen", *SIGN)
    assert code == 0 and "de zaak is nu vergrendeld" in out
    case = store.load_case(case_file).case
    assert case.locked and [s.final for s in case.signoffs] == [False, True]
    assert not tamper.examine(case).tampered


def test_cli_shows_and_sets_the_policies(case_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "four-eyes")
    assert code == 0 and out.startswith("functiescheiding van de organisatie: geen")
    code, out, _ = run(capsys, "four-eyes", "--set", "twee aftekeningen")
    assert code == 0 and settings.load().four_eyes == "twee aftekeningen"
    code, out, _ = run(capsys, "four-eyes", str(case_file))
    assert code == 0 and "(die van de organisatie): twee aftekeningen" in out
    run(capsys, "four-eyes", str(case_file), "--set", "geen")
    code, out, _ = run(capsys, "four-eyes", str(case_file), "--set", "organisatie")
    assert code == 0 and "(die van de organisatie)" in out
    case = store.load_case(case_file).case
    assert case.four_eyes is None
    assert [e.detail["four_eyes"] for e in case.audit if "four_eyes" in e.detail] == \
        ["geen", None]
    code, out, err = run(capsys, "four-eyes", "--set", "streng")
    assert code == 1 and out == "" and "onbekende functiescheiding 'streng'" in err


def test_cli_refuses_an_override_on_a_locked_case(case_file: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "signoff", str(case_file), "--name", "X", *SIGN)[0] == 0
    before = case_file.read_bytes()
    code, out, err = run(capsys, "four-eyes", str(case_file), "--set", "geen")
    assert code == 1 and out == "" and "definitief afgetekend" in err
    assert case_file.read_bytes() == before


def test_cli_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.chinacheck"
    store.save_case(_case(), path)
    en_ok(capsys, "four-eyes", "--set", "andere aftekenaar", allowed=("andere aftekenaar",))
    err = en_fails(capsys, "signoff", str(path), "--name", DRAFTER, *SIGN,
                   allowed=("andere aftekenaar", DRAFTER))
    assert "andere aftekenaar" in err


def test_the_pdf_history_names_the_policy_in_words() -> None:
    from chinacheck.reports.audit_appendix import detail_text
    from chinacheck.reports.labels import Labels

    case = _case()
    set_four_eyes(case, FourEyes.TWEE)
    changed = case.audit[-1]
    _final(case, DRAFTER)
    first = case.audit[-1]
    assert detail_text(Labels(), changed) == \
        "functiescheiding voor deze zaak: twee aftekeningen (was: die van de organisatie)"
    text = detail_text(Labels(), first)
    assert "functiescheiding: twee aftekeningen" in text
    assert "eerste van twee aftekeningen, vergrendelt niet" in text
    assert "four_eyes" not in text and "first_of_two" not in text
    english = detail_text(Labels("en"), changed)
    assert "four_eyes" not in english and "twee" not in english


# --- sealing: the certificate's name is the sign-off's ------------------------------------

@pytest.fixture
def certificates(tmp_path: Path) -> dict[str, Path]:
    pytest.importorskip("pyhanko")
    from chinacheck.signing.selfsigned import make_pkcs12

    files = {"secret": tmp_path / "wachtwoord.txt"}
    files["secret"].write_text("geheim\n", encoding="utf-8")
    for who, name in (("drafter", DRAFTER), ("piet", "Piet Jansen")):
        files[who] = tmp_path / f"{who}.p12"
        files[who].write_bytes(make_pkcs12(name, "geheim")[0])
    return files


def _sealed(capsys: pytest.CaptureFixture[str], path: Path, typed: str,
            certificate: Path, secret: Path) -> tuple[int, str, str]:
    return run(capsys, "signoff", str(path), "--name", typed, *SIGN, "--seal",
               str(certificate), "--seal-passphrase-file", str(secret))


def test_a_sealed_sign_off_is_checked_under_the_certificates_name(
        case_file: Path, certificates: dict[str, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "four-eyes", "--set", "andere aftekenaar")[0] == 0
    before = case_file.read_bytes()
    # typed as someone else, but the certificate is the drafter's: refused
    code, out, err = _sealed(capsys, case_file, "Piet Jansen", certificates["drafter"],
                             certificates["secret"])
    assert code == 1 and out == "" and "Zoë de Vries is de opsteller" in err
    assert case_file.read_bytes() == before
    code, out, err = _sealed(capsys, case_file, "P. Jansen", certificates["piet"],
                             certificates["secret"])
    assert (code, err) == (0, "")
    assert "afgetekend door Piet Jansen" in out
    assert "de naam van het certificaat is gebruikt, niet de getypte naam P. Jansen" in out
    case = store.load_case(case_file).case
    assert case.locked and case.signoffs[-1].name == "Piet Jansen" and case.signoffs[-1].seal
    assert not tamper.examine(case).tampered


def test_the_first_of_two_sign_offs_is_not_sealed(
        case_file: Path, certificates: dict[str, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "four-eyes", "--set", "twee aftekeningen")[0] == 0
    before = case_file.read_bytes()
    code, out, err = _sealed(capsys, case_file, DRAFTER, certificates["drafter"],
                             certificates["secret"])
    assert code == 1 and out == "" and "kan niet worden verzegeld" in err
    assert case_file.read_bytes() == before


def test_a_refusal_stays_one_line_whatever_the_names_hold() -> None:
    case = _case()
    case.preparer = "Zoë\n\u202eDe Vries" + "x" * 500
    with pytest.raises(FourEyesError) as info:
        _final(case, "  zoë \u202ede vries" + "X" * 500, organisation=FourEyes.ANDERE)
    message = str(info.value)
    assert "\n" not in message and "\u202e" not in message and len(message) < 250
