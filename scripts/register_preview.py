"""Make docs/previews/register-p1.png: page 1 of the register PDF for a few fictitious cases.

    python scripts/register_preview.py

Needs pdftoppm (poppler-utils). The cases are saved to a temporary folder, listed as the
library lists them and rendered as ``chinacheck register`` does.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CASES = [
    # kind, title, organisation, decided (final sign-off), decision, phase, period
    ("stedenband", "Stedenband Zwolle–Xi'an", "Gemeente Zwolle", datetime(2025, 11, 4),
     "doorgaan onder voorwaarden", "in-uitvoering", None),
    ("stedenband", "Vriendschapsband Haarlem–Kunming 昆明", "Gemeente Haarlem",
     datetime(2026, 12, 20), "doorgaan", "in-uitvoering", None),
    ("stedenband", "Stedenband Delft–Suzhou", "Gemeente Delft", datetime(2022, 3, 1),
     "niet doorgaan", "beeindigd", None),
    ("delegatie-inkomend", "Delegatie provincie Guangdong 广东省", "Provincie Utrecht",
     datetime(2027, 1, 15), "doorgaan", "nazorg", (date(2027, 2, 10), date(2027, 2, 12))),
    ("reis-uitgaand", "Handelsmissie Chongqing", "Regionale Ontwikkelingsmaatschappij Oost",
     None, "", "voorbereiding", (date(2027, 5, 12), date(2027, 5, 19))),
    ("kennissamenwerking", "Onderzoek waterbeheer met Tongji-universiteit",
     "Hogeschool Windesheim", datetime(2026, 2, 1), "eerst advies vragen (ICP)", "besluit",
     None),
    ("economische-samenwerking", "Vestiging batterijfabrikant", "Gemeente Groningen",
     datetime(2026, 6, 30), "doorgaan onder voorwaarden", "in-uitvoering", None),
]


def main() -> int:
    from chinacheck.case import lifecycle
    from chinacheck.case.examples import example_case
    from chinacheck.case.model import Decision
    from chinacheck.case.signoff import sign_off
    from chinacheck.reports.register_pdf import render_register
    from chinacheck.storage import register, store
    from chinacheck.storage.library import list_cases

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, (kind, title, organisation, decided, decision, phase, period) in \
                enumerate(CASES):
            case = example_case()
            case.kind, case.title, case.organisation = kind, title, organisation
            case.start_date, case.end_date = period or (None, None)
            if decided is not None:
                conditions = "Programma vooraf delen met het ICP" \
                    if decision == Decision.VOORWAARDEN else ""
                sign_off(case, name="Zoë de Vries", role="portefeuillehouder",
                         decision=Decision(decision), conditions=conditions, final=True,
                         at=decided.replace(tzinfo=UTC))
            if phase == "beeindigd":
                lifecycle.change_phase(case, phase, reason="Geen activiteiten meer",
                                       on=date(2023, 6, 1))
            elif phase not in (case.phase, "besluit"):
                if phase == "nazorg":
                    lifecycle.change_phase(case, "in-uitvoering")
                lifecycle.change_phase(case, phase)
            store.save_case(case, folder / f"{n}.chinacheck")
        (folder / "zaak-5e1f09a2.chinacheck").write_bytes(
            b'{"format": "chinacheck-case", "encrypted": true}')
        built = register.build(list_cases(folder), today=date(2027, 3, 1),
                               made=datetime(2027, 3, 1, 9, 30).astimezone())
        pdf = folder / "register.pdf"
        pdf.write_bytes(render_register(built, document_id="0000-0000-0000-0001").data)
        target = ROOT / "docs" / "previews" / "register-p1"
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                        str(pdf), str(target)], check=True)
    print(f"{target}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
