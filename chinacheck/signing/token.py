"""Signing keys on a PKCS#11 token: a smart card, a USB token or an organisation's HSM.

Through pyHanko's PKCS#11 signer (the ``pkcs11`` extra: pyHanko with python-pkcs11, in the
version range pyHanko declares). The module is the card's PKCS#11 library (OpenSC, the card
vendor's middleware); the token and the key are picked by label. The PIN is passed in by the
caller, used to log in once and never stored or logged; the session is closed and the module
finalised after use, so a card can be taken out afterwards and the next use starts afresh.

Every failure is a :class:`TokenError` of one line: a module that is missing or is not a
PKCS#11 library, no token, a wrong or locked PIN, a key without a certificate, a certificate
that has expired or may not sign, a token taken out while signing. The callers sign into memory
and write only afterwards, so a failure leaves nothing half written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chinacheck.errors import one_line
from chinacheck.i18n import N_, _, translate
from chinacheck.signing.availability import SigningError

PKCS11_MISSING = N_("ondertekenen met een smartcard of token vraagt de extra 'pkcs11' "
                    "(pyHanko met python-pkcs11): pip install 'chinacheck[pkcs11]'")
REMOVED = N_("het token is tijdens het ondertekenen verwijderd of reageert niet meer; er is "
             "niets geschreven")
SIGNING_USAGES = ("digital_signature", "non_repudiation")


class TokenError(SigningError):
    """A PKCS#11 module, token, PIN or key that cannot be used to sign."""


@dataclass(frozen=True)
class TokenCertificate:
    label: str
    key_id: str  # the CKA_ID in hex: the key that belongs to the certificate has the same
    subject: str
    issuer: str
    not_after: datetime
    can_sign: bool  # key usage allows signing (or the certificate does not restrict it)


@dataclass(frozen=True)
class TokenInfo:
    label: str
    manufacturer: str
    model: str
    serial: str
    certificates: tuple[TokenCertificate, ...]


def available() -> bool:
    import importlib.util

    from chinacheck.signing import availability

    return availability.available() and importlib.util.find_spec("pkcs11") is not None


def require() -> None:
    if not available():
        raise TokenError(translate(PKCS11_MISSING))


def _library(module: str | Path) -> Any:
    """The loaded PKCS#11 module; TokenError when it is missing or not a PKCS#11 library."""
    import pkcs11

    path = Path(module)
    if not path.is_file():
        raise TokenError(_("{module}: PKCS#11-module niet gevonden").format(module=path))
    try:
        return pkcs11.lib(str(path))
    except pkcs11.PKCS11Error:
        raise TokenError(_("{module}: geen PKCS#11-module (de bibliotheek kan niet als "
                           "PKCS#11-module worden geladen)").format(module=path)) from None


def _finalise(lib: Any) -> None:
    try:
        lib.finalize()
    except Exception:  # noqa: BLE001 - already finalised, or the module is gone with the card
        pass


def _text(value: object) -> str:
    return one_line(str(value).strip(), 80)


def _tokens(lib: Any) -> list[Any]:
    import pkcs11

    found = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except pkcs11.PKCS11Error:
            continue
        if token.flags & pkcs11.TokenFlag.TOKEN_INITIALIZED:
            found.append(token)
    return found


def _pick_token(lib: Any, module: str | Path, label: str | None) -> Any:
    tokens = _tokens(lib)
    if not tokens:
        raise TokenError(_("{module}: geen token gevonden (zit de smartcard in de lezer, of "
                           "het token in de computer?)").format(module=module))
    labels = ", ".join(_text(t.label) for t in tokens)
    if label is not None:
        chosen = [t for t in tokens if t.label.strip() == label.strip()]
        if not chosen:
            raise TokenError(_("geen token met label {label}; gevonden: {labels}").format(
                label=_text(label), labels=labels))
        return chosen[0]
    if len(tokens) > 1:
        raise TokenError(_("meer dan één token gevonden ({labels}); kies er een met "
                           "--token-label").format(labels=labels))
    return tokens[0]


def _certificate(obj: Any) -> Any:
    from asn1crypto import x509  # type: ignore[import-untyped]
    from pkcs11 import Attribute

    return x509.Certificate.load(obj[Attribute.VALUE])


def _can_sign(cert: Any) -> bool:
    usage = cert.key_usage_value
    return usage is None or bool(set(usage.native) & set(SIGNING_USAGES))


