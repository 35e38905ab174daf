"""The PDF commands of the command line: export, checklist, travel-card, and their exit statuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import run
from pdftools import page_count, text

from chinacheck.case.examples import example_case
from chinacheck.cli.main import main
from chinacheck.guidance.content import load
from chinacheck.storage.store import save_case


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    save_case(example_case(), path)
    return path


def test_export_writes_the_summary_and_prints_its_path(
        capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "uit" / "zaak.pdf"
    target.parent.mkdir()
    code, out, err = run(capsys, "export", str(case_file), "-o", str(target),
                         "--classification", "Departementaal vertrouwelijk")
    assert (code, err) == (0, "")
    assert out.strip() == str(target)
    words = text(target.read_bytes())
    assert "Departementaal vertrouwelijk" in words and "王伟 (Wang Wei)" in words


def test_export_default_classification_is_intern(
        capsys: pytest.CaptureFixture[str], case_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "zaak.pdf"
    assert run(capsys, "export", str(case_file), "-o", str(target))[0] == 0
    assert "Rubricering: Intern" in text(target.read_bytes())


def test_export_of_a_bad_case_file_exits_1(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    bad = tmp_path / "kapot.chinacheck"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "export", str(bad), "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and out == "" and str(bad) in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("argv", [
    ("export", "{case}", "-o", "{tmp}/geen-map/x.pdf"),
    ("export", "{case}", "-o", "{tmp}"),
    ("checklist", "-o", "{case}/x.pdf"),
    ("travel-card", "-o", "{tmp}/geen-map/kaart.pdf"),
])
def test_unwritable_output_exits_1_with_one_line(capsys: pytest.CaptureFixture[str],
                                                 case_file: Path, tmp_path: Path,
                                                 argv: tuple[str, ...]) -> None:
    args = [a.replace("{case}", str(case_file)).replace("{tmp}", str(tmp_path)) for a in argv]
    code, out, err = run(capsys, *args)
    assert code == 1 and out == ""
    assert "kan niet schrijven naar" in err and err.count("\n") == 1


def test_checklist_for_a_kind(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "lijst.pdf"
    code, out, _ = run(capsys, "checklist", "--kind", "reis-uitgaand", "-o", str(target))
    assert code == 0 and out.strip() == str(target)
    words = text(target.read_bytes())
    content = load()
    assert f"{content.number('espionage-public-wifi')} · Geen openbare wifi" in words
    assert "Programma van de delegatie bekend" not in words  # not for this kind


def test_checklist_without_kind_has_every_item(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    target = tmp_path / "lijst.pdf"
    assert run(capsys, "checklist", "-o", str(target))[0] == 0
    assert f"{load().number('visit-programme')} · " in text(target.read_bytes())


def test_checklist_with_an_unknown_kind_exits_1(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    code, _, err = run(capsys, "checklist", "--kind", "ruimtereis", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "onbekende soort" in err and "stedenband" in err


def test_travel_card(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "kaart.pdf"
    code, out, _ = run(capsys, "travel-card", "-o", str(target))
    assert code == 0 and out.strip() == str(target)
    assert page_count(target.read_bytes()) == 1


@pytest.mark.parametrize("argv", [
    ("export",), ("export", "zaak.chinacheck"), ("checklist",), ("travel-card",),
    ("travel-card", "-o", "a.pdf", "extra"), ("checklist", "-o", "a.pdf", "--kind"),
])
def test_usage_errors_exit_2(argv: tuple[str, ...]) -> None:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2


def test_export_from_a_real_process(case_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "zaak.pdf"
    result = subprocess.run([sys.executable, "-m", "chinacheck", "export", str(case_file), "-o",
                             str(target)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
