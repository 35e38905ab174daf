"""What a screen reader hears beyond the focused control: announcements, the names of popup
menus, and descriptions linked to the fields they explain."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QMenu, QTextBrowser, QWidget

W = TypeVar("W", bound=QWidget)


def announce(widget: QWidget, text: str) -> None:
    """Have screen readers say ``text`` now (a change the focus does not show)."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def without_mnemonic(text: str) -> str:
    """A menu or label text as it is read: "&Bestand" is "Bestand", "&&" is "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def name_menus(root: QWidget) -> None:
    """Name every popup menu under ``root`` after its title: Qt names an untitled popup after
    the application ("ChinaCheck"), which says nothing about what it offers."""
    for menu in root.findChildren(QMenu):
        title = without_mnemonic(menu.title())
        if title:
            menu.setAccessibleName(title)


def describe_by(field: QWidget, help_text: QLabel) -> None:
    """Link a help text shown beside a field to it: its description follows the text (Qt
    offers no described-by relation, so the description carries the same words)."""
    field.setAccessibleDescription(help_text.text())


_modal_installed = False


def report_modal_dialogs() -> None:
    """Have ChinaCheck's own dialogs say when they are modal (shown with exec or open): Qt's
    accessible interface for a widget never sets the modal state, so a screen reader could not
    tell that the window behind waits. Installed once, for the process."""
    global _modal_installed
    if _modal_installed:
        return
    from PySide6.QtGui import QAccessible, QAccessibleInterface
    from PySide6.QtWidgets import QAccessibleWidget, QDialog

    class ModalDialog(QAccessibleWidget):
        def state(self) -> QAccessible.State:
            state = super().state()
            widget = self.widget()
            state.modal = widget.isModal()
            return state

    def factory(key: str, obj: object) -> QAccessibleInterface | None:
        if isinstance(obj, QDialog) and type(obj).__module__.startswith("chinacheck."):
            return ModalDialog(obj, QAccessible.Role.Dialog)
        return None

    QAccessible.installFactory(factory)
    _modal_installed = True


def readable_text(browser: QTextBrowser, dutch: bool = True) -> QTextBrowser:
    """A text to read, not edit, that a screen reader can read by line and word: a caret the
    arrow keys move (the default browser has none: arrows only scroll); Tab leaves it. Its
    locale says the text is Dutch: the brochure stays Dutch in English mode (Qt's AT-SPI
    bridge reports it per object, not per passage; see docs/accessibility.md)."""
    flags = Qt.TextInteractionFlag
    browser.setTextInteractionFlags(flags.TextBrowserInteraction | flags.TextSelectableByKeyboard)
    browser.setTabChangesFocus(True)
    if dutch:
        mark_dutch(browser)
    return browser


def mark_dutch(widget: W) -> W:
    """Say that a widget's text is Dutch (the brochure's own words, also in English mode): Qt's
    AT-SPI bridge reports a widget's locale as its language, so a screen reader can read it
    with a Dutch voice. Per object only: Qt has no language per passage of a text."""
    widget.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    return widget
