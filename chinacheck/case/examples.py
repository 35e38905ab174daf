"""Realistic example cases for screenshots, the self-test and benchmarks (fictitious people)."""

from __future__ import annotations

from datetime import date

from chinacheck.case.model import Action, Answer, Case, Counterpart, Intermediary, RiskLevel, Status


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


def large_case(counterparts: int = 50, note_chars: int = 1000, actions: int = 100) -> Case:
    """A stress case: many counterparts with Chinese names, long notes on every item, many
    actions."""
    from chinacheck.guidance.content import load

    names = "王伟李娜张敏刘洋陈静杨磊赵强黄丽周杰吴芳"
    case = example_case()
    case.title = "Provinciale handelsmissie Guangdong – volledig uitgewerkt"
    case.counterparts = [
        Counterpart(f"{names[n % 10]}{names[(n * 3) % 10]} (deelnemer {n + 1})",
                    f"Organisatie {n + 1}, Guangzhou", "Afdelingshoofd; partijlid",
                    "Ontmoet tijdens de beurs; coöperatie met Zoë's team. " * 3)
        for n in range(counterparts)
    ]
    sentence = "Besproken met de integriteitsadviseur; vervolg nodig & <b>vastleggen</b>. "
    note = (sentence * (note_chars // len(sentence) + 1))[:note_chars]
    items = [item.id for item in load().items()]
    case.answers = {item_id: Answer(Status.DEELS, note) for item_id in items}
    for n in range(actions):
        case.answers[items[n % len(items)]].actions.append(
            Action(f"Actie {n + 1}: controleer de gesprekspartner", "Zoë de Vries",
                   date(2027, 1 + n % 12, 1 + n % 28)))
    return case
