"""Topic screening result shown beside the collaboration topics, updated while typing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from chinacheck.guidance.content import Content
from chinacheck.guidance.screening import (
    MAX_TEXT_CHARS,
    MAX_WORD_CHARS,
    ScreeningResult,
    explain,
    screen,
)
from chinacheck.ui.technology_model import flag_text


class ScreeningView(QLabel):
    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._content = content
        self.result: ScreeningResult | None = None
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.tr("Toetsing van de onderwerpen aan de technologietabel"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.update_topics([])

    def update_topics(self, topics: list[str]) -> None:
        text = "\n".join(topics)
        if not text.strip():
            self.result = None
            self.setText(escape(self.tr("Vul onderwerpen van de samenwerking in; ChinaCheck "
                                        "toetst ze aan de technologietabel van de brochure.")))
            return
        self.result = screen(text, self._content)
        heading = self.tr("Toetsing aan de technologietabel")
        topsector, key_technology = self.tr("topsector"), self.tr("sleuteltechnologie")
        found_word = self.tr("gevonden")
        parts = [f"<b>{escape(heading)}</b>"]
        if self.result.matches:
            parts.append("<ul>")
            for match in self.result.matches:
                sector = match.sector
                subs = "".join(f"<li>{escape(s.name)}</li>" for s in match.subtechnologies)
                parts.append(
                    f"<li><b>{escape(sector.name)}</b> — "
                    f"{escape(topsector)}: {escape(flag_text(sector.topsector))}; "
                    f"{escape(key_technology)}: "
                    f"{escape(flag_text(sector.sleuteltechnologie))}"
                    f"<br/><small>{escape(found_word)}: {escape(', '.join(match.terms))}"
                    f"</small>{'<ul>' + subs + '</ul>' if subs else '<br/>'}"
                    f"<small>{'<br/>'.join(escape(explain(hit)) for hit in match.hits)}"
                    f"</small></li>"
                )
            parts.append("</ul>")
            if self.result.unmatched_lines:
                none_heading = self.tr("Geen treffer in de tabel voor:")
                items = "".join(f"<li>{escape(line)}</li>"
                                for line in self.result.unmatched_lines)
                parts.append(f"<p><b>{escape(none_heading)}</b></p><ul>{items}</ul>"
                             f"<p><small>{escape(self._content.technologies.no_match)}"
                             f"</small></p>")
        else:
            nothing = self.tr("Geen treffer in de tabel.")
            parts.append(f"<p><b>{escape(nothing)}</b></p>")
        parts.append(f"<p>{escape(self.result.advice)}</p>")
        parts.append(f"<p><small>{escape(self.packs_note())}</small></p>")
        if self.result.limited:
            parts.append(f"<p><small>{escape(self.limits_note())}</small></p>")
        self.setText("".join(parts))

    def packs_note(self) -> str:
        """Which packs the screening used ("Getoetst aan: NCTV, …")."""
        if self.result is None or not self.result.packs:
            return ""
        return self.tr("Getoetst aan: %1").replace("%1", "; ".join(self.result.packs))

    def limits_note(self) -> str:
        """What the screening left out of a very long text, or an empty string."""
        if self.result is None or not self.result.limited:
            return ""
        return self.tr("Niet alles is getoetst: van een zeer lange tekst toetst ChinaCheck "
                       "alleen de eerste %1 tekens, en van een zeer lang woord de eerste %2 "
                       "tekens.").replace("%1", str(MAX_TEXT_CHARS)).replace(
                           "%2", str(MAX_WORD_CHARS))

    def accessible_summary(self) -> str:
        if self.result is None:
            return ""
        names = ", ".join(m.sector.name for m in self.result.matches)
        summary = f"{names}. {self.result.advice}" if names else self.result.advice
        if self.result.matches and self.result.unmatched_lines:
            summary += " " + self.tr("Geen treffer in de tabel voor: %1.").replace(
                "%1", "; ".join(self.result.unmatched_lines))
        return f"{summary} {self.limits_note()}".rstrip()
