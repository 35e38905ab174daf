"""argparse's own words (usage, "error", "the following arguments are required" …) in Dutch.

argparse writes them in English through its module-level ``_``/``ngettext``, looked up when it
formats a message, so in Dutch mode those two names are pointed at this table: a user who
chose Dutch gets a Dutch usage line and error, not a mix. Words this table lacks stay English.
"""

from __future__ import annotations

import argparse
import gettext

DUTCH = {
    "usage: ": "gebruik: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "de volgende argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "not allowed with argument %s": "niet toegestaan samen met argument %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "ignored explicit argument %r": "genegeerd argument %r",
    "show this help message and exit": "toon deze hulptekst en stop",
    "positional arguments": "argumenten",
    "options": "opties",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}
_PLURALS = {"expected %s argument": ("verwacht %s waarde", "verwacht %s waarden")}


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    forms = _PLURALS.get(singular)
    if forms is None:
        return gettext.ngettext(singular, plural, n)
    return forms[0] if n == 1 else forms[1]


def use(language: str) -> None:
    """Make argparse speak ``language`` ("nl" or anything else: argparse's own English)."""
    dutch = language == "nl"
    argparse._ = _dutch if dutch else gettext.gettext  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural if dutch else gettext.ngettext  # type: ignore[attr-defined]
