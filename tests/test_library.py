"""The library listing and its header index: fast for thousands of cases, and never wrong about
a file that changed, appeared or vanished behind the app's back."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.scrypt import CHEAP

from chinacheck import i18n
from chinacheck.case import caseformat, encryption
from chinacheck.case.examples import example_case
from chinacheck.storage import library, paths, store
from chinacheck.storage.library import BrokenCase, CaseSummary, EncryptedCase

PAST_NS = 1_600_000_000 * 10**9  # mtimes far from now: no entry is "racy"


@pytest.fixture
def folder(data_home: Path) -> Path:
    return paths.ensure_dir(paths.cases_dir())


def _write(path: Path, raw: bytes, mtime_ns: int = PAST_NS) -> Path:
    path.write_bytes(raw)
    os.utime(path, ns=(mtime_ns, mtime_ns))
    return path


def _case_bytes(title: str) -> bytes:
    case = example_case()
    case.title = title
    return caseformat.dumps(case)


class Reads:
    """Counts the files the listing reads from disk (rather than from its index)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.names: list[str] = []
        real = library.read_entry

        def counting(path: Path, content: object) -> library.LibraryEntry:
            self.names.append(path.name)
            return real(path, content)  # type: ignore[arg-type]

        monkeypatch.setattr(library, "read_entry", counting)

    def take(self) -> list[str]:
        names, self.names = sorted(self.names), []
        return names


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    return Reads(monkeypatch)


def _titles(entries: list[library.LibraryEntry]) -> dict[str, str]:
    shown = {}
    for entry in entries:
        if isinstance(entry, CaseSummary):
            shown[entry.path.name] = entry.title
        elif isinstance(entry, BrokenCase):
            shown[entry.path.name] = "kapot"
        else:
            shown[entry.path.name] = "versleuteld"
    return shown


def test_good_broken_and_encrypted_files(folder: Path) -> None:
    _write(folder / "a.chinacheck", _case_bytes("Eerste"))
    _write(folder / "b.chinacheck", b"{")
    _write(folder / "c.chinacheck", encryption.encrypt(_case_bytes("Geheim"), "pw", cost=CHEAP))
    # Damaged, but it says it is encrypted: listed as encrypted, the open says what is wrong.
    _write(folder / "d.chinacheck", b'{"format": "chinacheck-case", "encrypted": true}')
    (folder / ".verborgen.chinacheck").write_bytes(_case_bytes("Temp"))
    (folder / "notities.txt").write_text("geen zaak", encoding="utf-8")
    (folder / "map.chinacheck").mkdir()
    entries = library.list_cases(folder)
    assert [e.path.name for e in entries] == ["a.chinacheck", "b.chinacheck", "c.chinacheck",
                                              "d.chinacheck"]
    assert isinstance(entries[0], CaseSummary) and entries[0].title == "Eerste"
    assert isinstance(entries[1], BrokenCase) and "JSON" in entries[1].reason
    assert entries[2] == EncryptedCase(folder / "c.chinacheck")
    assert entries[3] == EncryptedCase(folder / "d.chinacheck")


def test_index_reused_and_results_the_same(folder: Path, reads: Reads) -> None:
    for n in range(5):
        _write(folder / f"zaak-{n}.chinacheck", _case_bytes(f"Zaak {n}"))
    _write(folder / "kapot.chinacheck", b"[1, 2")
    _write(folder / "reis.chinacheck", encryption.encrypt(_case_bytes("Reis"), "pw", cost=CHEAP))
    first = library.list_cases(folder)
    assert len(reads.take()) == 7
    assert library.index_file().is_file()
    second = library.list_cases(folder)
    assert reads.take() == []
    assert second == first


