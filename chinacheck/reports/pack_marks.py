"""Whose text a question is, in every document: the publisher of its pack ("NCTV", an
organisation), "niet geverifieerd" where that pack's signature was not checked against a
trusted key, and the packs a document's guidance came from (chinacheck.guidance.pack_content).
"""

from __future__ import annotations

from chinacheck.guidance.content import ChecklistItem, Content
from chinacheck.reports.labels import Labels


def whose(t: Labels, content: Content, item: ChecklistItem) -> str:
    """"NCTV", "Gemeente Voorbeeld", or "Gemeente Voorbeeld, niet geverifieerd"."""
    pack = content.pack_info(item.pack)
    publisher = item.publisher or (pack.publisher_short if pack else "")
    if pack is not None and not pack.trust.verified:
        return t("whose-unverified", publisher=publisher)
    return publisher


def quoted_with_source(t: Labels, content: Content, item: ChecklistItem) -> str:
    """The question's own words followed by whose they are: "Vraag? (NCTV)"."""
    source = whose(t, content, item)
    return f"{item.text} ({source})" if source else item.text


def packs_line(t: Labels, content: Content) -> str:
    """"Inhoudspakketten: NCTV, Decentrale contacten met China (2023.05-1); …"."""
    parts = []
    for pack in content.packs:
        text = f"{pack.publisher_short}, {pack.title} ({pack.ref.version})"
        if not pack.trust.verified:
            text = t("whose-unverified", publisher=text)
        parts.append(text)
    return t("packs-line", packs="; ".join(parts)) if parts else ""
