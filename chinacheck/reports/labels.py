"""Every fixed word the PDFs print, in one place, keyed by stable English keys.

These are ChinaCheck's own labels (captions, headings, field names), never guidance: all
guidance text comes from the bundled brochure content. A translation is a second table with the
same keys; ``LABELS["en"]`` exists so that the key set is checked by a test from the start.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

NL: dict[str, str] = {
    "app": "ChinaCheck",
    "page-of": "pagina {page} van {total}",
    "generated": "gemaakt op {when}",
    "document-id": "document {id}",
    "classification": "Rubricering: {value}",
    # case summary
    "summary-doc": "Zaakoverzicht",
    "field-kind": "Soort",
    "field-organisation": "Organisatie",
    "field-preparer": "Opgesteld door",
    "field-period": "Periode",
    "field-risk": "Totaalrisico",
    "field-decision": "Besluit",
    "field-progress": "Voortgang",
    "field-case-id": "Zaak-id",
    "field-modified": "Laatst gewijzigd",
    "progress": "{answered} van {total} punten beantwoord; open acties: {actions}",
    "period": "{start} t/m {end}",
    "empty-value": "—",
    "counterparts": "Gesprekspartners",
    "intermediaries": "Tussenpersonen",
    "col-name": "Naam",
    "col-organisation": "Organisatie",
    "col-role": "Rol in de partijstaat",
    "col-notes": "Notities",
    "col-background": "Achtergrond en belang",
    "none-counterparts": "Geen gesprekspartners vastgelegd.",
    "none-intermediaries": "Geen tussenpersonen vastgelegd.",
    "screening": "Onderwerp en technologietabel",
    "col-topic": "Onderwerp",
    "none-topics": "Geen onderwerpen vastgelegd; het onderwerp is niet getoetst.",
    "no-match-cell": "komt niet voor in de tabel",
    "matched-on": "gevonden op: {terms}",
    "from-brochure": "Uit de brochure:",
    "checklist": "Checklist",
    "note": "Notitie",
    "actions": "Acties",
    "done": "afgerond",
    "due": "uiterlijk {date}",
    "emphasis": "aandachtspunt voor deze soort",
    "emphasis-short": "aandachtspunt",
    "open-points": "Open punten en acties",
    "open-items": "Nog niet beantwoord ({count}): {ids}",
    "no-open-items": "Alle punten zijn beantwoord.",
    "col-action": "Actie",
    "col-owner": "Eigenaar",
    "col-due": "Uiterlijk",
    "col-item": "Punt",
    "col-status": "Status",
    "col-answer": "Notitie en acties",
    "no-open-actions": "Geen open acties.",
    "measures": "Maatregelen",
    "none-measures": "Geen maatregelen vastgelegd.",
    "signoff": "Aftekening",
    "signoff-intro": "Voor akkoord:",
    "signoff-name": "Naam",
    "signoff-function": "Functie",
    "signoff-date": "Datum",
    "signoff-signature": "Handtekening",
    "source": "Bron",
    "source-line": "Bron van de vragen en adviezen: {publisher}, {title}, {date}, {edition} "
                   "(inhoudsversie {content}). Gemaakt met ChinaCheck {version}.",
    "appendix": "Bijlage: antwoorden die niet in de checklist hierboven staan",
    "appendix-intro": "Deze antwoorden staan in het zaakbestand en worden hier volledigheidshalve "
                      "getoond.",
    "appendix-excluded": "Punten die niet bij de soort {kind} horen",
    "appendix-unknown": "Punten die deze inhoudsversie ({content}) niet kent",
    "status-open": "Nog niet beantwoord",
    "status-ja": "Ja",
    "status-nee": "Nee",
    "status-deels": "Deels",
    "status-n.v.t.": "N.v.t.",
    "status-onbekend": "Onbekend",
    "risk-nog niet bepaald": "Nog niet bepaald",
    "risk-laag": "Laag",
    "risk-midden": "Midden",
    "risk-hoog": "Hoog",
    # blank checklist
    "blank-doc": "Checklist voor het gesprek",
    "blank-title": "Checklist: {kind}",
    "blank-intro": "Vul in tijdens of na het gesprek. Elk punt heeft zijn id, zodat de antwoorden "
                   "daarna in dezelfde volgorde in ChinaCheck kunnen worden overgenomen.",
    "blank-case": "Zaak",
    "blank-date": "Datum",
    "blank-participants": "Deelnemers",
    "blank-classification": "Rubricering",
    "blank-notes": "Notitie",
    # travel card
    "card-doc": "Reiskaart",
    "card-own-heading": "Toelichting ChinaCheck",
    "card-own-text": "Reiskaart voor wie naar China reist of een Chinese delegatie ontvangt. "
                     "Vouw het blad langs de stippellijn. De vragen, adviezen en adressen op "
                     "deze kaart komen letterlijk uit de brochure van de {publisher} ({date}).",
    "card-fold": "vouwen",
    "contact-email": "E-mail",
    "contact-postal": "Postadres",
    "contact-visiting": "Bezoekadres",
    "contact-phone": "Telefoon",
    "contact-website": "Website",
}

EN: dict[str, str] = {
    "app": "ChinaCheck",
    "page-of": "page {page} of {total}",
    "generated": "generated {when}",
    "document-id": "document {id}",
    "classification": "Classification: {value}",
    "summary-doc": "Case summary",
    "field-kind": "Kind",
    "field-organisation": "Organisation",
    "field-preparer": "Prepared by",
    "field-period": "Period",
    "field-risk": "Overall risk",
    "field-decision": "Decision",
    "field-progress": "Progress",
    "field-case-id": "Case id",
    "field-modified": "Last modified",
    "progress": "{answered} of {total} items answered; open actions: {actions}",
    "period": "{start} to {end}",
    "empty-value": "—",
    "counterparts": "Counterparts",
    "intermediaries": "Intermediaries",
    "col-name": "Name",
    "col-organisation": "Organisation",
    "col-role": "Role in the party-state",
    "col-notes": "Notes",
    "col-background": "Background and interest",
    "none-counterparts": "No counterparts recorded.",
    "none-intermediaries": "No intermediaries recorded.",
    "screening": "Topic and technology table",
    "col-topic": "Topic",
    "none-topics": "No topics recorded; the topic has not been screened.",
    "no-match-cell": "not in the table",
    "matched-on": "matched on: {terms}",
    "from-brochure": "From the brochure:",
    "checklist": "Checklist",
    "note": "Note",
    "actions": "Actions",
    "done": "done",
    "due": "due {date}",
    "emphasis": "key item for this kind",
    "emphasis-short": "key item",
    "open-points": "Open items and actions",
    "open-items": "Not yet answered ({count}): {ids}",
    "no-open-items": "All items are answered.",
    "col-action": "Action",
    "col-owner": "Owner",
    "col-due": "Due",
    "col-item": "Item",
    "col-status": "Status",
    "col-answer": "Note and actions",
    "no-open-actions": "No open actions.",
    "measures": "Measures",
    "none-measures": "No measures recorded.",
    "signoff": "Sign-off",
    "signoff-intro": "Approved:",
    "signoff-name": "Name",
    "signoff-function": "Function",
    "signoff-date": "Date",
    "signoff-signature": "Signature",
    "source": "Source",
    "source-line": "Source of the questions and advice: {publisher}, {title}, {date}, {edition} "
                   "(content version {content}). Made with ChinaCheck {version}.",
    "appendix": "Appendix: answers not shown in the checklist above",
    "appendix-intro": "These answers are in the case file and are shown here for completeness.",
    "appendix-excluded": "Items that do not apply to the kind {kind}",
    "appendix-unknown": "Items this content version ({content}) does not know",
    "status-open": "Not yet answered",
    "status-ja": "Yes",
    "status-nee": "No",
    "status-deels": "Partly",
    "status-n.v.t.": "N/a",
    "status-onbekend": "Unknown",
    "risk-nog niet bepaald": "Not yet determined",
    "risk-laag": "Low",
    "risk-midden": "Medium",
    "risk-hoog": "High",
    "blank-doc": "Meeting checklist",
    "blank-title": "Checklist: {kind}",
    "blank-intro": "Fill in during or after the meeting. Every item carries its id so that the "
                   "answers can be typed into ChinaCheck afterwards in the same order.",
    "blank-case": "Case",
    "blank-date": "Date",
    "blank-participants": "Participants",
    "blank-classification": "Classification",
    "blank-notes": "Note",
    "card-doc": "Travel card",
    "card-own-heading": "ChinaCheck note",
    "card-own-text": "Travel card for those travelling to China or receiving a Chinese "
                     "delegation. Fold the sheet along the dotted line. The questions, advice and "
                     "addresses on this card are quoted from the {publisher} brochure ({date}).",
    "card-fold": "fold",
    "contact-email": "E-mail",
    "contact-postal": "Postal address",
    "contact-visiting": "Visiting address",
    "contact-phone": "Phone",
    "contact-website": "Website",
}

LABELS: Mapping[str, Mapping[str, str]] = {"nl": NL, "en": EN}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


class Labels:
    """The label table of one language; ``labels("page-of", page=1, total=3)``."""

    def __init__(self, language: str = "nl") -> None:
        if language not in LABELS:
            raise ValueError(f"no labels for language {language!r}")
        self.language = language
        self._table = LABELS[language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        return text.format(**values) if values else text

    def date(self, value: date | None) -> str:
        """'14 maart 2027'; an empty value as a dash."""
        if value is None:
            return self._table["empty-value"]
        return f"{value.day} {_MONTHS[self.language][value.month - 1]} {value.year}"

    def timestamp(self, value: datetime) -> str:
        return f"{self.date(value.date())} {value:%H:%M}"
