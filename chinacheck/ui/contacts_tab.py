"""The Contacten tab: every contact from the brochure, with a copy button per address.

Mail and web links open only when the user clicks them; nothing is opened by itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chinacheck.guidance.content import Contact, Content
from chinacheck.ui.accessibility import mark_dutch
from chinacheck.ui.fields import fill_with_scroll_area
from chinacheck.ui.whose_text import whose


def _plain(text: str, bold: bool = False, dutch: bool = False) -> QLabel:
    """``dutch``: the brochure's own text, Dutch also in English mode."""
    label = QLabel(text)
    if dutch:
        mark_dutch(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class ContactsTab(QWidget):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.copy_buttons: list[QPushButton] = []
        self.link_buttons: list[QPushButton] = []
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(_plain(content.contacts.intro, dutch=True))
        for contact in content.contacts.contacts:
            layout.addWidget(self._card(contact))
        source = content.source
        layout.addWidget(_plain(self.tr("Bron: %1, %2, %3")
                                .replace("%1", source.publisher_short)
                                .replace("%2", source.title).replace("%3", source.date_label)))
        layout.addStretch(1)
        fill_with_scroll_area(self, inner, self.tr("Contactgegevens uit de brochure"))

    def _card(self, contact: Contact) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(frame)
        grid.addWidget(_plain(contact.name, bold=True, dutch=True), 0, 0, 1, 3)
        whose_entry = _plain(self.tr("Gegevens van: %1").replace(
            "%1", whose(self.content, contact.publisher)))
        whose_entry.setObjectName("whose")
        grid.addWidget(whose_entry, 1, 0, 1, 3)
        row = 2
        if contact.role:
            grid.addWidget(_plain(contact.role, dutch=True), row, 0, 1, 3)
            row += 1
        if contact.instruction:
            grid.addWidget(_plain(contact.instruction, dutch=True), row, 0, 1, 3)
            row += 1
        fields = (
            (self.tr("E-mail"), contact.email, f"mailto:{contact.email}"),
            (self.tr("Postadres"), contact.postal_address, ""),
            (self.tr("Bezoekadres"), contact.visiting_address, ""),
            (self.tr("Telefoon"), contact.phone, ""),
            (self.tr("Website"), contact.website, contact.website),
            (self.tr("Instagram"), contact.instagram, contact.instagram_url),
        )
        for label, value, link in fields:
            if not value:
                continue
            grid.addWidget(_plain(label), row, 0)
            grid.addWidget(_plain(value, dutch=True), row, 1)
            copy = QPushButton(self.tr("Kopiëren"))
            copy.setAccessibleName(self.tr("%1 van %2 kopiëren").replace("%1", label)
                                   .replace("%2", contact.name))
            copy.clicked.connect(lambda _=False, v=value: self.copy(v))
            self.copy_buttons.append(copy)
            grid.addWidget(copy, row, 2)
            if link:
                opener = QPushButton(self.tr("Openen"))
                opener.setAccessibleName(self.tr("%1 openen: %2").replace("%1", label)
                                         .replace("%2", value))
                opener.clicked.connect(lambda _=False, u=link: QDesktopServices.openUrl(QUrl(u)))
                self.link_buttons.append(opener)
                grid.addWidget(opener, row, 3)
            row += 1
        grid.setColumnStretch(1, 1)
        return frame

    def copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
