"""Encrypted case files: round trip, wrong passphrase, any changed byte, nothing in clear text."""

from __future__ import annotations

import base64
import dataclasses
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.scrypt import CHEAP

from chinacheck.case import caseformat, encryption
from chinacheck.case.encryption import ScryptCost, TamperedFile, WrongPassphrase
from chinacheck.case.examples import example_case
from chinacheck.errors import CaseFileError, InputError
from chinacheck.storage import store

pytest.importorskip("cryptography")

PASSPHRASE = "correct paard batterij nietje 王伟"


@pytest.fixture(scope="module")
def plain() -> bytes:
    return caseformat.dumps(example_case())


@pytest.fixture(scope="module")
def sealed(plain: bytes) -> bytes:
    return encryption.encrypt(plain, PASSPHRASE, cost=CHEAP)


def test_round_trip(plain: bytes, sealed: bytes) -> None:
    assert encryption.decrypt(sealed, PASSPHRASE) == plain
    assert caseformat.loads(encryption.decrypt(sealed, PASSPHRASE)) == caseformat.loads(plain)


def test_round_trip_with_the_default_cost(plain: bytes) -> None:
    raw = encryption.encrypt(plain, PASSPHRASE)
    header = json.loads(raw)["encryption"]
    assert (header["n"], header["r"], header["p"]) == (2**15, 8, 1)
    assert encryption.decrypt(raw, PASSPHRASE) == plain


def test_passphrase_is_normalised(plain: bytes) -> None:
    composed, decomposed = "Zo\u00eb", "Zoe\u0308"  # as typed on two keyboards
    assert encryption.decrypt(encryption.encrypt(plain, composed, cost=CHEAP), decomposed) == plain


def test_encrypted_file_is_json_saying_only_what_it_is(sealed: bytes) -> None:
    data = json.loads(sealed)
    assert set(data) == {"format", "encrypted", "encryption", "ciphertext"}
    assert data["format"] == "chinacheck-case" and data["encrypted"] is True
    assert data["encryption"] == {
        "version": 1, "cipher": "AES-256-GCM", "kdf": "scrypt", "n": CHEAP.n, "r": CHEAP.r,
        "p": CHEAP.p,
        "salt": data["encryption"]["salt"], "nonce": data["encryption"]["nonce"],
        "check": data["encryption"]["check"],
    }
    assert encryption.is_encrypted(sealed)
    assert not encryption.is_encrypted(caseformat.dumps(example_case()))
    assert not encryption.is_encrypted(b"")


def test_nothing_of_the_case_in_clear_text(sealed: bytes) -> None:
    case = example_case()
    secrets = [case.title, case.organisation, case.preparer, case.id, "Wuhan", "Zwolle",
               "王伟", "Wang Wei", case.counterparts[0].notes, "stedenband", "visit-programme",
               "schema_version", "2027"]
    for secret in secrets:
        for form in (secret.encode("utf-8"), json.dumps(secret).strip('"').encode("ascii")):
            assert form not in sealed, secret
    # Nor hidden in the base64: the ciphertext decodes to noise, not to the case.
    body = base64.b64decode(json.loads(sealed)["ciphertext"])
    assert case.title.encode("utf-8") not in body


def test_same_case_twice_gives_different_files(plain: bytes) -> None:
    first = encryption.encrypt(plain, PASSPHRASE, cost=CHEAP)
    second = encryption.encrypt(plain, PASSPHRASE, cost=CHEAP)
    assert first != second
    assert json.loads(first)["encryption"]["salt"] != json.loads(second)["encryption"]["salt"]


def test_wrong_passphrase(sealed: bytes) -> None:
    for wrong in ("", "correct paard batterij nietje", PASSPHRASE + " ", PASSPHRASE.upper()):
        with pytest.raises(WrongPassphrase, match="wachtwoord is onjuist") as info:
            encryption.decrypt(sealed, wrong)
        assert isinstance(info.value, CaseFileError)


