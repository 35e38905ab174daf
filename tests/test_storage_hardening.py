"""Case files and what lives beside them: backups that survive a failed save, outputs that never
land on a case, backups that go to the trash and back, stale locks of dead processes, symbolic
links, Windows device names, and neutral names for encrypted cases.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers import faults

from chinacheck.case.examples import example_case
from chinacheck.case.model import Case
from chinacheck.errors import CaseFileError
from chinacheck.storage import store

# --- a failed save keeps the previous backup -------------------------------------------------


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Case, Path, bytes, bytes]:
    """A case saved three times (so its backup is an older version than the file), then edited
    in memory; with the bytes of the file and of its backup."""
    case = example_case()
    path = tmp_path / "zaak.chinacheck"
    for title in ("Versie 1", "Versie 2", "Versie 3"):
        case.title = title
        store.save_case(case, path)
    backup = store.backup_path(path)
    assert store.load_case(backup).case.title == "Versie 2"
    old = 1_000_000
    os.utime(backup, (old, old))
    case.title = "Versie 4, nog niet opgeslagen"
    return case, path, path.read_bytes(), backup.read_bytes()


def _unchanged(path: Path, file_bytes: bytes, backup_bytes: bytes) -> None:
    backup = store.backup_path(path)
    assert path.read_bytes() == file_bytes
    assert backup.read_bytes() == backup_bytes
    assert backup.stat().st_mtime == 1_000_000
    assert not os.path.samefile(path, backup)
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("at", ["write", "fsync"])
def test_a_full_disk_leaves_the_previous_backup_untouched(
        backed_up: tuple[Case, Path, bytes, bytes], at: str) -> None:
    case, path, file_bytes, backup_bytes = backed_up
    with pytest.MonkeyPatch.context() as mp, \
            pytest.raises(CaseFileError, match="de schijf is vol"):
        faults.full_disk(mp, at)
        store.save_case(case, path)
    _unchanged(path, file_bytes, backup_bytes)


def test_a_read_only_folder_leaves_the_previous_backup_untouched(
        backed_up: tuple[Case, Path, bytes, bytes]) -> None:
    case, path, file_bytes, backup_bytes = backed_up
    with pytest.MonkeyPatch.context() as mp, pytest.raises(CaseFileError):
        faults.read_only(mp, path.parent, errno.EROFS)
        store.save_case(case, path)
    _unchanged(path, file_bytes, backup_bytes)


def test_a_failed_final_rename_leaves_the_previous_backup_untouched(
        backed_up: tuple[Case, Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    case, path, file_bytes, backup_bytes = backed_up
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        if Path(os.fsdecode(target)) == path:  # type: ignore[arg-type]
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(CaseFileError, match="opslaan mislukt"):
        store.save_case(case, path)
    _unchanged(path, file_bytes, backup_bytes)


def test_the_backup_turns_over_once_the_save_succeeded(
        backed_up: tuple[Case, Path, bytes, bytes]) -> None:
    case, path, file_bytes, _ = backed_up
    store.save_case(case, path)
    assert store.backup_path(path).read_bytes() == file_bytes
    assert store.load_case(path).case.title == "Versie 4, nog niet opgeslagen"


def test_a_backup_that_cannot_be_turned_over_does_not_fail_the_save(
        backed_up: tuple[Case, Path, bytes, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    case, path, _, backup_bytes = backed_up
    backup = store.backup_path(path)
    real_replace = os.replace

    def replace(source: object, target: object) -> None:
        if Path(os.fsdecode(target)) == backup:  # type: ignore[arg-type]
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)
    store.save_case(case, path)
    assert store.load_case(path).case.title == "Versie 4, nog niet opgeslagen"
    assert backup.read_bytes() == backup_bytes
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


# --- outputs never land on a case --------------------------------------------------------------

def _folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def case_folder(tmp_path: Path) -> Path:
    """A folder with a case (saved twice: it has a backup, and a version backup) and another
    case; the first case's path is returned."""
    folder = tmp_path / "zaken"
    folder.mkdir()
    case = example_case()
    path = folder / "missie.chinacheck"
    store.save_case(case, path)
    store.save_case(case, path)
    store.version_backup_path(path, 1).write_bytes(path.read_bytes())
    other = example_case()
    other.title = "Andere zaak"
    store.save_case(other, folder / "andere.chinacheck")
    store.save_case(other, folder / "andere-zaak.json")  # a case under another name
    os.link(path, folder / "tweede-naam.pdf")  # the same file under a PDF's name
    return path


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


