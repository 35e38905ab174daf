"""Every command of the command-line contract, with its exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import run

from chinacheck import __version__
from chinacheck.cli.main import main
from chinacheck.guidance.content import load
from chinacheck.storage import store


def _new(capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    code, out, _ = run(capsys, "new", "--title", "Bezoek delegatie Wuhan", *extra)
    assert code == 0
    return Path(out.strip())


def test_new_creates_a_case_in_the_case_folder(
        capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    path = _new(capsys, "--kind", "delegatie-inkomend")
    assert path.parent == data_home / "cases"
    case = store.load_case(path).case
    assert case.title == "Bezoek delegatie Wuhan" and case.kind == "delegatie-inkomend"
    assert case.content_version == load().source.content_version


def test_data_dir_option_wins_over_environment(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "elders"), "new", "--title", "X")
    assert code == 0 and Path(out.strip()).parent == tmp_path / "elders" / "cases"


def test_new_with_output_and_refusal_to_overwrite(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "eigen.chinacheck"
    assert _new(capsys, "-o", str(target)) == target
    code, _, err = run(capsys, "new", "--title", "Y", "-o", str(target))
    assert code == 1 and "bestaat al" in err


def test_new_rejects_unknown_kind_and_empty_title(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "new", "--title", "X", "--kind", "ruimtereis")
    assert code == 1 and "onbekende soort" in err and "stedenband" in err
    code, _, err = run(capsys, "new", "--title", "  ")
    assert code == 1 and "titel" in err


def test_list_shows_cases_and_broken_files(
        capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    path = _new(capsys)
    (data_home / "cases" / "kapot.chinacheck").write_text("{", encoding="utf-8")
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    case = store.load_case(path).case
    good = next(line for line in lines if line.startswith(case.id)).split("\t")
    assert good[1:3] == ["Bezoek delegatie Wuhan", "overig"]
    assert good[3].startswith("nieuw 0/")
    assert any("kapot.chinacheck" in line and "onleesbaar" in line for line in lines)


def test_list_with_no_case_folder_is_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "list") == (0, "", "")


def test_answer_then_show(capsys: pytest.CaptureFixture[str]) -> None:
    path = _new(capsys)
    code, out, _ = run(capsys, "answer", str(path), "visit-programme", "--status", "deels",
                       "--note", "王伟 leidt de <b>delegatie</b>")
    assert code == 0 and "visit-programme: deels" in out
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    assert "Bezoek delegatie Wuhan" in out and "王伟 leidt de <b>delegatie</b>" in out
    assert "1/" in out
    code, out, _ = run(capsys, "show", str(path), "--json")
    data = json.loads(out)
    assert data["answers"]["visit-programme"] == {
        "status": "deels", "note": "王伟 leidt de <b>delegatie</b>", "actions": []}
    # a later answer without --note keeps the note
    run(capsys, "answer", str(path), "visit-programme", "--status", "ja")
    assert store.load_case(path).case.answers["visit-programme"].note.startswith("王伟")


def test_answer_by_the_printed_number(capsys: pytest.CaptureFixture[str]) -> None:
    """A paper checklist's answer is entered by the number it leads with."""
    path = _new(capsys)
    number = load().number("visit-programme")
    code, out, _ = run(capsys, "answer", str(path), number, "--status", "ja")
    assert code == 0 and "visit-programme: ja" in out
    assert store.load_case(path).case.answers["visit-programme"].status.value == "ja"
    before = path.read_bytes()
    code, _, err = run(capsys, "answer", str(path), "99.9", "--status", "ja")
    assert code == 1 and "onbekend punt" in err and path.read_bytes() == before


def test_answer_rejects_bad_values_without_touching_the_file(
        capsys: pytest.CaptureFixture[str]) -> None:
    path = _new(capsys)
    before = path.read_bytes()
    code, _, err = run(capsys, "answer", str(path), "no-such-item", "--status", "ja")
    assert code == 1 and "onbekend punt" in err
    code, _, err = run(capsys, "answer", str(path), "visit-programme", "--status", "misschien")
    assert code == 1 and "onbekende status" in err
    assert path.read_bytes() == before


def test_items_lists_ids_and_questions_per_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "items")
    assert code == 0
    rows = [line.split("\t") for line in out.strip().splitlines()]
    content = load()
    # the short number the printed checklists lead with, the id, the brochure's question
    assert [r[1] for r in rows] == [i.id for i in content.items()]
    assert [r[0] for r in rows] == [content.number(i.id) for i in content.items()]
    assert rows[0][0] == "1.1" and rows[1][0] == "1.2"
    assert all(len(r) == 3 and r[2] for r in rows)
    code, out, _ = run(capsys, "items", "--kind", "reis-uitgaand")
    assert "visit-programme" not in out and "espionage-public-wifi" in out
    assert run(capsys, "items", "--kind", "onzin")[0] == 1


