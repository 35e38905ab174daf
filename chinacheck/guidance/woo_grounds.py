"""The grounds for withholding information under the Wet open overheid (``resources/law/woo.json``).

Each ground has a short code as Woo decisions write it ("5.1.2e" for art. 5.1, tweede lid,
onderdeel e), the citation, a short description and the wording of the provision as ChinaCheck
found it. ``verified`` says whether that wording was checked against the official text on
wetten.overheid.nl; where it was not, ChinaCheck shows it as its own rendering of the law, never
as the law's text (see docs/documents.md, "Woo-versie").
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import NamedTuple

from chinacheck.errors import ContentError
from chinacheck.i18n import _
from chinacheck.resource_files import read_text

# The form of a ground code: "5.1.2e", "5.1.5", "5.2". A case file may hold a code this version
# does not know (a newer one's); it is kept and shown as it is.
CODE = re.compile(r"5\.[0-9]{1,2}(\.[0-9]{1,2}[a-z]?)?")
PRIVACY = "5.1.2e"  # the ground names of people are marked with by default


class Ground(NamedTuple):
    code: str
    citation: str
    short: str
    text: str
    paraphrase: bool  # True: ChinaCheck's own words where the source could not be read
    source: str
    verified: bool


class Grounds(NamedTuple):
    law: str
    url: str
    consulted: str
    grounds: tuple[Ground, ...]

    def get(self, code: str) -> Ground | None:
        return next((g for g in self.grounds if g.code == code), None)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(g.code for g in self.grounds)


def valid_code(code: str) -> bool:
    return CODE.fullmatch(code) is not None


@cache
def load() -> Grounds:
    """The bundled grounds, parsed and checked once per process."""
    try:
        data = json.loads(read_text("law/woo.json"))
        grounds = tuple(Ground(code=g["code"], citation=g["citation"], short=g["short"],
                               text=g["text"], paraphrase=g["wording"] == "paraphrase",
                               source=g["source"], verified=g["verified"] is True)
                        for g in data["grounds"])
        result = Grounds(data["law"], data["official_url"], data["consulted"], grounds)
    except (KeyError, TypeError, ValueError) as exc:
        raise ContentError(_("De meegeleverde Woo-gronden zijn beschadigd: {detail}").format(
            detail=repr(exc))) from exc
    codes = result.codes
    if len(set(codes)) != len(codes) or not all(valid_code(c) for c in codes):
        raise ContentError(_("De meegeleverde Woo-gronden hebben dubbele of ongeldige codes"))
    return result
