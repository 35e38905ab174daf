"""Imported packs: side by side, never overwritten, trusted by key, and the content they make."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from helpers.packs import (
    BUNDLED_REF,
    LATER,
    LATER_REF,
    ORGANISATION,
    ORGANISATION_FINGERPRINT,
    ORGANISATION_REF,
    PUBLISHER_FINGERPRINT,
    UNSIGNED,
    activate,
    copy,
    install_later,
    trust,
)

from chinacheck.errors import ContentError
from chinacheck.guidance import content as bundled
from chinacheck.guidance.content_diff import diff
from chinacheck.guidance.pack_manifest import Trust
from chinacheck.storage import pack_store, paths


def test_an_untrusted_or_unsigned_pack_is_refused_by_default() -> None:
    with pytest.raises(ContentError, match="sleutel die uw organisatie niet vertrouwt"):
        pack_store.import_pack(LATER)
    with pytest.raises(ContentError, match="niet ondertekend"):
        pack_store.import_pack(UNSIGNED)
    assert [p.ref for p in pack_store.installed()] == [BUNDLED_REF]


def test_a_trusted_pack_is_imported_side_by_side_and_never_overwritten(tmp_path: Path) -> None:
    trust(PUBLISHER_FINGERPRINT)
    first = pack_store.import_pack(LATER)
    assert not first.already and first.pack.trust is Trust.TRUSTED
    stored = paths.packs_dir() / LATER_REF.id / LATER_REF.version
    assert sorted(p.name for p in stored.iterdir()) == sorted(p.name for p in LATER.iterdir())
    assert pack_store.import_pack(LATER).already  # the same pack again: nothing written
    # Another pack with the same id and version (here: the same data, unsigned, with another
    # title) is refused: one id@version is one text, for ever.
    other = copy(UNSIGNED, tmp_path / "other")
    from chinacheck.guidance.pack_build import build

    (other / "pack.json").write_text((other / "pack.json").read_text(encoding="utf-8")
                                     .replace("fictieve testeditie", "andere tekst"),
                                     encoding="utf-8")
    build(other)
    trust(PUBLISHER_FINGERPRINT, allow_unverified=True)
    with pytest.raises(ContentError, match="nooit overschreven"):
        pack_store.import_pack(other)
    assert {p.ref: p.trust for p in pack_store.installed()} == {
        BUNDLED_REF: Trust.BUNDLED, LATER_REF: Trust.TRUSTED}


def test_the_bundled_pack_needs_no_import() -> None:
    folder = Path(bundled.__file__).resolve().parents[2] / "resources" / "content"
    with pytest.raises(ContentError, match="meegeleverde pakket"):
        pack_store.import_pack(folder)


def test_unverified_packs_can_be_allowed_and_are_then_marked_everywhere() -> None:
    trust(allow_unverified=True)
    result = pack_store.import_pack(UNSIGNED)
    assert result.pack.trust is Trust.UNSIGNED
    content = pack_store.content_from([LATER_REF])
    assert not content.verified and content.packs[0].trust is Trust.UNSIGNED
    from chinacheck.guidance.screening import screen

    assert "niet geverifieerd" in screen("koelketens", content).packs[0]


def test_taking_a_key_off_the_trust_list_unverifies_its_packs_at_once() -> None:
    install_later()
    assert pack_store.content_from([LATER_REF]).verified
    trust()  # no keys trusted any more
    assert pack_store.find(LATER_REF).trust is Trust.UNTRUSTED  # type: ignore[union-attr]
    assert not pack_store.content_from([LATER_REF]).verified


def test_export_gives_a_pack_that_imports_elsewhere(tmp_path: Path) -> None:
    install_later()
    out = pack_store.export_pack(LATER_REF, tmp_path / "later.zip")
    again = pack_store.export_pack(LATER_REF, tmp_path / "again.zip")
    assert out.read_bytes() == again.read_bytes()  # fixed times: the same pack, the same bytes
    with zipfile.ZipFile(out) as archive:
        assert "pack.sig" in archive.namelist()
    paths.set_data_dir(tmp_path / "colleague")
    try:
        trust(PUBLISHER_FINGERPRINT)
        assert pack_store.import_pack(out).pack.trust is Trust.TRUSTED
    finally:
        paths.set_data_dir(None)
    bundled_zip = pack_store.export_pack(BUNDLED_REF, tmp_path / "bundled.zip")
    with zipfile.ZipFile(bundled_zip) as archive:
        assert "checklist.json" in archive.namelist() and "pack.sig" not in archive.namelist()
    with pytest.raises(ContentError, match="niet geïmporteerd"):
        pack_store.export_pack(ORGANISATION_REF, tmp_path / "org.zip")


def test_the_active_content_layers_the_organisation_pack_on_the_national_one() -> None:
    install_later(with_organisation=True)
    activate(LATER_REF, ORGANISATION_REF)
    content = pack_store.active_content()
    assert [p.ref for p in content.packs] == [LATER_REF, ORGANISATION_REF]
    org = content.item("org-integrity-screening")
    assert org is not None and org.publisher == "Gemeente Voorbeeld"
    assert content.number("org-integrity-screening") == "3.4"  # after the national ones
    assert content.number("contact-role") == "3.1"
    assert content.number("org-ciso-informed") == "6.1"
    assert not content.applies("org-ciso-informed", "stedenband")
    assert content.applies("org-ciso-informed", "reis-uitgaand")
    assert content.contact("org-security-office").publisher == "Gemeente Voorbeeld"  # type: ignore[union-attr]
    assert "havenkraan" in content.synonyms["sector-maritime"]
    from chinacheck.guidance.screening import screen

    result = screen("nieuwe havenkraan", content)
    assert [m.sector.id for m in result.matches] == ["sector-maritime"]
    assert len(result.packs) == 2 and result.packs[1].startswith("Gemeente Voorbeeld")


def test_a_configured_pack_that_is_missing_is_an_error_not_other_text() -> None:
    activate(LATER_REF)
    with pytest.raises(pack_store.MissingPackError, match="niet geïmporteerd"):
        pack_store.active_content()


def test_the_diff_between_the_editions_names_each_change() -> None:
    install_later()
    changes = diff(bundled.load(), pack_store.content_from([LATER_REF]))
    assert changes.added == ("espionage-travel-devices",)
    assert changes.withdrawn == ("espionage-public-wifi",)
    assert [c.id for c in changes.reworded] == ["need-investment"]
    assert [(c.change.value, c.sources, c.targets) for c in changes.moved] == [
        ("renamed", ("contact-intermediary",), ("contact-intermediary-background",))]
    assert [(c.id, c.old, c.new) for c in changes.table] == [
        ("agri-food-cold-chains", "Koelketens", "Koelketens en koelhuizen")]
    assert [(c.id, c.old, c.new) for c in changes.contacts] == [
        ("icp: email", "informatie-en-contactpunt@rvo.nl", "icp-test@example.org")]
    assert diff(bundled.load(), bundled.load()).empty


def test_an_organisation_pack_over_its_own_national_pack_in_the_diff() -> None:
    trust(ORGANISATION_FINGERPRINT)
    pack_store.import_pack(ORGANISATION)
    changes = diff(bundled.load(), pack_store.content_from([BUNDLED_REF, ORGANISATION_REF]))
    assert changes.added == ("org-integrity-screening", "org-ciso-informed")
    assert [c.id for c in changes.contacts] == ["org-security-office"]
    assert changes.packs == ("gemeente-voorbeeld: — → 1",)
