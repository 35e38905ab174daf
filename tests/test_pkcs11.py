"""Signing with a key on a PKCS#11 token (SoftHSM2 in a temporary folder): exports and case
seals, RSA-PSS and ECDSA, a test PKI root → intermediate → signer; `chinacheck tokens`; and
every error one line with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import softhsm
from helpers.cli import run

from chinacheck.storage import store

pytest.importorskip("pyhanko")
softhsm.require_softhsm()

KINDS = ("rsa-pss", "ecdsa")


@pytest.fixture(scope="module", params=KINDS)
def pki(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> softhsm.Pki:
    return softhsm.make_pki(tmp_path_factory.mktemp("pki"), request.param)


@pytest.fixture
def token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pki: softhsm.Pki) -> softhsm.Token:
    return softhsm.make_token(tmp_path / "hsm", monkeypatch, pki)


@pytest.fixture
def case_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "zaak.chinacheck"
    assert run(capsys, "new", "--title", "Bezoek uit Wuhan", "-o", str(path))[0] == 0
    return path


def _export(capsys: pytest.CaptureFixture[str], case: Path, out: Path, token: softhsm.Token,
            *extra: str) -> tuple[int, str, str]:
    return run(capsys, "export", str(case), "-o", str(out), "--sign-pkcs11", token.module,
               "--pin-file", str(token.pin_file), *extra)


def _signature_algorithm(pdf: Path) -> str:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pdf.open("rb") as handle:
        [embedded] = PdfFileReader(handle).embedded_signatures
        return str(embedded.signer_info["signature_algorithm"]["algorithm"].native)


def test_export_signed_on_the_token_verifies_trusted_against_the_root(
        token: softhsm.Token, pki: softhsm.Pki, case_file: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "overzicht.pdf"
    code, stdout, err = _export(capsys, case_file, out, token)
    assert (code, err) == (0, ""), err
    assert stdout.strip() == str(out)
    algorithm = _signature_algorithm(out)
    assert algorithm == ("rsassa_pss" if pki.kind == "rsa-pss" else "sha256_ecdsa")
    entry = store.load_case(case_file).case.audit[-1]
    assert entry.detail["signed_by"] == "Zoë de Vries"
    code, stdout, err = run(capsys, "verify", str(case_file), str(out), "--require-trusted",
                            "--trust", str(pki.files["root"]))
    assert code == 0, err
    assert "handtekening van Zoë de Vries" in stdout and "vertrouwd" in stdout
    # Without the root the chain leads nowhere: not trusted, and --require-trusted fails.
    code, _, err = run(capsys, "verify", str(case_file), str(out), "--require-trusted")
    assert code == 1 and "niet vertrouwd" in err


def test_a_final_sign_off_sealed_on_the_token(
        token: softhsm.Token, pki: softhsm.Pki, case_file: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "signoff", str(case_file), "--name", "Zoë de Vries", "--role",
                         "portefeuillehouder", "--decision", "doorgaan", "--final", "--despite",
                         "Toets.", "--seal-pkcs11", token.module, "--pin-file",
                         str(token.pin_file), "--token-label", token.label, "--key-label",
                         "aftekenen")
    assert (code, err) == (0, ""), err
    assert "verzegeld met het certificaat van Zoë de Vries" in out
    code, out, err = run(capsys, "validate", str(case_file), "--require-trusted", "--trust",
                         str(pki.files["root"]))
    assert code == 0, err
    assert "intact, geldig, vertrouwd" in out


def test_tokens_lists_the_token_and_its_certificates_without_a_pin(
        token: softhsm.Token, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "tokens", token.module)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"token {token.label} (SoftHSM project, SoftHSM v2, ")
    assert any(line.startswith("  certificaat aftekenen (id 01): Zoë de Vries, uitgegeven "
                               "door Toets Intermediate CA, geldig tot ") for line in lines)
    assert any("Toets Intermediate CA" in line and "niet om mee te ondertekenen" in line
               for line in lines)


def _fails(capsys: pytest.CaptureFixture[str], argv: list[str], *expected: str,
           code: int = 1) -> str:
    got, out, err = run(capsys, *argv)
    assert got == code, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    for text in expected:
        assert text in err, err
    return err


def test_a_missing_module_or_a_library_that_is_not_pkcs11(
        case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "uit.pdf"
    pin = tmp_path / "pin.txt"
    pin.write_text("1234\n", encoding="utf-8")
    missing = tmp_path / "geen.so"
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", str(missing),
                    "--pin-file", str(pin)], "PKCS#11-module niet gevonden")
    not_pkcs11 = tmp_path / "nep.so"
    not_pkcs11.write_bytes(b"\x7fELF niet echt")
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11",
                    str(not_pkcs11), "--pin-file", str(pin)], "geen PKCS#11-module")
    _fails(capsys, ["tokens", str(not_pkcs11)], "geen PKCS#11-module")
    assert not out.exists()


def test_no_token_and_an_unknown_label(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       case_file: Path, pki: softhsm.Pki,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    token = softhsm.make_token(tmp_path / "leeg", monkeypatch, None, initialise=False)
    out = tmp_path / "uit.pdf"
    _fails(capsys, ["tokens", token.module], "geen token gevonden")
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file)], "geen token gevonden")
    token = softhsm.make_token(tmp_path / "hsm", monkeypatch, pki)
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file), "--token-label", "Ander"],
           "geen token met label Ander; gevonden: ChinaCheck toets")
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file), "--key-label", "ander"],
           "geen sleutel met label ander")
    assert not out.exists()


def test_a_wrong_pin_says_what_the_token_tells_and_writes_nothing(
        token: softhsm.Token, case_file: Path, tmp_path: Path, data_home: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = case_file.read_bytes()
    wrong = tmp_path / "fout.txt"
    wrong.write_text("pincode-Qx7\n", encoding="utf-8")
    out = tmp_path / "uit.pdf"
    err = _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11",
                          token.module, "--pin-file", str(wrong)], "onjuiste pincode; ")
    # SoftHSM2 raises "count low" after a failure; it never locks.
    assert "nog maar enkele pogingen" in err or "zegt niet hoeveel" in err
    assert "pincode-Qx7" not in err
    assert not out.exists() and case_file.read_bytes() == before
    written = [p for p in data_home.rglob("*") if p.is_file()]
    assert written and not any(b"pincode-Qx7" in p.read_bytes() for p in written)  # logs too


def test_a_key_without_certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   pki: softhsm.Pki, case_file: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    token = softhsm.make_token(tmp_path / "hsm", monkeypatch, pki, with_certificate=False)
    out = tmp_path / "uit.pdf"
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file)],
           "de sleutel aftekenen heeft geen certificaat op het token")
    assert not out.exists()


@pytest.mark.parametrize("problem", ["expired", "not-yet", "encipherment"])
def test_a_certificate_that_may_not_sign(problem: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, case_file: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    pki = softhsm.make_pki(
        tmp_path / "pki", "ecdsa", usage="encrypt" if problem == "encipherment" else "sign",
        not_before=now - timedelta(days=30) if problem == "expired" else
        (now + timedelta(days=2) if problem == "not-yet" else None),
        not_after=now - timedelta(days=1) if problem == "expired" else None)
    token = softhsm.make_token(tmp_path / "hsm", monkeypatch, pki)
    out = tmp_path / "uit.pdf"
    expected = {"expired": "is verlopen op", "not-yet": "is pas geldig vanaf",
                "encipherment": "niet bedoeld om mee te ondertekenen (sleutelgebruik: "
                                "key_encipherment)"}[problem]
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file)], expected)
    assert not out.exists()


def test_a_locked_pin(token: softhsm.Token, case_file: Path, tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    """SoftHSM2 never locks a PIN: the token's answer to the login is made a locked PIN."""
    import pkcs11

    from chinacheck.signing import token as token_module

    def locked(token: object, pin: str) -> None:
        raise pkcs11.PinLocked()

    monkeypatch.setattr(token_module, "_open", locked)
    out = tmp_path / "uit.pdf"
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file)], "de pincode van het token is "
           "geblokkeerd")
    assert not out.exists()


