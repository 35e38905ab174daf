"""A throw-away self-signed certificate in a PKCS#12 archive, for the self-test and the tests.

Never meant for real signing: a self-signed certificate proves only that the PDF was not changed
after signing, not who signed it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


def make_pkcs12(common_name: str, passphrase: str, *, days: int = 30) -> tuple[bytes, bytes]:
    """(PKCS#12 bytes, certificate PEM) for a new P-256 key and a self-signed certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1)).not_valid_after(now + timedelta(days=days))
        .add_extension(usage, critical=True)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    p12 = pkcs12.serialize_key_and_certificates(b"chinacheck", key, cert, None, encryption)
    return p12, cert.public_bytes(serialization.Encoding.PEM)
