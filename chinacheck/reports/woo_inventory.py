"""The parts the case summary prints only in its Woo version (chinacheck.reports.woo_version):
the notice on the cover, the document's own identifier instead of the fingerprint and QR code,
and the list of redactions on a page of its own."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from chinacheck.reports.blocks import data_table, heading, p
from chinacheck.reports.labels import Labels
from chinacheck.reports.styles import Styles


@dataclass(frozen=True)
class WooInventory:
    """The redactions as rows (number, where, codes, citation and description)."""

    rows: list[tuple[str, str, str, str]]
    revision: int  # the case's revision the Woo version was made from
    unverified: bool  # some descriptions are ChinaCheck's rendering, not checked wording


def notice(t: Labels, document_id: str, st: Styles) -> list[Flowable]:
    return [p(t("woo-notice", id=document_id), st.body), Spacer(1, 4)]


def identity(t: Labels, woo: WooInventory, document_id: str, st: Styles) -> list[Flowable]:
    """In place of the fingerprint block: the Woo version's own identifier."""
    return [p(t("woo-fingerprint"), st.cell_bold), p(document_id, st.body),
            p(t("woo-fingerprint-help", revision=woo.revision), st.muted)]


def inventory(t: Labels, woo: WooInventory, width: float, st: Styles) -> list[Flowable]:
    out: list[Flowable] = [PageBreak(), *heading(t("woo-inventory"), st.h1),
                           p(t("woo-inventory-intro", unverified=t("woo-unverified")
                               if woo.unverified else ""), st.body), Spacer(1, 4)]
    if not woo.rows:
        return [*out, p(t("woo-none"), st.body)]
    widths = [10 * mm, width * 0.34, 18 * mm]
    widths.append(width - sum(widths))
    out.append(data_table([t("woo-col-number"), t("woo-col-section"), t("woo-col-ground"),
                           t("woo-col-description")], [list(row) for row in woo.rows],
                          widths, st))
    return out