def test_empty_passphrase_is_refused_for_encryption(plain: bytes) -> None:
    with pytest.raises(InputError, match="leeg"):
        encryption.encrypt(plain, "", cost=CHEAP)


def _flip(raw: bytes, at: int, value: int) -> bytes:
    return raw[:at] + bytes([value]) + raw[at + 1:]


def test_every_changed_byte_is_refused(plain: bytes) -> None:
    # A small file so that every position can be tried, each with two different changes.
    small = encryption.encrypt(b'{"x": 1}\n', PASSPHRASE, cost=CHEAP)
    rng = random.Random(1234)
    kinds: dict[str, int] = {}
    for at in range(len(small)):
        for value in (small[at] ^ 0x01, rng.choice([v for v in range(256) if v != small[at]])):
            with pytest.raises(CaseFileError) as info:
                encryption.decrypt(_flip(small, at, value), PASSPHRASE)
            error = info.value
            assert isinstance(error, encryption.EncryptedFileError), (at, value, error)
            assert error.problem and "\n" not in error.problem
            kinds[type(error).__name__] = kinds.get(type(error).__name__, 0) + 1
    # Changes are nearly always reported as tampering; a changed salt, check value or scrypt
    # factor can only show as a passphrase that no longer fits.
    assert kinds["TamperedFile"] > 0.8 * sum(kinds.values()), kinds


@pytest.mark.slow
def test_every_possible_single_byte_change_is_refused() -> None:
    """All 255 other values at every position: about 90 000 files, none of them opens."""
    # about 90 000 decryptions, most of them deriving a key: cheaper still
    small = encryption.encrypt(b'{"x": 1}\n', PASSPHRASE, cost=dataclasses.replace(CHEAP, r=1))
    for at in range(len(small)):
        for value in range(256):
            if value != small[at]:
                with pytest.raises(encryption.EncryptedFileError):
                    encryption.decrypt(_flip(small, at, value), PASSPHRASE)


def test_added_removed_and_truncated_bytes_are_refused(sealed: bytes) -> None:
    variants = [sealed + b"\n", sealed + b" ", b" " + sealed, b"\xef\xbb\xbf" + sealed,
                sealed.rstrip(b"\n"), sealed[:-10], sealed.replace(b"\n", b"\r\n"),
                sealed.replace(b"  ", b" ", 1)]
    for raw in variants:
        with pytest.raises(TamperedFile):
            encryption.decrypt(raw, PASSPHRASE)


