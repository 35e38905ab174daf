"""'Wat is er veranderd': the differences between two editions of the guidance, shown before a
pack is imported and before an open case moves to a newer edition
(chinacheck.guidance.content_diff)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chinacheck.guidance.content import Content
from chinacheck.guidance.content_diff import CHANGE_LABELS, ContentDiff
from chinacheck.i18n import translate


class ChangesView(QTreeWidget):
    """One section per kind of change (new, withdrawn, reworded, moved, table, contacts), each
    line a question with its number, or a table row or contact field: old → new."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Wat is er veranderd"))

    def show_diff(self, changes: ContentDiff, old: Content, new: Content) -> None:
        self.clear()

        def text(content: Content, item_id: str) -> str:
            item = content.item(item_id)
            number = content.number(item_id) or item_id
            return f"{number}  {item.text if item else item_id}"

        moved = []
        for change in changes.moved:
            sources = ", ".join(old.number(i) or i for i in change.sources)
            targets = " / ".join(text(new, i) for i in change.targets)
            moved.append(f"{translate(CHANGE_LABELS[change.change])}: {sources} → {targets}")
        sections = [
            (self.tr("Nieuwe vragen"), [text(new, i) for i in changes.added]),
            (self.tr("Vervallen vragen"), [text(old, i) for i in changes.withdrawn]),
            (self.tr("Anders geformuleerde vragen"),
             [f"{new.number(c.id) or c.id}  {c.old}  →  {c.new}" for c in changes.reworded]),
            (self.tr("Hernoemd, samengevoegd of gesplitst"), moved),
            (self.tr("Gewijzigde rijen in de technologietabel"),
             [f"{c.id}: {c.old or '—'}  →  {c.new or '—'}" for c in changes.table]),
            (self.tr("Gewijzigde contacten"),
             [f"{c.id}: {c.old or '—'}  →  {c.new or '—'}" for c in changes.contacts]),
        ]
        for title, lines in sections:
            if not lines:
                continue
            section = QTreeWidgetItem([f"{title} ({len(lines)})"])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.addChildren([QTreeWidgetItem([line]) for line in lines])
            self.addTopLevelItem(section)
        if changes.empty:
            self.addTopLevelItem(QTreeWidgetItem([self.tr(
                "Geen verschillen in vragen, technologietabel of contacten.")]))
        self.expandAll()

    def lines(self) -> list[str]:
        """Every line shown, sections first, their lines indented (for tests and copying)."""
        found = []
        for row in range(self.topLevelItemCount()):
            section = self.topLevelItem(row)
            if section is None:
                continue
            found.append(section.text(0))
            children = (section.child(i) for i in range(section.childCount()))
            found += ["  " + child.text(0) for child in children if child is not None]
        return found


class ChangesDialog(QDialog):
    """The changes with a question and two buttons (e.g. "Overzetten" / "Niet nu")."""

    def __init__(self, title: str, question: str, accept_text: str, reject_text: str,
                 changes: ContentDiff, old: Content, new: Content,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel("; ".join(changes.packs) or title)
        heading.setWordWrap(True)
        self.view = ChangesView()
        self.view.show_diff(changes, old, new)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.accept_button = self.buttons.addButton(accept_text,
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.reject_button = self.buttons.addButton(reject_text,
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.question)
        layout.addWidget(self.buttons)
        self.reject_button.setDefault(True)
        self.resize(760, 520)


def ask(dialog: ChangesDialog) -> bool:
    """Show the dialog and wait (tests replace this to answer it)."""
    return dialog.exec() == QDialog.DialogCode.Accepted
