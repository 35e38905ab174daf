"""The test configuration is strict: a misspelt marker or setting stops the run instead of
quietly running a slow test in the quick suite or ignoring the setting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROBE = "import pytest\n\n\n@pytest.mark.{marker}\ndef test_probe() -> None:\n    pass\n"


def _pytest(folder: Path, config: Path, marker: str) -> subprocess.CompletedProcess[str]:
    (folder / "test_probe.py").write_text(PROBE.format(marker=marker), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(config), "--rootdir", str(folder),
         "-p", "no:cacheprovider", "-q", str(folder / "test_probe.py")],
        capture_output=True, text=True, cwd=folder, timeout=120)


def test_a_misspelt_marker_is_an_error(tmp_path: Path) -> None:
    assert _pytest(tmp_path, REPO / "pyproject.toml", "slow").returncode == 0
    result = _pytest(tmp_path, REPO / "pyproject.toml", "slwo")
    assert result.returncode != 0
    assert "'slwo' not found in `markers`" in result.stdout + result.stderr


def test_a_misspelt_setting_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    # Without filterwarnings = error, only --strict-config turns the warning into an error.
    assert 'filterwarnings = ["error"]' in text
    text = text.replace("qt_log_level_fail =", "qt_log_level_fial =")
    config.write_text(text.replace('filterwarnings = ["error"]', ""), encoding="utf-8")
    result = _pytest(tmp_path, config, "slow")
    assert result.returncode != 0
    assert "Unknown config option: qt_log_level_fial" in result.stdout + result.stderr