def name_of(name: Any) -> str:
    """The common name in an asn1crypto Name, else the whole name readably."""
    common = name.native.get("common_name")
    if isinstance(common, list):
        common = common[0] if common else None
    return str(common) if common else str(name.human_friendly)


def _describe(obj: Any) -> TokenCertificate:
    from pkcs11 import Attribute

    from chinacheck.signing.pades import common_name

    cert = _certificate(obj)
    return TokenCertificate(
        label=_text(obj[Attribute.LABEL]), key_id=bytes(obj[Attribute.ID]).hex(),
        subject=_text(common_name(cert)), issuer=_text(name_of(cert.issuer)),
        not_after=cert["tbs_certificate"]["validity"]["not_after"].native,
        can_sign=_can_sign(cert))


def _certificates(session: Any) -> list[Any]:
    from pkcs11 import Attribute, CertificateType, ObjectClass

    return list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE,
                                     Attribute.CERTIFICATE_TYPE: CertificateType.X_509}))


def list_tokens(module: str | Path) -> list[TokenInfo]:
    """The tokens in ``module`` and the certificates on each (public objects: no PIN)."""
    require()
    import pkcs11

    lib = _library(module)
    try:
        tokens = _tokens(lib)
        if not tokens:
            raise TokenError(_("{module}: geen token gevonden (zit de smartcard in de lezer, "
                               "of het token in de computer?)").format(module=module))
        found = []
        for token in tokens:
            with token.open() as session:
                certificates = tuple(_describe(o) for o in _certificates(session))
            found.append(TokenInfo(_text(token.label), _text(token.manufacturer_id),
                                   _text(token.model), _text(token.serial.decode(
                                       "ascii", "replace") if isinstance(token.serial, bytes)
                                       else token.serial), certificates))
        return found
    except pkcs11.PKCS11Error as exc:
        raise TokenError(_("{module}: het token kan niet worden gelezen ({kind})").format(
            module=module, kind=type(exc).__name__)) from None
    finally:
        _finalise(lib)


def _pin_problem(token: Any, error: Exception) -> TokenError:
    """A wrong or locked PIN, with what the token tells about the tries left."""
    import pkcs11
    from pkcs11 import TokenFlag

    try:
        flags = token.slot.get_token().flags  # read again: the failed try changed them
    except pkcs11.PKCS11Error:
        flags = token.flags
    if isinstance(error, pkcs11.PinLocked) or flags & TokenFlag.USER_PIN_LOCKED:
        return TokenError(_("de pincode van het token is geblokkeerd; laat hem deblokkeren "
                            "(met de PUK of door de beheerder van de kaart)"))
    if flags & TokenFlag.USER_PIN_FINAL_TRY:
        left = _("nog één poging voordat de pincode wordt geblokkeerd")
    elif flags & TokenFlag.USER_PIN_COUNT_LOW:
        left = _("nog maar enkele pogingen voordat de pincode wordt geblokkeerd")
    else:
        left = _("het token zegt niet hoeveel pogingen er over zijn")
    return TokenError(_("onjuiste pincode; {left}").format(left=left))


def _open(token: Any, pin: str) -> Any:
    return token.open(user_pin=pin)


def _login(token: Any, pin: str) -> Any:
    import pkcs11
    from pkcs11 import TokenFlag

    if token.flags & TokenFlag.USER_PIN_LOCKED:
        return _pin_problem(token, pkcs11.PinLocked())
    try:
        return _open(token, pin)
    except (pkcs11.PinIncorrect, pkcs11.PinLocked, pkcs11.PinLenRange) as exc:
        return _pin_problem(token, exc)


def _pick_key(session: Any, key_label: str | None) -> tuple[Any, Any]:
    """(private key object, its certificate object) by the key's (or certificate's) label."""
    from pkcs11 import Attribute, ObjectClass

    keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                     Attribute.SIGN: True}))
    if key_label is not None:
        keys = [k for k in keys if k[Attribute.LABEL].strip() == key_label.strip()]
    names = ", ".join(_text(k[Attribute.LABEL]) for k in keys)
    if not keys:
        if key_label is None:
            raise TokenError(_("het token heeft geen sleutel om mee te ondertekenen"))
        raise TokenError(_("het token heeft geen sleutel met label {label}").format(
            label=_text(key_label)))
    if len(keys) > 1:
        raise TokenError(_("het token heeft meer dan één sleutel ({labels}); kies er een met "
                           "--key-label").format(labels=names))
    key = keys[0]
    certificates = _certificates(session)
    for by in (Attribute.ID, Attribute.LABEL):
        matching = [c for c in certificates if c[by] and c[by] == key[by]]
        if matching:
            return key, matching[0]
    raise TokenError(_("de sleutel {label} heeft geen certificaat op het token").format(
        label=_text(key[Attribute.LABEL])))


