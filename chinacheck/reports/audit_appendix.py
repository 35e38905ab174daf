"""The case summary's last appendix: the audit trail, one row per entry."""

from __future__ import annotations

from reportlab.platypus import Flowable

from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Case
from chinacheck.guidance.content import Content
from chinacheck.reports.audit_words import detail_text
from chinacheck.reports.blocks import data_table, heading, p
from chinacheck.reports.labels import Labels
from chinacheck.reports.styles import Styles


def audit_section(t: Labels, case: Case, width: float, st: Styles,
                  content: Content | None = None) -> list[Flowable]:
    if not case.audit:
        return []
    rows = [[t.timestamp(local_time(e.at)), t.get(f"event-{e.event.value}", e.event.value),
             str(e.revision), detail_text(t, e, content)] for e in case.audit]
    widths = [width * f for f in (0.2, 0.2, 0.09, 0.51)]
    return [*heading(t("audit"), st.h1), p(t("audit-intro"), st.body),
            data_table([t("col-when"), t("col-event"), t("col-revision"), t("col-detail")],
                       rows, widths, st)]
