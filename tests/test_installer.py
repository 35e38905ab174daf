"""The self-contained bundle and the offline wheelhouse (slow: they build real installs)."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import build_installer  # noqa: E402

pytestmark = pytest.mark.slow


def _self_test(executable: Path, cwd: Path) -> str:
    result = subprocess.run(
        ["env", "-i", "LANG=C.UTF-8", "QT_QPA_PLATFORM=offscreen", f"HOME={cwd}",
         str(executable), "--self-test"],
        capture_output=True, text=True, timeout=300, cwd=cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _built_and_checked(tmp_path: Path, with_signing: bool) -> tuple[Path, Path, str]:
    """Build the bundle, check its size, run its self-test: (bundle, its HOME, the line)."""
    pytest.importorskip("PyInstaller")
    bundle = build_installer.build_bundle(tmp_path / "dist", make_archive=with_signing,
                                          with_signing=with_signing)
    size_mb = build_installer.folder_size(bundle) / 1e6
    print(f"bundle size {'with' if with_signing else 'without'} signing: {size_mb:.1f} MB")
    assert size_mb <= build_installer.SIZE_TARGET_MB
    home = tmp_path / "home"
    home.mkdir()
    line = _self_test(bundle / "chinacheck", home)
    assert "self-test OK" in line and "hoofdvenster met" in line
    return bundle, home, line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_linux_bundle_without_signing_meets_the_size_target(tmp_path: Path) -> None:
    _bundle, _home, line = _built_and_checked(tmp_path, with_signing=False)
    assert "ondertekenen overgeslagen" in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle")
def test_linux_bundle_runs_the_self_test_without_python(tmp_path: Path) -> None:
    bundle, home, line = _built_and_checked(tmp_path, with_signing=True)
    assert "sortering nl/zh" in line  # Qt still collates with the trimmed ICU data
    icu = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    assert icu and all(p.stat().st_size < 10e6 for p in icu), "ICU data should be trimmed"
    assert "PDF ondertekend en gecontroleerd" in line
    assert list(home.iterdir()) == []  # nothing written outside its temporary folder
    internal = bundle / "_internal"
    assert not list(internal.rglob("QtNetwork*")), "QtNetwork must not be bundled"
    assert list(internal.rglob("platforminputcontexts/*")), "input methods must stay (Chinese)"
    for name in ("README.txt", "chinacheck.desktop", "chinacheck-mime.xml", "install-desktop.sh"):
        assert (bundle / name).is_file(), name
    licences = {p.name for p in (bundle / "licences").iterdir()}
    assert "Qt-PySide6-LGPL-NOTICE.txt" in licences and "Python-LICENSE.txt" in licences
    assert any(n.startswith("reportlab") for n in licences)
    assert any("DejaVu" in n or "dejavu" in n.lower() for n in licences)
    archive = next((tmp_path / "dist").glob("ChinaCheck-*-linux-*.tar.gz"))
    with tarfile.open(archive) as tf:
        assert any(n.endswith("/chinacheck") for n in tf.getnames())


def test_offline_wheelhouse_installs_without_an_index(tmp_path: Path) -> None:
    house = build_installer.build_wheelhouse(tmp_path / "wheels", None, None)
    assert (house / "install.sh").is_file() and (house / "install.bat").is_file()
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-index", "--find-links",
                    str(house), "chinacheck[sign]"], check=True, timeout=600,
                   env={**os.environ, "PIP_CONFIG_FILE": os.devnull})
    home = tmp_path / "home"
    home.mkdir()
    line = _self_test(env_dir / "bin" / "chinacheck", home)
    assert "self-test OK" in line
