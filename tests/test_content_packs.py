"""The content-pack format: the bundled pack's manifest, parsing, signatures, building."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers.packs import (
    LATER,
    ORGANISATION,
    PUBLISHER_FINGERPRINT,
    PUBLISHER_KEY,
    TAMPERED,
    UNSIGNED,
)

from chinacheck.errors import ContentError
from chinacheck.guidance import content as bundled
from chinacheck.guidance.pack_build import build, hashed_manifest, sign
from chinacheck.guidance.pack_manifest import PackKind, PackRef, Trust, parse_manifest
from chinacheck.guidance.pack_reader import read_pack
from chinacheck.guidance.pack_signature import (
    check_signature,
    load_private_key,
    new_private_key_pem,
    normalise_fingerprint,
)

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "content"


def test_the_bundled_manifest_lists_every_content_file_with_its_current_hash() -> None:
    _manifest, data = hashed_manifest(RESOURCES)
    assert (RESOURCES / "pack.json").read_bytes() == data, \
        "resources/content/pack.json is stale: run chinacheck packs build resources/content"
    pack = read_pack(RESOURCES)
    assert pack.manifest.kind is PackKind.NATIONAL and pack.signature is None
    assert sorted(pack.files) == sorted(f"{n}.json" for n in bundled.CONTENT_FILES)


def test_the_bundled_pack_is_the_may_2023_brochure_with_its_ids_unchanged() -> None:
    content = bundled.load()
    (info,) = content.packs
    assert info.ref == PackRef("nctv-decentrale-contacten-china", "2023.05-1")
    assert info.trust is Trust.BUNDLED and content.verified
    assert info.edition_date == "2023-05" and content.source.content_version == "2023.05-1"
    assert content.number("need-own-goals") == "1.1"
    assert content.number("espionage-public-wifi") == "5.4"
    assert all(item.publisher == "NCTV" and item.pack == str(info.ref)
               for item in content.items())


def _manifest(**changes: object) -> dict[str, object]:
    raw = json.loads((ORGANISATION / "pack.json").read_text(encoding="utf-8"))
    raw.update(changes)
    return raw


@pytest.mark.parametrize(("changes", "message"), [
    ({"format": "zip"}, "geen ChinaCheck-inhoudspakket"),
    ({"format_version": 99}, "nieuwer dan deze ChinaCheck kent"),
    ({"id": "../../etc"}, "veld 'id' mag alleen"),
    ({"version": "1 2"}, "veld 'version' mag alleen"),
    ({"kind": "root"}, "'national' of 'organisation'"),
    ({"files": {"../x.json": "0" * 64}}, "ongeldige bestandsnaam"),
    ({"files": {"checklist.json": "abc"}}, "geen SHA-256"),
    ({"files": {"risks.json": "0" * 64}}, "onbekende gegevensbestanden"),
    ({"kind": "national"}, "ontbrekende gegevensbestanden"),
    ({"edition_date": "mei"}, "JJJJ-MM"),
    ({"changes": [{"change": "renamed", "from": ["a", "b"], "to": ["c"]}]}, "verkeerde aantal"),
    ({"changes": [{"change": "exploded", "from": ["a"]}]}, "onbekende soort wijziging"),
    ({"title": 5}, "veld 'title'"),
])
def test_a_bad_manifest_is_refused_with_one_line_naming_the_problem(
        changes: dict[str, object], message: str) -> None:
    with pytest.raises(ContentError) as caught:
        parse_manifest(_manifest(**changes))
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_national_pack_must_hold_every_content_file() -> None:
    raw = json.loads((LATER / "pack.json").read_text(encoding="utf-8"))
    del raw["files"]["risks.json"]
    with pytest.raises(ContentError, match="ontbrekende gegevensbestanden: risks"):
        parse_manifest(raw)


def test_signatures_tell_trusted_untrusted_unsigned_and_tampered_apart() -> None:
    later = read_pack(LATER)
    assert check_signature(later.manifest_bytes, later.signature,
                           frozenset({PUBLISHER_FINGERPRINT})).trust is Trust.TRUSTED
    untrusted = check_signature(later.manifest_bytes, later.signature, frozenset())
    assert untrusted.trust is Trust.UNTRUSTED and untrusted.fingerprint == PUBLISHER_FINGERPRINT
    unsigned = read_pack(UNSIGNED)
    assert check_signature(unsigned.manifest_bytes, None, frozenset()).trust is Trust.UNSIGNED
    tampered = read_pack(TAMPERED)  # its hashes fit: only the signature can tell
    with pytest.raises(ContentError, match="na ondertekening gewijzigd"):
        check_signature(tampered.manifest_bytes, tampered.signature,
                        frozenset({PUBLISHER_FINGERPRINT}))


def test_a_signature_from_another_pack_does_not_verify(tmp_path: Path) -> None:
    org = shutil.copytree(ORGANISATION, tmp_path / "org")
    shutil.copy(LATER / "pack.sig", org / "pack.sig")
    pack = read_pack(org)
    with pytest.raises(ContentError, match="klopt niet"):
        check_signature(pack.manifest_bytes, pack.signature, frozenset({PUBLISHER_FINGERPRINT}))


@pytest.mark.parametrize("signature", [
    b"not json", b'{"format": "chinacheck-pack-signature", "version": 1, "algorithm": "rsa"}',
    b'{"format": "chinacheck-pack-signature", "version": 1, "algorithm": "ed25519", '
    b'"public_key": "AAAA", "signature": "AAAA"}',
])
def test_a_malformed_signature_is_refused(signature: bytes) -> None:
    later = read_pack(LATER)
    with pytest.raises(ContentError, match="pack.sig"):
        check_signature(later.manifest_bytes, signature, frozenset())


def test_fingerprints_are_accepted_as_typed() -> None:
    grouped = " ".join(PUBLISHER_FINGERPRINT[i:i + 4].upper() for i in range(0, 64, 4))
    assert normalise_fingerprint(grouped) == PUBLISHER_FINGERPRINT
    with pytest.raises(ContentError, match="64 hexadecimale tekens"):
        normalise_fingerprint("abc")


def test_an_organisation_builds_and_signs_its_own_pack(tmp_path: Path) -> None:
    folder = shutil.copytree(ORGANISATION, tmp_path / "org")
    (folder / "pack.sig").unlink()
    checklist = json.loads((folder / "checklist.json").read_text(encoding="utf-8"))
    checklist["groups"][0]["items"][0]["text"] = "Een andere vraag?"
    (folder / "checklist.json").write_text(json.dumps(checklist), encoding="utf-8")
    with pytest.raises(ContentError, match="checklist.json is gewijzigd"):
        read_pack(folder)
    manifest = build(folder)
    pem, fingerprint = new_private_key_pem()
    key_file = tmp_path / "key.pem"
    key_file.write_bytes(pem)
    assert sign(folder, load_private_key(key_file)) == fingerprint
    pack = read_pack(folder)
    assert pack.manifest == manifest
    assert check_signature(pack.manifest_bytes, pack.signature,
                           frozenset({fingerprint})).trust is Trust.TRUSTED
    build(folder)  # unchanged: the signature stays
    assert (folder / "pack.sig").exists()


def test_the_test_publisher_key_made_the_fixture_signature() -> None:
    later = read_pack(LATER)
    from chinacheck.guidance.pack_signature import sign_manifest

    signature, fingerprint = sign_manifest(later.manifest_bytes, load_private_key(PUBLISHER_KEY))
    assert fingerprint == PUBLISHER_FINGERPRINT and signature == later.signature


def test_a_key_file_that_is_not_an_ed25519_key_is_refused(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    other = tmp_path / "ec.pem"
    other.write_bytes(ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    with pytest.raises(ContentError, match="geen Ed25519-sleutel"):
        load_private_key(other)
    (tmp_path / "junk.pem").write_text("junk")
    with pytest.raises(ContentError, match="PEM"):
        load_private_key(tmp_path / "junk.pem")
