"""The Help menu's windows: the keyboard shortcuts and "about ChinaCheck"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from chinacheck import __version__
from chinacheck.guidance.content import Content


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """Every menu action that has a keyboard shortcut, as (action, keys)."""
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                found.append((action.text().replace("&", "").rstrip("…"),
                              action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    return found


def show_shortcuts(window: QMainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    rows = "".join(f"<tr><td>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>"
                   for name, keys in shortcuts(window))
    extra = QCoreApplication.translate(
        "MainWindow", "Alt + onderstreepte letter kiest een menu, tabblad of knop; "
                      "Ctrl+Tab wisselt van tabblad; Tab gaat naar het volgende veld.")
    QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Sneltoetsen"),
                            f"<table cellpadding='3'>{rows}</table><p>{escape(extra)}</p>")


def about(window: QMainWindow, content: Content) -> None:
    from PySide6.QtWidgets import QMessageBox

    src = content.source
    text = QCoreApplication.translate(
        "MainWindow",
        "<h3>ChinaCheck %1</h3><p>Afwegingen bij decentrale contacten met China.</p>"
        "<p>Inhoud: %2, <i>%3</i>, %4 (%5), inhoudsversie %6.</p>"
        "<p>ChinaCheck gebruikt geen netwerk: geen updates, geen telemetrie, niets wordt "
        "opgehaald of verstuurd. Uw zaken blijven op deze computer.</p>")
    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "Over ChinaCheck"),
                      text.replace("%1", __version__).replace("%2", escape(src.publisher))
                      .replace("%3", escape(src.title)).replace("%4", escape(src.date_label))
                      .replace("%5", escape(src.edition)).replace("%6", src.content_version)
                      + f"<p>{escape(_anchors())}</p>")


def _anchors() -> str:
    """Which trust anchors verify uses here (chinacheck.signing.anchors), in one line."""
    from chinacheck.signing.anchors import describe

    return describe()
