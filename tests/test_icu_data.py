"""The installer's trimmed ICU data: the package format, the selection, and Qt reading it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from installer import icu_data  # noqa: E402
from installer.icu_data import LayoutError, Package  # noqa: E402


def _qt_icu_data() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return next((p for p in found if not p.is_symlink()), None)


def _header() -> bytes:
    real = _qt_icu_data()
    if real is not None:  # the real header (magic, "CmnD", copyright), read from the library
        return icu_data.library_package(real.read_bytes()).header
    pytest.skip("no ICU data library to take a header from")


def test_a_package_round_trips_with_aligned_items() -> None:
    items = (("icudt73l/coll/nl.res", b"n" * 48), ("icudt73l/coll/root.res", b"r" * 16),
             ("icudt73l/nfkc.nrm", b"\0\1\2"))
    package = Package(_header(), items)
    blob = icu_data.build_package(package)
    assert icu_data.parse_package(blob) == package
    for _, data in items:
        assert blob.index(data) % icu_data.ALIGN == 0


def test_an_unsorted_or_foreign_package_is_refused() -> None:
    header = _header()
    unsorted = icu_data.build_package(Package(header, (("b", b"1"), ("a", b"2"))))
    with pytest.raises(LayoutError):
        icu_data.parse_package(unsorted)
    with pytest.raises(LayoutError):
        icu_data.parse_package(b"\x80\x00\xda\x27" + bytes(200))
    with pytest.raises(LayoutError):
        icu_data.data_symbol(b"not an ELF file at all")


@pytest.mark.parametrize(("name", "kept"), [
    ("icudt73l/root.res", True),
    ("icudt73l/pool.res", True),
    ("icudt73l/supplementalData.res", True),
    ("icudt73l/nl.res", True),
    ("icudt73l/nl_BE.res", True),
    ("icudt73l/en_GB.res", True),
    ("icudt73l/zh_Hans_CN.res", True),
    ("icudt73l/coll/zh.res", True),
    ("icudt73l/coll/ucadata.icu", True),
    ("icudt73l/nfkc.nrm", True),
    ("icudt73l/brkitr/word.brk", True),
    ("icudt73l/zone/tzdbNames.res", True),
    ("icudt73l/fr.res", False),
    ("icudt73l/coll/de__PHONEBOOK.res", False),
    ("icudt73l/zone/haw.res", False),
    ("icudt73l/gb18030.cnv", False),
    ("icudt73l/brkitr/cjdict.dict", False),
    ("icudt73l/translit/root.res", False),
    ("icudt73l/rbnf/nl.res", False),
])
def test_the_selection_keeps_root_and_the_app_languages(name: str, kept: bool) -> None:
    assert icu_data.keep_item(name) is kept


def test_a_library_that_is_not_icu_data_is_left_untouched(tmp_path: Path) -> None:
    other = tmp_path / "libother.so"
    other.write_bytes(Path(sys.executable).resolve().read_bytes())
    before = other.read_bytes()
    with pytest.raises(LayoutError):
        icu_data.shrink_library(other)
    assert other.read_bytes() == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PySide6 bundles ICU on Linux")
def test_qt_sorts_with_the_trimmed_library(tmp_path: Path) -> None:
    real = _qt_icu_data()
    if real is None:
        pytest.skip("this PySide6 has no bundled ICU")
    trimmed = tmp_path / real.name
    trimmed.write_bytes(real.read_bytes())
    before, after = icu_data.shrink_library(trimmed)
    assert after < before / 4
    for sibling in real.parent.glob("libicu*.so*"):  # the code libraries, unchanged
        if not sibling.name.startswith("libicudata"):
            (tmp_path / sibling.name).symlink_to(sibling)
    # The search path wins over QtCore's $ORIGIN run path, so Qt loads the trimmed data.
    probe = ("from chinacheck.ui.app import collation_works\n"
             "maps = open('/proc/self/maps').read()\n"
             "print(collation_works(), any('libicudata' in l and l.endswith('"
             f"{trimmed}') for l in maps.splitlines()))\n")
    env = {**os.environ, "LD_LIBRARY_PATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.stdout.split() == ["True", "True"], result.stdout + result.stderr
