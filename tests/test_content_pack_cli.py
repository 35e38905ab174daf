"""chinacheck packs …: import, verify, diff, export, activate, trust, move, make and sign."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.cli import en_fails, en_ok, run
from helpers.packs import (
    LATER,
    LATER_REF,
    ORGANISATION,
    PUBLISHER_FINGERPRINT,
    TAMPERED,
    UNSIGNED,
)

from chinacheck.storage import pack_store, paths, settings


def test_import_is_refused_until_the_publisher_key_is_trusted(
        capsys: pytest.CaptureFixture[str]) -> None:
    err = en_fails(capsys, "packs", "import", str(LATER))
    assert "signed with a key your organisation does not trust" in err
    assert en_fails(capsys, "packs", "import", str(UNSIGNED)).count("\n") == 0
    code, out, err = run(capsys, "packs", "verify", str(LATER), lang="en")
    assert code == 1 and PUBLISHER_FINGERPRINT in out and "not verified" in out
    assert "cannot be imported" in err
    en_ok(capsys, "packs", "trust", PUBLISHER_FINGERPRINT.upper())
    code, out, _err = run(capsys, "packs", "import", str(LATER), lang="en")  # quotes Dutch text
    assert code == 0
    assert "imported: nctv-decentrale-contacten-china@2026.01-1" in out
    assert "+ new 5.4" in out and "- withdrawn 5.4" in out and "~ reworded 1.2" in out
    assert "renamed: 3.3 → 3.3" in out and "~ table agri-food-cold-chains" in out
    assert "was already imported" in en_ok(capsys, "packs", "import", str(LATER))
    assert "changed after signing" in en_fails(capsys, "packs", "import", str(TAMPERED))


def test_list_activate_export_and_diff(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    run(capsys, "packs", "trust", PUBLISHER_FINGERPRINT)
    run(capsys, "packs", "import", str(LATER))
    code, out, _err = run(capsys, "packs", "activate", str(LATER_REF))
    assert code == 0 and settings.load().active_pack == str(LATER_REF)
    code, out, _err = run(capsys, "packs", "list")
    lines = out.splitlines()
    assert lines[0].startswith("  nctv-decentrale-contacten-china@2023.05-1\tnational")
    assert lines[1].startswith("* nctv-decentrale-contacten-china@2026.01-1")
    assert lines[1].endswith("ondertekend, vertrouwde sleutel")
    code, out, _err = run(capsys, "packs", "export", str(LATER_REF), "-o",
                          str(tmp_path / "p.zip"))
    assert code == 0 and (tmp_path / "p.zip").is_file()
    code, out, _err = run(capsys, "packs", "diff", "bundled", str(tmp_path / "p.zip"))
    assert code == 0 and "~ contact icp: email" in out
    code, out, _err = run(capsys, "packs", "deactivate", str(LATER_REF))
    assert code == 0 and settings.load().active_pack == ""
    code, _out, err = run(capsys, "packs", "activate", "gemeente-voorbeeld@1")
    assert code == 1 and "niet geïmporteerd" in err


def test_move_shows_the_changes_then_carries_the_case_over(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = tmp_path / "zaak.chinacheck"
    assert run(capsys, "new", "--title", "Reis", "--kind", "reis-uitgaand", "-o", str(case))[0] == 0
    run(capsys, "answer", str(case), "1.2", "--status", "ja")
    run(capsys, "answer", str(case), "5.4", "--status", "nee", "--note", "eigen hotspot")
    run(capsys, "packs", "trust", PUBLISHER_FINGERPRINT)
    run(capsys, "packs", "import", str(LATER))
    run(capsys, "packs", "activate", str(LATER_REF))
    before = case.read_bytes()
    code, out, _err = run(capsys, "packs", "move", str(case), "--dry-run")
    assert code == 0 and "~ anders geformuleerd 1.2" in out and case.read_bytes() == before
    code, out, _err = run(capsys, "packs", "move", str(case))
    assert code == 0 and "1 opnieuw te bevestigen" in out and "opnieuw bevestigen: 1.2" in out
    data = json.loads(case.read_text(encoding="utf-8"))
    assert data["content_packs"] == [str(LATER_REF)] and data["reconfirm"] == ["need-investment"]
    code, out, _err = run(capsys, "show", str(case))
    assert "1.2 need-investment" in out and "opnieuw bevestigen" in out
    assert "Vervallen vragen" in out and "eigen hotspot" in out
    code, out, _err = run(capsys, "packs", "move", str(case))
    assert code == 0 and "al op de actieve inhoud" in out
    code, out, err = run(capsys, "answer", str(case), "5.4", "--status", "ja")
    assert code == 0 and out.startswith("espionage-travel-devices")  # 5.4 is the new question
    new = tmp_path / "nieuw.chinacheck"
    run(capsys, "new", "--title", "Nieuw", "-o", str(new))
    assert json.loads(new.read_text(encoding="utf-8"))["content_packs"] == [str(LATER_REF)]


def test_a_case_whose_pack_is_gone_is_shown_with_a_warning_and_not_exported(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    case = tmp_path / "zaak.chinacheck"
    run(capsys, "packs", "trust", PUBLISHER_FINGERPRINT)
    run(capsys, "packs", "import", str(LATER))
    run(capsys, "packs", "activate", str(LATER_REF))
    run(capsys, "new", "--title", "Reis", "-o", str(case))
    paths.set_data_dir(tmp_path / "elders")  # another computer: the pack is not there
    try:
        pack_store.clear_caches()
        code, out, err = run(capsys, "show", str(case))
        assert code == 0 and "niet geïmporteerd" in err and "getoond met de actieve" in err
        code, out, err = run(capsys, "export", str(case), "-o", str(tmp_path / "x.pdf"))
        assert code == 1 and "niet geïmporteerd" in err and err.count("\n") == 1
        assert not (tmp_path / "x.pdf").exists()
    finally:
        paths.set_data_dir(None)


def test_an_organisation_makes_signs_and_distributes_its_own_pack(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import shutil

    key = tmp_path / "org-key.pem"
    code, out, _err = run(capsys, "packs", "keygen", "-o", str(key))
    assert code == 0 and (key.stat().st_mode & 0o777) == 0o600
    fingerprint = out.strip().rsplit(" ", 1)[-1]
    assert run(capsys, "packs", "keygen", "-o", str(key))[0] == 1  # never overwritten
    folder = shutil.copytree(ORGANISATION, tmp_path / "org")
    (folder / "pack.sig").unlink()
    code, out, _err = run(capsys, "packs", "build", str(folder))
    assert code == 0 and "gemeente-voorbeeld@1" in out
    code, out, _err = run(capsys, "packs", "sign", str(folder), "--key", str(key))
    assert code == 0 and fingerprint in out
    assert run(capsys, "packs", "import", str(folder))[0] == 1
    run(capsys, "packs", "trust", fingerprint)
    code, out, _err = run(capsys, "packs", "import", str(folder))
    assert code == 0 and "ondertekend, vertrouwde sleutel" in out
    run(capsys, "packs", "activate", "gemeente-voorbeeld@1")
    code, out, _err = run(capsys, "items")
    assert "3.4\torg-integrity-screening\tIs de integriteitstoets" in out
    code, out, _err = run(capsys, "sectors", "havenkraan")
    assert "Getoetst aan: NCTV" in out and "Gemeente Voorbeeld" in out


def test_packs_without_an_action_and_bad_references_fail_on_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert "choose an action" in en_fails(capsys, "packs")
    assert "Not a pack reference" in en_fails(capsys, "packs", "export", "nope", "-o", "x.zip")
    assert "Not a key fingerprint" in en_fails(capsys, "packs", "trust", "12ab")


def test_pack_outputs_are_never_a_case_file(capsys: pytest.CaptureFixture[str],
                                            tmp_path: Path) -> None:
    case = tmp_path / "zaak.chinacheck"
    run(capsys, "new", "--title", "Zaak", "-o", str(case))
    before = case.read_bytes()
    code, _out, err = run(capsys, "packs", "export", "bundled", "-o", str(case))
    assert code == 1 and "zaakbestand" in err and case.read_bytes() == before
    code, _out, err = run(capsys, "packs", "keygen", "-o", str(tmp_path / "k.chinacheck.bak"))
    assert code == 1 and not (tmp_path / "k.chinacheck.bak").exists()
