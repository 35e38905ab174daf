"""Trust anchors, offline: `verify --trust FILE|DIR`, the organisation's trust folder, the
chain validated at the signing time with key usage, `--crl`, and the plain statement that
revocation was not checked otherwise. Signatures made with a PKCS#12 file of a test PKI
(root → intermediate → signer, RSA-PSS or ECDSA)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import softhsm
from helpers.cli import run

from chinacheck.storage import settings

pytest.importorskip("pyhanko")

PASSPHRASE = "geheim"
NOT_CHECKED = ("  intrekking niet gecontroleerd: offline kan niet worden nagegaan of het "
               "certificaat is ingetrokken (een CRL-bestand kan met --crl)")


@pytest.fixture(scope="module", params=["rsa-pss", "ecdsa"])
def pki(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> softhsm.Pki:
    return softhsm.make_pki(tmp_path_factory.mktemp("pki"), request.param)


def _signed(pki: softhsm.Pki, folder: Path, capsys: pytest.CaptureFixture[str]
            ) -> tuple[Path, Path]:
    """(case file, PDF signed with the PKI's signer)."""
    case = folder / "zaak.chinacheck"
    assert run(capsys, "new", "--title", "Bezoek uit Wuhan", "-o", str(case))[0] == 0
    p12, secret = folder / "signer.p12", folder / "wachtwoord.txt"
    p12.write_bytes(softhsm.make_pkcs12(pki, PASSPHRASE))
    secret.write_text(PASSPHRASE, encoding="utf-8")
    pdf = folder / "overzicht.pdf"
    code, _, err = run(capsys, "export", str(case), "-o", str(pdf), "--sign", str(p12),
                       "--passphrase-file", str(secret))
    assert (code, err) == (0, ""), err
    return case, pdf


def test_a_trust_folder_names_the_chain_and_says_revocation_was_not_checked(
        pki: softhsm.Pki, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case, pdf = _signed(pki, tmp_path, capsys)
    anchors = tmp_path / "ankers"
    anchors.mkdir()
    (anchors / "root.pem").write_bytes(pki.files["root"].read_bytes())
    (anchors / "leesmij.txt").write_text("geen certificaat", encoding="utf-8")
    code, out, err = run(capsys, "verify", str(case), str(pdf), "--require-trusted",
                         "--trust", str(anchors))
    assert code == 0, err
    lines = out.splitlines()
    signature = next(i for i, line in enumerate(lines)
                     if line.startswith("handtekening van Zoë de Vries op "))
    assert lines[signature].endswith(": intact, geldig, vertrouwd")
    assert lines[signature + 1] == ("  keten: Zoë de Vries → Toets Intermediate CA → Toets "
                                    "Root CA")
    assert lines[signature + 2] == NOT_CHECKED


def test_the_organisation_trust_folder_from_the_settings(
        pki: softhsm.Pki, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case, pdf = _signed(pki, tmp_path, capsys)
    code, _, err = run(capsys, "verify", str(case), str(pdf), "--require-trusted")
    assert code == 1 and "niet vertrouwd" in err
    share = tmp_path / "organisatie"
    share.mkdir()
    (share / "staat-der-nederlanden.crt").write_bytes(pki.files["root"].read_bytes())
    settings.save(settings.Settings(trust_folder=str(share)))
    code, out, err = run(capsys, "verify", str(case), str(pdf), "--require-trusted")
    assert code == 0, err
    assert "  keten: Zoë de Vries → Toets Intermediate CA → Toets Root CA" in out


def test_an_intermediate_is_not_an_anchor_for_a_chain_it_does_not_end(
        pki: softhsm.Pki, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Trusting the intermediate trusts the chain from there (an organisation may choose it);
    an unrelated certificate trusts nothing."""
    case, pdf = _signed(pki, tmp_path, capsys)
    other = softhsm.make_pki(tmp_path / "ander", "ecdsa", ca_name="Ander")
    code, _, err = run(capsys, "verify", str(case), str(pdf), "--require-trusted", "--trust",
                       str(other.files["root"]))
    assert code == 1 and "niet vertrouwd" in err


@pytest.mark.parametrize("revoked", [False, True])
def test_a_crl_is_used_when_given(revoked: bool, pki: softhsm.Pki, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    case, pdf = _signed(pki, tmp_path, capsys)
    crl = tmp_path / "intermediate.crl"
    crl.write_bytes(softhsm.make_crl(pki, revoke_signer=revoked))
    code, out, err = run(capsys, "verify", str(case), str(pdf), "--trust",
                         str(pki.files["root"]), "--crl", str(crl))
    if revoked:
        assert code == 1
        assert "  intrekking gecontroleerd met de opgegeven CRL: INGETROKKEN" in out
        assert "het certificaat is ingetrokken (volgens de opgegeven CRL)" in err
    else:
        assert code == 0, err
        assert "  intrekking gecontroleerd met de CRL van Toets Intermediate CA van " in out
        assert ": niet ingetrokken" in out


def test_a_crl_of_another_issuer_checks_nothing_and_says_so(
        pki: softhsm.Pki, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case, pdf = _signed(pki, tmp_path, capsys)
    other = softhsm.make_pki(tmp_path / "ander", "ecdsa", ca_name="Ander")
    crl = tmp_path / "ander.crl"
    crl.write_bytes(softhsm.make_crl(other, revoke_signer=True))
    code, out, err = run(capsys, "verify", str(case), str(pdf), "--trust",
                         str(pki.files["root"]), "--crl", str(crl))
    assert code == 0, err
    assert ("  intrekking niet gecontroleerd: geen van de opgegeven CRL's is van de uitgever "
            "van het certificaat (Toets Intermediate CA)") in out
    for kind in ("rsa-pss", "ecdsa"):  # a CRL signed with another key, of either kind
        forged = softhsm.make_pki(tmp_path / f"vervalst-{kind}", kind)
        crl.write_bytes(softhsm.make_crl(forged, revoke_signer=True))
        code, out, err = run(capsys, "verify", str(case), str(pdf), "--trust",
                             str(pki.files["root"]), "--crl", str(crl), "--require-trusted")
        assert code == 1 and "handtekening niet vertrouwd" in err, err
        assert ("  intrekking niet gecontroleerd: de opgegeven CRL van de uitgever is niet te "
                "gebruiken (de keten leidt niet naar een vertrouwd basiscertificaat, of de "
                "handtekening van de CRL klopt niet); niet vertrouwd") in out
    bad = tmp_path / "kapot.crl"
    bad.write_bytes(b"geen crl")
    code, _, err = run(capsys, "verify", str(case), str(pdf), "--crl", str(bad))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "CRL 1 is geen" in err


def test_the_chain_is_validated_at_the_signing_time(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A certificate that expired after signing still makes a trusted signature; one that
    may not sign (key usage) never does."""
    ends = datetime.now(UTC) + timedelta(seconds=4)
    pki = softhsm.make_pki(tmp_path / "kort", "ecdsa", not_after=ends)
    case, pdf = _signed(pki, tmp_path, capsys)
    time.sleep(max(0.0, (ends - datetime.now(UTC)).total_seconds()) + 1.1)
    code, out, err = run(capsys, "verify", str(case), str(pdf), "--require-trusted",
                         "--trust", str(pki.files["root"]))
    assert code == 0, err
    assert "intact, geldig, vertrouwd" in out

    encipher = softhsm.make_pki(tmp_path / "versleutel", "ecdsa", usage="encrypt")
    folder = tmp_path / "tweede"
    folder.mkdir()
    case, pdf = _signed(encipher, folder, capsys)
    code, _, err = run(capsys, "verify", str(case), str(pdf), "--require-trusted",
                       "--trust", str(encipher.files["root"]))
    assert code == 1 and "niet vertrouwd" in err


def test_the_self_test_names_the_active_anchors(
        pki: softhsm.Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import hashlib

    from chinacheck import display
    from chinacheck.signing import anchors

    monkeypatch.setattr(display, "display_problem", lambda: "geen beeldscherm in deze toets")
    g3 = "Staat der Nederlanden Root CA - G3 (meegeleverd, SHA-256 3C:4F:B0:B9:5A:B8:B3:00…)"
    assert anchors.describe() == f"vertrouwde basiscertificaten: {g3}"
    settings.save(settings.Settings(trust_bundled=False))
    assert anchors.describe() == ("vertrouwde basiscertificaten: geen (ChinaCheck levert er "
                                  "geen mee; zie docs/documents.md)")
    share = tmp_path / "organisatie"
    share.mkdir()
    (share / "root.pem").write_bytes(pki.files["root"].read_bytes())
    settings.save(settings.Settings(trust_folder=str(share), trust_bundled=False))
    der = pki.root.public_bytes(__import__("cryptography.hazmat.primitives.serialization",
                                           fromlist=["Encoding"]).Encoding.DER)
    fingerprint = anchors.grouped(hashlib.sha256(der).hexdigest())
    assert anchors.describe() == (f"vertrouwde basiscertificaten: Toets Root CA "
                                  f"(organisatiemap, SHA-256 {fingerprint[:23]}…)")
    (share / "kapot.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nxx\n")
    assert anchors.describe().endswith("kapot.pem: geen PEM- of DER-certificaat")
    (share / "kapot.pem").unlink()
    code, out, err = run(capsys, "--self-test")
    assert code == 0 and "vertrouwde basiscertificaten: Toets Root CA (organisatiemap" in out, err


def test_the_shipped_root_is_the_one_pkioverheid_publishes() -> None:
    """The G3 root's DER bytes hash to the fingerprint in the PKIoverheid CPS; a shipped file
    that does not is refused, never trusted."""
    import hashlib
    import ssl

    from asn1crypto import x509  # type: ignore[import-untyped]

    from chinacheck.errors import InputError
    from chinacheck.resource_files import file_path
    from chinacheck.signing import anchors

    published = "3C4FB0B95AB8B30032F432B86F535FE172C185D0FD39865837CF36187FA6F428"
    path = file_path("trust/staat-der-nederlanden-root-ca-g3.pem")
    der = ssl.PEM_cert_to_DER_cert(path.read_text(encoding="ascii"))
    assert hashlib.sha256(der).hexdigest().upper() == published
    cert = x509.Certificate.load(der)
    assert cert.subject.native["common_name"] == "Staat der Nederlanden Root CA - G3"
    assert cert.self_signed == "maybe" and cert.ca
    [(found, source)] = anchors.anchor_files()
    assert (found, source) == (path, "bundled")
    assert anchors.trust_roots() == [path.read_bytes()]
    tampered = {"trust/staat-der-nederlanden-root-ca-g3.pem": "00" * 32}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(anchors, "BUNDLED", tampered)
        with pytest.raises(InputError, match="wijkt af van de gepubliceerde vingerafdruk"):
            anchors.trust_roots()
