<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Brochure</name>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="28"/>
        <source>Toelichting ChinaCheck (geen tekst uit de brochure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="32"/>
        <source>Hoofdstukken van de brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="33"/>
        <source>Hoofdstuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="34"/>
        <source>uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="35"/>
        <source>Achtergrond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="36"/>
        <source>Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="48"/>
        <source>in deze versie als managementsamenvatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="49"/>
        <source>in deze versie gedeeltelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="50"/>
        <source>niet in deze versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_html.py" line="70"/>
        <source>Achtergrond in eigen woorden van ChinaCheck, naar: %1, “%2”, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrochureTab</name>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="26"/>
        <source>Tekst van de brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="29"/>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="30"/>
        <source>Zoek in de brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="32"/>
        <source>&amp;Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/brochure_tab.py" line="33"/>
        <source>Volgende zoekresultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../chinacheck/ui/brochure_tab.py" line="65"/>
        <source>%n treffer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="51"/>
        <source>Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="62"/>
        <source>Zaak openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="68"/>
        <source>Deze zaak bevat antwoorden op punten die deze versie niet kent; ze blijven bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="85"/>
        <source>Herstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="88"/>
        <source>Hersteld: niet-opgeslagen wijzigingen van “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/case_session.py" line="105"/>
        <location filename="../../chinacheck/ui/case_session.py" line="123"/>
        <source>Opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="30"/>
        <source>Punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_model.py" line="32"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="50"/>
        <source>Checklistpunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="58"/>
        <source>Voortgang van de checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="59"/>
        <source>Alleen &amp;open punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="60"/>
        <source>Alleen open punten tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="64"/>
        <source>Toelichting uit de brochure bij deze vraaggroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="75"/>
        <source>Status van dit punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="79"/>
        <source>Notitie bij dit punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="81"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="84"/>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="87"/>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="84"/>
        <source>Eigenaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="85"/>
        <source>Uiterlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="86"/>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="87"/>
        <source>Acties bij dit punt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="110"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="111"/>
        <source>&amp;Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="112"/>
        <source>Acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="113"/>
        <source>Uit de brochure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="167"/>
        <source>%1 van %2 beantwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="183"/>
        <source>Vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="183"/>
        <source>Advies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="185"/>
        <source>★ Extra van belang voor deze soort zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="199"/>
        <source>Status van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/checklist_tab.py" line="206"/>
        <source>Notitie bij %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="46"/>
        <source>Bron: %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="70"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="71"/>
        <source>Postadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="72"/>
        <source>Bezoekadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="73"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="74"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="75"/>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="82"/>
        <source>Kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="83"/>
        <source>%1 van %2 kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="89"/>
        <source>Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/contacts_tab.py" line="90"/>
        <source>%1 openen: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="54"/>
        <source>Begindatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="55"/>
        <source>Einddatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="56"/>
        <source>Onderwerpen van de samenwerking, één per regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="57"/>
        <source>Eén onderwerp per regel, bijv. waterstofbussen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="62"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="63"/>
        <source>Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="75"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="80"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="68"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="75"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="80"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="67"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="67"/>
        <source>Soort zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="69"/>
        <source>Opgesteld door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="70"/>
        <source>Totaalinschatting risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="76"/>
        <source>Rol in de partijstaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="76"/>
        <source>Notities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="77"/>
        <source>Gesprekspartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="77"/>
        <source>Gesprekspartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="81"/>
        <source>Achtergrond en belang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="82"/>
        <source>Tussenpersoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="82"/>
        <location filename="../../chinacheck/ui/details_tab.py" line="150"/>
        <source>Tussenpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="99"/>
        <source>Titel wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="101"/>
        <source>Organisatie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="104"/>
        <source>Opsteller wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="107"/>
        <source>Soort wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="110"/>
        <source>Risico wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="113"/>
        <source>Begindatum wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="116"/>
        <source>Einddatum wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="119"/>
        <source>Onderwerpen wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="123"/>
        <source>Besluit wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="126"/>
        <source>Maatregelen wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="133"/>
        <source>Algemeen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="135"/>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="136"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="137"/>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="138"/>
        <source>Opgesteld &amp;door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="141"/>
        <source>t/m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="144"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="146"/>
        <source>Gesprekspartners en tussenpersonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="148"/>
        <source>Gesprekspartners (namen in Chinese tekens mogen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="153"/>
        <source>Onderwerpen en toetsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="158"/>
        <source>Afweging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="160"/>
        <source>&amp;Risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="161"/>
        <source>&amp;Maatregelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="162"/>
        <source>&amp;Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="163"/>
        <source>Open punten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/details_tab.py" line="214"/>
        <source>%1 van %2 punten nog open; %3 open acties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="32"/>
        <source>&amp;Exporteer PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="35"/>
        <source>Print &amp;lege checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="37"/>
        <source>&amp;Reiskaart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="65"/>
        <source>Zaakoverzicht maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="81"/>
        <source>Lege checklist maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="93"/>
        <source>Reiskaart maken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/documents.py" line="125"/>
        <source>PDF maken mislukt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="11"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="12"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="13"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="14"/>
        <source>deels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="15"/>
        <source>n.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="16"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="19"/>
        <source>nog niet bepaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="20"/>
        <source>laag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="21"/>
        <source>midden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="22"/>
        <source>hoog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="25"/>
        <source>Openbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="26"/>
        <source>Intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/labels.py" line="27"/>
        <source>Departementaal vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="37"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="37"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="38"/>
        <source>Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="39"/>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="40"/>
        <source>Risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="40"/>
        <source>Gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="101"/>
        <source>%1/%2 beantwoord, %3 open acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_model.py" line="124"/>
        <source>Onleesbaar: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="43"/>
        <source>Zoek op titel, soort of organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="44"/>
        <source>Zaken filteren op tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="47"/>
        <source>Filter op soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="48"/>
        <source>Alle soorten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="52"/>
        <source>Filter op risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="53"/>
        <source>Elk risico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="59"/>
        <source>Lijst van zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="72"/>
        <source>&amp;Nieuw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="73"/>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="74"/>
        <source>&amp;Dupliceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="75"/>
        <source>Verwij&amp;deren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="76"/>
        <source>Toon in &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="77"/>
        <source>&amp;Prullenbak…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="78"/>
        <source>Ander &amp;bestand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="79"/>
        <source>Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="80"/>
        <source>Zaak openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="81"/>
        <source>Zaak dupliceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="82"/>
        <source>Zaak naar prullenbak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="83"/>
        <source>Map van de zaak tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="84"/>
        <source>Prullenbak openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/library_panel.py" line="85"/>
        <source>Ander zaakbestand openen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="40"/>
        <source>Zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="48"/>
        <source>Onderdelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="55"/>
        <source>&amp;Brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="56"/>
        <source>&amp;Zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="57"/>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="58"/>
        <source>&amp;Technologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="59"/>
        <source>C&amp;ontacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="114"/>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="115"/>
        <source>&amp;Nieuw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="116"/>
        <source>&amp;Openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="117"/>
        <source>Op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="118"/>
        <source>Opslaan &amp;als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="120"/>
        <source>Zaak &amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="122"/>
        <source>&amp;Recente bestanden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="126"/>
        <source>Af&amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="138"/>
        <source>Be&amp;werken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="139"/>
        <source>&amp;Ongedaan maken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="140"/>
        <source>Opnie&amp;uw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="145"/>
        <source>&amp;Over ChinaCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="248"/>
        <source>Dupliceren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="254"/>
        <source>“%1” naar de prullenbak verplaatsen? U kunt de zaak later terugzetten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="255"/>
        <location filename="../../chinacheck/ui/main_window.py" line="262"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="275"/>
        <source>Over ChinaCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/main_window.py" line="276"/>
        <source>&lt;h3&gt;ChinaCheck %1&lt;/h3&gt;&lt;p&gt;Afwegingen bij decentrale contacten met China.&lt;/p&gt;&lt;p&gt;Inhoud: %2, &lt;i&gt;%3&lt;/i&gt;, %4 (%5), inhoudsversie %6.&lt;/p&gt;&lt;p&gt;ChinaCheck gebruikt geen netwerk: geen updates, geen telemetrie, niets wordt opgehaald of verstuurd. Uw zaken blijven op deze computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="21"/>
        <source>Nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="23"/>
        <source>Titel van de nieuwe zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="24"/>
        <source>bijv. Handelsmissie Shenzhen 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="26"/>
        <source>Soort zaak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="38"/>
        <source>Aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="42"/>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/new_case_dialog.py" line="43"/>
        <source>&amp;Soort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="24"/>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="25"/>
        <source>De zaak “%1” heeft wijzigingen die nog niet zijn opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="26"/>
        <source>Wilt u de wijzigingen opslaan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="27"/>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="28"/>
        <source>&amp;Niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="29"/>
        <source>&amp;Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="44"/>
        <source>Opslaan mislukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="45"/>
        <source>De zaak is niet opgeslagen. Uw wijzigingen staan nog in het venster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="47"/>
        <source>Opslaan &amp;als…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="48"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="63"/>
        <source>ChinaCheck is de vorige keer niet netjes afgesloten. Er zijn niet-opgeslagen wijzigingen gevonden van:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="65"/>
        <source>Wijzigingen herstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="66"/>
        <source>Wilt u deze herstellen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="71"/>
        <source>Zaak openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="71"/>
        <location filename="../../chinacheck/ui/prompts.py" line="76"/>
        <source>ChinaCheck-zaken (*.chinacheck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="76"/>
        <source>Zaak opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="89"/>
        <source>PDF opslaan als</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="90"/>
        <source>PDF-documenten (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="101"/>
        <source>Exporteer PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="102"/>
        <source>Rubricering (in kop- en voettekst):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="118"/>
        <source>Lege checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="119"/>
        <source>Voor welke soort zaak?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="129"/>
        <source>PDF gemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/prompts.py" line="130"/>
        <source>Opgeslagen als %1.

Nu openen met de PDF-lezer van het systeem?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="33"/>
        <source>Toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="34"/>
        <source>%1: toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="35"/>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/record_table.py" line="36"/>
        <source>%1: geselecteerde verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningView</name>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="23"/>
        <source>Toetsing van de onderwerpen aan de technologietabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/screening_view.py" line="31"/>
        <source>Vul onderwerpen van de samenwerking in; ChinaCheck toetst ze aan de technologietabel van de brochure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnologyModel</name>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="27"/>
        <source>Sector of categorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="28"/>
        <source>Deeltechnologieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="29"/>
        <source>Topsector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="30"/>
        <source>Sleuteltechnologie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="39"/>
        <source>niet vermeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="41"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_model.py" line="42"/>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnologyTab</name>
    <message>
        <location filename="../../chinacheck/ui/technology_tab.py" line="30"/>
        <source>Zoek een sector of technologie, bijvoorbeeld: chips, waterstof, AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_tab.py" line="31"/>
        <source>Zoek in de technologietabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/technology_tab.py" line="35"/>
        <source>Technologietabel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="24"/>
        <source>Prullenbak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="26"/>
        <source>Verwijderde zaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="27"/>
        <source>&amp;Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="28"/>
        <source>Geselecteerde zaak terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="33"/>
        <source>Verwijderde zaken blijven hier tot u ze terugzet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../chinacheck/ui/trash_dialog.py" line="60"/>
        <source>Terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
