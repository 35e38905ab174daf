"""The Brochure tab: the bundled text with a search field."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chinacheck.guidance.content import Content
from chinacheck.ui.accessibility import readable_text
from chinacheck.ui.brochure_html import DARK, LIGHT, brochure_html


class BrochureTab(QWidget):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = readable_text(QTextBrowser())
        self.browser.setOpenLinks(False)  # nothing opens by itself
        self.browser.setAccessibleName(self.tr("Tekst van de brochure"))
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.browser.setHtml(brochure_html(content, DARK if dark else LIGHT))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoek in de brochure"))
        self.search.setAccessibleName(self.tr("Zoek in de brochure"))
        self.search.setClearButtonEnabled(True)
        self.next_button = QPushButton(self.tr("V&olgende"))
        self.next_button.setAccessibleName(self.tr("Volgende zoekresultaat"))
        self.count_label = QLabel()
        self.search.textChanged.connect(self._highlight)
        self.search.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)

        layout = QVBoxLayout(self)
        if QLocale().language() != QLocale.Language.Dutch:
            official = QLabel(self.tr("De tekst van de brochure wordt getoond in de officiële "
                                      "Nederlandse versie; alleen de bediening is vertaald."))
            official.setWordWrap(True)
            official.setAccessibleName(official.text())
            layout.addWidget(official)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)

    def match_count(self) -> int:
        return len(self.browser.extraSelections())

    def _highlight(self, text: str) -> None:
        # Text-search types are imported on first search: they are not needed to start.
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        selections = []
        doc = self.browser.document()
        if text.strip():
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe27a"))
            fmt.setForeground(QColor("#000000"))
            cursor = doc.find(text, 0)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = doc.find(text, cursor)
        self.browser.setExtraSelections(selections)
        self.count_label.setText(self.tr("%n treffer(s)", "", len(selections)) if text else "")
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        if selections:
            self.find_next()

    def find_next(self) -> None:
        from PySide6.QtGui import QTextCursor, QTextDocument

        text = self.search.text()
        if not text or self.browser.find(text):
            return
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # wrap around
        self.browser.find(text, QTextDocument.FindFlag(0))
