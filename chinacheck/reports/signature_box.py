"""The visible digital signature: its place in the case summary, and its appearance.

The appearance is drawn here with our own fonts, so that Dutch diacritics and Chinese names
render; pyHanko's default stamp uses a PDF base font that garbles them. It is a one-page PDF the
size of the box, which the signer imports as the signature field's appearance.

Where the box goes is only known once the case summary has been laid out: the
:class:`SignatureSlot` flowable reserves the room and records its page and position in the PDF
metadata (``chinacheck-signature-box``), so that the signature can be placed there later.

The appearance is drawn inside a form XObject named ``output.SIGNATURE_FORM``: pyHanko keeps
the resource names of the page it imports, so the name travels with the box, and ``chinacheck
verify`` recognises ChinaCheck's signature box even when its field was removed.
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from chinacheck.case.daterange import local as local_time
from chinacheck.case.integrity import grouped
from chinacheck.reports import fonts, markup, pdfa
from chinacheck.reports.labels import Labels
from chinacheck.reports.output import SIGNATURE_BOX_KEY, SIGNATURE_FORM, SignatureBox
from chinacheck.reports.styles import ACCENT, INK, MUTED, SHADE

BOX_WIDTH = 92 * mm
BOX_HEIGHT = 27 * mm


class SignatureSlot(Flowable):
    """Empty room for the signature box; records where it ended up on the page."""

    def __init__(self, width: float = BOX_WIDTH, height: float = BOX_HEIGHT) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        box = SignatureBox(canvas.getPageNumber(), x, y, x + self.width, y + self.height)
        late = getattr(canvas, "late_metadata", None)
        if late is not None:  # the documents' canvas (layout.py) writes it into the keywords
            late[SIGNATURE_BOX_KEY] = box.keyword()


def appearance(width: float, height: float, *, signer: str, signed_at: datetime,
               case_id: str, revision: int, fingerprint: str, language: str = "nl") -> bytes:
    """The signature box as a one-page PDF of ``width`` × ``height`` points."""
    fonts.register()
    t = Labels(language)
    buffer = io.BytesIO()
    # initialFontName keeps Helvetica (unembedded) out of the appearance; reportlab's type
    # stubs wrongly declare it a number.
    canvas = Canvas(buffer, pagesize=(width, height),
                    initialFontName=fonts.SANS)  # type: ignore[arg-type]
    canvas.setTitle(t("sigbox-title"))
    canvas.beginForm(SIGNATURE_FORM)
    pad = 2.5 * mm
    canvas.setFillColor(SHADE)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.8)
    canvas.rect(0.4, 0.4, width - 0.8, height - 0.8, stroke=1, fill=1)
    inner = width - 2 * pad
    y = height - pad - 7
    canvas.setFillColor(ACCENT)
    markup.draw(canvas, pad, y, t("sigbox-title"), 7.5, bold_font=True, max_width=inner)
    y -= 15
    canvas.setFillColor(INK)
    markup.draw(canvas, pad, y, signer, 12.5, bold_font=True, max_width=inner)
    y -= 11
    canvas.setFillColor(MUTED)
    when = t.timestamp(local_time(signed_at))
    markup.draw(canvas, pad, y, t("sigbox-when", when=when), 7.5, max_width=inner)
    y -= 9.5
    markup.draw(canvas, pad, y, t("sigbox-case", id=case_id, revision=revision), 7,
                max_width=inner)
    y -= 9
    markup.draw(canvas, pad, y, t("sigbox-fingerprint", value=grouped(fingerprint)), 7,
                max_width=inner)
    canvas.endForm()
    canvas.doForm(SIGNATURE_FORM)
    canvas.showPage()
    canvas.save()
    # Through the PDF/A step too: its font subsets get tags of their own (reportlab starts
    # every font at 'AAAAAA+'), distinct from the document's once the box is imported.
    return pdfa.convert(buffer.getvalue(), lang=pdfa.language_tag(language))
