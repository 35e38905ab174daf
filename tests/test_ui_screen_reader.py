"""What a screen reader reads and hears: text readable by line with a caret and without frame
markers, announcements of what the focus does not show, names that contain the visible label,
descriptions of disabled tabs and help texts, named popup menus, modal dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTextBrowser

from chinacheck.case.examples import example_case
from chinacheck.guidance.content import load
from chinacheck.storage import store
from chinacheck.ui.accessibility import without_mnemonic
from chinacheck.ui.brochure_tab import BrochureTab
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.new_case_dialog import NewCaseDialog
from chinacheck.ui.settings_dialog import SettingsDialog
from chinacheck.ui.signoff_dialog import SignOffDialog

FRAME_MARKERS = ("\ufdd0", "\ufdd1")


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every announcement sent to assistive technology, in order."""
    said: list[str] = []
    original = QAccessible.updateAccessibility

    def record(event: object) -> None:
        message = getattr(event, "message", None)
        if callable(message):
            said.append(str(message()))
        original(event)  # type: ignore[arg-type]

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    yield said


def _accessible_text(browser: QTextBrowser) -> str:
    text = QAccessible.queryAccessibleInterface(browser).textInterface()
    return str(text.text(0, text.characterCount()))


def _opened(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    assert window.open_path(path)
    return path


def test_brochure_text_has_a_keyboard_caret_and_no_frame_markers(qtbot) -> None:  # type: ignore[no-untyped-def]
    tab = BrochureTab(load())
    qtbot.addWidget(tab)
    tab.show()
    browser = tab.browser
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert browser.tabChangesFocus()  # Tab leaves the text; arrows move the caret
    text = _accessible_text(browser)
    assert "Toelichting ChinaCheck" in text  # ChinaCheck's own boxes are in the text …
    assert not any(marker in text for marker in FRAME_MARKERS)  # … without frame markers
    browser.setFocus()
    browser.moveCursor(browser.textCursor().MoveOperation.Start)
    qtbot.keyClick(browser, Qt.Key.Key_Down)
    assert browser.textCursor().position() > 0  # the caret moves by line
    assert browser.locale().language() == QLocale.Language.Dutch  # the brochure is Dutch


def test_checklist_and_debrief_guidance_are_readable_by_caret(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from chinacheck.case import lifecycle
    from chinacheck.storage.settings import Settings
    from chinacheck.ui.debrief_guidance import guidance_html

    _opened(window, tmp_path)
    debrief = window.debrief_tab.guidance
    category = next(c for c in lifecycle.rules().categories if c.hint)
    debrief.setHtml(guidance_html(load(), category, "nl", Settings()))  # with an own-words box
    assert "Toelichting ChinaCheck" in _accessible_text(debrief)
    for browser in (window.checklist_tab.guidance, debrief):
        assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
        assert not any(marker in _accessible_text(browser) for marker in FRAME_MARKERS)


def test_opening_a_case_is_announced_with_its_title(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, heard: list[str]) -> None:
    _opened(window, tmp_path)
    assert f"Zaak “{example_case().title}” geopend" in heard


def test_a_status_change_announces_the_new_progress(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, heard: list[str]) -> None:
    _opened(window, tmp_path)
    tab = window.checklist_tab
    window.tabs.setCurrentWidget(window._checklist)
    before = tab.progress.value()
    status = tab.status
    status.setCurrentIndex(status.findData("ja" if status.currentData() != "ja" else "nee"))
    total = tab.progress.maximum()
    expected = {f"{before + 1} van {total} beantwoord", f"{before} van {total} beantwoord"}
    assert heard and heard[-1] in expected
    assert heard[-1] == tab.progress.format()


def test_saving_says_the_title_and_the_path_only_on_request(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, heard: list[str]) -> None:
    path = _opened(window, tmp_path)
    window.details_tab.organisation.setText("Gemeente Toets")
    assert window.session.save()
    title = example_case().title
    assert heard[-1] == f"“{title}” opgeslagen"
    assert str(path) not in heard[-1]
    assert window.voice.where_action in window.file_menu.actions()
    window.voice.where_action.trigger()
    assert heard[-1] == str(path)
    assert window.statusBar().currentMessage() == str(path)


def test_signoff_checkboxes_are_named_by_their_visible_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = SignOffDialog("Zoë de Vries")
    qtbot.addWidget(dialog)
    for box in (dialog.final, dialog.seal):
        name = QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Name)
        assert without_mnemonic(box.text()) in name  # WCAG 2.5.3 label in name
    assert "alleen" in dialog.final.text() or "geen wijzigingen" in dialog.final.text()


def test_disabled_tabs_say_why(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def description(page: object) -> str:
        bar = QAccessible.queryAccessibleInterface(window.tabs.tabBar())
        tab = bar.child(window.tabs.indexOf(page))  # type: ignore[arg-type]
        return str(tab.text(QAccessible.Text.Description))

    for page in (window._details, window._checklist):
        assert not window.tabs.isTabEnabled(window.tabs.indexOf(page))
        assert "Niet beschikbaar" in description(page)
    _opened(window, tmp_path)
    assert description(window._details) == ""


def test_help_texts_are_descriptions_of_their_fields(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(load())
    qtbot.addWidget(dialog)
    for index in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(index)
        assert dialog.kind.accessibleDescription() == dialog.description.text() != ""
    settings = SettingsDialog("en")
    qtbot.addWidget(settings)
    assert "brochure" in settings.language.accessibleDescription()


def test_no_internal_ids_are_read(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _opened(window, tmp_path)
    window.tabs.setCurrentWidget(window._checklist)
    tab = window.checklist_tab
    text = tab.item_text.text()
    assert tab.item_id and tab.item_id not in text
    assert text.startswith(f"Vraag {load().number(tab.item_id)}:") or text.startswith("Advies")


def test_popup_menus_and_dialogs_say_what_they_are(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    for menu in window.findChildren(QMenu):
        if menu.title():
            name = QAccessible.queryAccessibleInterface(menu).text(QAccessible.Text.Name)
            assert name == without_mnemonic(menu.title()) != "ChinaCheck"
    for dialog in (NewCaseDialog(load()), SignOffDialog(), SettingsDialog("nl")):
        qtbot.addWidget(dialog)
        dialog.open()  # modal, as the app shows them (exec)
        assert QAccessible.queryAccessibleInterface(dialog).state().modal, type(dialog).__name__
        dialog.reject()
        assert not QAccessible.queryAccessibleInterface(dialog).state().modal


def test_the_brochures_own_words_are_marked_dutch(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    _opened(window, tmp_path)
    dutch = QLocale.Language.Dutch
    window.tabs.setCurrentWidget(window._checklist)
    assert window.checklist_tab.item_text.locale().language() == dutch
    assert window.checklist_tab.guidance.locale().language() == dutch
    window.tabs.setCurrentWidget(window._contacts)
    marked = {label.text(): label.testAttribute(Qt.WidgetAttribute.WA_SetLocale)
              and label.locale().language() == dutch
              for label in window.contacts_tab.findChildren(QLabel)}
    assert marked[load().contacts.intro]  # the brochure's words
    assert not marked["E-mail"]  # a field name: the language of the interface