TARGETS = ["missie.chinacheck", "missie.chinacheck.bak", "missie.chinacheck.v1.bak",
           "missie.chinacheck.lock", "andere.chinacheck", "andere-zaak.json", "tweede-naam.pdf",
           "nieuw.chinacheck", "nieuw.chinacheck.bak", "NIEUW.CHINACHECK.LOCK",
           "missie.chinacheck.v7.bak"]


@pytest.mark.parametrize("name", TARGETS)
def test_export_refuses_to_write_over_a_case_or_what_belongs_to_one(
        capsys: pytest.CaptureFixture[str], case_folder: Path, name: str) -> None:
    from helpers.cli import run

    before = _folder_state(case_folder.parent)
    code, out, err = run(capsys, "export", str(case_folder), "-o", str(case_folder.parent / name))
    assert code == 1 and out == ""
    assert "hoort bij een zaak" in _one_line(err)
    assert _folder_state(case_folder.parent) == before  # nothing written, nothing recorded


def test_export_refuses_the_backup_of_a_case_with_any_name(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from helpers.cli import run

    path = tmp_path / "zaak.json"
    store.save_case(example_case(), path)
    store.save_case(example_case(), path)
    before = _folder_state(tmp_path)
    for target in ("zaak.json.bak", "zaak.json.lock", "zaak.json"):
        code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / target))
        assert code == 1 and "hoort bij een zaak" in _one_line(err)
    assert _folder_state(tmp_path) == before


@pytest.mark.parametrize("command", [("checklist",), ("travel-card",)])
@pytest.mark.parametrize("name", ["missie.chinacheck", "missie.chinacheck.bak",
                                  "missie.chinacheck.lock", "andere-zaak.json"])
def test_checklist_and_travel_card_refuse_a_case_as_output(
        capsys: pytest.CaptureFixture[str], case_folder: Path, command: tuple[str, ...],
        name: str) -> None:
    from helpers.cli import run

    before = _folder_state(case_folder.parent)
    code, out, err = run(capsys, *command, "-o", str(case_folder.parent / name))
    assert code == 1 and out == ""
    assert "hoort bij een zaak" in _one_line(err)
    assert _folder_state(case_folder.parent) == before


