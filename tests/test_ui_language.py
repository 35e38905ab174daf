"""The English user interface, and switching language without losing the open case."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from chinacheck.case.examples import example_case
from chinacheck.resource_files import file_path
from chinacheck.storage import paths, settings, store
from chinacheck.ui import translation
from chinacheck.ui.app import Application


def _dutch_sources() -> set[str]:
    """Dutch UI strings whose English differs (words like "Checklist" are the same in both)."""
    root = ElementTree.parse(file_path("i18n/chinacheck_en.ts")).getroot()
    return {m.findtext("source", "") for m in root.iter("message")
            if m.findtext("source") != "".join(m.find("translation").itertext())}  # type: ignore[union-attr]


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
    return [t for t in texts if t]


@pytest.fixture
def english_app(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    settings.save(settings.Settings(language="en"))
    controller = Application()
    yield controller
    window = controller.window
    if window.session.doc is not None:
        window.session.doc.undo_stack.setClean()
    window.close()
    window.deleteLater()
    translation.install("nl")


def test_every_ui_message_has_an_english_translation() -> None:
    root = ElementTree.parse(file_path("i18n/chinacheck_en.ts")).getroot()
    missing = [m.findtext("source") for m in root.iter("message")
               if (t := m.find("translation")) is None or t.get("type") == "unfinished"
               or not ("".join(t.itertext()).strip())]
    assert missing == []


def test_english_mode_shows_no_untranslated_dutch_ui_string(  # type: ignore[no-untyped-def]
        qtbot, english_app, tmp_path: Path) -> None:
    window = english_app.window
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    dutch = _dutch_sources()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    found = {t for t in _visible_texts(window) if t in dutch}
    menus = {a.text() for m in window.menuBar().actions() for a in [m, *m.menu().actions()]}
    assert found == set() and menus & dutch == set()
    case_tab = window.tabs.indexOf(window._details)
    assert window.tabs.tabText(case_tab) == QCoreApplication.translate("MainWindow", "&Zaak") \
        != "&Zaak"
    assert "official Dutch" in " ".join(_visible_texts(window.brochure_tab))
    tree = window.checklist_tab.model  # our short labels in English, beside the Dutch question
    labels = {str(tree.index(r, 0, tree.index(g, 0)).data()).removesuffix(" ★").split("  ")[-1]
              for g in range(tree.rowCount()) for r in range(tree.rowCount(tree.index(g, 0)))}
    assert "Own goals clear" in labels and "Eigen doelen helder" not in labels


def test_messages_of_the_core_follow_the_ui_language(  # type: ignore[no-untyped-def]
        qtbot, english_app, monkeypatch, tmp_path: Path) -> None:
    from chinacheck.ui import prompts

    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.chinacheck"
    broken.write_text("{", encoding="utf-8")
    assert not english_app.window.open_path(broken)
    english_app.switch_language("nl")
    assert not english_app.window.open_path(broken)
    assert shown[0] == f"{broken}: not valid JSON (line 1, column 2: Expecting property name " \
                       "enclosed in double quotes)"
    assert shown[1].startswith(f"{broken}: geen geldige JSON (regel 1, kolom 2: ")


def test_switching_language_keeps_the_open_case(  # type: ignore[no-untyped-def]
        qtbot, type_text, english_app, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    english_app.window.open_path(path)
    type_text(english_app.window.details_tab.organisation, " (unsaved)")
    english_app.switch_language("nl")
    window = english_app.window
    assert window.session.doc is not None and window.session.doc.dirty
    assert window.details_tab.organisation.text() == "Gemeente Zwolle (unsaved)"
    assert window.tabs.tabText(window.tabs.indexOf(window._details)) == "&Zaak"
    assert settings.load().language == "nl"
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.details_tab.organisation.text() == "Gemeente Zwolle"
    assert paths.settings_file().is_file()


def test_pdf_follows_the_ui_language(qtbot, english_app, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from chinacheck.ui import prompts

    window = english_app.window
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(prompts, "export_options", lambda *_: ("Internal", target))
    monkeypatch.setattr(prompts, "open_pdf", lambda *_: False)
    window.documents.export_action.trigger()
    qtbot.waitUntil(lambda: not window.documents.task.running, timeout=30_000)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "page 1 of" in text.lower() and "pagina 1 van" not in text.lower()
    assert "Own goals clear" in text and "Eigen doelen helder" not in text  # our labels: English
    assert "Heeft u duidelijk voor ogen" in text  # the brochure's question: its own Dutch


def test_translation_source_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Every translatable string in chinacheck/ui has an English translation in the .ts file."""
    import shutil
    import subprocess
    import sys

    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    repo = Path(__file__).resolve().parent.parent
    copy = tmp_path / "chinacheck_en.ts"
    shutil.copy2(repo / "resources" / "i18n" / "chinacheck_en.ts", copy)
    sources = sorted(str(p) for p in (repo / "chinacheck" / "ui").glob("*.py"))
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(copy)], check=True,
                   capture_output=True, timeout=120)
    root = ElementTree.parse(copy).getroot()
    untranslated = [m.findtext("source") for m in root.iter("message")
                    if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert untranslated == [], "run pyside6-lupdate and translate the new strings"


def test_dates_follow_the_chosen_language(qtbot, english_app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    window = english_app.window
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert window.details_tab.start_date.displayFormat().startswith(
        english.dateFormat(QLocale.FormatType.ShortFormat)[:5])
    assert window.details_tab.start_date.text() == "14/03/2027"
