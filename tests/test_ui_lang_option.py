"""``chinacheck --lang en`` runs the desktop app in English too, and the read-only message of a
case someone else has follows the language (issue 20, finding 12)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chinacheck.case.examples import example_case
from chinacheck.storage import locking, settings, store
from chinacheck.ui import translation
from chinacheck.ui.app import Application


@pytest.fixture
def controllers(qtbot) -> Iterator[list[Application]]:  # type: ignore[no-untyped-def]
    made: list[Application] = []
    yield made
    for controller in made:
        window = controller.window
        if window.session.doc is not None:
            window.session.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
    translation.install("nl")


def test_the_lang_option_reaches_the_desktop_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from chinacheck import display
    from chinacheck.cli import main as cli
    from chinacheck.ui import app

    started: list[tuple[Path | None, str | None]] = []
    monkeypatch.setattr(display, "display_problem", lambda: None)
    monkeypatch.setattr(app, "run", lambda file=None, language=None:
                        started.append((file, language)) or 0)
    assert cli.main(["--lang", "en"]) == 0
    assert cli.main(["--lang=nl", "gui", "zaak.chinacheck"]) == 0
    assert cli.main([]) == 0
    assert started == [(None, "en"), (Path("zaak.chinacheck"), "nl"), (None, None)]


def test_an_english_session_over_dutch_settings(qtbot, controllers) -> None:  # type: ignore[no-untyped-def]
    from chinacheck import i18n

    settings.save(settings.Settings(language="nl"))
    controller = Application("en")
    controllers.append(controller)
    window = controller.window
    assert window.tabs.tabText(window.tabs.indexOf(window._details)) == "C&ase"
    assert i18n.language() == "en" and window._ui_language() == "en"  # PDFs in English too
    assert settings.load().language == "nl"  # for this session only: nothing saved


def _held_elsewhere(path: Path) -> None:
    now = datetime.now(UTC)
    info = locking.LockInfo(user="lotte", host="werkplek-7", pid=4242, since=now, refreshed=now,
                            app_version="1", token="elders")
    locking.lock_path(path).write_bytes(info.to_json())


def test_the_lock_message_is_english_in_english_and_after_a_switch(  # type: ignore[no-untyped-def]
        qtbot, controllers, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    _held_elsewhere(path)
    controller = Application("en")
    controllers.append(controller)
    assert controller.window.open_path(path)
    doc = controller.window.session.doc
    assert doc is not None and doc.read_only is not None
    assert doc.read_only.startswith("Read-only: zaak.chinacheck is in use by lotte on "
                                    "werkplek-7 since ")
    controller.switch_language("nl")
    assert doc.read_only.startswith("Alleen-lezen: zaak.chinacheck is in gebruik door lotte op "
                                    "werkplek-7 sinds ")
    assert controller.window.banner.label.text() == doc.read_only
    controller.switch_language("en")
    assert "is in use by lotte" in controller.window.banner.label.text()
