"""Make the test packs in this folder (run from the repository root:
``python tests/data/packs/make_packs.py``). Deterministic: Ed25519 signatures are, and the keys
are fixed test keys (test-publisher.pem, test-organisation.pem; NOT secret, test use only).

- ``later-edition/``: a FICTIONAL later edition of the national pack (version 2026.01-1): one
  question reworded, one withdrawn, one new, one renamed, one technology-table row and one
  contact changed; signed with the test publisher key.
- ``later-edition-unsigned/``: the same without pack.sig.
- ``later-edition-tampered/``: the signed pack with one data file changed after signing and
  its hash in pack.json updated (so only the signature can tell).
- ``organisation/``: an organisation pack (two questions, search words, a contact), signed
  with the test organisation key.
Hostile packs (path traversal, a 100 MB entry, deep nesting) are made by the tests in a
temporary folder: tests/test_content_packs_hostile.py.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from chinacheck.guidance.pack_build import build, sign  # noqa: E402
from chinacheck.guidance.pack_signature import load_private_key  # noqa: E402

BUNDLED = REPO / "resources" / "content"


def _json(path: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def later_edition(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name in (p.name for p in BUNDLED.glob("*.json") if p.name != "pack.json"):
        shutil.copy(BUNDLED / name, folder / name)
    source = _json(folder / "source.json")
    source.update(content_version="2026.01-1", date="2026-01", date_label="januari 2026",
                  title="Decentrale contacten met China (fictieve testeditie)")
    _write(folder / "source.json", source)
    checklist = _json(folder / "checklist.json")
    for group in checklist["groups"]:
        for item in group["items"]:
            if item["id"] == "need-investment":
                item["text"] = ("Wat bent u bereid in ruil daarvoor te investeren, in geld, "
                                "tijd en kennis? (fictieve testeditie)")
            if item["id"] == "contact-intermediary":
                item["id"] = "contact-intermediary-background"
        group["items"] = [i for i in group["items"] if i["id"] != "espionage-public-wifi"]
        if group["id"] == "group-espionage":
            group["items"].append({
                "id": "espionage-travel-devices", "type": "advice",
                "text": "Neem op reis alleen apparaten mee die u daarvoor hebt ingericht. "
                        "(fictieve testeditie)",
                "label": "Reisapparaten", "label_en": "Travel devices"})
    _write(folder / "checklist.json", checklist)
    kinds = _json(folder / "case_kinds.json")
    for kind in kinds["kinds"]:
        for key in ("exclude", "emphasis"):
            kind[key] = ["contact-intermediary-background" if i == "contact-intermediary" else i
                         for i in kind.get(key, []) if i != "espionage-public-wifi"]
    _write(folder / "case_kinds.json", kinds)
    tech = _json(folder / "technologies.json")
    for sector in tech["sectors"]:
        for sub in sector["subtechnologies"]:
            if sub["id"] == "agri-food-cold-chains":
                sub["name"] = "Koelketens en koelhuizen"
    _write(folder / "technologies.json", tech)
    contacts = _json(folder / "contacts.json")
    contacts["contacts"][0]["email"] = "icp-test@example.org"
    _write(folder / "contacts.json", contacts)
    synonyms = _json(folder / "synonyms.json")
    synonyms["terms"] = {k: v for k, v in synonyms["terms"].items()
                         if k not in ("espionage-public-wifi", "contact-intermediary")}
    _write(folder / "synonyms.json", synonyms)
    _write(folder / "pack.json", {
        "format": "chinacheck-pack", "format_version": 1,
        "id": "nctv-decentrale-contacten-china", "version": "2026.01-1", "kind": "national",
        "title": "Decentrale contacten met China (fictieve testeditie)",
        "publisher": "Testuitgever (fictief)", "publisher_short": "NCTV",
        "edition_date": "2026-01", "languages": ["nl"],
        "provenance": {"source": "Fictieve testeditie voor de tests van ChinaCheck",
                       "url": "https://example.org/test"},
        "licence": "Testgegevens",
        "previous": {"id": "nctv-decentrale-contacten-china", "version": "2023.05-1"},
        "changes": [
            {"change": "withdrawn", "from": ["espionage-public-wifi"]},
            {"change": "renamed", "from": ["contact-intermediary"],
             "to": ["contact-intermediary-background"]},
        ],
        "files": {}})
    build(folder)


def organisation(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    _write(folder / "checklist.json", {"groups": [
        {"id": "group-contact", "items": [
            {"id": "org-integrity-screening", "type": "question",
             "text": "Is de integriteitstoets van de gemeente doorlopen?",
             "label": "Integriteitstoets", "label_en": "Integrity check"}]},
        {"id": "org-group-information", "title": "Informatiebeveiliging (gemeente Voorbeeld)",
         "guidance": ["Vragen van de gemeente Voorbeeld zelf."], "items": [
            {"id": "org-ciso-informed", "type": "question",
             "text": "Is de CISO van de gemeente op de hoogte gebracht?",
             "label": "CISO ingelicht", "label_en": "CISO informed",
             "kinds": ["delegatie-inkomend", "reis-uitgaand"]}]}]})
    _write(folder / "synonyms.json", {"terms": {"sector-maritime": ["baggeren", "havenkraan"]}})
    _write(folder / "contacts.json", {"contacts": [
        {"id": "org-security-office", "name": "Bureau Veiligheid, gemeente Voorbeeld",
         "role": "Meldpunt voor vragen over buitenlandse contacten",
         "email": "veiligheid@voorbeeld.example"}]})
    _write(folder / "pack.json", {
        "format": "chinacheck-pack", "format_version": 1, "id": "gemeente-voorbeeld",
        "version": "1", "kind": "organisation", "title": "Aanvullende vragen gemeente Voorbeeld",
        "publisher": "Gemeente Voorbeeld (fictief)", "publisher_short": "Gemeente Voorbeeld",
        "edition_date": "2026-02", "languages": ["nl"],
        "provenance": {"source": "Fictief testpakket", "url": ""}, "licence": "Testgegevens",
        "files": {}})
    build(folder)


def main() -> None:
    later = HERE / "later-edition"
    later_edition(later)
    sign(later, load_private_key(HERE / "test-publisher.pem"))
    unsigned = HERE / "later-edition-unsigned"
    shutil.rmtree(unsigned, ignore_errors=True)
    shutil.copytree(later, unsigned)
    (unsigned / "pack.sig").unlink()
    tampered = HERE / "later-edition-tampered"
    shutil.rmtree(tampered, ignore_errors=True)
    shutil.copytree(later, tampered)
    contacts = _json(tampered / "contacts.json")
    contacts["contacts"][0]["email"] = "attacker@example.org"
    _write(tampered / "contacts.json", contacts)
    signature = (tampered / "pack.sig").read_bytes()
    build(tampered)  # updates the hash (and drops pack.sig): put the old signature back
    (tampered / "pack.sig").write_bytes(signature)
    org = HERE / "organisation"
    organisation(org)
    sign(org, load_private_key(HERE / "test-organisation.pem"))


if __name__ == "__main__":
    main()
