"""Rich text for the Brochure tab, built from the content data with every string escaped."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from chinacheck.guidance.content import Content, OwnText

_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """html.escape without importing the html package (its entity table) at start-up."""
    return text.translate(_ESCAPES)


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>"


@dataclass(frozen=True)
class Colours:
    """Text colours with at least 4.5:1 contrast on their background, light or dark."""

    box_background: str
    box_text: str
    muted: str


LIGHT = Colours(box_background="#eef2f7", box_text="#111111", muted="#4a5563")  # 7.6:1
DARK = Colours(box_background="#26303b", box_text="#f2f2f2", muted="#b9c3cf")   # 8.9:1


def own_box(title: str, paragraphs: list[str], colours: Colours = LIGHT) -> str:
    """Our own wording, set apart so it is never mistaken for the brochure's: shaded,
    indented paragraphs under an italic title. Not a table: a table is a frame in Qt's text
    document, and its frame markers (U+FDD0, U+FDD1) would be read out with the text."""
    style = (f'style="background-color:{colours.box_background}; color:{colours.box_text}; '
             'margin-left:12px; margin-right:12px;"')
    body = "".join(f"<p {style}>{escape(t)}</p>" for t in paragraphs)
    return f"<p {style}><i>{escape(title)}</i></p>{body}"


def _own(note: OwnText, colours: Colours) -> str:
    title = QCoreApplication.translate("Brochure",
                                       "Toelichting ChinaCheck (geen tekst uit de brochure)")
    return own_box(title, [note.text], colours)


def brochure_html(content: Content, colours: Colours = LIGHT) -> str:
    chapters_heading = QCoreApplication.translate("Brochure", "Hoofdstukken van de brochure")
    chapter_word = QCoreApplication.translate("Brochure", "Hoofdstuk")
    from_word = QCoreApplication.translate("Brochure", "uit")
    background_heading = QCoreApplication.translate("Brochure", "Achtergrond")
    source_word = QCoreApplication.translate("Brochure", "Bron")
    src, intro, risks = content.source, content.introduction, content.risks
    parts = [
        f"<h1>{escape(src.title)}</h1>",
        f"<p><b>{escape(src.publisher)}</b>, {escape(src.ministry)} — "
        f"{escape(src.date_label)} ({escape(src.edition)})</p>",
        _own(src.public_version_note, colours),
        f"<p><b>{escape(intro.lead)}</b></p>",
        *(_p(t) for t in intro.paragraphs),
        f"<h2>{escape(chapters_heading)}</h2><ul>",
    ]
    availability = {
        "summary": QCoreApplication.translate(
            "Brochure", "in deze versie als managementsamenvatting"),
        "partial": QCoreApplication.translate("Brochure", "in deze versie gedeeltelijk"),
        "no": QCoreApplication.translate("Brochure", "niet in deze versie"),
    }
    for chapter in intro.chapters:
        parts.append(
            f"<li><i>{escape(chapter_word)} {chapter.number}</i> {escape(chapter.text)} "
            f"<span style='color:{colours.muted}'>"
            f"[{escape(availability.get(chapter.in_public_version, ''))}]"
            "</span></li>"
        )
    parts.append("</ul>")
    parts.append(_own(intro.chapters_note, colours))
    parts.append(f"<h2>{escape(risks.section_title)}</h2><h3>{escape(risks.question)}</h3>")
    parts.extend(_p(t) for t in risks.intro)
    for risk in risks.items:
        where = "" if risk.section == risks.section_title else \
            f" <span style='color:{colours.muted}'>" \
            f"({escape(from_word)}: {escape(risk.section)})</span>"
        parts.append(f"<h4>{escape(risk.heading)}{where}</h4>")
        parts.extend(_p(t) for t in risk.paragraphs)
    bg = content.background
    parts.append(f"<h2>{escape(background_heading)}</h2>")
    parts.append(own_box(
        QCoreApplication.translate(
            "Brochure", "Achtergrond in eigen woorden van ChinaCheck, naar: %1, “%2”, %3 (%4)")
        .replace("%1", bg.source_publisher).replace("%2", bg.source_title)
        .replace("%3", bg.source_date_label).replace("%4", bg.source_url),
        [bg.title, *bg.paragraphs], colours,
    ))
    parts.append(
        f"<hr/><p style='color:{colours.muted}'>{escape(source_word)}: {escape(src.publisher)}, "
        f"<i>{escape(src.title)}</i>, {escape(src.date_label)}, {escape(src.edition)}. "
        f"{escape(src.full_version_text)}</p>"
    )
    return "".join(parts)
