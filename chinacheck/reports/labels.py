"""Every fixed word the PDFs print, in one place, keyed by stable English keys.

These are ChinaCheck's own labels (captions, headings, field names), never guidance: all
guidance text comes from the bundled brochure content. They are written in Dutch and marked
(``N_``); the other languages come from the message catalogue (:mod:`chinacheck.i18n`), in the
language of the PDF rather than the language of the messages around it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from chinacheck.i18n import LANGUAGES, N_, translate

if TYPE_CHECKING:
    from chinacheck.guidance.content import ChecklistItem

NL: dict[str, str] = {
    "app": N_("ChinaCheck"),
    "page-of": N_("pagina {page} van {total}"),
    "generated": N_("gemaakt op {when}"),
    "document-id": N_("document {id}"),
    "classification": N_("Rubricering: {value}"),
    # case summary
    "summary-doc": N_("Zaakoverzicht"),
    "field-kind": N_("Soort"),
    "field-organisation": N_("Organisatie"),
    "field-preparer": N_("Opgesteld door"),
    "field-period": N_("Periode"),
    "field-risk": N_("Totaalrisico"),
    "field-decision": N_("Besluit"),
    "field-progress": N_("Voortgang"),
    "field-case-id": N_("Zaak-id"),
    "field-modified": N_("Laatst gewijzigd"),
    "field-details": N_("Zaakgegevens"),
    # the first page as a decision record
    "record-heading": N_("Besluit (revisie {revision})"),
    "record-decision": N_("Besluit"),
    "record-by": N_("Besloten door"),
    "record-person": N_("{name}, {role}"),
    "record-when": N_("Datum en tijd"),
    "record-conditions": N_("Voorwaarden"),
    "record-none": N_("geen"),
    "record-statement": N_("Verklaring"),
    "record-despite": N_("Besloten ondanks"),
    "record-despite-reason": N_("Reden: {reason}"),
    "record-despite-gaps": N_("Open punten bij het besluit ({count}):"),
    "record-more": N_("… en {count} meer"),
    "record-final": N_("definitief"),
    "record-not-final": N_("nog niet definitief"),
    "record-no-decision": N_("Er is nog geen besluit vastgelegd: deze revisie is nog niet "
                             "afgetekend."),
    "record-risk": N_("Totaalrisico"),
    "record-readiness": N_("Gereedheid"),
    "record-ready": N_("Gereed voor een definitief besluit: er ontbreekt niets."),
    "record-not-ready": N_("Nog niet gereed voor een definitief besluit: {count} punten "
                           "ontbreken."),
    "progress": N_("{answered} van {total} punten beantwoord; open acties: {actions}"),
    "period": N_("{start} t/m {end}"),
    "empty-value": N_("—"),
    "counterparts": N_("Gesprekspartners"),
    "intermediaries": N_("Tussenpersonen"),
    "col-name": N_("Naam"),
    "col-organisation": N_("Organisatie"),
    "col-role": N_("Rol in de partijstaat"),
    "col-notes": N_("Notities"),
    "col-background": N_("Achtergrond en belang"),
    "none-counterparts": N_("Geen gesprekspartners vastgelegd."),
    "none-intermediaries": N_("Geen tussenpersonen vastgelegd."),
    "screening": N_("Onderwerp en technologietabel"),
    "col-topic": N_("Onderwerp"),
    "none-topics": N_("Geen onderwerpen vastgelegd; het onderwerp is niet getoetst."),
    "no-match-cell": N_("geen treffer in de tabel"),
    "matched-on": N_("gevonden op: {terms}"),
    "from-brochure": N_("Uit de brochure:"),
    "print-limited": N_("Niet alles is afgedrukt: deze zaak is groter dan een zaakoverzicht "
                        "toont ({parts}). Het zaakbestand bevat alles."),
    "print-left": N_("{count} {what} niet afgedrukt"),
    "print-cut": N_("{count} teksten ingekort, herkenbaar aan {mark}"),
    "print-noun-counterparts": N_("gesprekspartners"),
    "print-noun-intermediaries": N_("tussenpersonen"),
    "print-noun-topics": N_("onderwerpen"),
    "print-noun-answers": N_("antwoorden"),
    "print-noun-actions": N_("acties"),
    "print-noun-signoffs": N_("aftekeningen"),
    "print-noun-conditions": N_("voorwaarden"),
    "print-noun-audit": N_("logboekregels"),
    "audit-omitted": N_("De {count} oudste regels van het logboek zijn hier niet afgedrukt; het "
                        "zaakbestand bevat ze."),
    "screening-limited": N_("Niet alles is getoetst: van een zeer lange tekst toetst ChinaCheck "
                            "alleen de eerste {limit} tekens, en van een zeer lang woord de "
                            "eerste {word} tekens."),
    "checklist": N_("Checklist"),
    "note": N_("Notitie"),
    "actions": N_("Acties"),
    "done": N_("afgerond"),
    "due": N_("uiterlijk {date}"),
    "emphasis": N_("aandachtspunt voor deze soort"),
    "emphasis-short": N_("aandachtspunt"),
    "open-points": N_("Open punten en acties"),
    "open-items": N_("Nog niet beantwoord ({count}): {ids}"),
    "no-open-items": N_("Alle punten zijn beantwoord."),
    "col-action": N_("Actie"),
    "col-owner": N_("Eigenaar"),
    "col-due": N_("Uiterlijk"),
    "col-item": N_("Punt"),
    "col-status": N_("Status"),
    "col-answer": N_("Notitie en acties"),
    "no-open-actions": N_("Geen open acties."),
    "measures": N_("Maatregelen"),
    "none-measures": N_("Geen maatregelen vastgelegd."),
    "signoff": N_("Aftekening"),
    "signoff-intro": N_("Voor akkoord:"),
    "signoff-name": N_("Naam"),
    "signoff-function": N_("Functie"),
    "signoff-date": N_("Datum"),
    "signoff-signature": N_("Handtekening"),
    "signoff-revision": N_("Revisie {revision}"),
    "signoff-locked": N_("Definitief afgetekend. Deze revisie is afgesloten: ChinaCheck staat "
                         "geen wijzigingen toe (alleen heropenen, wat een nieuwe revisie "
                         "begint); wijzigingen buiten ChinaCheck worden herkend, een vervalsing "
                         "met nieuwe vingerafdruk alleen als de zaak digitaal is ondertekend."),
    "signoff-sealed": N_("Verzegeld met een digitale handtekening in het zaakbestand."),
    "signoff-not-final": N_("Nog niet definitief afgetekend."),
    "signoff-none": N_("Voor deze revisie is nog niet afgetekend."),
    "col-function": N_("Functie"),
    "col-decision": N_("Besluit"),
    "col-signed-at": N_("Datum en tijd"),
    "signoff-final": N_("definitief"),
    "signoff-conditions": N_("Voorwaarden"),
    "signoff-statement": N_("Verklaring"),
    "signoff-despite": N_("Besloten ondanks {count} open punten, reden"),
    "signoff-stale": N_("Afgetekend bij een eerdere inhoud (vingerafdruk {value})."),
    "signoff-earlier": N_("Eerdere revisies: {entries}."),
    "signoff-earlier-entry": N_("revisie {revision}: {name}, {decision}{final}, {date}"),
    "fingerprint": N_("Vingerafdruk van de inhoud (SHA-256)"),
    "fingerprint-help": N_("Dezelfde vingerafdruk staat in de QR-code en in de eigenschappen "
                           "van deze PDF. Controleer de PDF tegen het zaakbestand met: "
                           "chinacheck verify ZAAK.chinacheck DEZE.pdf"),
    "decision-doorgaan": N_("Doorgaan"),
    "decision-doorgaan onder voorwaarden": N_("Doorgaan onder voorwaarden"),
    "decision-niet doorgaan": N_("Niet doorgaan"),
    "decision-eerst advies vragen (ICP)": N_("Eerst advies vragen (ICP)"),
    "field-revision": N_("Revisie"),
    "field-signoff": N_("Aftekening"),
    "signoff-status-final": N_("Definitief afgetekend door {name} op {date}"),
    "signoff-status-partial": N_("{count} aftekening(en), nog niet definitief"),
    "signoff-status-none": N_("Nog niet afgetekend"),
    "conditions-item": N_("voorwaarde bij aftekening (revisie {revision})"),
    "audit": N_("Bijlage: logboek"),
    "audit-intro": N_("Wat er met deze zaak is gebeurd, in volgorde. ChinaCheck vult het "
                      "logboek alleen aan; elke regel bevat de hash van de vorige, zodat een "
                      "regel die buiten ChinaCheck is gewijzigd, verwijderd of verplaatst wordt "
                      "herkend (een vervalsing die alle hashes opnieuw berekent alleen als de "
                      "zaak digitaal is ondertekend). Het maken van deze PDF wordt daarna in het "
                      "zaakbestand vastgelegd en staat hier dus nog niet bij."),
    "col-when": N_("Tijdstip"),
    "col-event": N_("Gebeurtenis"),
    "col-revision": N_("Revisie"),
    "col-detail": N_("Details"),
    "event-created": N_("Aangemaakt"),
    "event-details-changed": N_("Gegevens gewijzigd"),
    "event-answers-changed": N_("Antwoorden gewijzigd"),
    "event-conditions-changed": N_("Voorwaarden bijgewerkt"),
    "event-signed": N_("Afgetekend"),
    "event-reopened": N_("Heropend"),
    "event-exported": N_("Geëxporteerd"),
    "event-migrated": N_("Bestandsformaat bijgewerkt"),
    "event-phase-changed": N_("Fase gewijzigd"),
    "event-review-scheduled": N_("Herbeoordeling gepland"),
    "event-debrief-changed": N_("Nazorg bijgewerkt"),
    "detail-phase": N_("fase: {old} → {new}"),
    "detail-phase-by-signoff": N_("door de definitieve aftekening"),
    "detail-phase-by-reopen": N_("door het heropenen"),
    "detail-phase-by-undo": N_("door ongedaan maken of opnieuw doen in de app"),
    "detail-ended-on": N_("beëindigd op {value}"),
    "detail-review-date": N_("volgende herbeoordeling: {value}"),
    "detail-review-default": N_("volgende herbeoordeling weer volgens de standaardtermijn"),
    "detail-debrief": N_("nazorgregels: {value}"),
    "event-woo-marked": N_("Woo-markering gewijzigd"),
    "event-content-moved": N_("Overgezet naar nieuwere inhoud"),
    "detail-content-moved": N_("inhoud {old} → {new}: {added} nieuw, {withdrawn} vervallen, "
                               "{reworded} anders geformuleerd, {moved} samengevoegd, "
                               "gesplitst of hernoemd"),
    "detail-reconfirm": N_("opnieuw bevestigen: {value}"),
    "detail-withdrawn-answers": N_("antwoorden op vervallen vragen bewaard: {value}"),
    "detail-woo-marked": N_("{paths}: {grounds}"),
    "detail-woo-unmarked": N_("{paths}: niet gelakt"),
    "detail-woo-default": N_("{paths}: markering vervallen (standaard voor namen geldt)"),
    "detail-woo-version": N_("Woo-versie"),
    # the Woo version (chinacheck.reports.woo_version)
    "woo-doc": N_("Zaakoverzicht – Woo-versie"),
    "woo-redacted": N_("[gelakt – {codes}]"),
    "woo-notice": N_("Woo-versie: gelakte passages zijn vervangen door een vak met de "
                     "weigeringsgrond; de lijst van lakkingen staat achteraan. Dit document "
                     "heeft een eigen kenmerk ({id}) en draagt niet de vingerafdruk van de "
                     "zaak."),
    "woo-inventory": N_("Lijst van lakkingen"),
    "woo-inventory-intro": N_("Elke gelakte passage met de onderdelen van het zaakoverzicht "
                              "waarin zij staat en de weigeringsgrond uit de Wet open overheid "
                              "(Woo). De omschrijvingen zijn de weergave van ChinaCheck van de "
                              "wettekst{unverified}; de tekst van de wet zelf staat op "
                              "wetten.overheid.nl."),
    "woo-unverified": N_(" (niet gecontroleerd tegen de officiële tekst)"),
    "woo-col-number": N_("Nr."),
    "woo-col-section": N_("Onderdeel"),
    "woo-col-ground": N_("Grond"),
    "woo-col-description": N_("Omschrijving"),
    "woo-none": N_("Er is niets gelakt."),
    "woo-sec-title": N_("Titel"),
    "woo-sec-conditions": N_("Voorwaarden"),
    "woo-sec-ended": N_("Beëindiging"),
    "woo-sec-debrief": N_("Nazorg"),
    "woo-sec-item": N_("{section}, punt {number}"),
    "woo-sec-row": N_("{section}, rij {row}"),
    "woo-field-note": N_("notitie"),
    "woo-field-statement": N_("verklaring"),
    "woo-field-conditions": N_("voorwaarden"),
    "woo-field-reason": N_("reden"),
    "woo-field-file": N_("bestandsnaam"),
    "woo-fingerprint": N_("Kenmerk Woo-versie"),
    "woo-fingerprint-help": N_("Deze Woo-versie is gemaakt uit revisie {revision} van de zaak; "
                               "het logboek van de zaak legt het kenmerk vast. De vingerafdruk "
                               "van de volledige zaak staat niet in dit document."),
    "detail-review": N_("herbeoordeling"),
    "tampered-mark": N_("BUITEN CHINACHECK GEWIJZIGD"),
    "tampered-note": N_("Waarschuwing: deze zaak is buiten ChinaCheck gewijzigd. Deze PDF toont "
                        "wat het zaakbestand nu zegt, niet wat is afgetekend."),
    "tampered-title": N_("Buiten ChinaCheck gewijzigd"),
    "tampered-intro": N_("Het zaakbestand klopt niet met zijn eigen aftekeningen en logboek:"),
    "detail-chained": N_("{value} eerdere regels bij de omzetting aan elkaar gekoppeld"),
    "detail-verified": N_("gecontroleerd: {value}"),
    "detail-sealed": N_("verzegeld"),
    "detail-gaps": N_("ondanks {value} open punten"),
    "check-final-fingerprint": N_("vingerafdruk van de definitieve aftekening"),
    "check-signoffs-match-audit": N_("aftekeningen tegen het logboek"),
    "check-revisions-match-audit": N_("revisies tegen het logboek"),
    "detail-fields": N_("velden: {value}"),
    "detail-items": N_("punten: {value}"),
    "detail-conditions": N_("voorwaarden: {value}"),
    "detail-final": N_("definitief"),
    "detail-from-revision": N_("van revisie {value}"),
    "detail-reason": N_("reden: {value}"),
    "detail-sha256": N_("SHA-256 van de PDF: {value}"),
    "detail-sha256-file": N_("SHA-256 van het bestand: {value}"),
    "detail-signed-pdf": N_("digitaal ondertekend"),
    "detail-document": N_("document {value}"),
    "detail-format-docx": N_("Word-document (DOCX)"),
    "detail-layout-collegevoorstel": N_("opmaak collegevoorstel"),
    "detail-signed-by": N_("digitaal ondertekend door {value}"),
    "detail-migrated": N_("van formaatversie {old} naar {new}; oude bestand bewaard als {backup}"),
    "detail-derived": N_("afgeleid uit het aanmaaktijdstip bij het bijwerken van het "
                         "bestandsformaat"),
    "detail-copied": N_("kopie van zaak {value}"),
    "detail-fingerprint": N_("vingerafdruk {value}"),
    "fieldname-title": N_("titel"),
    "fieldname-kind": N_("soort"),
    "fieldname-organisation": N_("organisatie"),
    "fieldname-preparer": N_("opsteller"),
    "fieldname-start_date": N_("begindatum"),
    "fieldname-end_date": N_("einddatum"),
    "fieldname-counterparts": N_("gesprekspartners"),
    "fieldname-intermediaries": N_("tussenpersonen"),
    "fieldname-topics": N_("onderwerpen"),
    "fieldname-measures": N_("maatregelen"),
    "fieldname-overall_risk": N_("totaalrisico"),
    "fieldname-decision": N_("besluit"),
    "fieldname-content_version": N_("inhoudsversie"),
    "fieldname-four_eyes": N_("functiescheiding"),
    "four-eyes-geen": N_("geen functiescheiding"),
    "four-eyes-andere aftekenaar": N_("andere aftekenaar"),
    "four-eyes-twee aftekeningen": N_("twee aftekeningen"),
    "four-eyes-organisation": N_("die van de organisatie"),
    "detail-four-eyes": N_("functiescheiding: {value}"),
    "detail-four-eyes-case": N_("functiescheiding voor deze zaak: {value} (was: {previous})"),
    "detail-first-of-two": N_("eerste van twee aftekeningen, vergrendelt niet"),
    "sigbox-title": N_("Digitaal ondertekend door"),
    "sigbox-when": N_("op {when}"),
    "sigbox-case": N_("Zaak {id} · revisie {revision}"),
    "sigbox-fingerprint": N_("Vingerafdruk {value}"),
    "source": N_("Bron"),
    "source-line": N_("Bron van de vragen en adviezen: {publisher}, {title}, {date}, {edition} "
                      "(inhoudsversie {content}). Gemaakt met ChinaCheck {version}."),
    # the Word document (chinacheck/reports/docx_summary.py)
    "docx-quotes": N_("De vragen en adviezen in citaatopmaak zijn letterlijk overgenomen uit de "
                      "brochure; de korte namen en nummers zijn van ChinaCheck."),
    "docx-quote-source": N_("Bron: {publisher}, {title}, {date}."),
    "docx-whose": N_("Tekst van: {source}"),
    "docx-fingerprint-help": N_("Dezelfde vingerafdruk staat in het zaakoverzicht als PDF. Een "
                                "Word-document kan worden bewerkt: ChinaCheck controleert "
                                "alleen PDF's (chinacheck verify)."),
    "cv-doc": N_("Collegevoorstel"),
    "cv-title": N_("Collegevoorstel: {title}"),
    "cv-draft": N_("Concept – door ChinaCheck opgesteld, controleer en pas aan"),
    "cv-draft-short": N_("Concept"),
    "cv-draft-intro": N_("ChinaCheck heeft deze tekst opgesteld uit de gegevens van de zaak. "
                         "Neem hem over in het sjabloon van uw organisatie en vul aan wat een "
                         "besluit nodig heeft."),
    "cv-subject": N_("Onderwerp"),
    "cv-reason": N_("Aanleiding"),
    "cv-decision": N_("Besluit en advies"),
    "cv-decision-signed": N_("{decision} ({status}), besloten door {name}, {role}, op {date}."),
    "cv-advice": N_("Advies"),
    "cv-considerations": N_("Afwegingen uit de checklist"),
    "cv-risks": N_("Risico's"),
    "cv-risk-sector": N_("{topic}: {sector} (technologietabel van de brochure)"),
    "cv-conditions": N_("Voorwaarden"),
    "cv-appendices": N_("Bijlagen"),
    "cv-appendix-summary": N_("Zaakoverzicht uit ChinaCheck (zaak {id}, revisie {revision}, "
                              "vingerafdruk {fingerprint} …)"),
    "cv-appendix-brochure": N_("{publisher}, {title} ({date})"),
    "appendix": N_("Bijlage: antwoorden die niet in de checklist hierboven staan"),
    "appendix-intro": N_("Deze antwoorden staan in het zaakbestand en worden hier "
                         "volledigheidshalve getoond."),
    "appendix-excluded": N_("Punten die niet bij de soort {kind} horen"),
    "appendix-unknown": N_("Punten die deze inhoudsversie ({content}) niet kent"),
    "appendix-withdrawn": N_("Vragen die een nieuwere editie van de inhoud heeft laten vervallen"),
    "appendix-withdrawn-intro": N_("De zaak is overgezet naar nieuwere inhoud. Deze vragen "
                                   "komen daarin niet meer voor; de antwoorden staan hier "
                                   "zoals ze bij de vraag van toen zijn gegeven."),
    "whose-unverified": N_("{publisher}, niet geverifieerd"),
    "packs-line": N_("Inhoudspakketten: {packs}."),
    "screened-against": N_("Getoetst aan: {packs}"),
    "reconfirm": N_("opnieuw bevestigen: vraag anders geformuleerd"),
    "checklist-whose": N_("De korte koppen en nummers zijn van ChinaCheck; achter elke vraag "
                          "staat van wie de tekst is."),
    "status-open": N_("Nog niet beantwoord"),
    "status-ja": N_("Ja"),
    "status-nee": N_("Nee"),
    "status-deels": N_("Deels"),
    "status-n.v.t.": N_("N.v.t."),
    "status-onbekend": N_("Onbekend"),
    "risk-nog niet bepaald": N_("Nog niet bepaald"),
    "risk-laag": N_("Laag"),
    "risk-midden": N_("Midden"),
    "risk-hoog": N_("Hoog"),
    # blank checklist
    "blank-doc": N_("Checklist voor het gesprek"),
    "blank-title": N_("Checklist: {kind}"),
    "blank-intro": N_("Vul in tijdens of na het gesprek. Elk punt heeft een nummer, dat "
                      "ChinaCheck in de checklist ook toont, zodat de antwoorden daarna "
                      "makkelijk kunnen worden overgenomen."),
    "blank-case": N_("Zaak"),
    "blank-date": N_("Datum"),
    "blank-participants": N_("Deelnemers"),
    "blank-classification": N_("Rubricering"),
    "blank-notes": N_("Notitie"),
    # travel card
    "card-doc": N_("Reiskaart"),
    "card-own-heading": N_("Toelichting ChinaCheck"),
    "card-own-text": N_("Reiskaart voor wie naar China reist of een Chinese delegatie ontvangt. "
                        "Vouw het blad langs de stippellijn. De vragen, adviezen en adressen op "
                        "deze kaart komen letterlijk uit de brochure van de {publisher} ({date})."),
    "card-fold": N_("vouwen"),
    "contact-email": N_("E-mail"),
    "contact-postal": N_("Postadres"),
    "contact-visiting": N_("Bezoekadres"),
    "contact-phone": N_("Telefoon"),
    "contact-website": N_("Website"),
}

_MONTHS = (N_("januari"), N_("februari"), N_("maart"), N_("april"), N_("mei"), N_("juni"),
           N_("juli"), N_("augustus"), N_("september"), N_("oktober"), N_("november"),
           N_("december"))


class Labels:
    """The labels in one language; ``labels("page-of", page=1, total=3)``."""

    def __init__(self, language: str = "nl") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no labels for language {language!r}")
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        text = translate(NL[key], self.language)
        return text.format(**values) if values else text

    def get(self, key: str, default: str) -> str:
        """A label that may not exist (a field or event name from a newer file)."""
        return self(key) if key in NL else default

    def date(self, value: date | None) -> str:
        """'14 maart 2027'; an empty value as a dash."""
        if value is None:
            return self("empty-value")
        month = translate(_MONTHS[value.month - 1], self.language)
        return f"{value.day} {month} {value.year}"

    def item(self, item: ChecklistItem) -> str:
        """A checklist item's short label (ours) in this language."""
        return item.short_label(self.language)

    def timestamp(self, value: datetime) -> str:
        return f"{self.date(value.date())} {value:%H:%M}"
