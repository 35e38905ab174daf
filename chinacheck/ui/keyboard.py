"""Keyboard behaviour shared by the item views and scroll areas: no traps, visible focus.

Tab and Shift+Tab leave a table or tree (WCAG 2.1.2, no keyboard trap); the arrow keys move
inside it. The cell that has the keyboard focus gets a frame, so a keyboard user sees where
they are. A scroll area around a form takes no Tab stop of its own: its fields do, and it
scrolls to the focused field.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

View = TypeVar("View", bound=QAbstractItemView)
Area = TypeVar("Area", bound=QScrollArea)


class FocusFrameDelegate(QStyledItemDelegate):
    """Draws a two-pixel frame round the current cell while its view has the focus (the
    system styles draw none, or one too faint to see on a selected row); Tab in a cell's
    editor keeps what was typed and leaves the table (Qt's default would open the next cell's
    editor, round and round)."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        view = self.parent()
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and isinstance(editor, QWidget) and isinstance(view, QAbstractItemView) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            # The view has the focus again and, without tab key navigation, passes it on.
            QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, event.key(),
                                                   event.modifiers()))
            return True
        return super().eventFilter(editor, event)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        view = self.parent()
        if not (option.state & QStyle.StateFlag.State_HasFocus) or \
                not isinstance(view, QAbstractItemView) or not view.hasFocus():
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        painter.save()
        pen = QPen(option.palette.color(role), 2)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()


def keyboard_friendly(view: View) -> View:
    """Tab leaves ``view``, arrows move inside it, and the focused cell is framed.

    A view with its own delegate keeps it; it is framed by that delegate or not at all."""
    view.setTabKeyNavigation(False)
    if type(view.itemDelegate()) is QStyledItemDelegate:
        view.setItemDelegate(FocusFrameDelegate(view))
    return view


def no_tab_stop(area: Area) -> Area:
    """The scroll area is skipped by Tab; its content's fields are not, and Qt scrolls each
    focused field into view."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area

