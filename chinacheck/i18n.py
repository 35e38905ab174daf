"""The language of the command line's messages, the core's error messages and generated PDFs.

Messages are written in Dutch where they are made and marked there: ``_("…")`` translates at
once into the current language, ``N_("…")`` marks a constant that :func:`translate` looks up
later (a label, a table of words). Values go in after the look-up, by name:
``_("{file}: bestaat al").format(file=path)``, so that a catalogue entry never depends on them.
English comes from the gettext catalogue ``resources/i18n/en.po`` (see docs/translations.md);
a message without an entry stays Dutch.
"""

from __future__ import annotations

import logging
from functools import cache

from chinacheck import log, pofile
from chinacheck.errors import ContentError
from chinacheck.resource_root import root

LANGUAGES = ("nl", "en")
SOURCE_LANGUAGE = "nl"  # the language the messages are written in
_language = SOURCE_LANGUAGE


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else SOURCE_LANGUAGE


def language() -> str:
    return _language


def N_(message: str) -> str:
    """Mark a message to be translated later, where it is shown."""
    return message


def _(message: str) -> str:
    """Mark a message and translate it now, into the current language."""
    return translate(message)


def pgettext(context: str, message: str, language: str | None = None) -> str:
    """Mark and translate, for Dutch words that English words differently depending on
    ``context``; into ``language`` if given, else the current one."""
    return translate(message, language, context)


def translate(message: str, language: str | None = None, context: str | None = None) -> str:
    """A marked message (``N_``) in ``language`` (default: the current one). ``context`` tells
    apart two uses of the same Dutch words that English words differently."""
    language = language or _language
    if language == SOURCE_LANGUAGE or not message:
        return message
    return _catalogue(language).get((context, message), message)


def load_catalogue(language: str) -> dict[pofile.Key, str]:
    """The translations into ``language``; ContentError when the catalogue is missing and
    PoError when it is damaged (the self-test asks this way)."""
    node = root() / "i18n" / f"{language}.po"
    if not node.is_file():
        # Not translated: this is the catalogue that is missing.
        raise ContentError(f"Meegeleverd bestand ontbreekt: resources/i18n/{language}.po")
    try:
        text = node.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise pofile.PoError(f"not UTF-8 (byte {exc.start})") from None
    return pofile.parse(text)


@cache
def _catalogue(language: str) -> dict[pofile.Key, str]:
    try:
        return load_catalogue(language)
    except (ContentError, OSError, ValueError) as exc:
        # A message must never fail for want of its translation: Dutch it is, and the log and
        # the self-test say why.
        log.event(log.get("i18n"), "catalogue.load", object=f"{language}.po", result="failed",
                  level=logging.WARNING, error=f"{type(exc).__name__}: {exc}")
        return {}
