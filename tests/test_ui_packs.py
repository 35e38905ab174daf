"""Help → Inhoudspakketten…: the packs on this computer, import with "wat is er veranderd"
first, export, activate, and the organisation's trust — through the real dialog."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from chinacheck.storage import pack_store, paths
from chinacheck.storage import settings as settings_file
from chinacheck.ui import changes_dialog, packs_dialog

PACKS = Path(__file__).resolve().parent / "data" / "packs"
PUBLISHER = "be90b39e0b086840496e4b0211fcb54fe82cd575273e42ce772e6568d0ce391e"
ORGANISATION = "b5842ba3ed13d35ab30a7d898f134fa1dc83d087c106af43f01f475d355507c8"
LEFT = Qt.MouseButton.LeftButton
LATER = "nctv-decentrale-contacten-china@2026.01-1"


@pytest.fixture(autouse=True)
def fresh_caches():  # type: ignore[no-untyped-def]
    pack_store.clear_caches()
    yield
    pack_store.clear_caches()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Answer every "wat is er veranderd" with yes, keeping the lines it showed."""
    shown: list[list[str]] = []

    def ask(dialog: changes_dialog.ChangesDialog) -> bool:
        shown.append(dialog.view.lines())
        return True

    monkeypatch.setattr(changes_dialog, "ask", ask)
    return shown


def _dialog(qtbot, window):  # type: ignore[no-untyped-def]
    dialog = packs_dialog.PacksDialog(window.settings, window.save_settings, str(paths.data_dir()),
                                      window)
    qtbot.addWidget(dialog)
    return dialog


def _cells(dialog: packs_dialog.PacksDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_help_menu_opens_the_packs_dialog(qtbot, window, monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(packs_dialog.PacksDialog, "exec", lambda self: seen.append(self) or 0)
    window.packs_action.trigger()
    assert seen and seen[0].windowTitle() == "Inhoudspakketten"
    bundled = _cells(seen[0])[0]
    assert bundled[0] == str(pack_store.bundled_ref())
    assert bundled[1] == "landelijk" and bundled[3] == "NCTV"
    assert bundled[5] == "actief voor nieuwe zaken; meegeleverd"


def test_untrusted_pack_is_refused_in_one_line(qtbot, window, answers) -> None:
    dialog = _dialog(qtbot, window)
    assert not dialog.import_path(PACKS / "later-edition")
    assert dialog.message.text().startswith("Niet geïmporteerd: Het pakket is ondertekend met "
                                            "een sleutel die uw organisatie niet vertrouwt")
    assert "\n" not in dialog.message.text()
    assert answers == [] and not (paths.packs_dir() / "nctv-decentrale-contacten-china").exists()


def test_trusting_the_key_then_importing_shows_the_changes_first(qtbot, window,
                                                                  answers) -> None:
    dialog = _dialog(qtbot, window)
    dialog.key_input.setText(PUBLISHER.upper())
    qtbot.mouseClick(dialog.add_key_button, LEFT)
    assert dialog.keys.item(0).text() == PUBLISHER
    assert settings_file.load().trusted_pack_keys == [PUBLISHER]  # kept at once
    assert dialog.import_path(PACKS / "later-edition")
    lines = answers[0]
    assert any(line.startswith("Nieuwe vragen (1)") for line in lines)
    assert any(line.startswith("Vervallen vragen (1)") for line in lines)
    assert any(line.startswith("Anders geformuleerde vragen (1)") for line in lines)
    assert any("fictieve testeditie" in line for line in lines)
    assert any(line.startswith("Gewijzigde rijen in de technologietabel") for line in lines)
    assert any(line.startswith("Gewijzigde contacten") for line in lines)
    rows = {row[0]: row for row in _cells(dialog)}
    assert rows[LATER][5] == "ondertekend, vertrouwde sleutel"
    assert dialog.message.text().startswith(f"Geïmporteerd: {LATER}")
    # Taking the key off the trust list marks its pack "niet geverifieerd" at once.
    dialog.keys.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_key_button, LEFT)
    rows = {row[0]: row for row in _cells(dialog)}
    assert rows[LATER][5].startswith("niet geverifieerd")
    assert settings_file.load().trusted_pack_keys == []


def test_declining_the_changes_imports_nothing(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(changes_dialog, "ask", lambda dialog: False)
    window.settings.trusted_pack_keys = [PUBLISHER]
    dialog = _dialog(qtbot, window)
    assert not dialog.import_path(PACKS / "later-edition")
    assert dialog.message.text() == "Niet geïmporteerd."
    assert not (paths.packs_dir() / "nctv-decentrale-contacten-china").exists()


def test_tampered_pack_is_refused(qtbot, window, answers) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER]
    dialog = _dialog(qtbot, window)
    assert not dialog.import_path(PACKS / "later-edition-tampered")
    assert dialog.message.text().startswith("Niet geïmporteerd: ")
    assert answers == []


def test_unsigned_pack_when_allowed_is_marked_not_verified(qtbot, window, answers,
                                                           tmp_path) -> None:
    dialog = _dialog(qtbot, window)
    assert not dialog.import_path(PACKS / "later-edition-unsigned")
    assert "niet ondertekend" in dialog.message.text()
    dialog.allow_unverified.setChecked(True)
    assert settings_file.load().allow_unverified_packs
    archive = tmp_path / "unsigned.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for file in sorted((PACKS / "later-edition-unsigned").iterdir()):
            out.write(file, file.name)
    assert dialog.import_path(archive)
    rows = {row[0]: row for row in _cells(dialog)}
    assert rows[LATER][5] == "niet geverifieerd: niet ondertekend"


def test_activate_export_and_stop_using(qtbot, window, answers, monkeypatch,
                                        tmp_path) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER, ORGANISATION]
    dialog = _dialog(qtbot, window)
    assert dialog.import_path(PACKS / "later-edition")
    assert dialog.import_path(PACKS / "organisation")
    dialog.select(LATER)
    assert dialog.activate_button.isEnabled() and not dialog.deactivate_button.isEnabled()
    qtbot.mouseClick(dialog.activate_button, LEFT)
    dialog.select("gemeente-voorbeeld@1")
    qtbot.mouseClick(dialog.activate_button, LEFT)
    saved = settings_file.load()
    assert saved.active_pack == LATER and saved.organisation_packs == ["gemeente-voorbeeld@1"]
    assert dialog.message.text() == (f"Actief voor nieuwe zaken: {LATER}, gemeente-voorbeeld@1")
    rows = {row[0]: row for row in _cells(dialog)}
    assert rows[LATER][5].startswith("actief voor nieuwe zaken")
    assert rows["gemeente-voorbeeld@1"][1] == "organisatie"

    target = tmp_path / "out" / "gemeente"
    target.parent.mkdir()
    monkeypatch.setattr(packs_dialog, "choose_export", lambda parent, suggestion: target)
    qtbot.mouseClick(dialog.export_button, LEFT)
    assert zipfile.ZipFile(target).namelist()[0] == "pack.json"

    qtbot.mouseClick(dialog.deactivate_button, LEFT)
    dialog.select(LATER)
    qtbot.mouseClick(dialog.deactivate_button, LEFT)
    saved = settings_file.load()
    assert saved.active_pack == "" and saved.organisation_packs == []


