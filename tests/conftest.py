"""Shared fixtures. Qt runs offscreen; every data folder points into a tmp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")

from chinacheck import paths  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# The brochure's public text, kept beside the tests so the content check always runs.
BROCHURE_SEED = Path(__file__).resolve().parent / "data" / "nctv-decentrale-contacten-china-2023.txt"


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own ChinaCheck home; nothing touches the real user folders."""
    home = tmp_path_factory.mktemp("chinacheck-home")
    monkeypatch.setenv(paths.ENV_HOME, str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    paths.set_data_dir(None)
    yield home
    paths.set_data_dir(None)


@pytest.fixture
def brochure_seed() -> str:
    return BROCHURE_SEED.read_text(encoding="utf-8")
