"""Which Alt+letter keys a window offers at one moment, and which of them clash.

Qt gives a mnemonic (the letter after ``&``) to menu titles, buttons, check boxes, group boxes,
tabs and labels with a buddy. Two of them with the same letter in the same window at the same
time make Alt+letter cycle between them instead of acting: that is a clash. Inside a popup menu
each item's letter must be unique too.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after the first single ``&`` (``&&`` is a literal ampersand), lower case."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def window_keys(window: QWidget) -> dict[str, list[str]]:
    """Letter → the visible controls of ``window`` that answer Alt+letter now."""
    keys: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            keys[letter].append(f"{_plain(text)!r} ({what})")

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index), "tab")
    return keys


def menu_keys(menu: QMenu) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            letter = mnemonic(action.text())
            if letter is not None:
                keys[letter].append(repr(_plain(action.text())))
    return keys


def clashes(keys: dict[str, list[str]]) -> list[str]:
    return [f"Alt+{letter.upper()}: {', '.join(owners)}"
            for letter, owners in sorted(keys.items()) if len(owners) > 1]


def menus_of(window: QWidget) -> list[QMenu]:
    """Every popup menu of the window: the menu bar's, their submenus, and context menus."""
    found: list[QMenu] = []
    pending: list[QMenu] = []
    if isinstance(window, QMainWindow):
        pending += [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    pending += window.findChildren(QMenu)
    while pending:
        menu = pending.pop()
        if menu in found:
            continue
        found.append(menu)
        pending += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found
