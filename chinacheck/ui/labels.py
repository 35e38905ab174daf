"""Translated labels for the core's enumerations (status, risk level, classification)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chinacheck.case.vocabulary import AuditEvent, Decision, FourEyes, RiskLevel, Status

if TYPE_CHECKING:
    from chinacheck.guidance.content import ChecklistItem

# Listed with QT_TRANSLATE_NOOP so the translation tools find them; translated when shown.
_STATUS = {
    Status.OPEN: QT_TRANSLATE_NOOP("Labels", "open"),
    Status.JA: QT_TRANSLATE_NOOP("Labels", "ja"),
    Status.NEE: QT_TRANSLATE_NOOP("Labels", "nee"),
    Status.DEELS: QT_TRANSLATE_NOOP("Labels", "deels"),
    Status.NVT: QT_TRANSLATE_NOOP("Labels", "n.v.t."),
    Status.ONBEKEND: QT_TRANSLATE_NOOP("Labels", "onbekend"),
}
_RISK = {
    RiskLevel.UNDETERMINED: QT_TRANSLATE_NOOP("Labels", "nog niet bepaald"),
    RiskLevel.LAAG: QT_TRANSLATE_NOOP("Labels", "laag"),
    RiskLevel.MIDDEN: QT_TRANSLATE_NOOP("Labels", "midden"),
    RiskLevel.HOOG: QT_TRANSLATE_NOOP("Labels", "hoog"),
}
CLASSIFICATIONS = (
    QT_TRANSLATE_NOOP("Labels", "Openbaar"),
    QT_TRANSLATE_NOOP("Labels", "Intern"),
    QT_TRANSLATE_NOOP("Labels", "Departementaal vertrouwelijk"),
)


_DECISION = {
    Decision.DOORGAAN: QT_TRANSLATE_NOOP("Labels", "doorgaan"),
    Decision.VOORWAARDEN: QT_TRANSLATE_NOOP("Labels", "doorgaan onder voorwaarden"),
    Decision.NIET_DOORGAAN: QT_TRANSLATE_NOOP("Labels", "niet doorgaan"),
    Decision.ADVIES_ICP: QT_TRANSLATE_NOOP("Labels", "eerst advies vragen (ICP)"),
}
ROLES = (
    QT_TRANSLATE_NOOP("Labels", "opsteller"),
    QT_TRANSLATE_NOOP("Labels", "integriteits- of veiligheidsadviseur"),
    QT_TRANSLATE_NOOP("Labels", "portefeuillehouder"),
)
_FOUR_EYES = {
    FourEyes.GEEN: QT_TRANSLATE_NOOP("Labels", "geen: iedereen mag definitief aftekenen"),
    FourEyes.ANDERE: QT_TRANSLATE_NOOP(
        "Labels", "andere aftekenaar: de definitieve aftekening komt van een ander dan de "
        "opsteller"),
    FourEyes.TWEE: QT_TRANSLATE_NOOP(
        "Labels", "twee aftekeningen: eerst een aftekening door de één, dan de definitieve "
        "door een ander dan die en de opsteller"),
}
_FOUR_EYES_NAME = {
    FourEyes.GEEN: QT_TRANSLATE_NOOP("Labels", "geen functiescheiding"),
    FourEyes.ANDERE: QT_TRANSLATE_NOOP("Labels", "andere aftekenaar"),
    FourEyes.TWEE: QT_TRANSLATE_NOOP("Labels", "twee aftekeningen"),
}
_EVENT = {
    AuditEvent.CREATED: QT_TRANSLATE_NOOP("Labels", "aangemaakt"),
    AuditEvent.DETAILS_CHANGED: QT_TRANSLATE_NOOP("Labels", "gegevens gewijzigd"),
    AuditEvent.ANSWERS_CHANGED: QT_TRANSLATE_NOOP("Labels", "antwoorden gewijzigd"),
    AuditEvent.CONDITIONS_CHANGED: QT_TRANSLATE_NOOP("Labels", "voorwaarden bijgewerkt"),
    AuditEvent.SIGNED: QT_TRANSLATE_NOOP("Labels", "afgetekend"),
    AuditEvent.REOPENED: QT_TRANSLATE_NOOP("Labels", "heropend"),
    AuditEvent.EXPORTED: QT_TRANSLATE_NOOP("Labels", "Geëxporteerd"),
    AuditEvent.MIGRATED: QT_TRANSLATE_NOOP("Labels", "omgezet naar nieuw formaat"),
    AuditEvent.PHASE_CHANGED: QT_TRANSLATE_NOOP("Labels", "fase gewijzigd"),
    AuditEvent.REVIEW_SCHEDULED: QT_TRANSLATE_NOOP("Labels", "herbeoordeling gepland"),
    AuditEvent.DEBRIEF_CHANGED: QT_TRANSLATE_NOOP("Labels", "nazorg bijgewerkt"),
    AuditEvent.WOO_MARKED: QT_TRANSLATE_NOOP("Labels", "Woo-markering gewijzigd"),
    AuditEvent.CONTENT_MOVED: QT_TRANSLATE_NOOP("Labels", "overgezet naar nieuwere inhoud"),
}


def decision_label(decision: Decision) -> str:
    return tr(_DECISION[decision])


def four_eyes_label(policy: FourEyes) -> str:
    """The policy with what it means, for choosing it."""
    return tr(_FOUR_EYES[policy])


def four_eyes_name(policy: FourEyes) -> str:
    """The policy's short name, for the history."""
    return tr(_FOUR_EYES_NAME[policy])


def event_label(event: AuditEvent) -> str:
    return tr(_EVENT.get(event, event.value))


def tr(text: object) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP (typed ``object`` by PySide6's stubs)."""
    return QCoreApplication.translate("Labels", str(text))


def status_label(status: Status) -> str:
    return tr(_STATUS[status])


def risk_label(level: RiskLevel) -> str:
    return tr(_RISK[level])


def format_datetime(moment: datetime) -> str:
    """A moment in the local time zone, written the way the chosen language writes it."""
    from PySide6.QtCore import QDateTime, QLocale

    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def date_format() -> str:
    """The chosen language's short date format, with a four-digit year (for date fields)."""
    from PySide6.QtCore import QLocale

    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def english() -> bool:
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.English


def kind_label(kind: Any) -> str:
    """A case kind's name in the chosen language (the content has both)."""
    return str(kind.label_en if english() else kind.label)


def item_label(item: ChecklistItem) -> str:
    """Our short label of a checklist item in the chosen language (the question itself, shown
    beside it, stays the brochure's Dutch text)."""
    return item.short_label("en" if english() else "nl")
