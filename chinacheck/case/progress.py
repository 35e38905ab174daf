"""How far a case is: answered checklist items of its kind, out of all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chinacheck.case.model import Case
    from chinacheck.guidance.content import Content


def progress(case: Case, content: Content) -> tuple[int, int]:
    items = content.items_for_kind(case.kind)
    answered = sum(1 for item in items if case.answer(item.id).is_answered)
    return answered, len(items)
