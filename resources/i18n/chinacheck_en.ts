<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Application</name>
    <message>
        <location filename="../../chinacheck/ui/app.py" line="105"/>
        <source>Instellingen niet bewaard: %1</source>
        <translation>Settings not saved: %1</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="68"/>
        <source>Geschiedenis van de zaak</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="71"/>
        <source> (definitief)</source>
        <translation> (final)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="72"/>
        <source>Revisie %1: %2, %3 — %4%5, %6</source>
        <translation>Revision %1: %2, %3 — %4%5, %6</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="78"/>
        <source>  Besloten ondanks %1 open punten; reden: %2</source>
        <translation>  Decided despite %1 open points; reason: %2</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="82"/>
        <source>Nog niet afgetekend.</source>
        <translation>Not signed off yet.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="85"/>
        <source>Aftekeningen</source>
        <translation>Sign-offs</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="89"/>
        <source>Verloop van de zaak</source>
        <translation>Case history</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="98"/>
        <source>&lt;b&gt;Aftekeningen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sign-offs&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="101"/>
        <source>&lt;b&gt;Verloop&lt;/b&gt; (ChinaCheck vult het alleen aan; wijzigingen buiten ChinaCheck worden herkend)</source>
        <translation>&lt;b&gt;History&lt;/b&gt; (ChinaCheck only adds to it; changes made outside ChinaCheck are detected)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="40"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="40"/>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="40"/>
        <source>Revisie</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/audit_dialog.py" line="41"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Brochure</name>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="47"/>
        <source>Toelichting ChinaCheck (geen tekst uit de brochure)</source>
        <translation>ChinaCheck note (not text from the brochure)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="53"/>
        <source>Hoofdstukken van de brochure</source>
        <translation>Brochure chapters</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="54"/>
        <source>Hoofdstuk</source>
        <translation>Chapter</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="55"/>
        <source>uit</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="56"/>
        <source>Achtergrond</source>
        <translation>Background</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="57"/>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="69"/>
        <source>in deze versie als managementsamenvatting</source>
        <translation>in this version as a management summary</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="71"/>
        <source>in deze versie gedeeltelijk</source>
        <translation>partly in this version</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="72"/>
        <source>niet in deze versie</source>
        <translation>not in this version</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="94"/>
        <source>Achtergrond in eigen woorden van ChinaCheck, naar: %1, “%2”, %3 (%4)</source>
        <translation>Background in ChinaCheck’s own words, based on: %1, “%2”, %3 (%4)</translation>
    </message>
</context>
<context>
    <name>BrochureTab</name>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="27"/>
        <source>Tekst van de brochure</source>
        <translation>Brochure text</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="31"/>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="32"/>
        <source>Zoek in de brochure</source>
        <translation>Search the brochure</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="34"/>
        <source>V&amp;olgende</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="35"/>
        <source>Volgende zoekresultaat</source>
        <translation>Next search result</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="43"/>
        <source>De tekst van de brochure wordt getoond in de officiële Nederlandse versie; alleen de bediening is vertaald.</source>
        <translation>The brochure text is shown in its official Dutch version; only the interface is translated.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinacheck/ui/brochure_tab.py" line="77"/>
        <source>%n treffer(s)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEditions</name>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="66"/>
        <source>De actieve inhoudspakketten zijn niet te laden (%1); nieuwe zaken gebruiken de meegeleverde brochure.</source>
        <translation>The active content packs cannot be loaded (%1); new cases use the bundled brochure.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="84"/>
        <source>Alleen-lezen: %1. Importeer dat pakket (Help → Inhoudspakketten…) om de zaak met haar eigen tekst te tonen en te wijzigen.</source>
        <translation>Read-only: %1. Import that pack (Help → Content packs…) to show the case with its own text and to change it.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="121"/>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="122"/>
        <source>Deze zaak is beantwoord met de editie van %1; %2 is nu actief. Overzetten? De antwoorden gaan mee; anders geformuleerde vragen worden gemarkeerd om opnieuw te bevestigen, antwoorden op vervallen vragen blijven leesbaar bewaard. U kunt het ongedaan maken tot u opslaat.</source>
        <translation>This case was answered against the edition of %1; %2 is active now. Move it? The answers go with it; reworded questions are marked to be confirmed again, answers to withdrawn questions are kept, read-only. You can undo this until you save.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="127"/>
        <source>Overzetten</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="127"/>
        <source>Niet nu</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="132"/>
        <source>Overzetten naar %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_editions.py" line="137"/>
        <source>Overgezet naar %1: %2 antwoorden meegenomen, %3 opnieuw te bevestigen, %4 op vervallen vragen bewaard.</source>
        <translation>Moved to %1: %2 answers carried over, %3 to confirm again, %4 on withdrawn questions kept.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="92"/>
        <source>Zaak in gebruik?</source>
        <translation>Case in use?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="87"/>
        <source>Alleen-lezen: dit bestand is een symbolische koppeling naar %1; open dat bestand zelf om de zaak te wijzigen.</source>
        <translation>Read-only: this file is a symbolic link to %1; open that file itself to change the case.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="41"/>
        <source>Buiten ChinaCheck gewijzigd: %1. De zaak is alleen-lezen; ChinaCheck slaat haar niet opnieuw op. Herstel zo nodig een reservekopie (.bak).</source>
        <translation>Changed outside ChinaCheck: %1. The case is read-only; ChinaCheck will not save it again. Restore a backup (.bak) if needed.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="93"/>
        <source>%1

Die lijkt verlaten (bijvoorbeeld na een storing). Overnemen?</source>
        <translation>%1

It looks abandoned (for example after a crash). Take it over?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="104"/>
        <source>Alleen-lezen: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="145"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="160"/>
        <source>Zaak openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="176"/>
        <source>Deze zaak bevat antwoorden op punten die deze versie niet kent; ze blijven bewaard.</source>
        <translation>This case contains answers to items that this version does not recognise; they will be kept.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="206"/>
        <source>Herstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="213"/>
        <source>Hersteld: niet-opgeslagen wijzigingen van “%1”.</source>
        <translation>Recovered: unsaved changes to “%1”.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="257"/>
        <source>“%1” opgeslagen</source>
        <translation>“%1” saved</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="267"/>
        <location filename="../../chinacheck/ui/case_session.py" line="284"/>
        <source>Opslaan als</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="268"/>
        <source>Deze zaak is buiten ChinaCheck gewijzigd en wordt niet opnieuw opgeslagen.</source>
        <translation>This case was changed outside ChinaCheck and will not be saved again.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="372"/>
        <source>De sessie wordt beëindigd; niet-opgeslagen wijzigingen staan in de herstelkopie.</source>
        <translation>The session is ending; unsaved changes are in the recovery copy.</translation>
    </message>
