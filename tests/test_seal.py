"""A final sign-off sealed with a certificate: a detached CMS signature in the case file over the
sign-off's seal statement. ``validate``, ``show`` and ``verify`` report signer, time and trust as
for signed PDFs; a forgery that recomputes every hash fails on the seal, and so do a swapped
certificate, a corrupted or foreign signature, and a removed seal."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from helpers import forge
from helpers.cli import run

from chinacheck.case import integrity
from chinacheck.case.model import AuditEvent
from chinacheck.reports.case_summary import render_case_summary
from chinacheck.signing import availability
from chinacheck.storage import store

pytest.importorskip("pyhanko")

from chinacheck.signing.selfsigned import make_pkcs12  # noqa: E402

SIGNER = "Zoë de Vries 王伟"
PASSPHRASE = "geheim é"
UNTRUSTED = "intact, geldig, niet vertrouwd (zelfondertekend certificaat)"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("certs")
    files: dict[str, Path] = {}
    for who, name in (("zoe", SIGNER), ("ander", "Iemand Anders")):
        p12, pem = make_pkcs12(name, PASSPHRASE)
        files[f"{who}.p12"], files[f"{who}.pem"] = folder / f"{who}.p12", folder / f"{who}.pem"
        files[f"{who}.p12"].write_bytes(p12)
        files[f"{who}.pem"].write_bytes(pem)
    files["secret"] = folder / "wachtwoord.txt"
    files["secret"].write_text(PASSPHRASE + "\n", encoding="utf-8")
    return files


def _seal_with(capsys: pytest.CaptureFixture[str], path: Path, certificates: dict[str, Path],
               who: str = "zoe") -> tuple[int, str, str]:
    return run(capsys, "signoff", str(path), "--name", "Zoë de Vries", "--role",
               "portefeuillehouder", "--decision", "doorgaan", "--final", "--despite", "Toets.",
               "--seal", str(certificates[f"{who}.p12"]), "--seal-passphrase-file",
               str(certificates["secret"]))


@pytest.fixture
def sealed(tmp_path: Path, certificates: dict[str, Path],
           capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "zaak.chinacheck"
    assert run(capsys, "new", "--title", "Bezoek uit Wuhan", "-o", str(path))[0] == 0
    assert run(capsys, "answer", str(path), "visit-programme", "--status", "deels", "--note",
               "Programma ontvangen.")[0] == 0
    code, out, err = _seal_with(capsys, path, certificates)
    assert (code, err) == (0, "") and f"verzegeld met het certificaat van {SIGNER}" in out
    return path


def test_the_seal_is_in_the_case_file_and_in_the_trail(sealed: Path) -> None:
    case = store.load_case(sealed).case
    final = case.signoffs[-1]
    assert final.seal and final.audit_head and final.parts == integrity.parts(case)
    from asn1crypto import cms  # the stored value is a detached CMS SignedData, nothing else

    info = cms.ContentInfo.load(base64.b64decode(final.seal))
    assert info["content_type"].native == "signed_data"
    assert info["content"]["encap_content_info"]["content"].native is None  # detached
    entry = [e for e in case.audit if e.event is AuditEvent.SIGNED][-1]
    assert entry.detail["sealed"] is True and entry.at == final.signed_at


def test_validate_show_and_verify_report_signer_time_and_trust(
        sealed: Path, certificates: dict[str, Path], data_home: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    when = f"{store.load_case(sealed).case.signoffs[-1].signed_at.astimezone():%Y-%m-%d %H:%M}"
    line = f"verzegeling: handtekening van {SIGNER} op {when}: "
    code, out, err = run(capsys, "validate", str(sealed))
    assert (code, err) == (0, "") and out == f"{sealed}: {line}{UNTRUSTED}\n1 geldig\n"
    code, _, err = run(capsys, "validate", str(sealed), "--require-trusted")
    assert code == 1 and "verzegeling niet vertrouwd (--require-trusted)" in err
    code, out, _ = run(capsys, "validate", str(sealed), "--require-trusted", "--trust",
                       str(certificates["zoe.pem"]))
    assert code == 0 and f"{line}intact, geldig, vertrouwd\n" in out
    folder = data_home / "trusted-certificates"
    folder.mkdir()
    shutil.copy(certificates["zoe.pem"], folder / "organisatie.pem")
    assert run(capsys, "validate", str(sealed), "--require-trusted")[0] == 0
    shutil.rmtree(folder)
    code, out, _ = run(capsys, "show", str(sealed))
    assert code == 0 and f"  {line}{UNTRUSTED}" in out.splitlines()
    assert "buiten ChinaCheck" not in out
    pdf = tmp_path / "zaak.pdf"
    pdf.write_bytes(render_case_summary(store.load_case(sealed).case).data)
    code, out, err = run(capsys, "verify", str(sealed), str(pdf))
    assert (code, err) == (0, "") and f"{line}{UNTRUSTED}" in out and "OK: zaak.pdf" in out


def test_a_forgery_that_recomputes_every_hash_fails_on_the_seal(
        sealed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "zaak.pdf"
    forge.recompute(sealed, lambda d: d["answers"]["visit-programme"].update(status="ja"))
    assert not store.load_case(sealed).finding.tampered  # every bare hash agrees
    pdf.write_bytes(render_case_summary(store.load_case(sealed).case).data)
    code, out, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "NIET intact" in out
    assert "verzegeling verbroken: de zaak of de aftekening is na het verzegelen gewijzigd" in err
    code, out, _ = run(capsys, "show", str(sealed))
    assert out.startswith("LET OP: buiten ChinaCheck gewijzigd\n") and "verbroken" in out
    code, _, err = run(capsys, "verify", str(sealed), str(pdf))  # the PDF matches the forgery
    assert code == 1 and "verzegeling verbroken" in err
    code, _, err = run(capsys, "export", str(sealed), "-o", str(tmp_path / "uit.pdf"))
    assert code == 1 and "verzegeling verbroken" in err


@pytest.mark.parametrize("what", ["signer", "conditions", "trail"])
def test_a_recomputed_sign_off_or_trail_fails_on_the_seal(sealed: Path, what: str,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    changes = {
        "signer": lambda d: d["signoffs"][-1].update(name="Iemand Anders"),
        "conditions": lambda d: d["signoffs"][-1].update(statement="Geen bezwaar."),
        "trail": lambda d: d["audit"].pop(1),  # the "answers-changed" before the sign-off
    }
    forge.recompute(sealed, changes[what])
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling verbroken" in err


def _cms(path: Path) -> object:
    from asn1crypto import cms

    return cms.ContentInfo.load(base64.b64decode(store.load_case(path).case.signoffs[-1].seal))


def _store_seal(path: Path, info: object) -> None:
    value = base64.b64encode(info.dump(force=True)).decode("ascii")  # type: ignore[attr-defined]
    forge.recompute(path, lambda d: d["signoffs"][-1].update(seal=value))


def test_a_swapped_certificate_fails(sealed: Path, certificates: dict[str, Path],
                                     capsys: pytest.CaptureFixture[str]) -> None:
    from asn1crypto import cms, pem, x509

    info = _cms(sealed)
    _, _, der = pem.unarmor(certificates["ander.pem"].read_bytes())
    info["content"]["certificates"] = cms.CertificateSet(  # type: ignore[index]
        [cms.CertificateChoices(name="certificate", value=x509.Certificate.load(der))])
    _store_seal(sealed, info)
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling onleesbaar" in err


def test_a_corrupted_signature_fails(sealed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    info = _cms(sealed)
    signer = info["content"]["signer_infos"][0]  # type: ignore[index]
    value = bytearray(signer["signature"].native)
    value[len(value) // 2] ^= 0x01
    signer["signature"] = bytes(value)
    _store_seal(sealed, info)
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling ongeldig" in err


def test_garbage_and_a_foreign_seal_fail(sealed: Path, tmp_path: Path,
                                         certificates: dict[str, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "ander.chinacheck"
    assert run(capsys, "new", "--title", "Andere zaak", "-o", str(other))[0] == 0
    assert _seal_with(capsys, other, certificates)[0] == 0
    foreign = store.load_case(other).case.signoffs[-1].seal
    forge.recompute(sealed, lambda d: d["signoffs"][-1].update(seal=foreign))
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling verbroken" in err
    forge.recompute(sealed, lambda d: d["signoffs"][-1].update(
        seal=base64.b64encode(b"geen cms").decode()))
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling onleesbaar" in err and err.count("\n") == 1


def test_a_re_seal_with_another_certificate_names_that_signer_and_is_not_trusted(
        sealed: Path, certificates: dict[str, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    """A forger with a certificate of their own makes a valid signature, in their own name:
    what --trust and --require-trusted are for."""
    from chinacheck.signing import seal
    from chinacheck.signing.pades import load_key_file

    forge.recompute(sealed, lambda d: d["answers"]["visit-programme"].update(status="ja"))
    case = store.load_case(sealed).case
    final = case.signoffs[-1]
    final.seal = None
    value = seal.sealer(load_key_file(certificates["ander.p12"], PASSPHRASE))(
        integrity.seal_statement(case.id, final), final.signed_at)
    forge.recompute(sealed, lambda d: d["signoffs"][-1].update(seal=value))
    code, out, _ = run(capsys, "validate", str(sealed))
    assert code == 0 and "handtekening van Iemand Anders op " in out  # not Zoë: shown as is
    code, _, err = run(capsys, "validate", str(sealed), "--require-trusted", "--trust",
                       str(certificates["zoe.pem"]))
    assert code == 1 and "verzegeling niet vertrouwd" in err


def test_the_reason_for_signing_despite_gaps_is_sealed(sealed: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """The reason given with --despite is part of the sealed sign-off: a forger who rewrites it
    and recomputes every hash still breaks the seal."""
    despite = store.load_case(sealed).case.signoffs[-1].despite
    assert despite is not None and despite.reason == "Toets." and despite.gaps
    forge.recompute(sealed, lambda d: d["signoffs"][-1]["despite"].update(reason="Alles klaar."))
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling verbroken" in err


def test_a_removed_seal_is_flagged(sealed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forge.edit(sealed, lambda d: d["signoffs"][-1].pop("seal"))
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "de verzegeling is verwijderd" in err


def test_an_earlier_seal_stays_checkable_after_reopening(sealed: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    assert run(capsys, "reopen", str(sealed), "--reason", "Nieuwe feiten")[0] == 0
    assert run(capsys, "answer", str(sealed), "need-investment", "--status", "nee")[0] == 0
    code, out, err = run(capsys, "validate", str(sealed))
    assert (code, err) == (0, "") and UNTRUSTED in out


def test_without_the_signing_packages_a_seal_is_not_checked(
        sealed: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(availability, "available", lambda: False)
    code, _, err = run(capsys, "validate", str(sealed))
    assert code == 1 and "verzegeling niet gecontroleerd: digitaal ondertekenen vraagt" in err
    code, out, _ = run(capsys, "show", str(sealed))
    assert code == 0 and "  verzegeling niet gecontroleerd: " in out


def test_usage_and_a_wrong_passphrase(tmp_path: Path, certificates: dict[str, Path],
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "zaak.chinacheck"
    assert run(capsys, "new", "--title", "Bezoek", "-o", str(path))[0] == 0
    sign = ("signoff", str(path), "--name", "Zoë", "--role", "opsteller", "--decision",
            "doorgaan")
    code, _, err = run(capsys, *sign, "--seal", str(certificates["zoe.p12"]))
    assert code == 2 and "--seal hoort bij --final" in err
    code, _, err = run(capsys, *sign, "--final", "--seal-passphrase-file", "x")
    assert code == 2 and "--seal-passphrase-file hoort bij --seal" in err
    wrong = tmp_path / "fout.txt"
    wrong.write_text("fout\n", encoding="utf-8")
    before = path.read_bytes()
    code, out, err = run(capsys, *sign, "--final", "--despite", "Toets.", "--seal",
                         str(certificates["zoe.p12"]), "--seal-passphrase-file", str(wrong))
    assert code == 1 and out == "" and "onjuist wachtwoord" in err and err.count("\n") == 1
    assert path.read_bytes() == before


def test_the_seal_statement_is_canonical_json_of_the_documented_keys(sealed: Path) -> None:
    case = store.load_case(sealed).case
    statement = integrity.seal_statement(case.id, case.signoffs[-1])
    data = json.loads(statement)
    assert set(data) == {"format", "version", "case_id", "revision", "fingerprint",
                         "audit_head", "signoff"}
    assert data["format"] == "chinacheck-seal" and data["fingerprint"] == \
        integrity.fingerprint(case)
    assert "seal" not in data["signoff"] and data["signoff"]["parts"]
    assert data["signoff"]["despite"]["reason"] == "Toets."
    assert statement == integrity.canonical_json(data)
