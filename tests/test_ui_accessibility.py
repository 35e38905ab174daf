"""Accessibility: names for every focusable control, keyboard-only use, contrast."""

from __future__ import annotations

from pathlib import Path

from helpers.ui import focus_in, in_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from chinacheck.case.examples import example_case
from chinacheck.guidance.content import load
from chinacheck.storage import paths, store
from chinacheck.ui.brochure_html import DARK, LIGHT
from chinacheck.ui.library_model import OVERDUE_DARK, OVERDUE_LIGHT
from chinacheck.ui.main_window import MainWindow
from chinacheck.ui.new_case_dialog import NewCaseDialog
from chinacheck.ui.settings_dialog import SettingsDialog
from chinacheck.ui.trash_dialog import TrashDialog


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        parent = widget.parentWidget()
        grandparent = parent.parentWidget() if parent is not None else None
        if isinstance(parent, QComboBox) or isinstance(grandparent, QComboBox):
            continue  # a combo box's own popup parts
        if widget.objectName().startswith("qt_"):
            continue  # Qt's internal parts (a date field's line edit): the field has the name
        if type(widget).__name__ in ("QScrollBar", "QMenu", "QComboBoxListView", "QTabBar"):
            continue  # Qt's own parts that name themselves from their contents
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in "
                           f"{type(parent).__name__ if parent else '-'}")
    return missing


def test_every_focusable_control_in_every_tab_has_a_name(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    store.save_case(example_case(), path)
    window.open_path(path)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    assert _unnamed(window) == []


def test_every_dialog_names_its_controls(qtbot) -> None:  # type: ignore[no-untyped-def]
    for dialog in (NewCaseDialog(load()), SettingsDialog("nl"), TrashDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unnamed(dialog) == [], type(dialog).__name__


def test_item_views_expose_rows_and_columns(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store.save_case(example_case(), paths.ensure_dir(paths.cases_dir()) / "a.chinacheck")
    window.library.refresh()
    table = QAccessible.queryAccessibleInterface(window.library.table)
    assert table.role() == QAccessible.Role.Table
    children = [table.child(n) for n in range(table.childCount())]
    cells = [c for c in children if c is not None and c.role() == QAccessible.Role.Cell]
    headers = [c.text(QAccessible.Text.Name) for c in children
               if c is not None and c.role() == QAccessible.Role.ColumnHeader]
    assert len(cells) == 9 and "Titel" in headers and "Herbeoordeling" in headers
    assert example_case().title in [c.text(QAccessible.Text.Name) for c in cells]


def test_a_whole_case_journey_with_the_keyboard_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    def fill_dialog(dialog: NewCaseDialog) -> None:
        focus_in(qtbot, dialog, dialog.title)  # offscreen activation can lag on a busy machine
        qtbot.keyClicks(dialog.title, "Toetsenbordzaak")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)  # to the kind
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    window.activateWindow()
    qtbot.waitActive(window)
    failures = in_modal(NewCaseDialog, fill_dialog)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not failures, failures
    doc = window.session.doc
    assert doc is not None and doc.case.title == "Toetsenbordzaak"
    assert doc.case.kind == load().kinds[1].id
    window.activateWindow()
    qtbot.waitActive(window)
    window.details_tab.title.setFocus()  # offscreen Qt forgets the focus when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.details_tab.title, timeout=2000)
    for _ in range(2):  # title -> kind -> organisation
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.details_tab.organisation
    qtbot.keyClicks(window.focusWidget(), "Gemeente Toets")
    # to the checklist tab by its mnemonic, then into the item list
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window._checklist
    checklist = window.checklist_tab
    checklist.tree.setFocus()
    qtbot.keyClick(checklist.tree, Qt.Key.Key_Down)
    item = checklist.item_id
    qtbot.keyClick(checklist.tree, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Status
    assert window.focusWidget() is checklist.status
    qtbot.keyClick(checklist.status, Qt.Key.Key_Down)  # open -> ja
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = store.load_case(doc.path).case  # type: ignore[arg-type]
    assert saved.organisation == "Gemeente Toets"
    assert saved.answers[item].status.value == "ja"
    assert not window.isWindowModified()


def test_shortcuts_are_listed_in_the_help_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    shortcuts = dict(window.shortcuts())
    for name in ("Nieuw", "Openen", "Opslaan", "Ongedaan maken", "Exporteer zaakoverzicht"):
        assert shortcuts.get(name), name
    help_menu = window.menuBar().actions()[-1].menu()
    assert any("Sneltoetsen" in a.text() for a in help_menu.actions())


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_own_colours_meet_wcag_aa_contrast_in_light_and_dark() -> None:
    assert _contrast(LIGHT.box_text, LIGHT.box_background) >= 4.5
    assert _contrast(LIGHT.muted, "#ffffff") >= 4.5
    assert _contrast(DARK.box_text, DARK.box_background) >= 4.5
    assert _contrast(DARK.muted, "#1e1e1e") >= 4.5
    assert _contrast("#000000", "#ffe27a") >= 4.5  # search highlight
    assert _contrast(OVERDUE_LIGHT, "#ffffff") >= 4.5  # overdue reviews and actions
    assert _contrast(OVERDUE_DARK, "#1e1e1e") >= 4.5


def test_chinese_names_have_glyphs_without_a_system_cjk_font(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The bundled WenQuanYi font serves the widgets as a fallback: no empty boxes."""
    from PySide6.QtGui import QFont, QTextLayout

    from chinacheck.ui.app import make_app

    make_app()
    layout = QTextLayout("王伟 上海 李娜", QFont())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [index for run in layout.glyphRuns() for index in run.glyphIndexes()]
    assert glyphs and 0 not in glyphs
