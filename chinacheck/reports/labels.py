"""Every fixed word the PDFs print, in one place, keyed by stable English keys.

These are ChinaCheck's own labels (captions, headings, field names), never guidance: all
guidance text comes from the bundled brochure content. A translation is a second table with the
same keys; ``LABELS["en"]`` exists so that the key set is checked by a test from the start.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from chinacheck.guidance.content import ChecklistItem

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
    "signoff-revision": "Revisie {revision}",
    "signoff-locked": "Definitief afgetekend. Deze revisie is afgesloten: ChinaCheck staat geen "
                      "wijzigingen toe (alleen heropenen, wat een nieuwe revisie begint); "
                      "wijzigingen buiten ChinaCheck worden herkend, een vervalsing met nieuwe "
                      "vingerafdruk alleen als de zaak digitaal is ondertekend.",
    "signoff-sealed": "Verzegeld met een digitale handtekening in het zaakbestand.",
    "signoff-not-final": "Nog niet definitief afgetekend.",
    "signoff-none": "Voor deze revisie is nog niet afgetekend.",
    "col-function": "Functie",
    "col-decision": "Besluit",
    "col-signed-at": "Datum en tijd",
    "signoff-final": "definitief",
    "signoff-conditions": "Voorwaarden",
    "signoff-statement": "Verklaring",
    "signoff-stale": "Afgetekend bij een eerdere inhoud (vingerafdruk {value}).",
    "signoff-earlier": "Eerdere revisies: {entries}.",
    "signoff-earlier-entry": "revisie {revision}: {name}, {decision}{final}, {date}",
    "fingerprint": "Vingerafdruk van de inhoud (SHA-256)",
    "fingerprint-help": "Dezelfde vingerafdruk staat in de QR-code en in de eigenschappen van "
                        "deze PDF. Controleer de PDF tegen het zaakbestand met: chinacheck verify "
                        "ZAAK.chinacheck DEZE.pdf",
    "decision-doorgaan": "Doorgaan",
    "decision-doorgaan onder voorwaarden": "Doorgaan onder voorwaarden",
    "decision-niet doorgaan": "Niet doorgaan",
    "decision-eerst advies vragen (ICP)": "Eerst advies vragen (ICP)",
    "field-revision": "Revisie",
    "field-signoff": "Aftekening",
    "signoff-status-final": "Definitief afgetekend door {name} op {date}",
    "signoff-status-partial": "{count} aftekening(en), nog niet definitief",
    "signoff-status-none": "Nog niet afgetekend",
    "conditions-item": "voorwaarde bij aftekening (revisie {revision})",
    "audit": "Bijlage: logboek",
    "audit-intro": "Wat er met deze zaak is gebeurd, in volgorde. ChinaCheck vult het logboek "
                   "alleen aan; elke regel bevat de hash van de vorige, zodat een regel die "
                   "buiten ChinaCheck is gewijzigd, verwijderd of verplaatst wordt herkend (een "
                   "vervalsing die alle hashes opnieuw berekent alleen als de zaak digitaal is "
                   "ondertekend). Het maken van deze PDF wordt daarna in het zaakbestand "
                   "vastgelegd en staat hier dus nog niet bij.",
    "col-when": "Tijdstip",
    "col-event": "Gebeurtenis",
    "col-revision": "Revisie",
    "col-detail": "Details",
    "event-created": "Aangemaakt",
    "event-details-changed": "Gegevens gewijzigd",
    "event-answers-changed": "Antwoorden gewijzigd",
    "event-conditions-changed": "Voorwaarden bijgewerkt",
    "event-signed": "Afgetekend",
    "event-reopened": "Heropend",
    "event-exported": "PDF gemaakt",
    "event-migrated": "Bestandsformaat bijgewerkt",
    "tampered-mark": "BUITEN CHINACHECK GEWIJZIGD",
    "tampered-note": "Waarschuwing: deze zaak is buiten ChinaCheck gewijzigd. Deze PDF toont wat "
                     "het zaakbestand nu zegt, niet wat is afgetekend.",
    "tampered-title": "Buiten ChinaCheck gewijzigd",
    "tampered-intro": "Het zaakbestand klopt niet met zijn eigen aftekeningen en logboek:",
    "detail-chained": "{value} eerdere regels bij de omzetting aan elkaar gekoppeld",
    "detail-verified": "gecontroleerd: {value}",
    "detail-sealed": "verzegeld",
    "check-final-fingerprint": "vingerafdruk van de definitieve aftekening",
    "check-signoffs-match-audit": "aftekeningen tegen het logboek",
    "check-revisions-match-audit": "revisies tegen het logboek",
    "detail-fields": "velden: {value}",
    "detail-items": "punten: {value}",
    "detail-conditions": "voorwaarden: {value}",
    "detail-final": "definitief",
    "detail-from-revision": "van revisie {value}",
    "detail-reason": "reden: {value}",
    "detail-sha256": "SHA-256 van de PDF: {value}",
    "detail-signed-pdf": "digitaal ondertekend",
    "detail-document": "document {value}",
    "detail-signed-by": "digitaal ondertekend door {value}",
    "detail-migrated": "van formaatversie {old} naar {new}; oude bestand bewaard als {backup}",
    "detail-derived": "afgeleid uit het aanmaaktijdstip bij het bijwerken van het bestandsformaat",
    "detail-copied": "kopie van zaak {value}",
    "detail-fingerprint": "vingerafdruk {value}",
    "fieldname-title": "titel",
    "fieldname-kind": "soort",
    "fieldname-organisation": "organisatie",
    "fieldname-preparer": "opsteller",
    "fieldname-start_date": "begindatum",
    "fieldname-end_date": "einddatum",
    "fieldname-counterparts": "gesprekspartners",
    "fieldname-intermediaries": "tussenpersonen",
    "fieldname-topics": "onderwerpen",
    "fieldname-measures": "maatregelen",
    "fieldname-overall_risk": "totaalrisico",
    "fieldname-decision": "besluit",
    "fieldname-content_version": "inhoudsversie",
    "sigbox-title": "Digitaal ondertekend door",
    "sigbox-when": "op {when}",
    "sigbox-case": "Zaak {id} · revisie {revision}",
    "sigbox-fingerprint": "Vingerafdruk {value}",
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
    "signoff-revision": "Revision {revision}",
    "signoff-locked": "Finally signed off. This revision is closed: ChinaCheck allows no changes "
                      "(only reopening, which starts a new revision); changes made outside "
                      "ChinaCheck are detected, a forgery with a new fingerprint only if the case "
                      "is digitally signed.",
    "signoff-sealed": "Sealed with a digital signature in the case file.",
    "signoff-not-final": "Not yet finally signed off.",
    "signoff-none": "No sign-off for this revision yet.",
    "col-function": "Function",
    "col-decision": "Decision",
    "col-signed-at": "Date and time",
    "signoff-final": "final",
    "signoff-conditions": "Conditions",
    "signoff-statement": "Statement",
    "signoff-stale": "Signed off on earlier content (fingerprint {value}).",
    "signoff-earlier": "Earlier revisions: {entries}.",
    "signoff-earlier-entry": "revision {revision}: {name}, {decision}{final}, {date}",
    "fingerprint": "Fingerprint of the content (SHA-256)",
    "fingerprint-help": "The same fingerprint is in the QR code and in this PDF's properties. "
                        "Check the PDF against the case file with: chinacheck verify "
                        "CASE.chinacheck THIS.pdf",
    "decision-doorgaan": "Proceed",
    "decision-doorgaan onder voorwaarden": "Proceed under conditions",
    "decision-niet doorgaan": "Do not proceed",
    "decision-eerst advies vragen (ICP)": "Ask for advice first (ICP)",
    "field-revision": "Revision",
    "field-signoff": "Sign-off",
    "signoff-status-final": "Finally signed off by {name} on {date}",
    "signoff-status-partial": "{count} sign-off(s), not yet final",
    "signoff-status-none": "Not yet signed off",
    "conditions-item": "condition of sign-off (revision {revision})",
    "audit": "Appendix: audit trail",
    "audit-intro": "What happened to this case, in order. ChinaCheck only ever adds to the "
                   "trail; each entry carries the hash of the one before, so an entry changed, "
                   "deleted or moved outside ChinaCheck is detected (a forgery that recomputes "
                   "every hash only if the case is digitally signed). Making this PDF is "
                   "recorded in the case file afterwards, so it is not listed here yet.",
    "col-when": "Time",
    "col-event": "Event",
    "col-revision": "Revision",
    "col-detail": "Details",
    "event-created": "Created",
    "event-details-changed": "Details changed",
    "event-answers-changed": "Answers changed",
    "event-conditions-changed": "Conditions updated",
    "event-signed": "Signed off",
    "event-reopened": "Reopened",
    "event-exported": "PDF made",
    "event-migrated": "File format upgraded",
    "tampered-mark": "CHANGED OUTSIDE CHINACHECK",
    "tampered-note": "Warning: this case was changed outside ChinaCheck. This PDF shows what the "
                     "case file says now, not what was signed off.",
    "tampered-title": "Changed outside ChinaCheck",
    "tampered-intro": "The case file does not match its own sign-offs and audit trail:",
    "detail-chained": "{value} earlier entries linked when the format was upgraded",
    "detail-verified": "checked: {value}",
    "detail-sealed": "sealed",
    "check-final-fingerprint": "fingerprint of the final sign-off",
    "check-signoffs-match-audit": "sign-offs against the audit trail",
    "check-revisions-match-audit": "revisions against the audit trail",
    "detail-fields": "fields: {value}",
    "detail-items": "items: {value}",
    "detail-conditions": "conditions: {value}",
    "detail-final": "final",
    "detail-from-revision": "from revision {value}",
    "detail-reason": "reason: {value}",
    "detail-sha256": "SHA-256 of the PDF: {value}",
    "detail-signed-pdf": "digitally signed",
    "detail-document": "document {value}",
    "detail-signed-by": "digitally signed by {value}",
    "detail-migrated": "from format version {old} to {new}; old file kept as {backup}",
    "detail-derived": "derived from the creation time when the file format was upgraded",
    "detail-copied": "copy of case {value}",
    "detail-fingerprint": "fingerprint {value}",
    "fieldname-title": "title",
    "fieldname-kind": "kind",
    "fieldname-organisation": "organisation",
    "fieldname-preparer": "preparer",
    "fieldname-start_date": "start date",
    "fieldname-end_date": "end date",
    "fieldname-counterparts": "counterparts",
    "fieldname-intermediaries": "intermediaries",
    "fieldname-topics": "topics",
    "fieldname-measures": "measures",
    "fieldname-overall_risk": "overall risk",
    "fieldname-decision": "decision",
    "fieldname-content_version": "content version",
    "sigbox-title": "Digitally signed by",
    "sigbox-when": "on {when}",
    "sigbox-case": "Case {id} · revision {revision}",
    "sigbox-fingerprint": "Fingerprint {value}",
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

    def get(self, key: str, default: str) -> str:
        """A label that may not exist (a field or event name from a newer file)."""
        return self._table.get(key, default)

    def date(self, value: date | None) -> str:
        """'14 maart 2027'; an empty value as a dash."""
        if value is None:
            return self._table["empty-value"]
        return f"{value.day} {_MONTHS[self.language][value.month - 1]} {value.year}"

    def item(self, item: ChecklistItem) -> str:
        """A checklist item's short label (ours) in this language."""
        return item.short_label(self.language)

    def timestamp(self, value: datetime) -> str:
        return f"{self.date(value.date())} {value:%H:%M}"