def test_index_is_not_rewritten_when_nothing_changed(folder: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _write(folder / "a.chinacheck", _case_bytes("A"))
    library.list_cases(folder)
    writes: list[Path] = []
    monkeypatch.setattr(library, "_write_index", lambda index, *args: writes.append(index))
    library.list_cases(folder)
    assert writes == []


def test_file_changed_behind_the_apps_back_same_size_new_mtime(folder: Path,
                                                               reads: Reads) -> None:
    path = _write(folder / "a.chinacheck", _case_bytes("Titel AAAA"))
    assert _titles(library.list_cases(folder)) == {"a.chinacheck": "Titel AAAA"}
    reads.take()
    changed = _case_bytes("Titel BBBB")
    assert len(changed) == path.stat().st_size
    _write(path, changed, PAST_NS + 1)  # one nanosecond later, same size
    assert _titles(library.list_cases(folder)) == {"a.chinacheck": "Titel BBBB"}
    assert reads.take() == ["a.chinacheck"]


def test_file_changed_within_the_same_clock_tick_is_still_seen(folder: Path,
                                                               reads: Reads) -> None:
    # Written, listed and rewritten with the same size within one tick of a coarse file-system
    # clock: the size and time alone cannot tell. Such a recent entry is read again.
    path = folder / "a.chinacheck"
    path.write_bytes(_case_bytes("Titel AAAA"))
    stamp = path.stat().st_mtime_ns
    assert _titles(library.list_cases(folder)) == {"a.chinacheck": "Titel AAAA"}
    path.write_bytes(_case_bytes("Titel BBBB"))
    os.utime(path, ns=(stamp, stamp))
    assert _titles(library.list_cases(folder)) == {"a.chinacheck": "Titel BBBB"}


def test_deleted_and_added_files(folder: Path, reads: Reads) -> None:
    _write(folder / "a.chinacheck", _case_bytes("A"))
    _write(folder / "b.chinacheck", _case_bytes("B"))
    library.list_cases(folder)
    reads.take()
    (folder / "a.chinacheck").unlink()
    _write(folder / "c.chinacheck", _case_bytes("C"))
    assert _titles(library.list_cases(folder)) == {"b.chinacheck": "B", "c.chinacheck": "C"}
    assert reads.take() == ["c.chinacheck"]
    files = json.loads(library.index_file().read_bytes())["files"]
    assert sorted(files) == ["b.chinacheck", "c.chinacheck"]
    (folder / "b.chinacheck").unlink()
    assert _titles(library.list_cases(folder)) == {"c.chinacheck": "C"}
    assert sorted(json.loads(library.index_file().read_bytes())["files"]) == ["c.chinacheck"]


def test_a_broken_files_reason_is_read_again_in_another_language(folder: Path,
                                                                 reads: Reads) -> None:
    _write(folder / "a.chinacheck", _case_bytes("A"))
    _write(folder / "kapot.chinacheck", b"")
    [_, broken] = library.list_cases(folder)
    assert isinstance(broken, BrokenCase) and broken.reason == "bestand is leeg"
    reads.take()
    i18n.set_language("en")
    [_, broken] = library.list_cases(folder)
    assert isinstance(broken, BrokenCase) and broken.reason == "the file is empty"
    assert reads.take() == ["kapot.chinacheck"]  # the summary of the good one is language-free
    library.list_cases(folder)
    assert reads.take() == []


def test_file_that_became_broken_or_encrypted_or_whole_again(folder: Path) -> None:
    path = _write(folder / "a.chinacheck", _case_bytes("A"))
    library.list_cases(folder)
    _write(path, b"{", PAST_NS + 10)
    assert isinstance(library.list_cases(folder)[0], BrokenCase)
    _write(path, encryption.encrypt(_case_bytes("A"), "pw", cost=CHEAP), PAST_NS + 20)
    assert isinstance(library.list_cases(folder)[0], EncryptedCase)
    _write(path, _case_bytes("A weer"), PAST_NS + 30)
    assert _titles(library.list_cases(folder)) == {"a.chinacheck": "A weer"}


@pytest.mark.parametrize("damage", [
    b"", b"{", b"\xff\xfe", b"[]", b'{"format": "iets anders"}', b"null",
    b'{"format": "chinacheck-library-index", "version": 1}',
    b'{"format": "chinacheck-library-index", "version": 99, "files": {}}',
])
def test_damaged_or_foreign_index_is_ignored_and_rebuilt(folder: Path, reads: Reads,
                                                         damage: bytes) -> None:
    _write(folder / "a.chinacheck", _case_bytes("A"))
    expected = library.list_cases(folder)
    reads.take()
    library.index_file().write_bytes(damage)
    assert library.list_cases(folder) == expected
    assert reads.take() == ["a.chinacheck"]
    assert library.list_cases(folder) == expected
    assert reads.take() == []


@pytest.mark.parametrize("record", [
    None, 5, [], {}, {"mtime_ns": PAST_NS}, {"broken": 5},
    {"case": {"title": "Vervalst"}},
    {"case": {"id": "x", "title": "T", "kind": "overig", "organisation": "", "answered": "1",
              "total": 2, "open_actions": 0, "risk": "laag",
              "modified": "2027-01-01T00:00:00+00:00", "revision": 1, "locked": False}},
    {"case": {"id": "x", "title": "T", "kind": "overig", "organisation": "", "answered": 1,
              "total": 2, "open_actions": 0, "risk": "enorm",
              "modified": "2027-01-01T00:00:00+00:00", "revision": 1, "locked": False}},
    {"case": {"id": "x", "title": "T", "kind": "overig", "organisation": "", "answered": 1,
              "total": 2, "open_actions": 0, "risk": "laag", "modified": "gisteren",
              "revision": 1, "locked": False}},
])
def test_unsound_records_are_read_again(folder: Path, record: object) -> None:
    path = _write(folder / "a.chinacheck", _case_bytes("Echt"))
    library.list_cases(folder)
    index = library.index_file()
    data = json.loads(index.read_bytes())
    stat = path.stat()
    if isinstance(record, dict):
        record = {"mtime_ns": stat.st_mtime_ns, "size": stat.st_size,
                  "checked_ns": stat.st_mtime_ns + 10**12, **record}
    data["files"]["a.chinacheck"] = record
    index.write_text(json.dumps(data), encoding="utf-8")
    assert _titles(library.list_cases(folder)) == {"a.chinacheck": "Echt"}


def test_index_for_other_content_is_rebuilt(folder: Path, reads: Reads,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _write(folder / "a.chinacheck", _case_bytes("A"))
    library.list_cases(folder)
    reads.take()
    monkeypatch.setattr(library, "content_key", lambda content: "andere inhoud")
    library.list_cases(folder)
    assert reads.take() == ["a.chinacheck"]


def test_index_of_another_folder_is_not_used(folder: Path, tmp_path: Path, reads: Reads) -> None:
    _write(folder / "a.chinacheck", _case_bytes("A"))
    library.list_cases(folder)
    data = json.loads(library.index_file().read_bytes())
    data["folder"] = str(tmp_path)
    library.index_file().write_text(json.dumps(data), encoding="utf-8")
    reads.take()
    library.list_cases(folder)
    assert reads.take() == ["a.chinacheck"]


def test_other_folders_keep_no_index_unless_asked(tmp_path: Path, data_home: Path,
                                                  reads: Reads) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    _write(elsewhere / "a.chinacheck", _case_bytes("A"))
    library.list_cases(elsewhere)
    assert not library.index_file().exists()
    index = tmp_path / "eigen-index.json"
    library.list_cases(elsewhere, index)
    reads.take()
    assert _titles(library.list_cases(elsewhere, index)) == {"a.chinacheck": "A"}
    assert reads.take() == []


def test_index_is_private_and_holds_nothing_of_an_encrypted_case(folder: Path) -> None:
    path = _write(folder / "reis.chinacheck", _case_bytes("Geheime reis naar Wuhan"))
    library.list_cases(folder)
    assert b"Geheime reis" in library.index_file().read_bytes()
    if os.name == "posix":
        assert library.index_file().stat().st_mode & 0o777 == 0o600
    store.encrypt_file(path, encryption.CaseKey.derive("pw", CHEAP))
    # Forgotten at once, not only at the next listing.
    assert b"Geheime reis" not in library.index_file().read_bytes()
    assert library.list_cases(folder) == [EncryptedCase(path)]
    assert b"Geheime reis" not in library.index_file().read_bytes()


def test_listing_works_when_the_index_cannot_be_written(folder: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers import faults

    _write(folder / "a.chinacheck", _case_bytes("A"))
    with monkeypatch.context() as mp:
        faults.read_only(mp, paths.data_dir())
        assert _titles(library.list_cases(folder)) == {"a.chinacheck": "A"}
    assert not library.index_file().exists()


def test_summary_fields_survive_the_index(folder: Path) -> None:
    from chinacheck.case import signoff

    case = example_case()
    signoff.sign_off(case, name="Zoë", role="opsteller", decision="doorgaan", final=True)
    store.save_case(case, folder / "a.chinacheck")
    os.utime(folder / "a.chinacheck", ns=(PAST_NS, PAST_NS))
    first = library.list_cases(folder)
    assert library.list_cases(folder) == first
    summary = first[0]
    assert isinstance(summary, CaseSummary)
    assert summary.locked and summary.status == "afgetekend"
    assert summary.modified == case.modified and summary.modified.tzinfo is not None


def test_case_files_lists_regular_case_files_by_name(folder: Path) -> None:
    _write(folder / "b.chinacheck", b"x")
    _write(folder / "a.chinacheck", b"x")
    (folder / "c.chinacheck.bak").write_bytes(b"x")
    assert library.case_files(folder) == [folder / "a.chinacheck", folder / "b.chinacheck"]
    assert library.case_files(folder / "bestaat-niet") == []


def test_library_import_is_light() -> None:
    code = ("import sys, chinacheck.storage.library; "
            "print(sorted(m for m in ('chinacheck.case.caseformat', "
            "'chinacheck.guidance.content', 'chinacheck.case.encryption', "
            "'chinacheck.storage.store', 'chinacheck.storage.atomic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
