"""An audit entry's detail in words, for the PDF's audit appendix and the app's history.

Free of reportlab, so the app can show the same words without loading the PDF machinery.
"""

from __future__ import annotations

from typing import Any

from chinacheck.case.lifecycle import phase_label
from chinacheck.case.model import AuditEntry, AuditEvent
from chinacheck.guidance.content import Content
from chinacheck.reports.labels import Labels


def _names(t: Labels, values: Any, prefix: str = "") -> str:
    if not isinstance(values, list):
        return str(values)
    return ", ".join(t.get(f"{prefix}{v}", str(v)) if prefix else str(v) for v in values)


def _policy(t: Labels, value: Any) -> str:
    """A four-eyes policy as stored (None: the organisation's) in words."""
    if value is None:
        return t("four-eyes-organisation")
    return t.get(f"four-eyes-{value}", str(value))


def _numbers(content: Content | None, values: Any) -> Any:
    """Checklist items by their short numbers (as the checklist prints them), not their ids."""
    if content is None or not isinstance(values, list):
        return values
    return [content.number(str(v)) or v for v in values]


def detail_text(t: Labels, entry: AuditEntry, content: Content | None = None) -> str:
    """The entry's detail in words; keys this version does not know are shown as key: value.
    With ``content``, checklist items are named by their numbers."""
    d = dict(entry.detail)
    parts: list[str] = []
    if "four_eyes" in d and d.get("fields") == ["four_eyes"]:  # chinacheck.case.foureyes
        d.pop("fields")
        parts.append(t("detail-four-eyes-case", value=_policy(t, d.pop("four_eyes")),
                       previous=_policy(t, d.pop("previous", None))))
    if "fields" in d:
        parts.append(t("detail-fields", value=_names(t, d.pop("fields"), "fieldname-")))
    if entry.event is AuditEvent.CONTENT_MOVED and {"from", "to"} <= d.keys():
        counts = d.pop("counts", {})
        parts.append(t("detail-content-moved", old=_names(t, d.pop("from")),
                       new=_names(t, d.pop("to")), added=counts.get("added", 0),
                       withdrawn=counts.get("withdrawn", 0), reworded=counts.get("reworded", 0),
                       moved=counts.get("moved", 0)))
        d.pop("items", None)  # every answer, carried over: the numbers say it better
        if reconfirm := d.pop("reconfirm", []):
            parts.append(t("detail-reconfirm", value=_names(t, _numbers(content, reconfirm))))
        if withdrawn := d.pop("withdrawn_answers", []):
            parts.append(t("detail-withdrawn-answers", value=_names(t, withdrawn)))
    if "items" in d:
        parts.append(t("detail-items", value=_names(t, _numbers(content, d.pop("items")))))
    if "conditions" in d:
        parts.append(t("detail-conditions", value=_names(t, d.pop("conditions"))))
    if entry.event is AuditEvent.PHASE_CHANGED and {"from", "to"} <= d.keys():
        parts.append(t("detail-phase", old=phase_label(str(d.pop("from")), t.language),
                       new=phase_label(str(d.pop("to")), t.language)))
        by = d.pop("by", None)
        if by in ("signoff", "reopen", "undo"):
            parts.append(t(f"detail-phase-by-{by}"))
        if "on" in d:
            parts.append(t("detail-ended-on", value=d.pop("on")))
    if entry.event is AuditEvent.REVIEW_SCHEDULED and "date" in d:
        when = d.pop("date")
        parts.append(t("detail-review-date", value=when) if when else t("detail-review-default"))
    if entry.event is AuditEvent.DEBRIEF_CHANGED and "entries" in d:
        parts.append(t("detail-debrief", value=_names(t, d.pop("entries"))))
    if entry.event is AuditEvent.WOO_MARKED and {"paths", "grounds"} <= d.keys():
        paths, grounds = _names(t, d.pop("paths")), _names(t, d.pop("grounds"))
        if d.pop("default", False):
            parts.append(t("detail-woo-default", paths=paths))
        else:
            parts.append(t("detail-woo-marked", paths=paths, grounds=grounds) if grounds
                         else t("detail-woo-unmarked", paths=paths))
    if entry.event is AuditEvent.EXPORTED and d.pop("woo", False):
        parts.append(t("detail-woo-version"))
    if entry.event is AuditEvent.REOPENED and d.pop("review", False):
        parts.append(t("detail-review"))
    if entry.event is AuditEvent.SIGNED and {"name", "role", "decision"} <= d.keys():
        decision = t.get(f"decision-{d.pop('decision')}", "")
        parts.append(f"{d.pop('name')} ({d.pop('role')}): {decision}")
        if d.pop("final", False):
            parts.append(t("detail-final"))
    if "from_revision" in d:
        parts.append(t("detail-from-revision", value=d.pop("from_revision")))
    if "reason" in d:
        parts.append(t("detail-reason", value=d.pop("reason")))
    if entry.event is AuditEvent.MIGRATED and {"from_version", "to_version", "backup"} <= d.keys():
        parts.append(t("detail-migrated", old=d.pop("from_version"), new=d.pop("to_version"),
                       backup=d.pop("backup")))
    if "chained" in d:
        parts.append(t("detail-chained", value=d.pop("chained")))
    if "verified" in d:
        parts.append(t("detail-verified", value=_names(t, d.pop("verified"), "check-")
                       or t("empty-value")))
    if "four_eyes" in d:
        parts.append(t("detail-four-eyes", value=_policy(t, d.pop("four_eyes"))))
    if d.pop("first_of_two", False):
        parts.append(t("detail-first-of-two"))
    if entry.event is AuditEvent.SIGNED:
        d.pop("signoff", None)  # a digest for the check, not for reading
        d.pop("signed_at", None)  # the entry's own time
        if d.pop("sealed", False):
            parts.append(t("detail-sealed"))
        if "gaps" in d:
            parts.append(t("detail-gaps", value=d.pop("gaps")))
    if d.pop("derived_from_version", None) is not None:
        parts.append(t("detail-derived"))
    if "copied_from" in d:
        parts.append(t("detail-copied", value=d.pop("copied_from")))
    if "fingerprint" in d:
        parts.append(t("detail-fingerprint", value=str(d.pop("fingerprint"))[:16] + "…"))
    document_format = None  # an export without a format is a PDF
    if entry.event is AuditEvent.EXPORTED and "format" in d:
        document_format = str(d.pop("format"))
        parts.append(t.get(f"detail-format-{document_format}", document_format))
        if "layout" in d:
            layout = str(d.pop("layout"))
            parts.append(t.get(f"detail-layout-{layout}", layout))
    if "document_id" in d:
        parts.append(t("detail-document", value=d.pop("document_id")))
    if "sha256" in d:
        parts.append(t("detail-sha256" if document_format in (None, "pdf") else
                       "detail-sha256-file", value=d.pop("sha256")))
    signed = d.pop("signed", False)
    if "signed_by" in d:
        parts.append(t("detail-signed-by", value=d.pop("signed_by")))
    elif signed:
        parts.append(t("detail-signed-pdf"))
    parts += [f"{key}: {value}" for key, value in d.items()]
    return "; ".join(parts) or t("empty-value")
