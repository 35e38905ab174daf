"""Installing the UI language: Qt's own strings and ChinaCheck's, Dutch or English.

Dutch is the source language. English comes from ``resources/i18n/chinacheck_en.qm`` when the
build has compiled it, else straight from the ``.ts`` source (so a source checkout needs no
build step).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from chinacheck import i18n
from chinacheck.errors import ContentError
from chinacheck.resource_files import file_path

LANGUAGES = ("nl", "en")
_installed: list[QTranslator] = []


class TsTranslator(QTranslator):
    """Translates from a Qt Linguist ``.ts`` file; unfinished entries fall back to Dutch."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        import xml.etree.ElementTree as ElementTree  # only without a compiled .qm

        self._table: dict[tuple[str, str], list[str]] = {}
        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source", "")
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                       "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                forms = forms or [translation.text or ""]
                if any(forms):
                    self._table[(name, source)] = forms

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        forms = self._table.get((context, source))
        if not forms:
            return None  # a null string: Qt then tries the next translator, then the source
        return forms[0] if n == 1 or len(forms) == 1 else forms[1]

    def isEmpty(self) -> bool:  # noqa: N802
        return not self._table

    def size(self) -> int:
        return len(self._table)


def system_language() -> str:
    """First-start default: English on an English system, Dutch everywhere else."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def _app_translator(language: str) -> QTranslator | None:
    if language == "nl":
        return None
    try:
        compiled = file_path(f"i18n/chinacheck_{language}.qm")
    except ContentError:
        compiled = None
    if compiled is not None:
        translator = QTranslator()
        if translator.load(str(compiled)):
            return translator
    return TsTranslator(file_path(f"i18n/chinacheck_{language}.ts"))


def install(language: str) -> None:
    """Make ``language`` the UI language of the running application (replacing any other),
    and the language of the core's messages it shows (errors, refusals: chinacheck.i18n)."""
    if language not in LANGUAGES:
        language = "nl"
    i18n.set_language(language)
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_base = QTranslator()
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{language}", qt_translations):
        _installed.append(qt_base)
    own = _app_translator(language)
    if own is not None:
        _installed.append(own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.Dutch, QLocale.Country.Netherlands
                               if language == "nl" else QLocale.Country.UnitedKingdom))
