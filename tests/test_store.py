"""Saving and loading case files: atomic, backed up, and never harmful to a bad file."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case
from chinacheck.case.model import Answer, Status
from chinacheck.errors import CaseFileError
from chinacheck.storage import atomic, library, store


def test_save_and_load(tmp_path: Path) -> None:
    case = example_case()
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    loaded = store.load_case(path)
    assert loaded.case == case
    assert loaded.file_version == caseformat.SCHEMA_VERSION
    assert loaded.unknown_items == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_case_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_second_save_keeps_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    store.save_case(case, path)
    first = path.read_bytes()
    case.title = "Nieuwe titel"
    store.save_case(case, path)
    assert store.backup_path(path).read_bytes() == first
    assert store.load_case(path).case.title == "Nieuwe titel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zaak.chinacheck", "zaak.chinacheck.bak"]


def test_failed_write_leaves_file_and_case_intact(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "zaak.chinacheck"
    case = example_case()
    store.save_case(case, path)
    before = path.read_bytes()
    modified = case.modified

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    case.title = "Wijziging die niet op schijf komt"
    with pytest.raises(CaseFileError, match="de schijf is vol"):
        store.save_case(case, path)
    assert path.read_bytes() == before
    assert case.title == "Wijziging die niet op schijf komt"
    assert case.modified == modified
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_save_into_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="bestaat niet"):
        store.save_case(example_case(), tmp_path / "weg" / "zaak.chinacheck")


@pytest.mark.parametrize("raw", [b"{kapot", b'{"format": "chinacheck-case", "schema_version": 7}',
                                 b"\x00\x01\x02", b""])
def test_failed_load_never_touches_the_file(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "kapot.chinacheck"
    path.write_bytes(raw)
    os.utime(path, (1_000_000, 1_000_000))
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(CaseFileError) as info:
        store.load_case(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == raw
    assert path.stat().st_mtime == 1_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="kan niet worden gelezen"):
        store.load_case(tmp_path / "nergens.chinacheck")


def test_answers_to_unknown_items_are_kept_and_reported(tmp_path: Path) -> None:
    case = example_case()
    case.answers["item-from-a-future-brochure"] = Answer(Status.NEE, "bewaren")
    path = tmp_path / "zaak.chinacheck"
    store.save_case(case, path)
    loaded = store.load_case(path)
    assert loaded.unknown_items == ["item-from-a-future-brochure"]
    store.save_case(loaded.case, path)
    assert "item-from-a-future-brochure" in json.loads(path.read_bytes())["answers"]


def test_older_file_is_backed_up_before_upgrade(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    original = path.read_bytes()
    current = caseformat.SCHEMA_VERSION
    monkeypatch.setattr(caseformat, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(caseformat.MIGRATIONS, current, lambda d: d)
    loaded = store.load_case(path)
    assert loaded.file_version == current
    store.save_case(loaded.case, path, file_version=loaded.file_version)
    assert store.version_backup_path(path, current).read_bytes() == original
    assert json.loads(path.read_bytes())["schema_version"] == current + 1


def test_library_lists_good_and_broken_files(tmp_path: Path) -> None:
    good = example_case()
    store.save_case(good, tmp_path / "goed.chinacheck")
    (tmp_path / "kapot.chinacheck").write_text("{", encoding="utf-8")
    (tmp_path / "notities.txt").write_text("geen zaak", encoding="utf-8")
    entries = library.list_cases(tmp_path)
    assert len(entries) == 2
    broken = [e for e in entries if isinstance(e, library.BrokenCase)]
    summaries = [e for e in entries if isinstance(e, library.CaseSummary)]
    assert broken[0].path.name == "kapot.chinacheck" and "JSON" in broken[0].reason
    assert summaries[0].title == good.title
    assert summaries[0].answered == 3
    assert summaries[0].open_actions == 1
    assert summaries[0].status == "in behandeling"


def test_new_case_path_is_readable_and_unique(tmp_path: Path) -> None:
    first = store.new_case_path(tmp_path, "Bezoek aan 武汉 – coöperatie")
    assert first.name == "bezoek-aan-cooperatie.chinacheck"
    first.write_text("x", encoding="utf-8")
    assert store.new_case_path(tmp_path, "Bezoek aan 武汉 – coöperatie").name == \
        "bezoek-aan-cooperatie-2.chinacheck"
