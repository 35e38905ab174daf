"""The case summary's sign-off block: the sign-offs of the current revision, the fingerprint
with its QR code, lines for a wet signature while there is no final sign-off, and room for a
digital signature when one is to be added.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from chinacheck.case import integrity
from chinacheck.case.daterange import local as local_time
from chinacheck.case.model import Case, SignOff
from chinacheck.reports import fonts, markup
from chinacheck.reports.blocks import Cell, data_table, fill_in_fields, keep, p, table_style
from chinacheck.reports.labels import Labels
from chinacheck.reports.layout import PageMark
from chinacheck.reports.output import KEY_FINGERPRINT_PAGE
from chinacheck.reports.paragraph import Paragraph
from chinacheck.reports.signature_box import SignatureSlot
from chinacheck.reports.styles import Styles
from chinacheck.reports.summary_text import decision_label

QR_SIZE = 30 * mm


def _decision_cell(t: Labels, s: SignOff, current: str, st: Styles) -> list[Flowable]:
    label = decision_label(t, s)
    if s.final:
        label += f" ({t('signoff-final')})"
    cell: list[Flowable] = [Paragraph(markup.bold(label), st.cell)]
    if s.conditions:
        cell.append(Paragraph(f"<b>{markup.para(t('signoff-conditions'))}:</b>", st.cell))
        cell += [Paragraph(markup.para(line), st.cell, bulletText="•")
                 for line in s.conditions.splitlines()]
    if s.statement:
        cell.append(Paragraph(f"<b>{markup.para(t('signoff-statement'))}:</b> "
                              f"{markup.para(s.statement)}", st.cell))
    if s.despite is not None:
        cell.append(Paragraph(f"<b>{markup.para(t('signoff-despite', count=len(s.despite.gaps)))}"
                              f":</b> {markup.para(s.despite.reason)}", st.cell))
    if s.fingerprint != current:
        # (no value: a Woo version, which shows no digest of the content)
        cell.append(p(t("signoff-stale", value=integrity.grouped(s.fingerprint[:16])
                        or t("empty-value")), st.muted))
    return cell


def signoff_table(t: Labels, case: Case, width: float, st: Styles,
                  fingerprint: str | None = None) -> Flowable:
    current = fingerprint or integrity.fingerprint(case)
    rows: list[list[Cell]] = [
        [s.name, s.role, _decision_cell(t, s, current, st),
         t.timestamp(local_time(s.signed_at))] for s in case.current_signoffs()]
    widths = [width * f for f in (0.22, 0.22, 0.38, 0.18)]
    return data_table([t("col-name"), t("col-function"), t("col-decision"), t("col-signed-at")],
                      rows, widths, st)


def _earlier(t: Labels, case: Case, st: Styles) -> list[Flowable]:
    earlier = [s for s in case.signoffs if s.revision != case.revision]
    if not earlier:
        return []
    entries = "; ".join(
        t("signoff-earlier-entry", revision=s.revision, name=s.name,
          decision=decision_label(t, s).lower(),
          final=f", {t('signoff-final')}" if s.final else "",
          date=t.date(local_time(s.signed_at).date()))
        for s in earlier)
    return [p(t("signoff-earlier", entries=entries), st.muted)]


def _qr(payload: str) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    # initialFontName: the drawing has no text, but would otherwise select (and list in the
    # PDF, unembedded) Helvetica.
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x2 - x1), 0, 0,
                                                   QR_SIZE / (y2 - y1), 0, 0],
                      initialFontName=fonts.SANS)
    drawing.add(widget)
    return drawing


def fingerprint_block(t: Labels, case: Case, width: float, st: Styles,
                      fingerprint: str | None = None) -> Table:
    value = fingerprint or integrity.fingerprint(case)
    half = len(value) // 2
    text: list[Flowable] = [
        PageMark(KEY_FINGERPRINT_PAGE),  # verify reads the block's text from that page
        p(t("fingerprint"), st.cell_bold),
        # two lines of eight groups, so that it never wraps in the middle of a group
        Paragraph(f'<font size="10">{markup.para(integrity.grouped(value[:half]))}<br/>'
                  f'{markup.para(integrity.grouped(value[half:]))}</font>', st.body),
        p(t("field-case-id") + f": {case.id} · " + t("signoff-revision", revision=case.revision),
          st.muted),
        Spacer(1, 2),
        p(t("fingerprint-help"), st.muted),
    ]
    table = Table([[text, _qr(integrity.qr_payload(case, value))]],
                  colWidths=[width - QR_SIZE - 4 * mm, QR_SIZE + 4 * mm], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("ALIGN", (1, 0), (1, 0), "RIGHT"),
    ]))
    return table


def signoff_section(t: Labels, case: Case, width: float, st: Styles, *,
                    signature_slot: bool = False,
                    fingerprint: str | None = None,
                    identity: list[Flowable] | None = None) -> list[Flowable]:
    """``fingerprint``: the case's, when the caller has it already (it costs a pass over the
    whole case). ``identity`` replaces the fingerprint block and its QR code (a Woo version)."""
    fingerprint = fingerprint or integrity.fingerprint(case)
    current = case.current_signoffs()
    if case.locked:
        status = t("signoff-locked")
        if current[-1].seal is not None:
            status += " " + t("signoff-sealed")
    else:
        status = t("signoff-not-final") if current else t("signoff-none")
    # One block: who signed, what they signed (the fingerprint) and where to sign belong on
    # one page; it only splits when it is taller than a page.
    block: list[Flowable] = [
        p(t("signoff"), st.h1),
        p(f"{t('signoff-revision', revision=case.revision)}. {status}", st.body),
    ]
    if current:
        block.append(signoff_table(t, case, width, st, fingerprint))
    block += _earlier(t, case, st)
    block += [Spacer(1, 6), *(identity if identity is not None
                              else [fingerprint_block(t, case, width, st, fingerprint)])]
    if not case.locked:
        fields = [(t("signoff-name"), 9 * mm), (t("signoff-function"), 9 * mm),
                  (t("signoff-date"), 9 * mm), (t("signoff-signature"), 20 * mm)]
        block += [Spacer(1, 8), p(t("signoff-intro"), st.body),
                  fill_in_fields(fields, min(width, 120 * mm), st)]
    if signature_slot:
        block += [Spacer(1, 8), SignatureSlot()]
    return [keep(block)]
