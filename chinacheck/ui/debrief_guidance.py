"""What the Nazorg tab shows beside the selected entry, each part marked for what it is: the
brochure's own text and contacts (quoted, with source and date), the organisation's security
officer (from the settings) and ChinaCheck's own hint (never presented as NCTV advice).
Every string is escaped."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chinacheck.guidance.content import Contact, Content
from chinacheck.guidance.workflow import DebriefCategory
from chinacheck.storage.settings import Settings
from chinacheck.ui.brochure_html import LIGHT, Colours, escape, own_box
from chinacheck.ui.labels import tr


def _contact_lines(contact: Contact) -> str:
    lines = [f"<b>{escape(contact.name)}</b>"]
    lines += [escape(value) for value in (contact.role, contact.phone, contact.email,
                                          contact.instruction) if value]
    return "<br/>".join(lines)


_OFFICER = QT_TRANSLATE_NOOP(
    "Labels", "Beveiligingsadviseur van uw organisatie (uit de instellingen van ChinaCheck, niet "
              "uit de brochure)")
_NOT_SET = QT_TRANSLATE_NOOP(
    "Labels", "Nog niet ingesteld: vul naam, telefoon en e-mail in bij Bewerken → Instellingen.")
_CHOOSE = QT_TRANSLATE_NOOP("Labels", "Kies een nazorgregel om te zien wat erbij hoort.")
_OWN = QT_TRANSLATE_NOOP("Labels", "Toelichting ChinaCheck (eigen tekst, geen advies van de "
                                   "NCTV)")
_SOURCE = QT_TRANSLATE_NOOP("Labels", "Bron: %1, %2, %3")
_QUOTED = QT_TRANSLATE_NOOP("Labels", "Uit de brochure (letterlijk)")
_CONTACT = QT_TRANSLATE_NOOP("Labels", "Contact volgens de brochure")


def _officer(settings: Settings) -> str:
    values = [v for v in (settings.security_officer_name, settings.security_officer_phone,
                          settings.security_officer_email) if v.strip()]
    body = "<br/>".join(escape(v) for v in values) if values else escape(tr(_NOT_SET))
    return f"<h4>{escape(tr(_OFFICER))}</h4><p>{body}</p>"


def guidance_html(content: Content, category: DebriefCategory | None, language: str,
                  settings: Settings, colours: Colours = LIGHT) -> str:
    if category is None:
        return f"<p>{escape(tr(_CHOOSE))}</p>"
    hint = category.hint_en if language == "en" and category.hint_en else category.hint
    parts = [f"<h3>{escape(category.shown(language))}</h3>"]
    if hint:
        parts.append(own_box(tr(_OWN), [hint], colours))
    src = content.source
    source = tr(_SOURCE).replace("%1", src.publisher_short).replace("%2", src.title).replace(
        "%3", src.date_label)
    items = [item for item in (content.item(i) for i in category.brochure_items)
             if item is not None]
    if items:
        parts.append(f"<h4>{escape(tr(_QUOTED))}</h4>")
        for item in items:
            parts.append(f"<blockquote>“{escape(item.text)}”</blockquote>")
        parts.append(f"<p style='color:{colours.muted}'>{escape(source)}</p>")
    contacts = [c for c in (content.contact(i) for i in category.contacts) if c is not None]
    if contacts:
        parts.append(f"<h4>{escape(tr(_CONTACT))}</h4>")
        parts += [f"<p>{_contact_lines(c)}</p>" for c in contacts]
        parts.append(f"<p style='color:{colours.muted}'>{escape(source)}</p>")
    parts.append(_officer(settings))
    return "".join(parts)
