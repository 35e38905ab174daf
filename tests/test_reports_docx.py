"""The case summary as a Word document: read back with python-docx and as the zip it is.

What Word and LibreOffice Writer need to open a file without repair is checked structurally
(every XML part well-formed, the content types present, python-docx reads it back); one test
converts it with LibreOffice itself when it is installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table

from chinacheck.case import readiness, signoff
from chinacheck.case.examples import example_case
from chinacheck.case.model import Answer, Case, Counterpart, Decision, Status
from chinacheck.guidance.content import load
from chinacheck.reports.docx_build import EAST_ASIAN_FONT, SOURCE_STYLE, clean
from chinacheck.reports.docx_summary import render_case_docx
from chinacheck.reports.labels import Labels

REASON = "Het bezoek is over twee weken; de open punten worden voor vertrek afgerond."
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
HOSTILE_TITLE = f"Bezoek <b>&amp;</b> {CONTROLS}\ufffe\uffff\u202eeinde"
LONG_WORD = "Rijksinnovatiesamenwerkingsovereenkomst" * 120  # 4 680 characters, no break
RTL_NAME = "محمد بن سلمان"


def _signed(case: Case | None = None, final: bool = True) -> Case:
    case = case or example_case()
    despite = readiness.despite(case, REASON) if final else None
    signoff.sign_off(case, name="Zoë de Vries", role="portefeuillehouder",
                     decision=Decision.VOORWAARDEN,
                     conditions="Programma vooraf delen\nGeen laptops mee", final=final,
                     statement="Afgestemd met de burgemeester.", despite=despite)
    return case


def _open(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _headings(document: Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs
            if p.style is not None and p.style.name == f"Heading {level}"]


def _all_text(document: Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _is_header_row(table: Table) -> bool:
    tr_pr = table.rows[0]._tr.trPr
    element = None if tr_pr is None else tr_pr.find(qn("w:tblHeader"))
    return element is not None and element.get(qn("w:val")) == "true"


def test_it_is_a_well_formed_docx_that_python_docx_reads_back() -> None:
    data = render_case_docx(example_case()).data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert "[Content_Types].xml" in names and "word/document.xml" in names
        types = archive.read("[Content_Types].xml").decode()
        for name in names:
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))  # raises when not well-formed
        headers = [n for n in names if n.startswith("word/header")]
        footers = [n for n in names if n.startswith("word/footer")]
        assert headers and footers
        for part in headers + footers:
            assert f'PartName="/{part}"' in types  # Word repairs a part without a type
    assert _headings(_open(data), 1)


def test_headings_are_real_styles_and_the_decision_record_comes_first() -> None:
    case = _signed()
    document = _open(render_case_docx(case).data)
    t = Labels()
    first = _headings(document, 1)
    assert first[0] == t("record-heading", revision=1)
    for later in (t("checklist"), t("open-points"), t("counterparts"), t("screening"),
                  t("measures"), t("signoff")):
        assert first.index(later) > 0, later
    assert first.index(t("checklist")) < first.index(t("open-points")) \
        < first.index(t("counterparts")) < first.index(t("screening"))
    assert t("field-details") in _headings(document, 2)
    # the record: decision, who, when, conditions, statement, despite, risk, readiness
    record = "\n".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    final = case.signoffs[-1]
    assert final.despite is not None
    for expected in ("Doorgaan onder voorwaarden (definitief)",
                     "Zoë de Vries, portefeuillehouder", "Programma vooraf delen",
                     "Geen laptops mee", "Afgestemd met de burgemeester.",
                     t("record-despite"), "Reden: " + REASON, final.despite.gaps[0][1],
                     t("record-risk"), "Midden", t("record-readiness")):
        assert expected in record, expected
    # a page break ends the first page: the record and details, then the checklist
    xml = document.element.body.xml
    assert xml.index('w:type="page"') < xml.index(t("checklist") + "<")


def test_a_case_without_a_sign_off_says_so_in_the_record() -> None:
    document = _open(render_case_docx(example_case()).data)
    record = "\n".join(cell.text for row in document.tables[0].rows for cell in row.cells)
    assert Labels()("record-no-decision") in record


def test_tables_have_a_repeating_header_row() -> None:
    document = _open(render_case_docx(_signed()).data)
    t = Labels()
    headed = [table for table in document.tables if _is_header_row(table)]
    firsts = {tuple(c.text for c in table.rows[0].cells) for table in headed}
    assert (t("col-name"), t("col-organisation"), t("col-role"), t("col-notes")) in firsts
    assert (t("col-status"), t("col-item")) in firsts
    assert (t("col-when"), t("col-event"), t("col-revision"), t("col-detail")) in firsts
    # a fixed layout: a long word wraps in its column instead of widening the table
    for table in document.tables:
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        assert layout is not None and layout.get(qn("w:type")) == "fixed"


def test_classification_in_header_and_footer_with_page_numbers() -> None:
    rendered = render_case_docx(example_case(), classification="Departementaal vertrouwelijk")
    section = _open(rendered.data).sections[0]
    header = "\n".join(p.text for p in section.header.paragraphs)
    footer = "\n".join(p.text for p in section.footer.paragraphs)
    assert "Rubricering: Departementaal vertrouwelijk" in header
    assert "Rubricering: Departementaal vertrouwelijk" in footer
    assert rendered.document_id in footer and "Stedenband Zwolle" in header
    instructions = [node.text.strip() for node in section.footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [node.get(qn("w:fldCharType"))
             for node in section.footer._element.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2


def test_the_checklist_is_numbered_with_labels_as_in_the_pdf() -> None:
    case = example_case()
    content = load()
    text = _all_text(_open(render_case_docx(case).data))
    t = Labels()
    for item in content.items_for_kind(case.kind):
        assert f"{content.number(item.id)} {t.item(item)}" in text
        assert item.id not in text  # readers see numbers, never internal ids


def test_chinese_names_are_set_with_an_east_asian_font() -> None:
    document = _open(render_case_docx(example_case()).data)
    runs = [run for table in document.tables for row in table.rows for cell in row.cells
            for paragraph in cell.paragraphs for run in paragraph.runs if "王伟" in run.text]
    assert runs
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    normal = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    defaults = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/"
                                            f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert defaults.get(qn("w:eastAsia")) == EAST_ASIAN_FONT
    assert defaults.get(qn("w:eastAsiaTheme")) is None  # a theme font would win

def test_brochure_text_is_a_quotation_with_its_source() -> None:
    case = example_case()
    content = load()
    document = _open(render_case_docx(case).data)
    quoted = [p.text for table in document.tables for row in table.rows for cell in row.cells
              for p in cell.paragraphs if p.style is not None and p.style.name == "Quote"]
    first = content.items_for_kind(case.kind)[0]
    assert first.text in quoted
    paragraphs = document.paragraphs
    sources = [n for n, p in enumerate(paragraphs) if p.style is not None
               and p.style.name == SOURCE_STYLE]
    assert sources and all(content.source.publisher_short in paragraphs[n].text
                           for n in sources[:-1])
    # the screening's advice: quoted, then its source line
    advice = [n for n, p in enumerate(paragraphs)
              if p.style is not None and p.style.name == "Quote"]
    assert advice and paragraphs[advice[-1] + 1].style.name == SOURCE_STYLE


def test_hostile_text_never_breaks_the_file() -> None:
    case = example_case()
    case.title = HOSTILE_TITLE
    case.measures = LONG_WORD
    case.counterparts.append(Counterpart(RTL_NAME, "\x00<w:p>", "\x1b[31mrood", LONG_WORD))
    case.answers["need-own-goals"] = Answer(Status.JA, f"noot {CONTROLS} ]]> &lt;")
    data = render_case_docx(case, classification="Intern\x07\x0c").data
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                ElementTree.fromstring(archive.read(name))
    document = _open(data)
    text = _all_text(document)
    assert "Bezoek <b>&amp;</b> einde" in text and "\u202e" not in text
    assert LONG_WORD in text and "<w:p>" in text and "[31mrood" in text
    assert not any(ch in text for ch in CONTROLS + "\ufffe\uffff")
    assert document.core_properties.title == "Bezoek <b>&amp;</b> einde"
    rtl_runs = [run for table in document.tables for row in table.rows for cell in row.cells
                for paragraph in cell.paragraphs for run in paragraph.runs
                if run.text == RTL_NAME]
    assert rtl_runs and all(run._r.rPr.find(qn("w:rtl")) is not None for run in rtl_runs)
    header = document.sections[0].header.paragraphs[0].text
    assert "Rubricering: Intern" in header


def test_clean_keeps_what_xml_allows() -> None:
    # a lone surrogate cannot be in a saved case, but never reaches the XML either
    assert clean("a\tb\r\nc\rd\x00e\x85f\u200f\ud800\u2067g") == "a\tb\nc\ndef\u200fg"


def test_english_mode_uses_english_labels() -> None:
    case = _signed()
    data = render_case_docx(case, language="en").data
    document = _open(data)
    t = Labels("en")
    assert _headings(document, 1)[0] == t("record-heading", revision=1) != \
        Labels()("record-heading", revision=1)
    assert t("checklist") in _headings(document, 1) and t("counterparts") in \
        _headings(document, 1)
    assert "Classification: Intern" in document.sections[0].header.paragraphs[0].text
    assert document.core_properties.language == "en-GB"
    # the brochure stays Dutch
    content = load()
    assert content.items_for_kind(case.kind)[0].text in _all_text(document)


def test_the_collegevoorstel_layout_is_a_labelled_draft() -> None:
    case = _signed()
    t = Labels()
    document = _open(render_case_docx(case, layout="collegevoorstel",
                                      classification="Intern").data)
    assert _headings(document, 1) == [t("cv-subject"), t("cv-reason"), t("cv-decision"),
                                      t("cv-considerations"), t("cv-risks"),
                                      t("cv-conditions"), t("cv-appendices")]
    opening = [p.text for p in document.paragraphs[:4]]
    assert "Concept – door ChinaCheck opgesteld, controleer en pas aan" in opening
    header = document.sections[0].header.paragraphs[0].text
    assert "Concept" in header and "Collegevoorstel" in header
    text = _all_text(document)
    for expected in ("Doorgaan onder voorwaarden", "Zoë de Vries", "Programma vooraf delen",
                     "Geen laptops mee", "王伟", "Totaalrisico: Midden",
                     f"zaak {case.id}"):
        assert expected in text, expected
    assert "1.1 " in text  # the considerations by question number


def test_unknown_layout_is_refused() -> None:
    with pytest.raises(ValueError):
        render_case_docx(example_case(), layout="brief")


def test_libreoffice_converts_it_to_pdf_with_the_text(tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice (soffice) is not installed; the structural checks above run")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    source = tmp_path / "zaak.docx"
    case = _signed()
    source.write_bytes(render_case_docx(case, classification="Departementaal "
                                        "vertrouwelijk").data)
    subprocess.run([office, "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   capture_output=True, check=True, timeout=180)
    words = subprocess.run(["pdftotext", str(tmp_path / "zaak.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout
    flat = " ".join(words.split())
    for expected in ("Besluit (revisie 1)", "Doorgaan onder voorwaarden", "王伟",
                     "Rubricering: Departementaal vertrouwelijk", "pagina 1 van",
                     "1.1 Eigen doelen helder"):
        assert expected in flat, expected


def test_a_case_changed_outside_chinacheck_says_so_on_every_page() -> None:
    t = Labels()
    document = _open(render_case_docx(example_case(), tampered=["de titel is gewijzigd"]).data)
    section = document.sections[0]
    for part in (section.header, section.footer):
        assert t("tampered-mark") in part.paragraphs[0].text
    opening = [p.text for p in document.paragraphs[:6]]
    assert t("tampered-title") in opening and "de titel is gewijzigd" in opening
