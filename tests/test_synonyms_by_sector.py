"""ChinaCheck's own search words let everyday topic phrasings find each sector of the table,
in Dutch and English, and ordinary non-technical topics find nothing."""

from __future__ import annotations

import pytest

from chinacheck.guidance.content import load, load_raw
from chinacheck.guidance.screening import screen

# Per sector id: realistic topics an official would type; each must hit that sector.
PHRASES: dict[str, list[str]] = {
    "sector-agri-food": [
        "samenwerking in de glastuinbouw", "oogstrobots voor kassen", "kweekvlees",
        "nieuwe aardappelrassen veredelen", "aquaculture research", "dairy farming exchange",
        "fertilizer plant"],
    "sector-energy": [
        "zonnepanelen op daken", "onderhoud van een windturbine", "waterstofbus in Groningen",
        "snelladers voor elektrische auto's", "kerncentrale bouwen", "solar panel factory",
        "battery cells for EVs", "heat pumps for homes"],
    "sector-semiconductors": [
        "chips voor auto's", "lithografie en EUV", "cleanroom technici opleiden",
        "GPU design", "silicon wafer supply", "geheugenchips", "galliumnitride vermogenschips"],
    "sector-ai": [
        "chatbot voor burgers", "algoritmes voor fraudedetectie", "machine learning in de zorg",
        "zelfrijdende auto's testen", "facial recognition cameras", "training data for AI models",
        "slimme steden en slimme meters"],
    "sector-quantum": [
        "quantumcomputer bouwen", "kwantumcomputing onderzoek", "QKD-netwerk",
        "post-quantum cryptography", "qubits in supergeleidende circuits",
        "encryptie van overheidsberichten", "atomic clocks"],
    "sector-life-sciences": [
        "klinische studie naar kanker", "medische hulpmiddelen certificeren",
        "MRI-onderzoek in een academisch ziekenhuis", "pacemakers en implantaten",
        "clinical trials in oncology", "medical devices", "vaccinproductie",
        "stamcellen en gentherapie", "hersenonderzoek naar dementie", "patiëntgegevens delen"],
    "sector-logistics": [
        "hogesnelheidstrein", "goederentreinen naar Europa", "distributiecentrum bij de haven",
        "elektrische bussen voor het openbaar vervoer", "warehousing in Rotterdam", "rail freight",
        "pakketbezorging"],
    "sector-aerospace": [
        "satellietbeelden voor landbouw", "raketlancering", "vliegtuigmotoren onderhouden",
        "helicopter maintenance", "earth observation satellites", "ruimtevaartonderzoek",
        "GPS navigation"],
    "sector-new-it": [
        "5G-netwerk uitrollen", "datacenter bouwen", "cloud computing diensten",
        "internet of things sensoren", "blockchain voor handel", "glasvezelnetwerk",
        "VR-headset voor training", "RFID-tags in de logistiek", "submarine cables"],
    "sector-maritime": [
        "scheepsbouw", "containerterminal automatiseren", "diepzeemijnbouw",
        "onderwaterdrones", "ijsbreker naar Antarctica", "port development", "sonar systems"],
    "sector-advanced-materials": [
        "koolstofvezel composieten", "zeldzame aardmetalen", "lithium en kobalt",
        "titanium legeringen", "graphene research", "nanotechnologie", "rare earth magnets"],
    "sector-robotics": [
        "industriële robots", "3D-printen van onderdelen", "lasrobots in de fabriek",
        "recycling van batterijen", "kalibratie van meetinstrumenten",
        "predictive maintenance", "drones voor inspectie", "smart manufacturing"],
}

# Topics that have nothing to do with the table: they must find nothing at all.
NOTHING = [
    "culturele uitwisseling van scholen", "sportwedstrijd", "muziekfestival",
    "taalcursus Chinees", "onderzoek naar Chinese literatuur", "archeologie",
    "kunsttentoonstelling", "studentenuitwisseling rechten", "economische geschiedenis",
    "toerisme", "football match", "cultural exchange between schools", "youth orchestra",
    "philosophy seminar", "uitwisseling van data en technologie", "transformer models",
]


def test_every_sector_has_phrasings() -> None:
    assert set(PHRASES) == {s.id for s in load().technologies.sectors}


@pytest.mark.parametrize(("sector", "topic"),
                         [(s, t) for s, topics in PHRASES.items() for t in topics])
def test_everyday_phrasings_hit_their_sector(sector: str, topic: str) -> None:
    assert sector in {m.sector.id for m in screen(topic).matches}


@pytest.mark.parametrize("topic", NOTHING)
def test_ordinary_topics_hit_nothing(topic: str) -> None:
    result = screen(topic)
    assert not result.matches, [h for m in result.matches for h in m.hits]


def test_a_data_warehouse_is_not_logistics() -> None:
    assert {m.sector.id for m in screen("data warehouse").matches} == {"sector-new-it"}


def test_over_broad_words_are_not_search_words() -> None:
    raw = load_raw()["synonyms"]
    words = {w for terms in raw["terms"].values() for w in terms}
    assert not words & {"data", "technologie", "technology", "onderzoek", "research",
                        "innovatie", "innovation", "samenwerking", "systemen", "machines",
                        "generator", "transformer", "hosting", "ran", "ml", "sic"}
    assert raw["origin"] == "chinacheck"  # ChinaCheck's own aids, not brochure text
