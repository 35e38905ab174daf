"""Crafted packs: every one refused with one line, in bounded time and memory, writing nothing."""

from __future__ import annotations

import json
import os
import shutil
import struct
import zipfile
from pathlib import Path

import pytest
from helpers.packs import LATER, ORGANISATION, PUBLISHER_FINGERPRINT, TAMPERED, trust

from chinacheck.errors import ContentError
from chinacheck.guidance.pack_build import build, hashed_manifest
from chinacheck.guidance.pack_manifest import MAX_FILE_BYTES, PackRef
from chinacheck.storage import pack_store, paths


def _zip(target: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _members(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _refused(path: Path, match: str) -> str:
    before = sorted(paths.packs_dir().rglob("*")) if paths.packs_dir().exists() else []
    with pytest.raises(ContentError) as caught:
        pack_store.import_pack(path)
    message = str(caught.value)
    assert match in message and "\n" not in message and len(message) < 400, message
    after = sorted(paths.packs_dir().rglob("*")) if paths.packs_dir().exists() else []
    assert after == before  # nothing written, no staging folder left behind
    return message


@pytest.mark.parametrize("name", ["../evil.json", "/etc/evil.json", "sub/checklist.json",
                                  "..\\evil.json", "C:/evil.json", "checklist.JSON",
                                  ".hidden.json", "evil.py"])
def test_names_with_folders_or_odd_forms_are_refused_before_reading(
        tmp_path: Path, name: str) -> None:
    members = _members(ORGANISATION)
    members[name] = b"{}"
    _refused(_zip(tmp_path / "evil.zip", members), "Ongeldige naam")
    assert not (tmp_path.parent / "evil.json").exists()


def test_a_100_mb_entry_is_refused_without_reading_it(tmp_path: Path) -> None:
    target = tmp_path / "big.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _members(ORGANISATION).items():
            archive.writestr(name, data)
        with archive.open("synonyms2.json", "w", force_zip64=True) as handle:
            chunk = b" " * (1024 * 1024)
            for _ in range(100):
                handle.write(chunk)
    assert target.stat().st_size < 1024 * 1024  # a zip bomb: small outside, 100 MB inside
    _refused(target, "te groot")


def test_an_entry_that_lies_about_its_size_is_still_read_no_further_than_the_limit(
        tmp_path: Path) -> None:
    members = _members(ORGANISATION)
    members["contacts.json"] = b" " * (MAX_FILE_BYTES + 4096)
    target = _zip(tmp_path / "liar.zip", members)
    data = bytearray(target.read_bytes())
    # Claim 10 bytes in both headers of that entry: the reader must not trust the claim.
    offset = 0
    while (offset := data.find(b"PK\x01\x02", offset)) != -1:
        name_length = struct.unpack_from("<H", data, offset + 28)[0]
        if data[offset + 46:offset + 46 + name_length] == b"contacts.json":
            struct.pack_into("<I", data, offset + 24, 10)
            local = struct.unpack_from("<I", data, offset + 42)[0]
            struct.pack_into("<I", data, local + 22, 10)
        offset += 4
    target.write_bytes(bytes(data))
    _refused(target, "contacts.json")


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    folder = shutil.copytree(ORGANISATION, tmp_path / "deep")
    (folder / "pack.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    _refused(folder, "te diep genest")
    folder2 = shutil.copytree(ORGANISATION, tmp_path / "deep2")
    (folder2 / "contacts.json").write_bytes(b'{"contacts": ' + b"[" * 50 + b"]" * 50 + b"}")
    (folder2 / "pack.sig").unlink()
    (folder2 / "pack.json").write_bytes(hashed_manifest(folder2)[1])
    _refused(folder2, "te diep genest")


def test_too_many_files_are_refused(tmp_path: Path) -> None:
    members = _members(ORGANISATION)
    members.update({f"extra{n}.json": b"{}" for n in range(40)})
    _refused(_zip(tmp_path / "many.zip", members), "te veel bestanden")


def test_a_file_the_manifest_does_not_list_is_refused(tmp_path: Path) -> None:
    members = _members(ORGANISATION)
    members["risks.json"] = b"{}"
    _refused(_zip(tmp_path / "extra.zip", members), "niet noemt")


def test_a_missing_file_and_a_changed_file_are_refused(tmp_path: Path) -> None:
    members = _members(ORGANISATION)
    del members["contacts.json"]
    _refused(_zip(tmp_path / "missing.zip", members), "contacts.json ontbreekt")
    members = _members(ORGANISATION)
    members["contacts.json"] += b" "
    _refused(_zip(tmp_path / "changed.zip", members), "SHA-256 klopt niet")


def test_a_duplicate_entry_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "twice.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in _members(ORGANISATION).items():
            archive.writestr(name, data)
        with pytest.warns(UserWarning):
            archive.writestr("contacts.json", b"{}")
    _refused(target, "twee keer")


def test_a_link_inside_a_pack_folder_is_refused(tmp_path: Path) -> None:
    folder = shutil.copytree(ORGANISATION, tmp_path / "linked")
    secret = tmp_path / "secret.json"
    secret.write_bytes((folder / "contacts.json").read_bytes())
    (folder / "contacts.json").unlink()
    os.symlink(secret, folder / "contacts.json")
    _refused(folder, "geen gewoon bestand")


@pytest.mark.parametrize("text", ["<b>vet</b>", "<img src=x>", "a\u202eb", "a\x07b",
                                  "a\ufdd0b", "a\u2066b"])
def test_text_with_markup_or_invisible_controls_is_refused(tmp_path: Path, text: str) -> None:
    folder = shutil.copytree(ORGANISATION, tmp_path / "markup")
    checklist = json.loads((folder / "checklist.json").read_text(encoding="utf-8"))
    checklist["groups"][0]["items"][0]["text"] = text
    (folder / "checklist.json").write_text(json.dumps(checklist), encoding="utf-8")
    (folder / "pack.sig").unlink()
    build_error = None
    try:
        build(folder)
    except ContentError as exc:  # build checks the pack as an import would
        build_error = str(exc)
    assert build_error is not None and "niet toegestaan teken" in build_error


def test_a_pack_that_does_not_fit_the_schema_is_refused(tmp_path: Path) -> None:
    trust(allow_unverified=True)
    folder = shutil.copytree(ORGANISATION, tmp_path / "schema")
    (folder / "checklist.json").write_text('{"groups": [{"id": "x", "items": [{"id": 5}]}]}')
    (folder / "pack.sig").unlink()
    build(folder)
    _refused(folder, "vraag zonder id of tekst")


def test_an_organisation_pack_cannot_reuse_a_national_id(tmp_path: Path) -> None:
    trust(allow_unverified=True)
    folder = shutil.copytree(ORGANISATION, tmp_path / "clash")
    checklist = json.loads((folder / "checklist.json").read_text(encoding="utf-8"))
    checklist["groups"][0]["items"][0]["id"] = "need-own-goals"
    (folder / "checklist.json").write_text(json.dumps(checklist), encoding="utf-8")
    (folder / "pack.sig").unlink()
    build(folder)
    _refused(folder, "id's die al bestaan: need-own-goals")


def test_the_tampered_pack_is_refused_even_when_unverified_packs_are_allowed() -> None:
    trust(PUBLISHER_FINGERPRINT, allow_unverified=True)
    _refused(TAMPERED, "na ondertekening gewijzigd")


def test_not_a_zip_and_not_a_pack_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    _refused(junk, "Geen leesbaar pakketarchief")
    _refused(tmp_path / "nothing-here", "Pakket niet gevonden")
    empty = tmp_path / "empty"
    empty.mkdir()
    _refused(empty, "geen pack.json")


def test_a_stored_pack_changed_on_disk_is_refused_when_loaded() -> None:
    from helpers.packs import LATER_REF, install_later

    install_later()
    stored = paths.packs_dir() / LATER_REF.id / LATER_REF.version / "checklist.json"
    stored.write_bytes(stored.read_bytes().replace(b"investeren", b"INVESTEREN", 1))
    pack_store.clear_caches()
    with pytest.raises(ContentError, match="checklist.json is gewijzigd"):
        pack_store.content_from([LATER_REF])
    assert [ref for ref in (p.ref for p in pack_store.installed())] == [
        pack_store.bundled_ref()]
    assert len(pack_store.damaged()) == 1
    assert LATER.exists()


def _org_variant(tmp_path: Path, name: str, edit: object) -> Path:
    folder = shutil.copytree(ORGANISATION, tmp_path / name)
    (folder / "pack.sig").unlink()
    edit(folder)  # type: ignore[operator]
    (folder / "pack.json").write_bytes(hashed_manifest(folder)[1])
    return folder


def test_an_organisation_pack_cannot_pose_as_the_national_publisher(tmp_path: Path) -> None:
    trust(allow_unverified=True)

    def pose(folder: Path) -> None:
        manifest = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
        manifest["publisher_short"] = "nctv"
        (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")

    _refused(_org_variant(tmp_path, "pose", pose), "kan niet als uitgever NCTV optreden")


@pytest.mark.parametrize("item_id", ["a/b", "answers/x/note", "Hoofd", "a b", "-x", ""])
def test_an_item_id_that_could_break_a_path_is_refused(tmp_path: Path, item_id: str) -> None:
    trust(allow_unverified=True)

    def rename(folder: Path) -> None:
        checklist = json.loads((folder / "checklist.json").read_text(encoding="utf-8"))
        checklist["groups"][0]["items"][0]["id"] = item_id
        (folder / "checklist.json").write_text(json.dumps(checklist), encoding="utf-8")

    _refused(_org_variant(tmp_path, "odd", rename), "id")


def test_a_pack_of_twenty_thousand_questions_imports(tmp_path: Path) -> None:
    """Checks are linear in the size of a pack (a quadratic duplicate check would take
    minutes here); the time itself is measured in bench/, not here."""
    trust(allow_unverified=True)

    def many(folder: Path) -> None:
        items = [{"id": f"org-q{n}", "type": "question", "text": f"Vraag {n}?"}
                 for n in range(20_000)]
        (folder / "checklist.json").write_text(json.dumps({"groups": [
            {"id": "org-many", "title": "Veel", "items": items}]}), encoding="utf-8")

    folder = _org_variant(tmp_path, "many", many)
    pack_store.import_pack(folder)
    content = pack_store.content_from([pack_store.bundled_ref(),
                                       pack_store.find(PackRef("gemeente-voorbeeld", "1")).ref])  # type: ignore[union-attr]
    assert len(list(content.items())) == 16 + 20_000
