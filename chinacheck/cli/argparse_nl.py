"""argparse's own words (usage, "error", "the following arguments are required" …) in Dutch.

argparse writes them in English through its module-level ``_``/``ngettext``, looked up when it
formats a message, so in Dutch mode those two names are pointed at this table: a user who
chose Dutch gets a Dutch usage line and error, not a mix. Words this table lacks stay English.
(The Dutch words are marked like every message; their English in the catalogue is argparse's.)
"""

from __future__ import annotations

import argparse
import gettext

from chinacheck.i18n import N_

DUTCH = {
    "usage: ": N_("gebruik: "),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: fout: %(message)s\n"),
    "the following arguments are required: %s": N_("de volgende argumenten zijn verplicht: %s"),
    "unrecognized arguments: %s": N_("onbekende argumenten: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)":
        N_("ongeldige keuze: %(value)r (kies uit %(choices)s)"),
    "argument %(argument_name)s: %(message)s": N_("argument %(argument_name)s: %(message)s"),
    "expected one argument": N_("verwacht één waarde"),
    "expected at most one argument": N_("verwacht hoogstens één waarde"),
    "expected at least one argument": N_("verwacht minstens één waarde"),
    "invalid %(type)s value: %(value)r": N_("ongeldige waarde (%(type)s): %(value)r"),
    "not allowed with argument %s": N_("niet toegestaan samen met argument %s"),
    "ambiguous option: %(option)s could match %(matches)s":
        N_("dubbelzinnige optie: %(option)s kan %(matches)s zijn"),
    "one of the arguments %s is required": N_("een van de argumenten %s is verplicht"),
    "ignored explicit argument %r": N_("genegeerd argument %r"),
    "show this help message and exit": N_("toon deze hulptekst en stop"),
    "positional arguments": N_("argumenten"),
    "options": N_("opties"),
    "can't open '%(filename)s': %(error)s": N_("kan '%(filename)s' niet openen: %(error)s"),
}
_PLURALS = {"expected %s argument": (N_("verwacht %s waarde"), N_("verwacht %s waarden"))}


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
