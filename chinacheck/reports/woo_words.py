"""Where a Woo passage stands, in the case summary's own words ("Gesprekspartners, rij 3:
Notities"), for the list of redactions and the app's Woo dialog. Free of reportlab."""

from __future__ import annotations

from chinacheck.guidance.content import Content
from chinacheck.reports.labels import Labels


def section_label(t: Labels, content: Content, path: str) -> str:
    """Where a redacted passage stands, in the summary's own words."""
    parts = path.split("/")
    head = parts[0]
    fields = {"name": "col-name", "organisation": "col-organisation", "role": "col-role",
              "notes": "col-notes", "background": "col-background", "text": "col-action",
              "owner": "col-owner", "note": "woo-field-note", "statement": "woo-field-statement",
              "conditions": "woo-field-conditions", "reason": "woo-field-reason",
              "backup": "woo-field-file", "copied_from": "woo-field-file",
              "signed_by": "col-name"}
    sections = {"title": "woo-sec-title", "organisation": "field-organisation",
                "preparer": "field-preparer", "counterparts": "counterparts",
                "intermediaries": "intermediaries", "topics": "screening",
                "answers": "checklist", "measures": "measures", "decision": "field-decision",
                "signoffs": "signoff", "conditions": "woo-sec-conditions",
                "ended": "woo-sec-ended", "debrief": "woo-sec-debrief", "audit": "audit"}
    text = t(sections.get(head, head)) if head in sections else head
    rest = parts[1:]
    if head == "answers" and rest:
        text = t("woo-sec-item", section=text, number=content.number(rest[0]) or rest[0])
        rest = rest[1:]
    numbers = [int(part) + 1 for part in rest if part.isdigit()]
    if numbers:
        text = t("woo-sec-row", section=text, row=".".join(map(str, numbers)))
    field = next((part for part in reversed(rest) if not part.isdigit()), "")
    if field in fields:
        text += f": {t(fields[field])}"
    return text