def test_base64_spare_bits_cannot_hide_a_change(sealed: bytes) -> None:
    data = json.loads(sealed)
    text = data["ciphertext"]
    if not text.endswith("="):
        pytest.skip("no spare bits in this ciphertext's length")
    last = text.rstrip("=")[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    sibling = alphabet[alphabet.index(last) ^ 1]  # same decoded bytes, different text
    changed = sealed.replace(text.encode(), (text.rstrip("=")[:-1] + sibling
                                             + "=" * (len(text) - len(text.rstrip("=")))).encode())
    assert base64.b64decode(json.loads(changed)["ciphertext"]) == base64.b64decode(text)
    with pytest.raises(TamperedFile, match="base64"):
        encryption.decrypt(changed, PASSPHRASE)


def _with_header(sealed: bytes, **changes: object) -> bytes:
    data = json.loads(sealed)
    for key, value in changes.items():
        if key in data["encryption"] or key == "extra_header":
            data["encryption"][key] = value
        else:
            data[key] = value
    return json.dumps(data, indent=2).encode()


@pytest.mark.parametrize(("change", "error", "fragment"), [
    ({"version": 2}, encryption.UnsupportedEncryption, "nieuwere ChinaCheck"),
    ({"cipher": "ChaCha20-Poly1305"}, encryption.UnsupportedEncryption, "nieuwere ChinaCheck"),
    ({"kdf": "argon2id"}, encryption.UnsupportedEncryption, "nieuwere ChinaCheck"),
    ({"version": "1"}, TamperedFile, "'version' ongeldig"),
    ({"n": 2**40}, TamperedFile, "macht van 2"),
    ({"n": 1000}, TamperedFile, "macht van 2"),
    ({"n": 2**20, "r": 32}, TamperedFile, "te veel geheugen"),
    ({"r": 0}, TamperedFile, "r of p"),
    ({"p": 1.0}, TamperedFile, "geen geheel getal"),
    ({"salt": "niet base64!"}, TamperedFile, "'salt' is geen geldige base64"),
    ({"salt": "AAAA"}, TamperedFile, "verkeerde lengte"),
    ({"nonce": 12}, TamperedFile, "'nonce' is geen tekst"),
    ({"ciphertext": ""}, TamperedFile, "te kort"),
    ({"ciphertext": None}, TamperedFile, "'ciphertext' is geen tekst"),
    ({"extra_header": 1}, TamperedFile, "onbekende of ontbrekende velden"),
    ({"title": "Gelekt"}, TamperedFile, "onbekende of ontbrekende velden"),
    ({"encryption": []}, TamperedFile, "'encryption' ontbreekt"),
    ({"encrypted": False}, encryption.EncryptedFileError, "geen versleutelde ChinaCheck-zaak"),
    ({"format": "iets-anders"}, encryption.EncryptedFileError, "geen versleutelde ChinaCheck-zaak"),
])
def test_header_problems_are_named(sealed: bytes, change: dict[str, object],
                                   error: type[Exception], fragment: str) -> None:
    with pytest.raises(error, match=fragment):
        encryption.decrypt(_with_header(sealed, **change), PASSPHRASE)


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b"\xff\xfe{}", b'{"a": 1, "a": 2}',
                                 b"[" * 100_000, b'"' + b"a" * 1000])
def test_garbage_is_a_clear_error(raw: bytes) -> None:
    with pytest.raises(encryption.EncryptedFileError) as info:
        encryption.decrypt(raw, PASSPHRASE, path=Path("reis.chinacheck"))
    assert str(info.value).startswith("reis.chinacheck: ")


def test_unlocked_key_saves_again_without_scrypt(plain: bytes, sealed: bytes) -> None:
    unlocked = encryption.unlock(sealed, PASSPHRASE)
    again = unlocked.key.encrypt(plain + b" ")
    assert again != sealed
    assert json.loads(again)["encryption"]["salt"] == json.loads(sealed)["encryption"]["salt"]
    assert json.loads(again)["encryption"]["nonce"] != json.loads(sealed)["encryption"]["nonce"]
    assert encryption.decrypt(again, PASSPHRASE) == plain + b" "
    assert "key" not in repr(unlocked.key).replace("CaseKey", "")


def test_hostile_cost_is_refused_before_any_work() -> None:
    with pytest.raises(ValueError):
        encryption.CaseKey.derive(PASSPHRASE, ScryptCost(n=2**22))


def test_encrypted_case_through_the_loader_asks_for_the_passphrase(tmp_path: Path, plain: bytes,
                                                                    sealed: bytes) -> None:
    path = tmp_path / "reis.chinacheck"
    path.write_bytes(sealed)
    with pytest.raises(encryption.PassphraseRequired) as info:
        store.load_case(path)
    assert isinstance(info.value, CaseFileError)
    with pytest.raises(WrongPassphrase):
        store.load_case(path, "fout")
    assert store.load_case(path, PASSPHRASE).case == caseformat.loads(plain)
    assert path.read_bytes() == sealed


def test_cryptography_is_imported_only_when_used() -> None:
    code = ("import sys; import chinacheck.case.encryption as e; "
            "assert e.is_encrypted(b'{\"format\": \"chinacheck-case\", \"encrypted\": true}'); "
            "print(sorted(m for m in sys.modules if m.startswith('cryptography')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_cryptography_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                               plain: bytes) -> None:
    for name in [m for m in sys.modules if m.startswith("cryptography")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "cryptography", None)
    with pytest.raises(encryption.EncryptionUnavailable, match="cryptography"):
        encryption.encrypt(plain, PASSPHRASE, cost=CHEAP)
