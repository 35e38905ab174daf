"""Whose text a question or contact is: the publisher of the pack it came from ("NCTV", an
organisation), "niet geverifieerd" where that pack's signature was not checked against a key
the organisation trusts. ChinaCheck's own short labels are ChinaCheck's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from chinacheck.guidance.content import Content


def whose(content: Content, publisher: str, pack: str = "") -> str:
    """"NCTV", "Gemeente Voorbeeld", with ", niet geverifieerd" where it applies. Without a
    pack, the first pack of that publisher in ``content`` tells (contacts know only whose)."""
    first = content.packs[0] if content.packs else None
    name = publisher or (first.publisher_short if first else "NCTV")
    info = content.pack_info(pack) if pack else next(
        (p for p in content.packs if p.publisher_short == name), None)
    if info is not None and not info.trust.verified:
        return QCoreApplication.translate("WhoseText", "%1, niet geverifieerd").replace(
            "%1", name)
    return name


def chinacheck_label() -> str:
    """Who wrote the short labels beside the questions."""
    return "ChinaCheck"
