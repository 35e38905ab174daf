"""``chinacheck --self-test``: prove an installation works, offline, without leaving traces.

Loads the content, creates, saves and reloads a case, renders every PDF in memory, signs one with
a throw-away certificate when the signing packages are installed, and opens the main window
offscreen when a display (or the offscreen platform) is available. Everything happens in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from chinacheck import __version__, i18n
from chinacheck.i18n import _
from chinacheck.storage import paths


def _check(step: Callable[[], str], results: list[str]) -> None:
    started = time.perf_counter()
    detail = step()
    results.append(f"{detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")


def run(verbose: bool = False) -> tuple[bool, str]:
    """Run every check; returns (ok, one summary line)."""
    results: list[str] = []
    with tempfile.TemporaryDirectory(prefix="chinacheck-selftest-") as tmp:
        folder = Path(tmp)
        paths.set_data_dir(folder / "home")  # settings and recovery files stay in tmp too
        try:
            _run_checks(folder, results)
        except Exception as exc:  # the whole point is to report any failure in one line
            return False, _("chinacheck {version} self-test MISLUKT: {kind}: {error}").format(
                version=__version__, kind=type(exc).__name__, error=exc)
        finally:
            paths.set_data_dir(None)
    line = f"chinacheck {__version__} self-test OK: " + "; ".join(results)
    return True, line


def _run_checks(folder: Path, results: list[str]) -> None:
    from chinacheck.case.examples import example_case
    from chinacheck.guidance.content import load
    from chinacheck.storage import store

    content = load()

    def content_step() -> str:
        for language in i18n.LANGUAGES:
            if language != i18n.SOURCE_LANGUAGE:
                i18n.load_catalogue(language)  # else its messages would quietly stay Dutch
        return _("inhoud {version} ({count} punten)").format(
            version=content.source.content_version, count=len(list(content.items())))

    _check(content_step, results)

    def pack_step() -> str:
        from chinacheck.guidance.pack_reader import read_pack
        from chinacheck.resource_files import root

        pack = read_pack(Path(str(root() / "content")))  # every file against its SHA-256
        return _("inhoudspakket {ref} ({count} bestanden gecontroleerd)").format(
            ref=pack.manifest.ref, count=len(pack.files))

    _check(pack_step, results)
    case = example_case()

    def case_step() -> str:
        path = folder / "zelftest.chinacheck"
        store.save_case(case, path)
        again = store.load_case(path).case
        if again != case:
            raise AssertionError("case changed on save/load")
        return _("zaak opgeslagen en gelezen")

    _check(case_step, results)

    def pdf_step() -> str:
        from chinacheck.reports import rtl
        from chinacheck.reports.blank_checklist import render_blank_checklist
        from chinacheck.reports.case_summary import render_case_summary
        from chinacheck.reports.travel_card import render_travel_card

        if rtl.visual(rtl.shape("سلام")) == "سلام":  # the bundle lacks arabic-reshaper or bidi
            raise AssertionError(_("rechts-naar-linkstekst wordt niet gevormd en geordend"))

        from chinacheck.reports.register_xlsx import render_xlsx
        from chinacheck.storage import register
        from chinacheck.storage.library import summarise

        # The register's workbook too: a bundle without XlsxWriter fails here.
        render_xlsx(register.build([summarise(folder / "zelftest.chinacheck", case, content)]))
        pages = [render_case_summary(case, content=content).page_count,
                 render_blank_checklist(case.kind, content=content).page_count,
                 render_travel_card(content=content).page_count]
        return _("PDF's gemaakt ({pages} pagina's)").format(
            pages="/".join(str(p) for p in pages))

    _check(pdf_step, results)

    def docx_step() -> str:
        import io

        import docx

        from chinacheck.reports.docx_summary import render_case_docx

        data = render_case_docx(case, content=content).data
        headings = [p for p in docx.Document(io.BytesIO(data)).paragraphs
                    if p.style is not None and p.style.name == "Heading 1"]
        if not headings:
            raise AssertionError("the Word document has no headings")
        return _("Word-document gemaakt ({size} kB)").format(size=len(data) // 1024)

    _check(docx_step, results)
    _check(_signing_step(case, folder), results)
    _check(_window_step, results)


def _signing_step(case: object, folder: Path) -> Callable[[], str]:
    def step() -> str:
        if importlib.util.find_spec("pyhanko") is None:
            return _("ondertekenen overgeslagen (pyHanko niet geïnstalleerd)")
        try:
            from chinacheck.signing.selftest import self_test
        except ImportError:
            return _("ondertekenen overgeslagen (geen ondertekenmodule)")
        return self_test(case, folder)

    return step


def _window_step() -> str:
    from chinacheck.display import display_problem

    if display_problem():
        return _("venster overgeslagen (geen beeldscherm)")
    from chinacheck.ui.app import collation_works, make_app

    app = make_app()
    # On Linux PySide6 brings its own ICU, which the bundle trims: prove it still reads.
    # (Elsewhere Qt sorts with the system's own services, which the bundle does not touch.)
    if sys.platform.startswith("linux") and not collation_works():
        raise AssertionError(_("Qt sorteert niet volgens taal (ICU-gegevens onleesbaar)"))
    from chinacheck.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()
    tabs = window.tabs.count()
    window.close()
    from chinacheck.ui.crash import rehearse

    if not rehearse(paths.data_dir()):
        raise AssertionError(_("een onverwachte fout wordt niet gelogd en gemeld"))
    if sys.platform.startswith("linux"):
        return _("hoofdvenster met {tabs} tabbladen, sortering nl/zh").format(tabs=tabs)
    return _("hoofdvenster met {tabs} tabbladen").format(tabs=tabs)