def test_a_token_removed_while_signing_leaves_nothing(
        token: softhsm.Token, case_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import pkcs11
    from pyhanko.sign.pkcs11 import PKCS11Signer

    async def gone(self: object, data: bytes, digest_algorithm: str, dry_run: bool = False
                   ) -> bytes:
        raise pkcs11.DeviceRemoved()

    monkeypatch.setattr(PKCS11Signer, "async_sign_raw", gone)
    before = case_file.read_bytes()
    out = tmp_path / "uit.pdf"
    _fails(capsys, ["export", str(case_file), "-o", str(out), "--sign-pkcs11", token.module,
                    "--pin-file", str(token.pin_file)],
           "het token is tijdens het ondertekenen verwijderd")
    assert not out.exists() and case_file.read_bytes() == before
    _fails(capsys, ["signoff", str(case_file), "--name", "Zoë", "--role", "r", "--decision",
                    "doorgaan", "--final", "--despite", "Toets.", "--seal-pkcs11",
                    token.module, "--pin-file", str(token.pin_file)],
           "het token is tijdens het ondertekenen verwijderd")
    assert case_file.read_bytes() == before


def test_usage_errors(case_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                      ) -> None:
    out = str(tmp_path / "uit.pdf")
    _fails(capsys, ["export", str(case_file), "-o", out, "--token-label", "x"],
           "--token-label hoort bij --sign-pkcs11 MODULE", code=2)
    _fails(capsys, ["export", str(case_file), "-o", out, "--sign", "a.p12", "--sign-pkcs11",
                    "m.so"], "niet beide", code=2)
    _fails(capsys, ["signoff", str(case_file), "--name", "Z", "--role", "r", "--decision",
                    "doorgaan", "--seal-pkcs11", "m.so"], "--seal hoort bij --final", code=2)
    _fails(capsys, ["export", str(case_file), "-o", str(tmp_path / "uit.docx"),
                    "--sign-pkcs11", "m.so"], "--sign hoort bij een PDF", code=2)


def test_token_messages_in_english(token: softhsm.Token, case_file: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    from helpers.cli import en_fails, en_ok

    out = en_ok(capsys, "tokens", token.module, allowed=("Zoë", "de", "Vries", "toets", "Toets",
                                                         "Intermediate", "aftekenen"))
    assert "certificate aftekenen (id 01): Zoë de Vries, issued by Toets Intermediate CA" in out
    wrong = tmp_path / "fout.txt"
    wrong.write_text("0000\n", encoding="utf-8")
    err = en_fails(capsys, "export", str(case_file), "-o", str(tmp_path / "uit.pdf"),
                   "--sign-pkcs11", token.module, "--pin-file", str(wrong))
    assert "wrong PIN; " in err
