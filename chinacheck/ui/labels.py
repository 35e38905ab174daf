"""Translated labels for the core's enumerations (status, risk level, classification)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chinacheck.model import RiskLevel, Status

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


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: Status) -> str:
    return tr(_STATUS[status])


def risk_label(level: RiskLevel) -> str:
    return tr(_RISK[level])
