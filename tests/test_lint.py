"""ruff over the whole tree, as configured in pyproject.toml: lint is part of the suite."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: it is in the test extra (pip install -e '.[test]')")
    result = subprocess.run([ruff, "check", "--no-cache", "--output-format", "concise", "."],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_merge_conflict_markers_are_left_in_the_tree() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True,
                             check=False).stdout.splitlines()
    if not tracked:
        pytest.skip("not a git checkout")
    markers = ("<" * 7 + " ", ">" * 7 + " ", "=" * 7 + "\n")
    found = []
    for name in tracked:
        path = REPO / name
        if path.suffix in {".png", ".ttf", ".ttc", ".chinacheck", ".pdf"} or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                      .splitlines(keepends=True), 1):
            if line.startswith(markers):
                found.append(f"{name}:{number}")
    assert found == []
