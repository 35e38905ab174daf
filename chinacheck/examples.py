"""Realistic example cases for screenshots, the self-test and benchmarks (fictitious people)."""

from __future__ import annotations

from datetime import date

from chinacheck.model import Action, Answer, Case, Counterpart, Intermediary, RiskLevel, Status


def example_case() -> Case:
    case = Case(
        title="Stedenband Zwolle – Wuhan: bezoek 2027",
        kind="stedenband",
        organisation="Gemeente Zwolle",
        preparer="Zoë de Vries",
        start_date=date(2027, 3, 14),
        end_date=date(2027, 3, 18),
        counterparts=[
            Counterpart("王伟 (Wang Wei)", "Gemeente Wuhan, Bureau Buitenlandse Zaken",
                        "Adjunct-directeur; partijlid", "Eerder op bezoek in 2019"),
            Counterpart("李娜 (Li Na)", "Wuhan Development Zone", "Hoofd investeringen"),
        ],
        intermediaries=[Intermediary("Stichting Brug naar China", "Rotterdam",
                                     "Adviseert al tien jaar over handelsmissies")],
        topics=["slimme steden en 5G-infrastructuur", "waterstof voor het stadsvervoer",
                "culturele uitwisseling van scholen"],
        measures="Geen laptops van het werk mee; tijdelijke telefoons.\n"
                 "Programma vooraf opvragen en delen met het ICP.",
        overall_risk=RiskLevel.MIDDEN,
        decision="Doorgaan onder voorwaarden",
    )
    case.answers = {
        "need-own-goals": Answer(Status.JA, "Kennis over stedelijke mobiliteit; coöperatie met "
                                 "lokale bedrijven."),
        "visit-programme": Answer(Status.DEELS, "Programma ontvangen, gesprekspartners nog niet.",
                                  [Action("Namen van alle gesprekspartners opvragen",
                                          "Zoë de Vries", date(2027, 2, 1))]),
        "espionage-public-wifi": Answer(Status.JA, "Iedereen krijgt een eigen hotspot."),
    }
    return case
