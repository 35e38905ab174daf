"""Large, realistic cases for the crash tests: long notes, many counterparts, all answered."""

from __future__ import annotations

from datetime import date

from chinacheck.case.examples import example_case
from chinacheck.case.model import Action, Answer, Case, Counterpart, Status
from chinacheck.guidance.content import load as load_content

_FIXED_ID = "0e6d3c9a-2f57-4d0e-9b1a-5c7e3f2a1b90"


def large_case(version: int, counterparts: int = 150, note_chars: int = 1500) -> Case:
    """Version 0 or 1 of the same case (same id); the versions differ in every long text.

    Built from plain model objects so that a save exercises the real serialiser.
    """
    case = example_case()
    case.id = _FIXED_ID
    case.title = f"Grote zaak, versie {version}: stedenband Zwolle – 武汉"
    mark = f"[v{version}] "
    paragraph = (mark + "Gesprek met 王伟 over waterstof, 5G en uitwisseling van studenten. ") * (
        note_chars // 70 + 1)
    case.counterparts = [
        Counterpart(f"Gesprekspartner {n} 李{n}", f"Organisatie {n}", "Adviseur; partijlid",
                    paragraph[: note_chars - n % 50])
        for n in range(counterparts)
    ]
    statuses = list(Status)
    answers = {}
    for n, item in enumerate(load_content().items()):
        answers[item.id] = Answer(
            statuses[(n + version) % len(statuses)] if n % 7 else Status.JA,
            paragraph[: note_chars // 2],
            [Action(f"Actie {n} {mark}", "Zoë de Vries", date(2027, 1 + n % 12, 1), bool(n % 2))],
        )
    case.answers = answers
    case.measures = paragraph * 4
    case.decision = mark + "Doorgaan onder voorwaarden"
    return case
