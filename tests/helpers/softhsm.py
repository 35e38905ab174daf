"""A test PKI (root → intermediate → signer, made with ``cryptography`` at test time) and a
SoftHSM2 token holding the signer's key, in a temporary folder with its own SOFTHSM2_CONF:
never the system's tokens."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

MODULE_PATHS = ("/usr/lib/softhsm/libsofthsm2.so",
                "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                "/usr/local/lib/softhsm/libsofthsm2.so")
PIN = "4321"
SO_PIN = "87654321"


def module_path() -> str:
    for candidate in MODULE_PATHS:
        if Path(candidate).is_file():
            return candidate
    return ""


def require_softhsm() -> str:
    """The SoftHSM2 module, or skip: the Debian package softhsm2 (scripts/setup.sh) is absent."""
    pytest.importorskip("pkcs11", reason="python-pkcs11 (the pkcs11 extra) is not installed")
    module = module_path()
    if not module or shutil.which("softhsm2-util") is None:
        pytest.skip("SoftHSM2 is not installed (Debian package softhsm2; scripts/setup.sh)")
    return module


@dataclass
class Pki:
    """Certificates as (cryptography) objects and PEM files; keys in memory only."""

    folder: Path
    kind: str  # "rsa-pss" or "ecdsa"
    root: Any = None
    intermediate: Any = None
    signer: Any = None
    signer_key: Any = None
    mid_key: Any = None
    files: dict[str, Path] = field(default_factory=dict)


def _key(kind: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if kind == "ecdsa":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _sign(builder: Any, issuer_key: Any) -> Any:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    if isinstance(issuer_key, rsa.RSAPrivateKey):  # RSA-PSS all the way down
        return builder.sign(issuer_key, hashes.SHA256(), rsa_padding=padding.PSS(
            mgf=padding.MGF1(hashes.SHA256()), salt_length=32))
    return builder.sign(issuer_key, hashes.SHA256())


def certificate(subject: str, key: Any, issuer: Any | None, issuer_key: Any, *, ca: bool,
                usage: str = "sign", not_before: datetime | None = None,
                not_after: datetime | None = None) -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Gemeente Toetsstad")])
    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False,
                 data_encipherment=False, key_agreement=False, key_cert_sign=False,
                 crl_sign=False, encipher_only=False, decipher_only=False)
    if ca:
        flags.update(key_cert_sign=True, crl_sign=True)
    elif usage == "sign":
        flags.update(digital_signature=True, content_commitment=True)
    else:
        flags.update(key_encipherment=True)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(issuer.subject if issuer is not None else name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=1))
        .not_valid_after(not_after or now + timedelta(days=365))
        .add_extension(x509.KeyUsage(**flags), critical=True)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
    )
    if not ca:  # where a CRL would be published: a supplied CRL is then checked
        builder = builder.add_extension(x509.CRLDistributionPoints([x509.DistributionPoint(
            [x509.UniformResourceIdentifier("http://crl.toets.invalid/intermediate.crl")],
            None, None, None)]), critical=False)
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False)
    return _sign(builder, issuer_key)


def make_pki(folder: Path, kind: str, *, signer_name: str = "Zoë de Vries",
             usage: str = "sign", not_before: datetime | None = None,
             not_after: datetime | None = None, ca_name: str = "Toets") -> Pki:
    from cryptography.hazmat.primitives import serialization

    folder.mkdir(parents=True, exist_ok=True)
    root_key, mid_key, signer_key = _key(kind), _key(kind), _key(kind)
    root = certificate(f"{ca_name} Root CA", root_key, None, root_key, ca=True)
    mid = certificate(f"{ca_name} Intermediate CA", mid_key, root, root_key, ca=True)
    signer = certificate(signer_name, signer_key, mid, mid_key, ca=False, usage=usage,
                         not_before=not_before, not_after=not_after)
    pki = Pki(folder, kind, root, mid, signer, signer_key, mid_key)
    for name, cert in (("root", root), ("intermediate", mid), ("signer", signer)):
        pki.files[name] = folder / f"{name}.pem"
        pki.files[name].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return pki


@dataclass
class Token:
    module: str
    conf: Path
    label: str
    pin_file: Path


def make_token(folder: Path, monkeypatch: pytest.MonkeyPatch, pki: Pki | None, *,
               label: str = "ChinaCheck toets", key_label: str = "aftekenen",
               with_certificate: bool = True, initialise: bool = True) -> Token:
    """A SoftHSM2 token in ``folder`` (SOFTHSM2_CONF set for this test) with the signer's key
    and its certificate and the intermediate's certificate on it."""
    module = require_softhsm()
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n"
                    "log.level = ERROR\nslots.removable = true\n", encoding="utf-8")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    if initialise:
        subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN,
                        "--so-pin", SO_PIN], check=True, capture_output=True, env=env)
    if pki is not None:
        add_key(module, label, pki, key_label, with_certificate=with_certificate)
    pin_file = folder / "pin.txt"
    pin_file.write_text(PIN + "\n", encoding="utf-8")
    return Token(module, conf, label, pin_file)


def add_key(module: str, token_label: str, pki: Pki, key_label: str, *,
            with_certificate: bool = True, key_id: bytes = b"\x01") -> None:
    """Import the signer's private key (and certificates) with python-pkcs11."""
    import pkcs11
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from pkcs11 import Attribute, CertificateType, ObjectClass
    from pkcs11.util import ec as p11ec
    from pkcs11.util import rsa as p11rsa

    lib = pkcs11.lib(module)
    try:
        token = lib.get_token(token_label=token_label)
        with token.open(rw=True, user_pin=PIN) as session:
            der = pki.signer_key.private_bytes(serialization.Encoding.DER,
                                               serialization.PrivateFormat.TraditionalOpenSSL,
                                               serialization.NoEncryption())
            if isinstance(pki.signer_key, ec.EllipticCurvePrivateKey):
                attrs = p11ec.decode_ec_private_key(der)
            else:
                attrs = p11rsa.decode_rsa_private_key(der)
            attrs.update({Attribute.TOKEN: True, Attribute.PRIVATE: True,
                          Attribute.SIGN: True, Attribute.LABEL: key_label,
                          Attribute.ID: key_id, Attribute.SENSITIVE: True})
            session.create_object(attrs)
            certs = [(pki.intermediate, "intermediate", b"\x99")]
            if with_certificate:
                certs.insert(0, (pki.signer, key_label, key_id))
            for cert, label, cert_id in certs:
                session.create_object({
                    Attribute.CLASS: ObjectClass.CERTIFICATE,
                    Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                    Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.ID: cert_id,
                    Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER),
                    Attribute.SUBJECT: cert.subject.public_bytes(),
                })
    finally:
        lib.finalize()


def make_crl(pki: Pki, *, revoke_signer: bool) -> bytes:
    """A CRL of the intermediate (PEM), revoking the signer's certificate or nothing."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    now = datetime.now(UTC)
    builder = (x509.CertificateRevocationListBuilder()
               .issuer_name(pki.intermediate.subject)
               .last_update(now - timedelta(hours=1)).next_update(now + timedelta(days=7)))
    if revoke_signer:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(pki.signer.serial_number)
            .revocation_date(now - timedelta(minutes=30)).build())
    crl = _sign(builder, pki.mid_key)
    return bytes(crl.public_bytes(serialization.Encoding.PEM))


def make_pkcs12(pki: Pki, passphrase: str) -> bytes:
    """The signer's key and certificate (and the intermediate) as a PKCS#12 file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    return bytes(pkcs12.serialize_key_and_certificates(
        b"signer", pki.signer_key, pki.signer, [pki.intermediate],
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))))