def test_outputs_elsewhere_are_still_written(capsys: pytest.CaptureFixture[str],
                                             case_folder: Path) -> None:
    from helpers.cli import run

    target = case_folder.parent / "missie.pdf"
    assert run(capsys, "export", str(case_folder), "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.usefixtures("cheap_scrypt")
@pytest.mark.parametrize("name", ["missie.chinacheck.bak", "missie.chinacheck.lock",
                                  "nieuw.chinacheck.v2.bak", "ander.chinacheck.lock"])
def test_decrypt_refuses_the_name_of_a_backup_or_a_lock(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str) -> None:
    from helpers.cli import run

    pytest.importorskip("cryptography")
    path = tmp_path / "missie.chinacheck"
    store.save_case(example_case(), path)
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text("geheim\n", encoding="utf-8")
    assert run(capsys, "encrypt", str(path), "--passphrase-file", str(secret))[0] == 0
    sealed = next(tmp_path.glob("*.chinacheck"))
    before = _folder_state(tmp_path)
    code, _, err = run(capsys, "decrypt", str(sealed), "-o", str(tmp_path / name),
                       "--passphrase-file", str(secret))
    assert code == 1 and "hoort bij een zaak" in _one_line(err)
    assert _folder_state(tmp_path) == before
    target = tmp_path / "ontsleuteld.chinacheck"  # a new case file is what decrypt makes
    assert run(capsys, "decrypt", str(sealed), "-o", str(target),
               "--passphrase-file", str(secret))[0] == 0
    assert store.load_case(target).case.title == example_case().title


def test_new_refuses_the_name_of_a_backup_or_a_lock(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    from helpers.cli import run

    for name in ("zaak.chinacheck.lock", "zaak.chinacheck.bak"):
        code, _, err = run(capsys, "new", "--title", "Bezoek", "-o", str(tmp_path / name))
        assert code == 1 and "hoort bij een zaak" in _one_line(err)
    assert list(tmp_path.iterdir()) == []
    assert run(capsys, "new", "--title", "Bezoek", "-o", str(tmp_path / "zaak.chinacheck"))[0] == 0


# --- the trash takes the backups along ---------------------------------------------------------

@pytest.fixture
def library_case() -> Path:
    """A case in the case folder with a backup and a version backup."""
    from chinacheck.storage import paths

    folder = paths.ensure_dir(paths.cases_dir())
    case = example_case()
    path = folder / "missie.chinacheck"
    store.save_case(case, path)
    case.title = "Tweede versie"
    store.save_case(case, path)
    store.version_backup_path(path, 1).write_bytes(b'{"oud": true}')
    return path


def test_deleting_a_case_moves_its_backups_to_the_trash_and_restoring_brings_them_back(
        library_case: Path) -> None:
    from chinacheck.storage import trash

    folder = library_case.parent
    before = _folder_state(folder)
    assert set(before) == {"missie.chinacheck", "missie.chinacheck.bak",
                           "missie.chinacheck.v1.bak"}
    trashed = trash.move_to_trash(library_case)
    assert _folder_state(folder) == {}  # no backup left behind with the case's name
    assert {p.name[len(trashed.name):] for p in trashed.parent.iterdir()} == {
        "", ".bak", ".v1.bak", ".json"}
    (item,) = trash.list_trash()
    assert trash.restore(item) == library_case
    assert _folder_state(folder) == before
    assert list(trashed.parent.iterdir()) == []


def test_restoring_beside_a_taken_name_renames_the_backups_along(library_case: Path) -> None:
    from chinacheck.storage import trash

    before = _folder_state(library_case.parent)
    trash.move_to_trash(library_case)
    store.save_case(example_case(), library_case)  # a new case took the name meanwhile
    (item,) = trash.list_trash()
    restored = trash.restore(item)
    assert restored.name == "missie-2.chinacheck"
    assert restored.read_bytes() == before["missie.chinacheck"]
    assert store.backup_path(restored).read_bytes() == before["missie.chinacheck.bak"]
    assert store.version_backup_path(restored, 1).read_bytes() == before[
        "missie.chinacheck.v1.bak"]
    assert not store.backup_path(library_case).exists()  # the new case has no backup yet


def test_a_failed_delete_moves_nothing(library_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.storage import paths, trash

    before = _folder_state(library_case.parent)
    real_move, calls = trash._move, []

    def move(source: Path, target: Path) -> None:
        calls.append(source)
        if len(calls) == 3:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_move(source, target)

    monkeypatch.setattr(trash, "_move", move)
    with pytest.raises(CaseFileError, match="prullenbak mislukt"):
        trash.move_to_trash(library_case)
    assert _folder_state(library_case.parent) == before
    assert list(paths.trash_dir().iterdir()) == []


def _planted(original: str) -> None:
    """A trashed case whose note says it came from ``original``."""
    import json

    from chinacheck.storage import paths

    folder = paths.ensure_dir(paths.trash_dir())
    store.save_case(example_case(), folder / "20270101T000000Z-geplant.chinacheck")
    (folder / "20270101T000000Z-geplant.chinacheck.json").write_text(json.dumps(
        {"original": original, "deleted": "2027-01-01T00:00:00+00:00"}), encoding="utf-8")


@pytest.mark.parametrize("where", [
    "{tmp}/elders/geplant.chinacheck", "{cases}/../geplant.chinacheck",
    "{cases}/sub/geplant.chinacheck", "{cases}/.verborgen.chinacheck",
    "{cases}/geplant.txt", "{cases}/geplant.chinacheck.lock", "geplant.chinacheck",
    "{data}/settings.chinacheck", "{cases}/../cases/../../geplant.chinacheck",
])
def test_a_trash_note_pointing_outside_the_case_folder_is_refused(
        tmp_path: Path, where: str) -> None:
    from chinacheck.storage import paths, trash

    original = where.format(tmp=tmp_path, cases=paths.cases_dir(), data=paths.data_dir())
    _planted(original)
    trashed_before = _folder_state(paths.trash_dir())
    (item,) = trash.list_trash()
    with pytest.raises(CaseFileError, match="terugzetten geweigerd") as info:
        trash.restore(item)
    assert "\n" not in str(info.value)
    assert _folder_state(paths.trash_dir()) == trashed_before
    assert not (tmp_path / "elders").exists()
    assert not paths.cases_dir().exists() or list(paths.cases_dir().iterdir()) == []


def test_a_trash_note_pointing_into_the_case_folder_is_restored() -> None:
    from chinacheck.storage import paths, trash

    _planted(str(paths.cases_dir() / "geplant.chinacheck"))
    (item,) = trash.list_trash()
    assert trash.restore(item) == paths.cases_dir() / "geplant.chinacheck"


def test_a_symbolic_link_in_the_trash_is_not_offered(tmp_path: Path) -> None:
    import json

    from chinacheck.storage import paths, trash

    secret = tmp_path / "elders.chinacheck"
    store.save_case(example_case(), secret)
    folder = paths.ensure_dir(paths.trash_dir())
    (folder / "x.chinacheck").symlink_to(secret)
    (folder / "x.chinacheck.json").write_text(json.dumps(
        {"original": str(paths.cases_dir() / "x.chinacheck"),
         "deleted": "2027-01-01T00:00:00+00:00"}), encoding="utf-8")
    assert trash.list_trash() == []


# --- the command line takes over the lock of a dead process -------------------------------------

def _dead_pid() -> int:
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    return dead.pid


def _lock_of(case: Path, **fields: object) -> dict[str, object]:
    """Write a lock file for ``case`` held by ``fields`` (this computer by default)."""
    import json
    from datetime import UTC, datetime

    from chinacheck import liveness
    from chinacheck.storage import locking

    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    data: dict[str, object] = {
        "format": "chinacheck-lock", "user": "zoe", "host": liveness.this_host(), "pid": 4242,
        "since": now, "refreshed": now, "app_version": "0.1.0", "token": "feedc0dedeadbeef"}
    data.update(fields)
    locking.lock_path(case).write_text(json.dumps(data), encoding="utf-8")
    return data


@pytest.fixture
def locked_case(tmp_path: Path) -> Path:
    """A case with no answers yet."""
    path = tmp_path / "zaak.chinacheck"
    store.save_case(Case(title="Bezoek"), path)
    return path


@pytest.mark.skipif(os.name != "posix", reason="pid liveness is checked on POSIX only")
def test_the_command_line_takes_over_the_lock_of_a_dead_process_here_and_says_so(
        capsys: pytest.CaptureFixture[str], locked_case: Path) -> None:
    from helpers.cli import run

    from chinacheck.storage import locking

    pid = _dead_pid()
    _lock_of(locked_case, pid=pid)
    code, out, err = run(capsys, "answer", str(locked_case), "visit-programme", "--status", "ja")
    assert code == 0 and out.strip() == "visit-programme: ja"
    line = _one_line(err)
    assert "slot overgenomen" in line and "zoe" in line and str(pid) in line
    assert not locking.lock_path(locked_case).exists()  # ours, released at the end
    assert store.load_case(locked_case).case.answer("visit-programme").status.value == "ja"


@pytest.mark.parametrize("holder", ["another computer, old", "this computer, alive, old",
                                    "this computer, alive", "damaged, old"])
def test_the_command_line_leaves_every_other_lock_alone(
        capsys: pytest.CaptureFixture[str], locked_case: Path, holder: str) -> None:
    from helpers.cli import run

    from chinacheck.storage import locking

    old = "2020-01-01T00:00:00+00:00"
    lock = locking.lock_path(locked_case)
    if holder == "another computer, old":
        _lock_of(locked_case, host="laptop-elders", pid=_dead_pid(), since=old, refreshed=old)
    elif holder == "this computer, alive, old":
        _lock_of(locked_case, pid=os.getppid(), since=old, refreshed=old)
    elif holder == "this computer, alive":
        _lock_of(locked_case, pid=os.getppid())
    else:
        lock.write_bytes(b"{half")
        os.utime(lock, (1_000_000, 1_000_000))
    before, case_before = lock.read_bytes(), locked_case.read_bytes()
    code, out, err = run(capsys, "answer", str(locked_case), "visit-programme", "--status", "ja")
    assert code == 1 and out == ""
    assert "in gebruik door" in _one_line(err)
    assert lock.read_bytes() == before and locked_case.read_bytes() == case_before


@pytest.mark.skipif(os.name != "posix", reason="pid liveness is checked on POSIX only")
def test_commands_racing_for_a_dead_lock_lose_no_answer(locked_case: Path) -> None:
    import subprocess
    import sys

    from chinacheck.guidance.content import load as load_content
    from chinacheck.storage import locking

    _lock_of(locked_case, pid=_dead_pid())
    items = [item.id for item in load_content().items()][:6]
    procs = [subprocess.Popen([sys.executable, "-m", "chinacheck", "answer", str(locked_case),
                               item, "--status", "ja"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for item in items]
    results = [(item, proc.wait(timeout=60), *proc.communicate()) for item, proc in
               zip(items, procs, strict=True)]
    won = [item for item, code, _, _ in results if code == 0]
    assert won, results
    for _, code, _, err in results:
        assert code in (0, 1) and "Traceback" not in err, err
        if code == 1:
            assert "in gebruik door" in err, err
    case = store.load_case(locked_case).case
    assert sorted(i for i in items if case.answer(i).status.value == "ja") == sorted(won), results
    assert not locking.lock_path(locked_case).exists()


# --- symbolic links: read through, never written through -----------------------------------------

@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """A case file elsewhere and a symbolic link to it in another folder."""
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    target = elsewhere / "echt.chinacheck"
    store.save_case(example_case(), target)
    store.save_case(example_case(), target)
    folder = tmp_path / "zaken"
    folder.mkdir()
    link = folder / "koppeling.chinacheck"
    link.symlink_to(target)
    return link, target


def _still_linked(link: Path, target: Path, before: bytes) -> None:
    assert link.is_symlink() and os.path.samefile(link, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in link.parent.iterdir()) == ["koppeling.chinacheck"]


def test_a_save_through_a_symbolic_link_is_refused_and_splits_nothing(
        linked: tuple[Path, Path]) -> None:
    link, target = linked
    before = target.read_bytes()
    loaded = store.load_case(link)  # reading through a link is fine
    loaded.case.title = "Gewijzigd"
    with pytest.raises(CaseFileError, match="symbolische koppeling naar .*echt.chinacheck"):
        store.save_case(loaded.case, link)
    _still_linked(link, target, before)


def test_a_save_into_a_linked_folder_is_a_save_like_any_other(tmp_path: Path) -> None:
    real = tmp_path / "echt"
    real.mkdir()
    (tmp_path / "koppeling").symlink_to(real)
    path = tmp_path / "koppeling" / "zaak.chinacheck"
    store.save_case(example_case(), path)
    store.save_case(example_case(), path)
    assert sorted(p.name for p in real.iterdir()) == ["zaak.chinacheck", "zaak.chinacheck.bak"]


@pytest.mark.parametrize("argv", [
    ("answer", "{link}", "visit-programme", "--status", "ja"),
    ("signoff", "{link}", "--name", "Zoë", "--role", "opsteller", "--decision", "doorgaan"),
    ("reopen", "{link}"),
    ("export", "{link}", "-o", "{pdf}"),
    ("encrypt", "{link}"),
])
def test_changing_commands_refuse_a_symbolic_link(capsys: pytest.CaptureFixture[str],
                                                  linked: tuple[Path, Path],
                                                  argv: tuple[str, ...]) -> None:
    from helpers.cli import run

    link, target = linked
    before = target.read_bytes()
    pdf = link.parent / "x.pdf"
    code, out, err = run(capsys, *(a.format(link=link, pdf=pdf) for a in argv))
    assert code == 1 and out == ""
    assert "symbolische koppeling" in _one_line(err)
    assert not pdf.exists()
    _still_linked(link, target, before)
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "echt.chinacheck", "echt.chinacheck.bak"]


def test_reading_commands_read_through_a_symbolic_link(capsys: pytest.CaptureFixture[str],
                                                       linked: tuple[Path, Path]) -> None:
    from helpers.cli import run

    link, _ = linked
    assert run(capsys, "validate", str(link))[0] == 0
    code, out, _ = run(capsys, "show", str(link))
    assert code == 0 and example_case().title in out


@pytest.mark.usefixtures("cheap_scrypt")
def test_encrypting_and_decrypting_refuse_a_symbolic_link(linked: tuple[Path, Path]) -> None:
    pytest.importorskip("cryptography")
    from helpers.scrypt import CHEAP

    from chinacheck.case import encryption

    link, target = linked
    before = target.read_bytes()
    with pytest.raises(CaseFileError, match="symbolische koppeling"):
        store.encrypt_file(link, encryption.CaseKey.derive("geheim", CHEAP))
    _still_linked(link, target, before)
    store.encrypt_file(target, encryption.CaseKey.derive("geheim", CHEAP))
    sealed = target.read_bytes()
    with pytest.raises(CaseFileError, match="symbolische koppeling"):
        store.decrypt_file(target, "geheim", link)
    _still_linked(link, target, sealed)


# --- Windows device names never become file names -------------------------------------------------

RESERVED = ["CON", "con", "Con.txt", "NUL.chinacheck", "nul .pdf", "COM1", "com9.tar.gz",
            "LPT¹", "CONIN$", "aux.", "prn.chinacheck.bak", "Lpt0", "COM³.pdf"]
NOT_RESERVED = ["console", "con-zaak", "zaak-con", "com10", "lpt", "nulpunt.chinacheck", ".con",
                "zaak.con", "COMA", "auxiliary.pdf"]


@pytest.mark.parametrize("name", RESERVED)
def test_windows_device_names_are_recognised(name: str) -> None:
    from chinacheck.storage import names

    assert names.is_reserved(name)


@pytest.mark.parametrize("name", NOT_RESERVED)
def test_other_names_are_not_device_names(name: str) -> None:
    from chinacheck.storage import names

    assert not names.is_reserved(name)


@pytest.mark.parametrize("title", ["CON", "nul", "Aux.", " PRN ", "COM1", "lpt9", "COM¹",
                                   "Con...", "NUL  ", "lpt³"])
def test_a_case_titled_like_a_windows_device_gets_a_safe_file_name(tmp_path: Path,
                                                                   title: str) -> None:
    from chinacheck.storage import names

    path = store.new_case_path(tmp_path, title)
    assert not names.is_reserved(path.name), path.name
    assert path.name.endswith(".chinacheck") and path.name == path.name.rstrip(". ")
    assert path.stem.startswith("zaak-")


def test_a_recovery_copy_of_a_case_with_a_device_name_as_id_gets_a_safe_name() -> None:
    from chinacheck.storage import names, recovery

    case = example_case()
    case.id = "CON"  # ids come from files, and files can be written by hand
    written = recovery.write(case, None)
    assert not names.is_reserved(written.name)
    assert all(not names.is_reserved(p.name) for p in written.parent.iterdir())
    assert recovery.discard(case.id)
    assert list(written.parent.iterdir()) == []


def test_the_default_name_of_an_export_is_never_a_device_name(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from chinacheck.storage import names
    from chinacheck.ui import prompts

    path = tmp_path / "nul.chinacheck"  # made on Linux, where it is an ordinary name
    store.save_case(example_case(), path)
    window.open_path(path)
    suggested: list[str] = []
    monkeypatch.setattr(prompts, "export_options", lambda _w, name: suggested.append(name))
    window.documents.export_case()
    assert [Path(s).name for s in suggested] == ["zaak-nul.pdf"]
    assert not names.is_reserved(Path(suggested[0]).name)


# --- encrypted cases carry no title in their file name -------------------------------------------

TITLE = "Handelsmissie Chongqing"
SECRET_WORDS = ("handelsmissie", "chongqing")


def _no_title_in(text: str) -> None:
    assert not any(word in text.casefold() for word in SECRET_WORDS), text


@pytest.mark.usefixtures("cheap_scrypt")
def test_encrypting_on_the_command_line_gives_a_neutral_name_everywhere(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from helpers.cli import run

    from chinacheck.storage import library, names, paths, settings

    pytest.importorskip("cryptography")
    code, out, _ = run(capsys, "new", "--title", TITLE)
    path = Path(out.strip())
    store.save_case(store.load_case(path).case, path)  # a backup beside it
    recent = settings.Settings(recent_files=[str(path), "/elders/ander.chinacheck"])
    settings.save(recent)
    assert run(capsys, "list")[0] == 0  # the index now knows the case by its title's name
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text("geheim\n", encoding="utf-8")
    code, out, err = run(capsys, "encrypt", str(path), "--passphrase-file", str(secret))
    assert code == 0, err
    sealed = Path(out.splitlines()[0].removeprefix("versleuteld: "))
    assert sealed.parent == path.parent and names.is_neutral(sealed.name)
    assert sorted(p.name for p in paths.cases_dir().iterdir()) == [sealed.name]
    assert store.load_case(sealed, "geheim").case.title == TITLE
    _no_title_in(library.index_file().read_text(encoding="utf-8"))
    code, out, _ = run(capsys, "list")
    _no_title_in(out)
    _no_title_in(library.index_file().read_text(encoding="utf-8"))
    assert settings.load().recent_files == [str(sealed), "/elders/ander.chinacheck"]
    _no_title_in(paths.settings_file().read_text(encoding="utf-8"))


@pytest.mark.usefixtures("cheap_scrypt")
def test_keep_name_encrypts_in_place_as_before(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    from helpers.cli import run

    from chinacheck.case import encryption

    pytest.importorskip("cryptography")
    path = Path(run(capsys, "new", "--title", TITLE)[1].strip())
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text("geheim\n", encoding="utf-8")
    code, out, err = run(capsys, "encrypt", str(path), "--passphrase-file", str(secret),
                         "--keep-name")
    assert code == 0, err
    assert out.splitlines()[0] == f"versleuteld: {path}" and "nieuwe naam" not in out
    assert encryption.is_encrypted(path.read_bytes())


@pytest.mark.usefixtures("cheap_scrypt")
def test_the_backups_of_an_encrypted_case_are_renamed_with_it(tmp_path: Path) -> None:
    from helpers.scrypt import CHEAP

    from chinacheck.case.encryption import CaseKey
    from chinacheck.storage import locking, names
    from chinacheck.storage.neutral_name import give_neutral_name

    pytest.importorskip("cryptography")
    key = CaseKey.derive("geheim", CHEAP)
    path = tmp_path / "handelsmissie-chongqing.chinacheck"  # encrypted by an older version
    for title in ("Versie 1", "Versie 2"):
        case = example_case()
        case.title = title
        store.save_case(case, path, key=key)
    store.version_backup_path(path, 1).write_bytes(store.backup_path(path).read_bytes())
    before = {p.name[len(path.name):]: p.read_bytes() for p in tmp_path.iterdir()}
    lock = locking.acquire(path)
    new, new_lock = give_neutral_name(path, lock)
    assert names.is_neutral(new.name) and new_lock is not None and new_lock.is_held()
    after = {p.name[len(new.name):]: p.read_bytes() for p in tmp_path.iterdir()
             if not p.name.endswith(".lock")}
    assert after == before
    assert not locking.lock_path(path).exists() and locking.read_lock(new) == new_lock.info
    assert give_neutral_name(new, new_lock) == (new, new_lock)  # neutral already: left be
    new_lock.release()


@pytest.mark.usefixtures("cheap_scrypt")
def test_a_failed_rename_leaves_the_case_and_its_backups_where_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers.scrypt import CHEAP

    from chinacheck.case.encryption import CaseKey
    from chinacheck.storage import neutral_name

    pytest.importorskip("cryptography")
    key = CaseKey.derive("geheim", CHEAP)
    path = tmp_path / "handelsmissie-chongqing.chinacheck"
    store.save_case(example_case(), path, key=key)
    store.save_case(example_case(), path, key=key)
    before = _folder_state(tmp_path)
    def failing(real: object) -> object:
        def call(source: object, target: object) -> None:
            if Path(os.fsdecode(source)) == path:  # type: ignore[arg-type]
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            real(source, target)  # type: ignore[operator]
        return call

    monkeypatch.setattr(os, "link", failing(os.link))
    monkeypatch.setattr(os, "rename", failing(os.rename))
    with pytest.raises(CaseFileError, match="hernoemen mislukt"):
        neutral_name.give_neutral_name(path)
    assert _folder_state(tmp_path) == before


def test_a_plain_case_is_not_renamed(tmp_path: Path) -> None:
    from chinacheck.storage.neutral_name import give_neutral_name

    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    with pytest.raises(CaseFileError, match="niet versleuteld"):
        give_neutral_name(path)
    assert path.exists()


def test_neutral_names_are_fresh_and_say_nothing(tmp_path: Path) -> None:
    from chinacheck.storage import names

    taken = [names.neutral_case_path(tmp_path) for _ in range(50)]
    assert all(names.is_neutral(p.name) for p in taken)
    assert len(set(taken)) == 50
    assert not names.is_neutral("handelsmissie.chinacheck")
    assert not names.is_neutral("zaak-123.chinacheck")


@pytest.mark.usefixtures("cheap_scrypt")
def test_a_copy_of_an_encrypted_case_gets_a_neutral_name(tmp_path: Path) -> None:
    from helpers.scrypt import CHEAP

    from chinacheck.case.encryption import CaseKey
    from chinacheck.storage import names

    pytest.importorskip("cryptography")
    key = CaseKey.derive("geheim", CHEAP)
    case = example_case()
    case.title = TITLE
    path = tmp_path / "zaak-0123abcd.chinacheck"
    store.save_case(case, path, key=key)
    copy = store.duplicate_case(path, tmp_path, key=key)
    assert names.is_neutral(copy.name) and copy != path
    assert store.load_case(copy, key=key).case.title == f"Kopie van {TITLE}"


def _encrypted_in_library(title: str, name: str) -> tuple[Path, str]:
    from helpers.scrypt import CHEAP

    from chinacheck.case.encryption import CaseKey
    from chinacheck.storage import paths

    pytest.importorskip("cryptography")
    case = example_case()
    case.title = title
    path = paths.ensure_dir(paths.cases_dir()) / name
    key = CaseKey.derive("geheim", CHEAP)
    store.save_case(case, path, key=key)
    store.save_case(case, path, key=key)
    return path, "geheim"


def test_the_app_encrypts_under_a_neutral_name_and_keeps_no_title_anywhere(  # type: ignore[no-untyped-def]
        qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.storage import library, locking, names, paths
    from chinacheck.ui import prompts

    pytest.importorskip("cryptography")
    monkeypatch.setattr("chinacheck.case.encryption.DEFAULT_COST",
                        __import__("helpers.scrypt", fromlist=["CHEAP"]).CHEAP)
    case = example_case()
    case.title = TITLE
    path = store.new_case_path(paths.ensure_dir(paths.cases_dir()), TITLE)
    store.save_case(case, path)
    store.save_case(case, path)  # a plain backup
    window.library.refresh()
    window.open_path(path)
    monkeypatch.setattr(prompts, "new_passphrase", lambda *_: "voor op reis")
    window.encryption.encrypt_action.trigger()
    doc = window.session.doc
    assert doc is not None and doc.key is not None and doc.path is not None
    sealed = doc.path
    assert names.is_neutral(sealed.name) and sealed.parent == path.parent
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        [sealed.name, sealed.name + ".lock"])  # our lock moved along, nothing else is left
    assert locking.read_lock(sealed) is not None and locking.read_lock(sealed).held_by_this_process
    assert str(path) not in window.settings.recent_files
    assert window.settings.recent_files[0] == str(sealed)
    # While it is open and unlocked the library shows what it is; the index never holds it.
    assert window.library.proxy.index(0, 0).data() == TITLE
    _no_title_in(library.index_file().read_text(encoding="utf-8"))
    window.close_case_action.trigger()
    assert window.library.proxy.index(0, 0).data() == "Versleutelde zaak"
    window.save_settings()
    _no_title_in(paths.settings_file().read_text(encoding="utf-8"))


def test_the_app_renames_an_encrypted_case_with_a_title_name_when_it_saves_it(  # type: ignore[no-untyped-def]
        qtbot, window, type_text, monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck.storage import library, locking, names
    from chinacheck.ui import prompts

    path, passphrase = _encrypted_in_library(TITLE, "handelsmissie-chongqing.chinacheck")
    window.settings.recent_files = [str(path)]
    window.library.refresh()
    assert window.library.proxy.index(0, 0).data() == "Versleutelde zaak"
    monkeypatch.setattr(prompts, "passphrase", lambda *_: passphrase)
    window.open_path(path)
    assert str(path) not in window.settings.recent_files  # its name may carry its title
    type_text(window.details_tab.organisation, " (reis)")
    window.save_action.trigger()
    doc = window.session.doc
    assert doc is not None and doc.path is not None and names.is_neutral(doc.path.name)
    assert not path.exists() and not store.backup_path(path).exists()
    assert store.backup_path(doc.path).exists()  # the backup went along
    assert not locking.lock_path(path).exists() and locking.read_lock(doc.path) is not None
    assert window.settings.recent_files == [str(doc.path)]
    window.library.refresh()
    _no_title_in(library.index_file().read_text(encoding="utf-8"))


def test_the_app_opens_a_symbolic_link_read_only_and_writes_nothing_through_it(  # type: ignore[no-untyped-def]
        qtbot, window, linked: tuple[Path, Path]) -> None:
    from chinacheck.storage import locking

    link, target = linked
    before = target.read_bytes()
    assert window.open_path(link)
    doc = window.session.doc
    assert doc is not None and doc.lock is None and doc.read_only
    assert "symbolische koppeling" in doc.read_only and str(target) in doc.read_only
    assert not locking.lock_path(link).exists()
    doc.edit("x", lambda case: setattr(case, "title", "niet toegestaan"))
    _still_linked(link, target, before)