def check_certificate(cert: Any, when: datetime | None = None) -> None:
    """TokenError when ``cert`` (asn1crypto) is not valid at ``when`` or may not sign."""
    from chinacheck.signing.pades import common_name

    when = when or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    name = _text(common_name(cert))
    if when > validity["not_after"].native:
        raise TokenError(_("het certificaat van {name} is verlopen op {date}").format(
            name=name, date=f"{validity['not_after'].native:%Y-%m-%d}"))
    if when < validity["not_before"].native:
        raise TokenError(_("het certificaat van {name} is pas geldig vanaf {date}").format(
            name=name, date=f"{validity['not_before'].native:%Y-%m-%d}"))
    if not _can_sign(cert):
        raise TokenError(_("het certificaat van {name} is niet bedoeld om mee te ondertekenen "
                           "(sleutelgebruik: {usage})").format(
            name=name, usage=", ".join(cert.key_usage_value.native) or "—"))


def _prefers_pss(token: Any, cert: Any) -> bool:
    """RSA-PSS for an RSA key when the token can do it (PKCS#1 v1.5 otherwise)."""
    from pkcs11 import Mechanism

    if cert.public_key.algorithm not in ("rsa", "rsassa_pss"):
        return False
    return Mechanism.SHA256_RSA_PKCS_PSS in token.slot.get_mechanisms()


def _raw_ecdsa(token: Any, cert: Any) -> bool:
    """Hash here and have the token sign the digest when it cannot hash for ECDSA itself."""
    from pkcs11 import Mechanism

    return cert.public_key.algorithm == "ec" \
        and Mechanism.ECDSA_SHA256 not in token.slot.get_mechanisms()


def removed(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a token gone or a session lost mid-signing."""
    import pkcs11

    gone = (pkcs11.DeviceRemoved, pkcs11.TokenNotPresent, pkcs11.SessionHandleInvalid,
            pkcs11.SessionClosed, pkcs11.DeviceError, pkcs11.TokenNotRecognised,
            pkcs11.UserNotLoggedIn)
    seen: BaseException | None = exc
    for _depth in range(8):
        if seen is None:
            return False
        if isinstance(seen, gone):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


@contextmanager
def token_key(module: str | Path, pin: str, *, token_label: str | None = None,
              key_label: str | None = None) -> Iterator[Any]:
    """A SigningKey (chinacheck.signing.pades) for the key on the token, usable inside the
    ``with``; the session is closed and the module finalised when it ends. A token taken out
    while signing inside the block is a TokenError (REMOVED)."""
    require()
    import pkcs11
    from pyhanko.sign.pkcs11 import PKCS11Signer

    from chinacheck.signing.pades import SigningKey, common_name

    lib = _library(module)
    session = None
    try:
        token = _pick_token(lib, module, token_label)
        opened = _login(token, pin)
        del pin  # the token has it; no reference is kept while signing
        if isinstance(opened, TokenError):
            raise opened
        session = opened
        key, cert_object = _pick_key(session, key_label)
        cert = _certificate(cert_object)
        check_certificate(cert)
        others = [_certificate(o) for o in _certificates(session)]
        signer = PKCS11Signer(session, key_id=bytes(key[pkcs11.Attribute.ID]) or None,
                              key_label=None if bytes(key[pkcs11.Attribute.ID])
                              else key[pkcs11.Attribute.LABEL],
                              signing_cert=cert, ca_chain=[c for c in others if c != cert],
                              prefer_pss=_prefers_pss(token, cert),
                              use_raw_mechanism=_raw_ecdsa(token, cert))
        yield SigningKey(signer, common_name(cert))
    except TokenError:
        raise
    except Exception as exc:
        if removed(exc):
            raise TokenError(translate(REMOVED)) from None
        if isinstance(exc, pkcs11.PKCS11Error):
            raise TokenError(_("het token meldt een fout ({kind})").format(
                kind=type(exc).__name__)) from None
        raise
    finally:
        if session is not None:
            try:
                session.close()
            except pkcs11.PKCS11Error:
                pass  # the card is gone: nothing left to close
        _finalise(lib)
