"""The Woo version: nothing withheld remains anywhere in the file.

Proving absence is the one place where searching a PDF's bytes is the point: the file is
decompressed with qpdf (--qdf --object-streams=disable) and no marked text, nor any 4-character
piece of it, may occur in it, in UTF-8 or UTF-16; the text is also parsed (pypdf) to see the
boxes and the list of redactions, and the fonts' ToUnicode maps are read to prove that no glyph
needed only by withheld text was embedded.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from helpers.cli import run
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from chinacheck.case import integrity, woo
from chinacheck.case.examples import example_case
from chinacheck.case.model import Case, Counterpart, Decision
from chinacheck.case.signoff import sign_off
from chinacheck.reports.woo_version import render_woo_version
from chinacheck.storage.store import load_case, save_case

AT = datetime(2027, 2, 3, 9, 30, tzinfo=UTC)
# Hostile texts: rare Chinese characters (only here), markup, a very long word, right-to-left.
CHINESE = "龘靐齉 Qiongxiu"
MARKUP = "<b>&amp;Vrzq</b> \"Kxqv\" 'Jwqz'"
LONG = "Zwyqxbrtv" * 30
RTL = "שלום עליכם Mqxo"
SIGNER = "Hjørdïs Qvaleberg"
NOTE = "Qvortkamp-zwerq: Wqpoxyl"


def _hostile_case() -> Case:
    case = example_case()
    case.counterparts.append(Counterpart(CHINESE, "Ministerie", "Directeur", MARKUP))
    case.intermediaries[0].background = LONG
    case.answers["need-own-goals"].note = RTL
    case.measures = f"Overleg met {CHINESE} over de maatregelen."  # recurs: withheld here too
    sign_off(case, name=SIGNER, role="opsteller", decision=Decision.DOORGAAN, at=AT)
    woo.mark(case, ["counterparts/2/notes", "intermediaries/0/background",
                    "answers/need-own-goals/note"], ["5.1.2e"])
    woo.mark(case, ["counterparts/0/notes"], ["5.1.2a", "5.1.2h"])
    woo.mark(case, ["organisation"], ["5.1.2a"])  # the PDF's author
    case.counterparts[0].notes = NOTE  # edited after marking: still withheld
    return case


HOSTILE = [CHINESE, MARKUP, LONG, RTL, SIGNER, NOTE]  # no piece of them is ordinary Dutch
# The example's people, withheld by default: their names share pieces with ordinary words.
NAMES = ["Wang Wei", "王伟", "李娜", "Li Na", "Zoë de Vries", "Stichting Brug naar China",
         "Gemeente Zwolle"]
WITHHELD = HOSTILE + NAMES


def _qdf(data: bytes, tmp_path: Path) -> bytes:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (scripts/test.sh installs it)")
    source, target = tmp_path / "in.pdf", tmp_path / "out.pdf"
    source.write_bytes(data)
    subprocess.run([qpdf, "--qdf", "--object-streams=disable", str(source), str(target)],
                   check=True)
    return target.read_bytes()


def _pieces(text: str) -> set[str]:
    return {text[i:i + 4] for i in range(len(text) - 3)} - {"    "}


def _to_unicode(data: bytes) -> set[int]:
    """Every code point the embedded fonts map a glyph to."""
    found: set[int] = set()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and "/ToUnicode" in obj:
                cmap = obj.ToUnicode.read_bytes().decode("latin-1")
                for hexes in re.findall(r"<([0-9A-Fa-f]{4,})>\s*$", cmap, re.MULTILINE):
                    found.update(ord(c) for c in bytes.fromhex(hexes).decode("utf-16-be"))
                for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
                    for target in re.findall(r"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>", block):
                        found.update(ord(c) for c in bytes.fromhex(target).decode("utf-16-be"))
    return found


@pytest.fixture(scope="module")
def woo_pdf() -> tuple[Case, bytes]:
    case = _hostile_case()
    made = render_woo_version(case, classification="Openbaar", generated=AT)
    return case, made.rendered.data


def test_no_withheld_text_or_piece_of_it_in_the_decompressed_file(
        woo_pdf: tuple[Case, bytes], tmp_path: Path) -> None:
    case, data = woo_pdf
    raw = _qdf(data, tmp_path)
    for text in HOSTILE:
        for piece in _pieces(text):
            for encoded in (piece.encode("utf-8"), piece.encode("utf-16-be")):
                assert encoded not in raw, (text, piece)
    for name in NAMES:
        for encoded in (name.encode("utf-8"), name.encode("utf-16-be")):
            assert encoded not in raw, name
    fingerprint = integrity.fingerprint(case)
    assert fingerprint[:16].encode() not in raw and fingerprint[-16:].encode() not in raw


def test_the_visible_text_has_the_boxes_and_the_inventory(woo_pdf: tuple[Case, bytes]) -> None:
    _, data = woo_pdf
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]
    text = "\n".join(pages)
    assert "[gelakt – 5.1.2e]" in text and "[gelakt – 5.1.2a, 5.1.2h]" in text
    assert "Lijst van lakkingen" in pages[-1]
    assert "de eerbiediging van de persoonlijke levenssfeer" in pages[-1]
    assert "Gesprekspartners, rij 3: Notities" in pages[-1]
    for withheld in WITHHELD:
        assert withheld not in text
    assert "Gemeente Wuhan" in text  # what is not marked stays


def test_no_glyph_only_withheld_text_needs_is_embedded(woo_pdf: tuple[Case, bytes]) -> None:
    _, data = woo_pdf
    mapped = _to_unicode(data)
    assert ord("[") in mapped and ord("–") in mapped  # the boxes' own glyphs are there
    for char in "龘靐齉שלום":  # only in withheld text
        assert ord(char) not in mapped, char


def test_metadata_and_xmp_carry_no_withheld_text_nor_the_fingerprint(
        woo_pdf: tuple[Case, bytes]) -> None:
    case, data = woo_pdf
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
        outlines = len(pdf.open_outline().root)
    assert "/ChinaCheckCaseFingerprint" not in info and "/ChinaCheckCaseId" not in info
    assert info["/ChinaCheckWooVersion"] == "1"
    document_id = info["/ChinaCheckDocumentId"]
    assert document_id != integrity.fingerprint(case)
    assert "Woo-versie" in info["/Title"] and info["/Author"] == "[gelakt – 5.1.2a]"
    everything = json.dumps(info, ensure_ascii=False) + xmp
    for withheld in WITHHELD:
        assert withheld not in everything
    assert integrity.fingerprint(case) not in everything
    assert outlines == 0


def test_a_marked_title_is_withheld_in_header_footer_and_metadata(tmp_path: Path) -> None:
    case = example_case()
    case.title = "Xqzwv-Brlqj Jaqvo"
    woo.mark(case, ["title"], ["5.1.2a"])
    data = render_woo_version(case, classification="Openbaar", generated=AT).rendered.data
    raw = _qdf(data, tmp_path)
    for piece in _pieces(case.title):
        assert piece.encode("utf-8") not in raw and piece.encode("utf-16-be") not in raw
    footer = PdfReader(io.BytesIO(data)).pages[1].extract_text()
    assert "[gelakt – 5.1.2a]" in footer


def test_cli_writes_the_woo_version_and_records_it(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    save_case(_hostile_case(), path)
    before = load_case(path).case
    out_pdf = tmp_path / "woo.pdf"
    code, out, err = run(capsys, "woo", str(path), "-o", str(out_pdf))
    assert code == 0, err
    after = load_case(path)
    entry = after.case.audit[-1]
    assert entry.event.value == "exported" and entry.detail["woo"] is True
    assert entry.revision == before.revision
    assert entry.detail["fingerprint"] == integrity.fingerprint(before)  # the content it is of
    with pikepdf.open(out_pdf) as pdf:
        assert str(pdf.docinfo["/ChinaCheckDocumentId"]) == entry.detail["document_id"]
        assert "/Sig" not in str(pdf.Root.get("/AcroForm", {}))  # never signed
    assert not after.finding.tampered


def test_cli_mark_unmark_and_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "zaak.chinacheck"
    save_case(example_case(), path)
    code, out, _ = run(capsys, "woo", str(path), "mark", "measures", "5.1.2h")
    assert code == 0 and "measures\t5.1.2h\tgemarkeerd" in out
    code, out, _ = run(capsys, "woo", str(path), "unmark", "preparer")
    assert code == 0 and "preparer\t-\tniet gelakt" in out
    assert "preparer\t5.1.2e" not in out
    raw = path.read_bytes()
    code, _, err = run(capsys, "woo", str(path), "mark", "measures", "9.9")
    assert code == 1 and "onbekende Woo-grond" in err and err.count("\n") == 1
    code, _, err = run(capsys, "woo", str(path), "mark", "nowhere/0", "5.1.2e")
    assert code == 1 and "onbekende passage" in err
    assert path.read_bytes() == raw  # nothing half-written
    code, out, _ = run(capsys, "woo", str(path), "grounds")
    assert code == 0 and "5.2\tart. 5.2, eerste lid, Woo" in out


def test_a_short_signer_name_and_a_certificate_holder_are_withheld_in_the_audit_appendix(
        tmp_path: Path) -> None:
    from chinacheck.case import audit
    from chinacheck.case.model import AuditEvent

    case = example_case()
    sign_off(case, name="Qy", role="opsteller", decision=Decision.DOORGAAN, at=AT)
    audit.record(case, AuditEvent.EXPORTED, sha256="0" * 64, document_id="AAAA-BBBB-CCCC-DDDD",
                 signed=True, signed_by="Xvqzor Plimbt")
    made = render_woo_version(case, classification="Openbaar", generated=AT)
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(made.rendered.data)).pages)
    assert "Xvqzor" not in text and "Plimbt" not in text
    assert "Qy (" not in text and "[gelakt – 5.1.2e] (opsteller)" in text
    raw = _qdf(made.rendered.data, tmp_path)
    for piece in _pieces("Xvqzor Plimbt"):
        assert piece.encode() not in raw and piece.encode("utf-16-be") not in raw


def test_the_english_woo_version_says_withheld() -> None:
    case = example_case()
    woo.mark(case, ["measures"], ["5.1.2h"])
    data = render_woo_version(case, classification="Public", language="en",
                              generated=AT).rendered.data
    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(data)).pages)
    assert "[withheld – 5.1.2h]" in text and "List of redactions" in text
    assert "Geen laptops" not in text


# Marked texts from an alphabet no fixed wording of ChinaCheck or the brochure uses: a whole
# marked text must never be found, in the parsed text or the decompressed bytes.
_ODD = "ǅǆǇǈǉǊǋǌ龘靐齉ꙮ𝔄𝔅Ωж<>&\"' \u202e\u200fקז"


@settings(max_examples=12, deadline=None)
@given(st.text(alphabet=_ODD, min_size=6, max_size=60).filter(lambda s: len(s.strip()) >= 6))
def test_random_hostile_marked_text_is_never_in_the_file(text: str) -> None:
    case = example_case()
    case.counterparts[1].notes = text
    case.decision = text  # the same text, unmarked: withheld where it recurs
    woo.mark(case, ["counterparts/1/notes"], ["5.1.2e"])
    data = render_woo_version(case, classification="Openbaar", generated=AT).rendered.data
    parsed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert text.strip() not in parsed
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        return
    with tempfile.TemporaryDirectory() as folder:
        raw = _qdf(data, Path(folder))
    for encoded in (text.strip().encode("utf-8"), text.strip().encode("utf-16-be")):
        assert encoded not in raw