def test_validate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = _new(capsys)
    code, out, _ = run(capsys, "validate", str(good))
    assert code == 0 and "1 geldig" in out
    bad = tmp_path / "kapot.chinacheck"
    bad.write_text('{"format": "chinacheck-case", "schema_version": 99}', encoding="utf-8")
    missing = tmp_path / "weg.chinacheck"
    code, _, err = run(capsys, "validate", str(good), str(bad), str(missing))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(str(bad)) and "nieuwere ChinaCheck" in lines[0]
    assert lines[1].startswith(str(missing))


def test_validate_reports_unknown_items_but_passes(capsys: pytest.CaptureFixture[str]) -> None:
    path = _new(capsys)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["answers"]["retired-item"] = {"status": "ja", "note": "", "actions": []}
    path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = run(capsys, "validate", str(path))
    assert code == 0 and "retired-item" in err


def test_content_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "content")
    assert code == 0 and "Decentrale contacten met China" in out and "mei 2023" in out
    code, out, _ = run(capsys, "content", "--json")
    data = json.loads(out)
    assert len(data["technologies"]["sectors"]) == 12
    assert set(data) >= {"source", "risks", "checklist", "technologies", "contacts", "background"}


def test_sectors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sectors", "chips", "en", "hydrogen")
    assert code == 0
    assert "Halfgeleider technologie" in out and "Energietechnologie" in out and "ICP" in out
    code, out, _ = run(capsys, "sectors", "schoolorkest")
    assert code == 0 and "waarschijnlijk niet gevoelig" in out
    assert run(capsys, "sectors", " ")[0] == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["bogus"], ["new"], ["answer", "x"], ["validate"], ["--nope"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2, argv
    capsys.readouterr()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"chinacheck {__version__}"


def _subprocess(*argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "chinacheck", *argv], capture_output=True,
                          text=True, env=environ, timeout=60)


def test_gui_without_display_exits_1_and_names_alternatives() -> None:
    for argv in ((), ("gui",)):
        result = _subprocess(*argv)
        assert result.returncode == 1, result.stderr
        assert "geen beeldscherm" in result.stderr and "chinacheck list" not in result.stdout
        assert "show" in result.stderr and "Traceback" not in result.stderr


def test_bad_file_from_a_real_process_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.chinacheck"
    bad.write_bytes(b"\xff\xfe")
    result = _subprocess("show", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(bad) in result.stderr


def test_self_test_passes_and_writes_nothing(data_home: Path) -> None:
    result = _subprocess("--self-test", CHINACHECK_HOME=str(data_home))
    assert result.returncode == 0, result.stderr
    assert "self-test OK" in result.stdout and result.stdout.count("\n") == 1
    assert list(data_home.iterdir()) == []


@pytest.mark.parametrize("argv", [
    [], ["gui"], ["gui", "zaak.chinacheck"], ["--lang", "en"], ["--data-dir", "/tmp/x", "gui"],
    ["--lang=en", "gui", "map met spatie/zaak.chinacheck"], ["--data-dir=d", "--lang", "nl"],
])
def test_the_desktop_start_reads_its_arguments_as_the_full_parser_does(argv: list[str]) -> None:
    from chinacheck.cli import main as cli

    quick = cli.desktop_start(argv)
    assert quick is not None
    full = cli.build_parser().parse_args(argv)
    for name in ("lang", "data_dir", "self_test", "command"):
        assert getattr(quick, name) == getattr(full, name), name
    assert quick.file == getattr(full, "file", None)
    assert getattr(full, "handler", cli.cmd_gui) is cli.cmd_gui is quick.handler


@pytest.mark.parametrize("argv", [
    ["--self-test"], ["--version"], ["-h"], ["gui", "--help"], ["gui", "a", "b"], ["list"],
    ["zaak.chinacheck"], ["show", "zaak.chinacheck"], ["--lang", "en", "list"],
    ["gui", "--data-dir", "d", "f"], ["gui", "--lang", "en"], ["--lang"],
])
def test_every_other_command_line_goes_to_the_full_parser(argv: list[str]) -> None:
    from chinacheck.cli import main as cli

    assert cli.desktop_start(argv) is None
