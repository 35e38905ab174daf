"""resources/ is found from a regular (non-editable) wheel install, away from the source tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel_target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = work / "src"
    src.mkdir()
    for name in ("chinacheck", "resources"):
        shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(REPO / name, src / name)
    wheels = work / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(src)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    target = work / "site"
    wheel = next(wheels.glob("chinacheck-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        check=True, capture_output=True, text=True, timeout=300,
    )
    return target


def _run_isolated(target: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # -S: no site-packages (so no editable install); only the wheel's folder is on the path.
    env = {"PYTHONPATH": str(target), "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8",
           "CHINACHECK_HOME": str(cwd / "home")}
    return subprocess.run([sys.executable, "-S", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_content_json_from_an_installed_wheel(wheel_target: Path, tmp_path: Path) -> None:
    result = _run_isolated(wheel_target, tmp_path, "-m", "chinacheck", "content", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"]["title"] == "Decentrale contacten met China"
    assert len(data["technologies"]["sectors"]) == 12


def test_messages_in_english_from_an_installed_wheel(wheel_target: Path, tmp_path: Path) -> None:
    folder = wheel_target / "chinacheck_resources" / "i18n"
    assert (folder / "en.po").is_file() and (folder / "chinacheck_en.ts").is_file()
    result = _run_isolated(wheel_target, tmp_path, "-m", "chinacheck", "--lang", "en",
                           "sectors", " ")
    assert result.returncode == 1
    assert result.stderr == ("chinacheck: error: give a topic to screen, for example: "
                             "chinacheck sectors chips\n")


def test_wheel_states_its_licence_and_carries_the_text(wheel_target: Path) -> None:
    info = next(wheel_target.glob("chinacheck-*.dist-info"))
    fields = (info / "METADATA").read_text(encoding="utf-8").split("\n\n", 1)[0].splitlines()
    assert "License-Expression: EUPL-1.2 AND Bitstream-Vera AND Apache-2.0" in fields
    assert (info / "licenses" / "LICENSE").read_bytes() == (REPO / "LICENSE").read_bytes()
    for font_licence in ("LICENSE-DejaVu.txt", "LICENSE-WenQuanYi-MicroHei.txt"):
        assert (info / "licenses" / "resources" / "fonts" / font_licence).is_file()


def test_wheel_resources_are_the_installed_copy(wheel_target: Path, tmp_path: Path) -> None:
    code = ("import chinacheck, chinacheck.resource_files as r; "
            "print(chinacheck.__file__); print(r.root())")
    result = _run_isolated(wheel_target, tmp_path, "-c", code)
    assert result.returncode == 0, result.stderr
    module_file, root = result.stdout.strip().splitlines()
    assert Path(module_file).is_relative_to(wheel_target)
    assert Path(root).is_relative_to(wheel_target)
    assert not Path(root).is_relative_to(REPO)


def test_pdf_from_an_installed_wheel(wheel_target: Path, tmp_path: Path) -> None:
    # The reports package and the bundled fonts must be in the wheel, not just in the checkout.
    # reportlab is a dependency, so its folder goes on the path behind the wheel's.
    import reportlab

    dependencies = Path(reportlab.__file__).resolve().parent.parent
    target = tmp_path / "kaart.pdf"
    env = {"PYTHONPATH": os.pathsep.join([str(wheel_target), str(dependencies)]),
           "PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8",
           "CHINACHECK_HOME": str(tmp_path / "home")}
    code = ("import sys, chinacheck.reports.fonts as f; from chinacheck.cli.main import main; "
            f"rc = main(['travel-card', '-o', {str(target)!r}]); "
            "print(f.file_path(f._FILES[f.CJK])); sys.exit(rc)")
    result = subprocess.run([sys.executable, "-S", "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    font = Path(result.stdout.strip().splitlines()[-1])
    assert font.is_relative_to(wheel_target)