def test_unverified_pack_cannot_be_activated_unless_allowed(qtbot, window, answers) -> None:
    window.settings.allow_unverified_packs = True
    dialog = _dialog(qtbot, window)
    assert dialog.import_path(PACKS / "later-edition")  # signed, key not trusted
    dialog.allow_unverified.setChecked(False)
    dialog.select(LATER)
    qtbot.mouseClick(dialog.activate_button, LEFT)
    assert "niet vertrouwt" in dialog.message.text()
    assert settings_file.load().active_pack == ""


def test_damaged_stored_pack_is_listed(qtbot, window, answers) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER]
    dialog = _dialog(qtbot, window)
    assert dialog.import_path(PACKS / "later-edition")
    stored = paths.packs_dir() / "nctv-decentrale-contacten-china" / "2026.01-1"
    (stored / "risks.json").write_text("{}", encoding="utf-8")
    dialog.model.refresh()
    rows = {row[0]: row for row in _cells(dialog)}
    assert rows[LATER][5].startswith("beschadigd: ")
    dialog.table.selectRow(list(rows).index(LATER))  # nothing to export or activate
    assert dialog.table.selectionModel().selectedRows()
    assert not dialog.export_button.isEnabled()
    shutil.rmtree(stored)


def test_packs_dialog_screenshot(qtbot, window, answers) -> None:
    window.settings.trusted_pack_keys = [PUBLISHER]
    window.settings.allow_unverified_packs = True
    dialog = _dialog(qtbot, window)
    dialog.import_path(PACKS / "later-edition")
    dialog.import_path(PACKS / "organisation")
    dialog.select(LATER)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.table.resizeRowsToContents()
    out = Path(paths.data_dir()) / "packs-dialog.png"
    assert dialog.grab().save(str(out))
