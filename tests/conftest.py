"""Shared fixtures. Qt runs offscreen; every data folder points into a tmp folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "C.UTF-8")

from helpers import scrypt  # noqa: E402

from chinacheck.case import encryption  # noqa: E402
from chinacheck.case.encryption import ScryptCost  # noqa: E402
from chinacheck.storage import paths  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# The brochure's public text, kept beside the tests so the content check always runs.
BROCHURE_SEED = (Path(__file__).resolve().parent / "data"
                 / "nctv-decentrale-contacten-china-2023.txt")


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own ChinaCheck home; nothing touches the real user folders."""
    home = tmp_path_factory.mktemp("chinacheck-home")
    monkeypatch.setenv(paths.ENV_HOME, str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    paths.set_data_dir(None)
    yield home
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def dutch_messages() -> Iterator[None]:
    """Messages are made in the language of the process (``--lang``, the app's setting): every
    test starts in Dutch, whatever the one before it chose."""
    from chinacheck import i18n

    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> ScryptCost:
    """The tests' scrypt cost as the default wherever the code reads it when it runs (the
    command line); a test that derives a key itself passes ``helpers.scrypt.CHEAP``."""
    monkeypatch.setattr(encryption, "DEFAULT_COST", scrypt.CHEAP)
    return scrypt.CHEAP


@pytest.fixture
def brochure_seed() -> str:
    return BROCHURE_SEED.read_text(encoding="utf-8")


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The real main window, with every question to the user failing unless a test answers it."""
    from chinacheck.ui import prompts
    from chinacheck.ui.main_window import MainWindow

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {args[1:]!r}")

    for name in ("unsaved_changes", "save_failed", "error", "confirm", "recover", "open_file",
                 "save_file", "save_pdf", "save_docx", "export_options", "checklist_options",
                 "open_pdf", "open_docx"):
        monkeypatch.setattr(prompts, name, unexpected)
    win = MainWindow()  # closed below, not by qtbot: its unsaved-changes prompt must not fire
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.session.doc is not None:
        win.session.doc.undo_stack.setClean()
        win.session.doc._unsaved = False
    win.close()
    win.deleteLater()


@pytest.fixture
def type_text(qtbot):  # type: ignore[no-untyped-def]
    """Type any text, Chinese and accents included, as key events (QTest only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:  # type: ignore[no-untyped-def]
        widget.setFocus()
        for ch in text:
            key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

    return type_into