</context>
<context>
    <name>CaseVoice</name>
    <message>
        <location filename="../../chinacheck/ui/case_voice.py" line="22"/>
        <source>Waar staat deze zaak?</source>
        <translation>Where is this case stored?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_voice.py" line="30"/>
        <source>Niet beschikbaar: open of maak eerst een zaak</source>
        <translation>Not available: open or create a case first</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_voice.py" line="34"/>
        <source>Zaak “%1” geopend</source>
        <translation>Case “%1” opened</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_voice.py" line="40"/>
        <source>Deze zaak is nog niet opgeslagen</source>
        <translation>This case has not been saved yet</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="34"/>
        <source>PKCS#12-bestand (.p12 of .pfx)</source>
        <translation>PKCS#12 file (.p12 or .pfx)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="36"/>
        <source>Smartcard/token (PKCS#11)</source>
        <translation>Smart card/token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="37"/>
        <source>Ondertekenen met</source>
        <translation>Sign with</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="39"/>
        <source>Certificaatbestand (.p12 of .pfx)</source>
        <translation>Certificate file (.p12 or .pfx)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="40"/>
        <source>&amp;Kiezen…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="41"/>
        <source>Certificaatbestand kiezen</source>
        <translation>Choose certificate file</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="45"/>
        <source>Wachtwoord van het certificaat</source>
        <translation>Certificate passphrase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="47"/>
        <source>PKCS#11-module van de smartcard of het token</source>
        <translation>PKCS#11 module of the smart card or token</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="48"/>
        <source>Mo&amp;dule…</source>
        <translation>Mo&amp;dule…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="49"/>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="111"/>
        <source>PKCS#11-module kiezen</source>
        <translation>Choose PKCS#11 module</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="52"/>
        <source>label van het token (optioneel)</source>
        <translation>token label (optional)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="53"/>
        <source>Label van het token</source>
        <translation>Token label</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="55"/>
        <source>label van de sleutel (optioneel)</source>
        <translation>key label (optional)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="56"/>
        <source>Label van de sleutel</source>
        <translation>Key label</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="104"/>
        <source>Certificaat kiezen</source>
        <translation>Choose certificate</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="105"/>
        <source>PKCS#12-certificaten (*.p12 *.pfx)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/certificate_fields.py" line="112"/>
        <source>PKCS#11-modules (*.so *.dylib *.dll);;Alle bestanden (*)</source>
        <translation>PKCS#11 modules (*.so *.dylib *.dll);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="30"/>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="46"/>
        <source>Nieuwe vragen</source>
        <translation>New questions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="47"/>
        <source>Vervallen vragen</source>
        <translation>Withdrawn questions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="48"/>
        <source>Anders geformuleerde vragen</source>
        <translation>Reworded questions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="50"/>
        <source>Hernoemd, samengevoegd of gesplitst</source>
        <translation>Renamed, merged or split</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="51"/>
        <source>Gewijzigde rijen in de technologietabel</source>
        <translation>Changed rows in the technology table</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="53"/>
        <source>Gewijzigde contacten</source>
        <translation>Changed contacts</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/changes_dialog.py" line="67"/>
        <source>Geen verschillen in vragen, technologietabel of contacten.</source>
        <translation>No differences in questions, technology table or contacts.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="31"/>
        <source>Punt</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="32"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="33"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="34"/>
        <source>Tekst van</source>
        <translation>Text by</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="80"/>
        <source>Vervallen vragen (alleen-lezen)</source>
        <translation>Withdrawn questions (read-only)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="171"/>
        <source>%1 — opnieuw bevestigen</source>
        <translation>%1 — confirm again</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="55"/>
        <source>Checklistpunten</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="64"/>
        <source>Voortgang van de checklist</source>
        <translation>Checklist progress</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="65"/>
        <source>Alleen &amp;open punten</source>
        <translation>Onl&amp;y open items</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="66"/>
        <source>Alleen open punten tonen</source>
        <translation>Show only open items</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="70"/>
        <source>Toelichting uit de brochure bij deze vraaggroep</source>
        <translation>Guidance from the brochure for this question group</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="83"/>
        <source>Opnieuw bevestigen: de vraag is veranderd sinds dit antwoord. Controleer het antwoord en bevestig het.</source>
        <translation>Confirm again: the question has changed since this answer. Check the answer and confirm it.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="86"/>
        <source>Antwoord &amp;bevestigen</source>
        <translation>&amp;Confirm answer</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="87"/>
        <source>Het antwoord op deze vraag bevestigen</source>
        <translation>Confirm the answer to this question</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="90"/>
        <source>Status van dit punt</source>
        <translation>Status of this item</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="94"/>
        <source>Notitie bij dit punt</source>
        <translation>Note on this item</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="96"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="99"/>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="102"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="99"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="100"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="101"/>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="102"/>
        <source>Acties bij dit punt</source>
        <translation>Actions for this item</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="128"/>
        <source>&amp;Status</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="129"/>
        <source>Not&amp;itie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="130"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="131"/>
        <source>Uit de brochure:</source>
        <translation>From the brochure (Dutch original):</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="197"/>
        <source>%1 van %2 beantwoord</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="216"/>
        <source>Tekst van de vraag: %1 · korte naam: %2</source>
        <translation>Text of the question: %1 · short name: %2</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="224"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="224"/>
        <source>Advies</source>
        <translation>Advice</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="226"/>
        <source>★ Extra van belang voor deze soort zaak</source>
        <translation>★ Of particular importance for this case type</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="232"/>
        <source>Deze vraag (%1) staat niet meer in de editie waarmee de zaak nu is beantwoord. Het antwoord is bewaard en blijft leesbaar; ChinaCheck biedt geen invoer meer voor een vervallen vraag.</source>
        <translation>This question (%1) is no longer in the edition the case is now answered against. The answer is kept and stays readable; ChinaCheck offers no input for a withdrawn question.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="252"/>
        <source>Status van %1</source>
        <translation>Status of %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="260"/>
        <source>Antwoord op %1 bevestigd</source>
        <translation>Answer to %1 confirmed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="267"/>
        <source>Notitie bij %1</source>
        <translation>Note on %1</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="52"/>
        <source>Bron: %1, %2, %3</source>
        <translation>Source: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="56"/>
        <source>Contactgegevens uit de brochure</source>
        <translation>Contact details from the brochure</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="63"/>
        <source>Gegevens van: %1</source>
        <translation>Details from: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="75"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="76"/>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="77"/>
        <source>Bezoekadres</source>
        <translation>Visiting address</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="78"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="79"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="80"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="87"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="88"/>
        <source>%1 van %2 kopiëren</source>
        <translation>Copy %1 of %2</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="94"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="95"/>
        <source>%1 openen: %2</source>
        <translation>Open %1: %2</translation>
    </message>
</context>
<context>
    <name>DebriefTab</name>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="57"/>
        <source>Wat er tijdens de reis of het bezoek is gebeurd, wat ermee is gedaan en wat nog moet worden opgevolgd. Ook na de definitieve aftekening bij te werken.</source>
        <translation>What happened during the trip or visit, what was done about it and what still needs follow-up. Can be updated after the final sign-off too.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="62"/>
        <source>Nazorgregels</source>
        <translation>Debrief entries</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="65"/>
        <source>Categorie van de nieuwe nazorgregel</source>
        <translation>Category of the new debrief entry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="68"/>
        <source>Re&amp;gel toevoegen</source>
        <translation>Add e&amp;ntry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="71"/>
        <source>Nieuwe regel:</source>
        <translation>New entry:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="78"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="82"/>
        <source>Afhandeling: wat is er gedaan</source>
        <translation>Handling: what was done</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="93"/>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="96"/>
        <source>Vervolgactie</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="93"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="94"/>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="95"/>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="97"/>
        <source>Vervolgacties van de nazorgregel</source>
        <translation>Follow-up actions of the debrief entry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="98"/>
        <source>Geselecteerde regel</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="100"/>
        <source>Cat&amp;egorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="101"/>
        <source>Afhan&amp;deling</source>
        <translation>Handl&amp;ing</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="102"/>
        <source>Vervolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="104"/>
        <source>Wat de brochure en uw organisatie zeggen</source>
        <translation>What the brochure and your organisation say</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="178"/>
        <source>Categorie wijzigen</source>
        <translation>Change category</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_tab.py" line="184"/>
        <source>Afhandeling wijzigen</source>
        <translation>Change handling</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="54"/>
        <source>Begindatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="55"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="56"/>
        <source>Onderwerpen van de samenwerking, één per regel</source>
        <translation>Collaboration topics, one per line</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="57"/>
        <source>Eén onderwerp per regel, bijv. waterstofbussen</source>
        <translation>One topic per line, e.g. hydrogen buses</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="62"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="63"/>
        <source>Maatregelen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="75"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="81"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="68"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="75"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="81"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="67"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="67"/>
        <source>Soort zaak</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="69"/>
        <source>Opgesteld door</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="70"/>
        <source>Totaalinschatting risico</source>
        <translation>Overall risk assessment</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="76"/>
        <source>Rol in de partijstaat</source>
        <translation>Role in the party-state</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="77"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="78"/>
        <source>Gesprekspartner</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="78"/>
        <source>Gesprekspartners</source>
        <translation>Counterparts</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="82"/>
        <source>Achtergrond en belang</source>
        <translation>Background and interests</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="83"/>
        <source>Tussenpersoon</source>
        <translation>Intermediary</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="83"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="160"/>
        <source>Tussenpersonen</source>
        <translation>Intermediaries</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="87"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="91"/>
        <source>Voorwaarde</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="88"/>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="89"/>
        <source>Uiterlijk</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="90"/>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="92"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="176"/>
        <source>Voorwaarden bij aftekening</source>
        <translation>Conditions of the sign-off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="108"/>
        <source>Titel wijzigen</source>
        <translation>Change title</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="111"/>
        <source>Organisatie wijzigen</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="114"/>
        <source>Opsteller wijzigen</source>
        <translation>Change preparer</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="117"/>
        <source>Soort wijzigen</source>
        <translation>Change case type</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="120"/>
        <source>Risico wijzigen</source>
        <translation>Change risk</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="123"/>
        <source>Begindatum wijzigen</source>
        <translation>Change start date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="126"/>
        <source>Einddatum wijzigen</source>
        <translation>Change end date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="129"/>
        <source>Onderwerpen wijzigen</source>
        <translation>Change topics</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="133"/>
        <source>Besluit wijzigen</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="136"/>
        <source>Maatregelen wijzigen</source>
        <translation>Change measures</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="143"/>
        <source>Algemeen</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="145"/>
        <source>Tit&amp;el</source>
        <translation>Tit&amp;le</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="170"/>
        <source>R&amp;isico</source>
        <translation>R&amp;isk</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="172"/>
        <source>Bes&amp;luit</source>
        <translation>De&amp;cision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="146"/>
        <source>&amp;Soort</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="147"/>
        <source>&amp;Organisatie</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="148"/>
        <source>Opgesteld &amp;door</source>
        <translation>&amp;Prepared by</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="151"/>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="154"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="156"/>
        <source>Gesprekspartners en tussenpersonen</source>
        <translation>Counterparts and intermediaries</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="158"/>
        <source>Gesprekspartners (namen in Chinese tekens mogen)</source>
        <translation>Counterparts (names in Chinese characters are allowed)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="163"/>
        <source>Onderwerpen en toetsing</source>
        <translation>Topics and screening</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="168"/>
        <source>Afweging</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="171"/>
        <source>&amp;Maatregelen</source>
        <translation>&amp;Measures</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="173"/>
        <source>Open punten</source>
        <translation>Open items</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="189"/>
        <source>Gegevens van de zaak</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="256"/>
        <source>%1 van %2 punten nog open; %3 open acties.</source>
        <translation>%1 of %2 items still open; %3 open actions.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="41"/>
        <source>Print &amp;lege checklist…</source>
        <translation>Print &amp;Blank Checklist…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="38"/>
        <source>&amp;Exporteer zaakoverzicht…</source>
        <translation>&amp;Export case summary…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="43"/>
        <source>Reis&amp;kaart…</source>
        <translation>&amp;Travel Card…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="60"/>
        <source>Zaakoverzicht exporteren</source>
        <translation>Export case summary</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="62"/>
        <source>Deze zaak is buiten ChinaCheck gewijzigd. Toch een PDF maken? Elke pagina krijgt dan een waarschuwing, en de export wordt niet in de zaak vastgelegd.</source>
        <translation>This case was changed outside ChinaCheck. Make a PDF anyway? Every page then carries a warning, and the export is not recorded in the case.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="85"/>
        <source>de smartcard of het token</source>
        <translation>the smart card or token</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="113"/>
        <source>Zaakoverzicht maken…</source>
        <translation>Creating case summary…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="134"/>
        <source>Lege checklist maken…</source>
        <translation>Creating blank checklist…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="151"/>
        <source>Reiskaart maken…</source>
        <translation>Creating travel card…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="190"/>
        <source>Word-document opgeslagen: %1</source>
        <translation>Word document saved: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="191"/>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="214"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../chinacheck/ui/encryption_actions.py" line="17"/>
        <source>&amp;Versleutelen…</source>
        <translation>Encry&amp;pt…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/encryption_actions.py" line="19"/>
        <source>Versleuteling op&amp;heffen…</source>
        <translation>Remove Encr&amp;yption…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/encryption_actions.py" line="45"/>
        <source>Versleutelen</source>
        <translation>Encrypt</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/encryption_actions.py" line="58"/>
        <location filename="../../chinacheck/ui/encryption_actions.py" line="67"/>
        <source>Versleuteling opheffen</source>
        <translation>Remove encryption</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/encryption_actions.py" line="59"/>
        <source>De zaak wordt weer onversleuteld opgeslagen. Doorgaan?</source>
        <translation>The case will be saved unencrypted again. Continue?</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="33"/>
        <source>Band of samenwerking beëindigen</source>
        <translation>End the tie or collaboration</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="35"/>
        <source>Datum van beëindiging</source>
        <translation>Date the tie ended</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="38"/>
        <source>Reden van beëindiging</source>
        <translation>Reason the tie ended</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="45"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="46"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="37"/>
        <source>Zaakoverzicht exporteren</source>
        <translation>Export case summary</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="39"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="40"/>
        <source>Word-document (DOCX), bewerkbaar</source>
        <translation>Word document (DOCX), editable</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="41"/>
        <source>Bestandsformaat</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="43"/>
        <source>Zaakoverzicht</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="44"/>
        <source>Collegevoorstel (concept)</source>
        <translation>Proposal to the executive board (draft)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="45"/>
        <source>Opmaak van het Word-document</source>
        <translation>Layout of the Word document</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="50"/>
        <source>Rubricering in kop- en voettekst</source>
        <translation>Classification in header and footer</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="51"/>
        <source>&amp;Digitaal ondertekenen (PAdES)</source>
        <translation>&amp;Sign digitally (PAdES)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="52"/>
        <source>Digitaal ondertekenen</source>
        <translation>Sign digitally</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="62"/>
        <source>&amp;Formaat</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="63"/>
        <source>&amp;Opmaak</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="64"/>
        <source>&amp;Rubricering</source>
        <translation>Cl&amp;assification</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="66"/>
        <source>&amp;Certificaat</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="67"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/export_dialog.py" line="71"/>
        <source>Digitaal ondertekenen vraagt de extra onderdelen pyHanko en cryptography; die zijn niet geïnstalleerd.</source>
        <translation>Digital signing needs the optional packages pyHanko and cryptography, which are not installed.</translation>
    </message>
</context>
<context>
    <name>FourEyesCaseDialog</name>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="218"/>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="220"/>
        <source>Functiescheiding voor deze zaak</source>
        <translation>Four eyes for this case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="221"/>
        <source>Volg de organisatie (%1)</source>
        <translation>Follow the organisation (%1)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="226"/>
        <source>Strenger of soepeler dan de organisatie; de keuze wordt in het logboek van de zaak vastgelegd en kan na een definitieve aftekening niet meer worden gewijzigd.</source>
        <translation>Stricter or looser than the organisation; the choice is recorded in the case&apos;s audit trail and cannot be changed after a final sign-off.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="235"/>
        <source>&amp;Functiescheiding</source>
        <translation>&amp;Four eyes</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="17"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="18"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="19"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="20"/>
        <source>deels</source>
        <translation>partly</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="31"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="32"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="33"/>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="34"/>
        <source>Elektronisch</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="35"/>
        <source>Afhandeling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="36"/>
        <source>Vervolgacties</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="38"/>
        <source>Nazorgregel</source>
        <translation>Debrief entry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="45"/>
        <source>Nazorgregel toevoegen</source>
        <translation>Add debrief entry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="55"/>
        <source>Nazorgregel verwijderen</source>
        <translation>Remove debrief entry</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="86"/>
        <source>%1 (%2 open)</source>
        <translation>%1 (%2 open)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="91"/>
        <location filename="../../chinacheck/ui/labels.py" line="21"/>
        <source>n.v.t.</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="93"/>
        <source>Elektronisch: niet van toepassing</source>
        <translation>Electronic: not applicable</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="97"/>
        <source>Elektronisch: ja</source>
        <translation>Electronic: yes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_model.py" line="98"/>
        <source>Elektronisch: nee</source>
        <translation>Electronic: no</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="22"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="25"/>
        <source>nog niet bepaald</source>
        <translation>not yet determined</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="26"/>
        <source>laag</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="27"/>
        <source>midden</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="28"/>
        <source>hoog</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="31"/>
        <source>Openbaar</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="32"/>
        <source>Intern</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="33"/>
        <source>Departementaal vertrouwelijk</source>
        <translation>Departmental confidential</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="38"/>
        <source>doorgaan</source>
        <translation>proceed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="39"/>
        <source>doorgaan onder voorwaarden</source>
        <translation>proceed under conditions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="40"/>
        <source>niet doorgaan</source>
        <translation>do not proceed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="41"/>
        <source>eerst advies vragen (ICP)</source>
        <translation>seek advice first (ICP)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="44"/>
        <source>opsteller</source>
        <translation>author</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="45"/>
        <source>integriteits- of veiligheidsadviseur</source>
        <translation>integrity or security adviser</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="46"/>
        <source>portefeuillehouder</source>
        <translation>portfolio holder</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="49"/>
        <source>geen: iedereen mag definitief aftekenen</source>
        <translation>none: anyone may sign off finally</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="50"/>
        <source>andere aftekenaar: de definitieve aftekening komt van een ander dan de opsteller</source>
        <translation>another signer: the final sign-off comes from someone other than the drafter</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="53"/>
        <source>twee aftekeningen: eerst een aftekening door de één, dan de definitieve door een ander dan die en de opsteller</source>
        <translation>two sign-offs: first a sign-off by one person, then the final one by someone other than that person and the drafter</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="58"/>
        <source>geen functiescheiding</source>
        <translation>no four eyes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="59"/>
        <source>andere aftekenaar</source>
        <translation>another signer</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="60"/>
        <source>twee aftekeningen</source>
        <translation>two sign-offs</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="63"/>
        <source>aangemaakt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="64"/>
        <source>gegevens gewijzigd</source>
        <translation>details changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="65"/>
        <source>antwoorden gewijzigd</source>
        <translation>answers changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="66"/>
        <source>voorwaarden bijgewerkt</source>
        <translation>conditions updated</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="67"/>
        <source>afgetekend</source>
        <translation>signed off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="68"/>
        <source>heropend</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="69"/>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="70"/>
        <source>omgezet naar nieuw formaat</source>
        <translation>converted to the new format</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="71"/>
        <source>fase gewijzigd</source>
        <translation>phase changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="72"/>
        <source>herbeoordeling gepland</source>
        <translation>review scheduled</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="73"/>
        <source>nazorg bijgewerkt</source>
        <translation>debrief updated</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="74"/>
        <source>Woo-markering gewijzigd</source>
        <translation>Woo marking changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="75"/>
        <source>overgezet naar nieuwere inhoud</source>
        <translation>moved to newer content</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="24"/>
        <source>Beveiligingsadviseur van uw organisatie (uit de instellingen van ChinaCheck, niet uit de brochure)</source>
        <translation>Your organisation&apos;s security officer (from ChinaCheck&apos;s settings, not from the brochure)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="27"/>
        <source>Nog niet ingesteld: vul naam, telefoon en e-mail in bij Bewerken → Instellingen.</source>
        <translation>Not set yet: fill in name, phone and e-mail under Edit → Settings.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="29"/>
        <source>Kies een nazorgregel om te zien wat erbij hoort.</source>
        <translation>Choose a debrief entry to see what goes with it.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="30"/>
        <source>Toelichting ChinaCheck (eigen tekst, geen advies van de NCTV)</source>
        <translation>ChinaCheck&apos;s note (own wording, not NCTV advice)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="32"/>
        <source>Bron: %1, %2, %3</source>
        <translation>Source: %1, %2, %3</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="33"/>
        <source>Uit de brochure (letterlijk)</source>
        <translation>From the brochure (verbatim)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/debrief_guidance.py" line="34"/>
        <source>Contact volgens de brochure</source>
        <translation>Contact named by the brochure</translation>
    </message>
</context>
<context>
    <name>LibraryActions</name>
    <message>
        <location filename="../../chinacheck/ui/library_actions.py" line="31"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_actions.py" line="39"/>
        <source>“%1” naar de prullenbak verplaatsen? U kunt de zaak later terugzetten.</source>
        <translation>Move “%1” to the trash? You can restore the case later.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_actions.py" line="40"/>
        <location filename="../../chinacheck/ui/library_actions.py" line="51"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="80"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="80"/>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="81"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="82"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="83"/>
        <source>Risico</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="83"/>
        <source>Gewijzigd</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="84"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="84"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="85"/>
        <source>Herbeoordeling</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="182"/>
        <source>⚠ te laat: %1</source>
        <translation>⚠ overdue: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="183"/>
        <source>Herbeoordeling te laat, gepland op %1</source>
        <translation>Review overdue, planned for %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="187"/>
        <source>binnenkort: %1</source>
        <translation>soon: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="188"/>
        <source>Herbeoordeling binnenkort, op %1</source>
        <translation>Review soon, on %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="201"/>
        <source>%1/%2 beantwoord, %3 open acties</source>
        <translation>%1/%2 answered, %3 open actions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="219"/>
        <source>Versleutelde zaak</source>
        <translation>Encrypted case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="220"/>
        <source>versleuteld; open de zaak om het wachtwoord in te voeren</source>
        <translation>encrypted; open the case to enter the passphrase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="225"/>
        <source>Onleesbaar: %1</source>
        <translation>Unreadable: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="60"/>
        <source>Zoek op titel, soort of organisatie</source>
        <translation>Search by title, type or organisation</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="61"/>
        <source>Zaken filteren op tekst</source>
        <translation>Filter cases by text</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="64"/>
        <source>Filter op soort</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="65"/>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="69"/>
        <source>Filter op risico</source>
        <translation>Filter by risk</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="70"/>
        <source>Elk risico</source>
        <translation>Any risk</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="73"/>
        <source>Te herbeoordelen</source>
        <translation>To be reviewed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="74"/>
        <source>Alleen zaken waarvan de herbeoordeling binnenkort is of te laat</source>
        <translation>Only cases whose review is soon or overdue</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="81"/>
        <source>Probleem met de zakenmap</source>
        <translation>Problem with the case folder</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="86"/>
        <source>Lijst van zaken</source>
        <translation>List of cases</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="99"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="100"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="101"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="102"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="103"/>
        <source>Toon in map</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="105"/>
        <source>Ander bestand…</source>
        <translation>Other File…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="104"/>
        <source>&amp;Prullenbak…</source>
        <translation>T&amp;rash…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="106"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="107"/>
        <source>Zaak openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="108"/>
        <source>Zaak dupliceren</source>
        <translation>Duplicate case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="109"/>
        <source>Zaak naar prullenbak</source>
        <translation>Move case to trash</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="110"/>
        <source>Map van de zaak tonen</source>
        <translation>Show the case folder</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="111"/>
        <source>Prullenbak openen</source>
        <translation>Open trash</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="112"/>
        <source>Ander zaakbestand openen</source>
        <translation>Open another case file</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="135"/>
        <source>Soort:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="137"/>
        <source>Risico:</source>
        <translation>Risk:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="183"/>
        <source>De zakenmap kan niet worden gelezen; de lijst is daarom leeg. %1</source>
        <translation>The case folder cannot be read, so the list is empty. %1</translation>
    </message>
</context>
<context>
    <name>LifecycleActions</name>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="64"/>
        <source>&amp;Fase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="65"/>
        <source>Volgende herbeoordeling &amp;plannen…</source>
        <translation>Plan &amp;next review…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="67"/>
        <source>Herbeoordeling &amp;starten…</source>
        <translation>Start re&amp;view…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="95"/>
        <source>Naar „%1”</source>
        <translation>To “%1”</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="116"/>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="137"/>
        <source>Fase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="118"/>
        <source>(beëindigd op %1: %2)</source>
        <translation>(ended on %1: %2)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="123"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="124"/>
        <source>binnenkort</source>
        <translation>due soon</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="126"/>
        <source>Volgende herbeoordeling: %1</source>
        <translation>Next review: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="129"/>
        <source>Nazorg nog af te ronden</source>
        <translation>Debrief still to finish</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="179"/>
        <source>Volgende herbeoordeling</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="191"/>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="197"/>
        <source>Herbeoordeling starten</source>
        <translation>Start review</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="192"/>
        <source>De herbeoordeling beginnen als nieuwe revisie? De antwoorden worden overgenomen om te bevestigen of te wijzigen; het besluit blijft staan tot een nieuwe definitieve aftekening.</source>
        <translation>Start the review as a new revision? The answers are carried over to confirm or change; the decision stands until a new final sign-off.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="208"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="47"/>
        <source>Fase wijzigen</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_actions.py" line="49"/>
        <source>Herbeoordeling starten</source>
        <translation>Start review</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="43"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="44"/>
        <source>Zaak heropenen als nieuwe revisie</source>
        <translation>Reopen the case as a new revision</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="74"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="78"/>
        <source>Nog te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="82"/>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="93"/>
        <source>O&amp;verzicht</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="95"/>
        <source>&amp;Zaak</source>
        <translation>C&amp;ase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="96"/>
        <source>&amp;Checklist</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="97"/>
        <source>&amp;Technologie</source>
        <translation>&amp;Technology</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="99"/>
        <source>&amp;Nazorg</source>
        <translation>&amp;Debrief</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="162"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="163"/>
        <source>&amp;Nieuw…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="165"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="167"/>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="169"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="173"/>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="204"/>
        <source>A&amp;fronden</source>
        <translation>&amp;Sign-off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="213"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="214"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="216"/>
        <source>Opnie&amp;uw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/recent_cases.py" line="71"/>
        <source>Versleutelde zaak hernoemd naar %1: de naam verraadt de titel niet meer.</source>
        <translation>Encrypted case renamed to %1: its name no longer gives away its title.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="221"/>
        <source>&amp;Instellingen…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="94"/>
        <source>B&amp;rochure</source>
        <translation>&amp;Brochure</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="98"/>
        <source>Cont&amp;acten</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="171"/>
        <source>Zaak sl&amp;uiten</source>
        <translation>&amp;Close Case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="176"/>
        <source>A&amp;fsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="226"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="227"/>
        <source>&amp;Inhoudspakketten…</source>
        <translation>&amp;Content packs…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="229"/>
        <source>&amp;Over ChinaCheck</source>
        <translation>&amp;About ChinaCheck</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="345"/>
        <source>Naamloos</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/help_menu.py" line="38"/>
        <source>Alt + onderstreepte letter kiest een menu, tabblad of knop; Ctrl+Tab wisselt van tabblad; Tab gaat naar het volgende veld.</source>
        <translation>Alt + underlined letter chooses a menu, tab or button; Ctrl+Tab switches tabs; Tab moves to the next field.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/help_menu.py" line="41"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/help_menu.py" line="55"/>
        <source>Over ChinaCheck</source>
        <translation>About ChinaCheck</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/help_menu.py" line="49"/>
        <source>&lt;h3&gt;ChinaCheck %1&lt;/h3&gt;&lt;p&gt;Afwegingen bij decentrale contacten met China.&lt;/p&gt;&lt;p&gt;Inhoud: %2, &lt;i&gt;%3&lt;/i&gt;, %4 (%5), inhoudsversie %6.&lt;/p&gt;&lt;p&gt;ChinaCheck gebruikt geen netwerk: geen updates, geen telemetrie, niets wordt opgehaald of verstuurd. Uw zaken blijven op deze computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChinaCheck %1&lt;/h3&gt;&lt;p&gt;Considerations for subnational contacts with China.&lt;/p&gt;&lt;p&gt;Content: %2, &lt;i&gt;%3&lt;/i&gt;, %4 (%5), content version %6.&lt;/p&gt;&lt;p&gt;ChinaCheck does not use the network: no updates, no telemetry, nothing is downloaded or sent. Your cases stay on this computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="23"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="25"/>
        <source>Titel van de nieuwe zaak</source>
        <translation>Title of the new case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="26"/>
        <source>bijv. Handelsmissie Shenzhen 2027</source>
        <translation>e.g. Shenzhen trade mission 2027</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="28"/>
        <source>Soort zaak</source>
        <translation>Case type</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="40"/>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="44"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="45"/>
        <source>&amp;Soort</source>
        <translation>T&amp;ype</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="96"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="96"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="97"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="97"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="98"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="135"/>
        <source>⚠ te laat</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="136"/>
        <source>binnenkort</source>
        <translation>soon</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="145"/>
        <source>Herbeoordeling</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="152"/>
        <source>Herbeoordelingen te doen (%n)</source>
        <translation>Reviews to do (%n)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="155"/>
        <source>bezig</source>
        <translation>under way</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="156"/>
        <source>over %n dagen</source>
        <translation>in %n days</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="165"/>
        <source>Reizen en bezoeken, komende 60 dagen (%n)</source>
        <translation>Trips and visits, next 60 days (%n)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="172"/>
        <source>Open acties (%n)</source>
        <translation>Open actions (%n)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="175"/>
        <source>in nazorg</source>
        <translation>in debrief</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="176"/>
        <source>afgelopen, nog geen nazorg</source>
        <translation>ended, no debrief yet</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="177"/>
        <source>Nazorg</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="184"/>
        <source>Nazorg openstaand (%n)</source>
        <translation>Debriefs outstanding (%n)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="195"/>
        <source>Zaken per fase (%n)</source>
        <translation>Cases by phase (%n)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="203"/>
        <source>Versleutelde zaak</source>
        <translation>Encrypted case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="204"/>
        <source>open om het wachtwoord in te voeren</source>
        <translation>open to enter the passphrase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="211"/>
        <source>Versleutelde zaken (%n)</source>
        <translation>Encrypted cases (%n)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="222"/>
        <source>… nog %n; Enter of dubbelklik toont meer</source>
        <translation>… %n more; Enter or double-click shows more</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="333"/>
        <source>Samenvatting van het overzicht</source>
        <translation>Summary of the overview</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="336"/>
        <source>Overzicht van alle zaken</source>
        <translation>Overview of all cases</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="355"/>
        <source>Nog geen zaken. Een nieuwe zaak begint met Bestand → Nieuw (Ctrl+N).</source>
        <translation>No cases yet. A new case starts with File → New (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/overview_panel.py" line="374"/>
        <source>%1 zaken; %2 herbeoordelingen te laat, %3 binnenkort; %4 open acties, waarvan %5 te laat; %6 keer nazorg openstaand.</source>
        <translation>%1 cases; %2 reviews overdue, %3 soon; %4 open actions, %5 of them overdue; %6 debriefs outstanding.</translation>
    </message>
</context>
<context>
    <name>PacksDialog</name>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="48"/>
        <source>Pakketmap kiezen</source>
        <translation>Choose a pack folder</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="51"/>
        <source>Pakket importeren</source>
        <translation>Import a pack</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="52"/>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="59"/>
        <source>Inhoudspakketten (*.zip)</source>
        <translation>Content packs (*.zip)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="58"/>
        <source>Pakket exporteren</source>
        <translation>Export a pack</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="72"/>
        <source>Inhoudspakketten</source>
        <translation>Content packs</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="76"/>
        <source>Inhoudspakketten op deze computer</source>
        <translation>Content packs on this computer</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="91"/>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="93"/>
        <source>Uit een &amp;zip-bestand…</source>
        <translation>From a &amp;zip file…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="94"/>
        <source>Uit een &amp;map…</source>
        <translation>From a &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="96"/>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="98"/>
        <source>&amp;Actief maken</source>
        <translation>Make &amp;active</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="100"/>
        <source>&amp;Niet meer gebruiken</source>
        <translation>&amp;Stop using</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="104"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="124"/>
        <source>Vertrouwen van uw organisatie</source>
        <translation>Your organisation&apos;s trust</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="126"/>
        <source>Vertrouwde sleutels (vingerafdrukken)</source>
        <translation>Trusted keys (fingerprints)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="129"/>
        <source>Vingerafdruk van een uitgeverssleutel</source>
        <translation>Fingerprint of a publisher key</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="130"/>
        <source>vingerafdruk (64 hexadecimale tekens)</source>
        <translation>fingerprint (64 hexadecimal characters)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="131"/>
        <source>Sleutel &amp;toevoegen</source>
        <translation>Add &amp;key</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="133"/>
        <source>Sleutel &amp;verwijderen</source>
        <translation>&amp;Remove key</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="135"/>
        <source>Niet-geverifieerde pakketten toe&amp;staan</source>
        <translation>A&amp;llow unverified packs</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="143"/>
        <source>Vertrouwde sleutels van uitgevers:</source>
        <translation>Trusted publisher keys:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="204"/>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="221"/>
        <source>Niet geïmporteerd: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="210"/>
        <source>Wat is er veranderd</source>
        <translation>What has changed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="211"/>
        <source>%1 (%2, editie %3) importeren? Het pakket wordt naast de andere bewaard; nieuwe zaken gebruiken het pas als u het actief maakt.</source>
        <translation>Import %1 (%2, edition %3)? The pack is kept beside the others; new cases use it only once you make it active.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="214"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="214"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="216"/>
        <source>Niet geïmporteerd.</source>
        <translation>Not imported.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="227"/>
        <source>%1 was al geïmporteerd; niets gewijzigd.</source>
        <translation>%1 was already imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="229"/>
        <source>Geïmporteerd: %1. Kies Actief maken om het voor nieuwe zaken te gebruiken.</source>
        <translation>Imported: %1. Choose Make active to use it for new cases.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="246"/>
        <source>Geëxporteerd: %1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="258"/>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="266"/>
        <source>Actief voor nieuwe zaken: %1</source>
        <translation>Active for new cases: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="283"/>
        <source>Vertrouwd: %1</source>
        <translation>Trusted: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_dialog.py" line="293"/>
        <source>Niet meer vertrouwd: %1. Pakketten met die sleutel zijn nu niet geverifieerd.</source>
        <translation>No longer trusted: %1. Packs signed with that key are now unverified.</translation>
    </message>
</context>
<context>
    <name>PacksModel</name>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="34"/>
        <source>landelijk</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="35"/>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="50"/>
        <source>Pakket</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="51"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="52"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="53"/>
        <source>Uitgever</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="54"/>
        <source>Editie</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="79"/>
        <source>beschadigd: %1</source>
        <translation>damaged: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/packs_model.py" line="83"/>
        <source>actief voor nieuwe zaken; %1</source>
        <translation>active for new cases; %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../chinacheck/ui/pin_dialog.py" line="12"/>
        <source>Pincode van de smartcard of het token</source>
        <translation>PIN of the smart card or token</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/pin_dialog.py" line="13"/>
        <source>Typ de pincode van %1. ChinaCheck bewaart de pincode niet; hij wordt alleen aan de kaart gegeven.</source>
        <translation>Type the PIN of %1. ChinaCheck does not keep the PIN; it is only given to the card.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/pin_dialog.py" line="18"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/pin_dialog.py" line="25"/>
        <source>&amp;Pincode</source>
        <translation>&amp;PIN</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="27"/>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="28"/>
        <source>De zaak “%1” heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation>The case “%1” has changes that have not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="31"/>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="32"/>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="34"/>
        <source>&amp;Niet opslaan</source>
        <translation>&amp;Don’t Save</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="36"/>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="52"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="53"/>
        <source>De zaak is niet opgeslagen. Uw wijzigingen staan nog in het venster.</source>
        <translation>The case has not been saved. Your changes are still in the window.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="56"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="58"/>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="70"/>
        <source>ChinaCheck werkt verder, maar sla uw werk op en start het programma opnieuw als er iets niet klopt.</source>
        <translation>ChinaCheck keeps running, but save your work and restart the program if anything looks wrong.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="74"/>
        <source>De niet-opgeslagen wijzigingen van de open zaak zijn bewaard als herstelkopie.</source>
        <translation>The unsaved changes of the open case have been kept as a recovery copy.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="78"/>
        <source>Details staan in het logboek: %1</source>
        <translation>Details are in the log: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="82"/>
        <source>Onverwachte fout</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="83"/>
        <source>Er is een onverwachte fout opgetreden.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="95"/>
        <source>ChinaCheck is de vorige keer niet netjes afgesloten. Er zijn niet-opgeslagen wijzigingen gevonden van:</source>
        <translation>ChinaCheck did not close properly last time. Unsaved changes were found for:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="99"/>
        <source>Wijzigingen herstellen?</source>
        <translation>Recover changes?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="100"/>
        <source>Wilt u deze herstellen?</source>
        <translation>Do you want to recover them?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="106"/>
        <source>Zaak openen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="107"/>
        <location filename="../../chinacheck/ui/prompts.py" line="114"/>
        <source>ChinaCheck-zaken (*.chinacheck)</source>
        <translation>ChinaCheck cases (*.chinacheck)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="113"/>
        <source>Zaak opslaan als</source>
        <translation>Save case as</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="128"/>
        <source>PDF opslaan als</source>
        <translation>Save PDF as</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="129"/>
        <source>PDF-documenten (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="135"/>
        <source>Word-document opslaan als</source>
        <translation>Save Word document as</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="136"/>
        <source>Word-documenten (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="172"/>
        <source>Lege checklist</source>
        <translation>Blank checklist</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="173"/>
        <source>Voor welke soort zaak?</source>
        <translation>For which case type?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="183"/>
        <source>PDF gemaakt</source>
        <translation>PDF created</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="184"/>
        <source>Opgeslagen als %1.

Nu openen met de PDF-lezer van het systeem?</source>
        <translation>Saved as %1.

Open it now in the system PDF viewer?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="192"/>
        <source>Word-document gemaakt</source>
        <translation>Word document made</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="193"/>
        <source>Opgeslagen als %1.

Nu openen met de tekstverwerker van het systeem?</source>
        <translation>Saved as %1.

Open it now in the system&apos;s word processor?</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="203"/>
        <source>Wachtwoord voor de versleutelde zaak “%1”:</source>
        <translation>Passphrase for the encrypted case “%1”:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="205"/>
        <source>Onjuist wachtwoord. Probeer het opnieuw.</source>
        <translation>Wrong passphrase. Please try again.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="207"/>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="216"/>
        <source>Zaak versleutelen</source>
        <translation>Encrypt case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="217"/>
        <source>Nieuw wachtwoord (wie het vergeet, kan de zaak niet meer openen):</source>
        <translation>New passphrase (whoever forgets it can no longer open the case):</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="222"/>
        <source>Herhaal het wachtwoord:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="227"/>
        <source>De wachtwoorden zijn niet gelijk; de zaak is niet versleuteld.</source>
        <translation>The passphrases differ; the case has not been encrypted.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <location filename="../../chinacheck/ui/readiness_panel.py" line="34"/>
        <source>Nog te doen voor een definitieve aftekening</source>
        <translation>To do before a final sign-off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/readiness_panel.py" line="38"/>
        <source>Dubbelklik of Enter op een vraag opent die in de checklist.</source>
        <translation>Double-click or Enter on a question opens it in the checklist.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/readiness_panel.py" line="64"/>
        <source>Geen zaak geopend.</source>
        <translation>No case open.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/readiness_panel.py" line="70"/>
        <source>De zaak is definitief afgetekend.</source>
        <translation>The case has been signed off definitively.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinacheck/ui/readiness_panel.py" line="72"/>
        <source>Nog %n punt(en) open voor een definitieve aftekening:</source>
        <translation>
            <numerusform>%n point open before a final sign-off:</numerusform>
            <numerusform>%n points open before a final sign-off:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/readiness_panel.py" line="75"/>
        <source>Klaar voor een definitieve aftekening: niets meer open.</source>
        <translation>Ready for a final sign-off: nothing left open.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="34"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="35"/>
        <source>%1: toevoegen</source>
        <translation>%1: add</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="36"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="38"/>
        <source>%1: geselecteerde verwijderen</source>
        <translation>%1: remove selected</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="52"/>
        <source>Register exporteren</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="55"/>
        <source>Excel-werkmap (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="56"/>
        <source>CSV (puntkomma&apos;s, voor Excel)</source>
        <translation>CSV (semicolons, for Excel)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="57"/>
        <source>PDF: Overzicht contacten met China</source>
        <translation>PDF: Overview of contacts with China</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="58"/>
        <source>JSON (voor eigen programma&apos;s)</source>
        <translation>JSON (for your own programs)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="60"/>
        <source>Formaat</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="62"/>
        <source>Alle soorten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="65"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="67"/>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="70"/>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="71"/>
        <source>Alleen herbeoordeling &amp;binnenkort of te laat</source>
        <translation>Only reviews due &amp;soon or overdue</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="77"/>
        <source>&amp;Formaat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="78"/>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="79"/>
        <source>F&amp;ase:</source>
        <translation>P&amp;hase:</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="109"/>
        <source>Register e&amp;xporteren…</source>
        <translation>E&amp;xport register…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="144"/>
        <source>Register maken…</source>
        <translation>Making the register…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="153"/>
        <source>Register opgeslagen: %1</source>
        <translation>Register saved: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="159"/>
        <source>Register exporteren mislukt</source>
        <translation>Exporting the register failed</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="65"/>
        <source>Volgende herbeoordeling</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="66"/>
        <source>Datum van de volgende herbeoordeling</source>
        <translation>Date of the next review</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="68"/>
        <source>Volgens de &amp;standaardtermijn na de laatste definitieve aftekening</source>
        <translation>By the default &amp;term after the last final sign-off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/lifecycle_dialogs.py" line="75"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="29"/>
        <source>Toetsing van de onderwerpen aan de technologietabel</source>
        <translation>Screening of the topics against the technology table</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="37"/>
        <source>Vul onderwerpen van de samenwerking in; ChinaCheck toetst ze aan de technologietabel van de brochure.</source>
        <translation>Enter the collaboration topics; ChinaCheck screens them against the brochure’s technology table.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="41"/>
        <source>Toetsing aan de technologietabel</source>
        <translation>Screening against the technology table</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="42"/>
        <source>topsector</source>
        <translation>top sector</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="42"/>
        <source>sleuteltechnologie</source>
        <translation>key technology</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="43"/>
        <source>gevonden</source>
        <translation>found</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="62"/>
        <source>Geen treffer in de tabel voor:</source>
        <translation>No match in the table for:</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="69"/>
        <source>Geen treffer in de tabel.</source>
        <translation>No match in the table.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="81"/>
        <source>Getoetst aan: %1</source>
        <translation>Screened against: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="87"/>
        <source>Niet alles is getoetst: van een zeer lange tekst toetst ChinaCheck alleen de eerste %1 tekens, en van een zeer lang woord de eerste %2 tekens.</source>
        <translation>Not everything was screened: of a very long text ChinaCheck screens only the first %1 characters, and of a very long word the first %2 characters.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="98"/>
        <source>Geen treffer in de tabel voor: %1.</source>
        <translation>No match in the table for: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="35"/>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="38"/>
        <source>Taal van de toepassing</source>
        <translation>Application language</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="42"/>
        <source>De tekst van de brochure blijft de officiële Nederlandse tekst. Het wisselen van taal houdt de geopende zaak open.</source>
        <translation>The brochure text remains the official Dutch text. Switching the language keeps the open case open.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="47"/>
        <source>Wat het logboek vastlegt</source>
        <translation>What the log records</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="48"/>
        <source>Gebeurtenissen (standaard)</source>
        <translation>Events (default)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="49"/>
        <source>Alleen waarschuwingen en fouten</source>
        <translation>Warnings and errors only</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="50"/>
        <source>Alleen fouten</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="51"/>
        <source>Alles (om een fout te zoeken)</source>
        <translation>Everything (to trace a fault)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="54"/>
        <source>Het logboek blijft op deze computer en bevat nooit de inhoud van zaken, namen of wachtwoorden; alleen wat er gebeurde, met het nummer (id) van de zaak.</source>
        <translation>The log stays on this computer and never contains the content of cases, names or passphrases; only what happened, with the case&apos;s number (id).</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="58"/>
        <source>Map: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="63"/>
        <source>Functiescheiding bij definitief aftekenen</source>
        <translation>Four eyes for final sign-offs</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="68"/>
        <source>Voor de hele organisatie; een zaak kan een eigen keuze hebben (Afronden &gt; Functiescheiding voor deze zaak), die in het logboek van de zaak wordt vastgelegd. Namen worden vastgelegd zoals ze zijn getypt: ChinaCheck kent geen accounts. Wat bewijst wie aftekende, is een digitale handtekening (verzegelen met een certificaat).</source>
        <translation>For the whole organisation; a case may have its own choice (Sign-off &gt; Four eyes for this case), which is recorded in the case&apos;s audit trail. Names are recorded as typed: ChinaCheck has no accounts. What proves who signed is a digital signature (sealing with a certificate).</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="75"/>
        <source>Herbeoordeling: maanden na de laatste definitieve aftekening</source>
        <translation>Review: months after the last final sign-off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="79"/>
        <source>Beveiligingsadviseur van de organisatie (getoond bij de nazorg)</source>
        <translation>The organisation&apos;s security officer (shown with the debrief)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="85"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="85"/>
        <source>Naam beveiligingsadviseur</source>
        <translation>Security officer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="86"/>
        <source>Telef&amp;oon</source>
        <translation>Ph&amp;one</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="87"/>
        <source>Telefoon beveiligingsadviseur</source>
        <translation>Security officer&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="88"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="88"/>
        <source>E-mail beveiligingsadviseur</source>
        <translation>Security officer&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="97"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="99"/>
        <source>&amp;Logboek</source>
        <translation>Lo&amp;g</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="101"/>
        <source>&amp;Functiescheiding</source>
        <translation>&amp;Four eyes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="116"/>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/settings_dialog.py" line="118"/>
        <source>Herbeoordeling %1, in maanden</source>
        <translation>Review %1, in months</translation>
    </message>
</context>
<context>
    <name>SignOffActions</name>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="82"/>
        <source>&amp;Aftekenen…</source>
        <translation>&amp;Sign Off…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="85"/>
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="87"/>
        <source>F&amp;unctiescheiding voor deze zaak…</source>
        <translation>&amp;Four eyes for this case…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="89"/>
        <source>&amp;Geschiedenis…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="118"/>
        <source>Definitief afgetekend door %1 (%2) op %3: %4. Revisie %5 is alleen-lezen: ChinaCheck staat geen wijzigingen toe; heropen de zaak om een nieuwe revisie te beginnen.</source>
        <translation>Finally signed off by %1 (%2) on %3: %4. Revision %5 is read-only: ChinaCheck allows no changes; reopen the case to start a new revision.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="135"/>
        <source>Verzegeld, maar de verzegeling kan hier niet worden gecontroleerd (pyHanko ontbreekt).</source>
        <translation>Sealed, but the seal cannot be checked here (pyHanko is missing).</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="139"/>
        <source>Verzegeling: %1.</source>
        <translation>Seal: %1.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="170"/>
        <source>Aftekenen</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="178"/>
        <source>Verzegeld als %1: de naam uit het certificaat, niet de getypte naam.</source>
        <translation>Sealed as %1: the certificate&apos;s name, not the typed name.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="182"/>
        <source>Eerste aftekening vastgelegd. De zaak wordt vergrendeld bij een definitieve aftekening door een ander (functiescheiding: twee aftekeningen).</source>
        <translation>First sign-off recorded. The case is locked by a final sign-off by someone else (four eyes: two sign-offs).</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="194"/>
        <source>(eigen keuze voor deze zaak)</source>
        <translation>(this case&apos;s own choice)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="195"/>
        <source>(instelling van de organisatie)</source>
        <translation>(the organisation&apos;s setting)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="224"/>
        <source>de smartcard of het token</source>
        <translation>the smart card or token</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="226"/>
        <source>Geen pincode gegeven: niet afgetekend.</source>
        <translation>No PIN given: not signed off.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="259"/>
        <source>Functiescheiding</source>
        <translation>Four eyes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="271"/>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="275"/>
        <source>Heropenen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_actions.py" line="272"/>
        <source>De zaak heropenen als nieuwe revisie? De eerdere aftekeningen blijven bewaard bij hun revisie.</source>
        <translation>Reopen the case as a new revision? The earlier sign-offs are kept with their revision.</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="42"/>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="103"/>
        <source>Aftekenen</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="44"/>
        <source>Naam van wie aftekent</source>
        <translation>Name of the person signing off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="48"/>
        <source>Functie of rol</source>
        <translation>Function or role</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="50"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="54"/>
        <source>Voorwaarden, één per regel</source>
        <translation>Conditions, one per line</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="55"/>
        <source>Eén voorwaarde per regel; elke voorwaarde wordt een actie die gevolgd wordt.</source>
        <translation>One condition per line; each condition becomes a tracked action.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="59"/>
        <source>Verklaring (optioneel)</source>
        <translation>Statement (optional)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="61"/>
        <source>&amp;Definitief: ChinaCheck staat hierna geen wijzigingen toe</source>
        <translation>Fin&amp;al: ChinaCheck allows no changes afterwards</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="64"/>
        <source>Ver&amp;zegelen met een certificaat (digitale handtekening in het zaakbestand)</source>
        <translation>Sea&amp;l with a certificate (a digital signature in the case file)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="67"/>
        <source>ChinaCheck staat geen wijzigingen toe; wijzigingen buiten ChinaCheck worden herkend, een vervalsing met nieuwe vingerafdruk alleen als de zaak digitaal is ondertekend.</source>
        <translation>ChinaCheck allows no changes; changes made outside ChinaCheck are detected, a forgery with a new fingerprint only if the case is digitally signed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="74"/>
        <source>Deze zaak is nog niet klaar voor een definitieve aftekening. Nog open (%n):</source>
        <translation>
            <numerusform>This case is not ready for a final sign-off yet. Still open (%n):</numerusform>
            <numerusform>This case is not ready for a final sign-off yet. Still open (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="78"/>
        <source>Nog open voor een definitieve aftekening</source>
        <translation>Still open before a final sign-off</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="82"/>
        <source>Reden om toch definitief af te tekenen</source>
        <translation>Reason to sign off definitively anyway</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="84"/>
        <source>Waarom wordt er nu besloten, ondanks de open punten? De reden wordt bij de aftekening bewaard, in de geschiedenis en op de PDF.</source>
        <translation>Why is the decision taken now, despite the open points? The reason is kept with the sign-off, in the history and on the PDF.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="88"/>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="90"/>
        <source>Functiescheiding: %1</source>
        <translation>Four eyes: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="95"/>
        <source>Namen worden vastgelegd zoals ze zijn getypt: ChinaCheck kent geen accounts. Wat bewijst wie aftekende, is een digitale handtekening: bij verzegelen met een certificaat wordt de naam uit het certificaat gebruikt.</source>
        <translation>Names are recorded as typed: ChinaCheck has no accounts. What proves who signed is a digital signature: when sealing with a certificate, the certificate&apos;s name is used.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="113"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="115"/>
        <source>&amp;Functie of rol</source>
        <translation>&amp;Function or role</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="116"/>
        <source>&amp;Besluit</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="117"/>
        <source>&amp;Voorwaarden</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="118"/>
        <source>V&amp;erklaring</source>
        <translation>S&amp;tatement</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="124"/>
        <source>&amp;Certificaat</source>
        <translation>Certif&amp;icate</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="125"/>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="127"/>
        <source>Verzegelen vraagt de extra onderdelen pyHanko en cryptography; die zijn niet geïnstalleerd.</source>
        <translation>Sealing needs the optional packages pyHanko and cryptography, which are not installed.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="161"/>
        <source>Geef een reden om definitief af te tekenen terwijl er nog punten open zijn, of vul de zaak eerst aan.</source>
        <translation>Give a reason to sign off definitively while points are still open, or complete the case first.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signoff_dialog.py" line="193"/>
        <source>Kies het certificaat om mee te verzegelen.</source>
        <translation>Choose the certificate to seal with.</translation>
    </message>
</context>
<context>
    <name>SigningSettings</name>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="22"/>
        <source>Ondertekenen en controleren</source>
        <translation>Signing and checking</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="26"/>
        <source>geen gevonden</source>
        <translation>none found</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="27"/>
        <source>PKCS#11-module van de smartcard of het token</source>
        <translation>PKCS#11 module of the smart card or token</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="28"/>
        <location filename="../../chinacheck/ui/signing_settings.py" line="34"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="29"/>
        <location filename="../../chinacheck/ui/signing_settings.py" line="63"/>
        <source>PKCS#11-module kiezen</source>
        <translation>Choose PKCS#11 module</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="32"/>
        <source>Map met vertrouwde basiscertificaten van de organisatie</source>
        <translation>The organisation&apos;s folder of trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="35"/>
        <source>Map met vertrouwde basiscertificaten kiezen</source>
        <translation>Choose the folder of trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="39"/>
        <source>De software van de kaartlezer of het token (zoals OpenSC); leeg is de gebruikelijke plaats op deze computer.</source>
        <translation>The software of the card reader or token (such as OpenSC); empty is the usual place on this computer.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="42"/>
        <source>De basiscertificaten (.pem, .crt, .cer, .der) waarnaar een handtekening moet leiden om &apos;vertrouwd&apos; te heten.</source>
        <translation>The root certificates (.pem, .crt, .cer, .der) a signature must lead to to be called &apos;trusted&apos;.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="44"/>
        <source>Leeg: de gebruikelijke module op deze computer.</source>
        <translation>Empty: the usual module on this computer.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="46"/>
        <source>PKCS#11-&amp;module</source>
        <translation>PKCS#11 &amp;module</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="47"/>
        <source>&amp;Vertrouwensmap</source>
        <translation>&amp;Trust folder</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="64"/>
        <source>PKCS#11-modules (*.so *.dylib *.dll);;Alle bestanden (*)</source>
        <translation>PKCS#11 modules (*.so *.dylib *.dll);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/signing_settings.py" line="69"/>
        <source>Vertrouwensmap kiezen</source>
        <translation>Choose the trust folder</translation>
    </message>
</context>
<context>
    <name>TechnologyModel</name>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="28"/>
        <source>Sector of categorie</source>
        <translation>Sector or category</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="29"/>
        <source>Deeltechnologieën</source>
        <translation>Sub-technologies</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="30"/>
        <source>Topsector</source>
        <translation>Top sector</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="31"/>
        <source>Sleuteltechnologie</source>
        <translation>Key technology</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="40"/>
        <source>niet vermeld</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="42"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="43"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TechnologyTab</name>
    <message>
        <location filename="../../chinacheck/ui/technology_tab.py" line="31"/>
        <source>Zoek een sector of technologie, bijvoorbeeld: chips, waterstof, AI</source>
        <translation>Search for a sector or technology, for example: chips, hydrogen, AI</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_tab.py" line="32"/>
        <source>Zoek in de technologietabel</source>
        <translation>Search the technology table</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_tab.py" line="36"/>
        <source>Technologietabel</source>
        <translation>Technology table</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="26"/>
        <source>Prullenbak</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="28"/>
        <source>Verwijderde zaken</source>
        <translation>Deleted cases</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="29"/>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="30"/>
        <source>Geselecteerde zaak terugzetten</source>
        <translation>Restore selected case</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="35"/>
        <source>Verwijderde zaken blijven hier tot u ze terugzet.</source>
        <translation>Deleted cases stay here until you restore them.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="62"/>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>WhoseText</name>
    <message>
        <location filename="../../chinacheck/ui/whose_text.py" line="20"/>
        <source>%1, niet geverifieerd</source>
        <translation>%1, not verified</translation>
    </message>
</context>
<context>
    <name>WooActions</name>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="33"/>
        <source>Woo-&amp;markeringen…</source>
        <translation>Woo &amp;markings…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="35"/>
        <source>&amp;Woo-versie exporteren…</source>
        <translation>Export &amp;Woo version…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="37"/>
        <source>Woo-versie als Word-document…</source>
        <translation>Woo Version as Word Document…</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="87"/>
        <source>Woo-markeringen</source>
        <translation>Woo markings</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="96"/>
        <source>Woo-versie</source>
        <translation>Woo version</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="97"/>
        <source>Deze zaak is buiten ChinaCheck gewijzigd; maak er geen Woo-versie van.</source>
        <translation>This case was changed outside ChinaCheck; do not make a Woo version of it.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="134"/>
        <source>Woo-versie opgeslagen: %1</source>
        <translation>Woo version saved: %1</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_actions.py" line="140"/>
        <source>Woo-versie maken mislukt</source>
        <translation>Making the Woo version failed</translation>
    </message>
</context>
<context>
    <name>WooDialog</name>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="44"/>
        <source>Woo-markeringen</source>
        <translation>Woo markings</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="55"/>
        <source>Kies de passages die in de Woo-versie gelakt worden, en op welke grond. Namen van personen zijn standaard gelakt (5.1.2e). De omschrijvingen zijn de weergave van ChinaCheck van de wet, niet gecontroleerd tegen wetten.overheid.nl.</source>
        <translation>Choose the passages withheld in the Woo version, and on which ground. Names of people are withheld by default (5.1.2e). The descriptions are ChinaCheck&apos;s rendering of the act, not checked against wetten.overheid.nl.</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="60"/>
        <source>Onderdeel</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="60"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="61"/>
        <source>Gronden</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="62"/>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="80"/>
        <source>Weigeringsgronden</source>
        <translation>Grounds for withholding</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="92"/>
        <source>Niet lakken</source>
        <translation>Do not withhold</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="123"/>
        <source>%1 (standaard)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/woo_dialog.py" line="126"/>
        <source>niet gelakt</source>
        <translation>not withheld</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../chinacheck/ui/register_export.py" line="95"/>
        <source>Register opslaan als</source>
        <translation>Save register as</translation>
    </message>
</context>
</TS>
