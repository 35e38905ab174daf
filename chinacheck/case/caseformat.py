"""The ``.chinacheck`` file format: serialise, parse, validate, migrate.

See ``docs/case-format.md``. Parsing never trusts the file: every type is checked and every
failure is a :class:`CaseFileError` naming the field.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from chinacheck.case import (
    caseformat_lifecycle,
    caseformat_packs,
    caseformat_signoffs,
    caseformat_woo,
    daterange,
    limits,
)
from chinacheck.case.caseformat_actions import action_dict, read_actions
from chinacheck.case.model import (
    Answer,
    Case,
    Counterpart,
    FourEyes,
    Intermediary,
    RiskLevel,
    Status,
)
from chinacheck.errors import CaseFileError
from chinacheck.i18n import _
from chinacheck.jsonreader import Reader, shown
from chinacheck.jsonreader import typename as _typename

FORMAT = "chinacheck-case"
SCHEMA_VERSION = 6
EXTENSION = ".chinacheck"
MAX_FILE_BYTES = 4 * 1024 * 1024  # far above any real case (some 50 KiB): see case/limits.py
MAX_NESTING = limits.MAX_NESTING

_KNOWN_KEYS = {
    "format", "schema_version", "id", "title", "kind", "organisation", "preparer",
    "start_date", "end_date", "counterparts", "intermediaries", "topics", "answers",
    "measures", "overall_risk", "decision", "created", "modified", "content_version",
    "four_eyes", *caseformat_signoffs.KEYS, *caseformat_lifecycle.KEYS,
    *caseformat_woo.KEYS, *caseformat_packs.KEYS,
}

# One step per version: MIGRATIONS[n] turns a version-n document into version n+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: caseformat_signoffs.migrate_1_to_2,
    2: caseformat_signoffs.migrate_2_to_3,
    3: caseformat_lifecycle.migrate_3_to_4,
    4: caseformat_woo.migrate_4_to_5,
    5: caseformat_packs.migrate_5_to_6,
}


# --- writing -----------------------------------------------------------------------------

def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_dict(case: Case, *, chain: bool = True) -> dict[str, Any]:
    """The case as its file's JSON object. ``chain=False`` skips hashing the audit trail's chain
    (each entry keeps the link it was read with): for copies in memory, never for a file."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "id": case.id,
        "title": case.title,
        "kind": case.kind,
        "organisation": case.organisation,
        "preparer": case.preparer,
        "start_date": _iso(case.start_date),
        "end_date": _iso(case.end_date),
        "counterparts": [
            {"name": c.name, "organisation": c.organisation, "role": c.role, "notes": c.notes}
            for c in case.counterparts
        ],
        "intermediaries": [
            {"name": i.name, "organisation": i.organisation, "background": i.background}
            for i in case.intermediaries
        ],
        "topics": list(case.topics),
        "answers": {
            item_id: {
                "status": answer.status.value,
                "note": answer.note,
                "actions": [action_dict(a) for a in answer.actions],
            }
            for item_id, answer in sorted(case.answers.items())
        },
        "measures": case.measures,
        "overall_risk": case.overall_risk.value,
        "decision": case.decision,
        "created": case.created.isoformat(),
        "modified": case.modified.isoformat(),
        "content_version": case.content_version,
        **caseformat_signoffs.to_dict(case, chain=chain),
        **caseformat_lifecycle.to_dict(case),
        **caseformat_woo.to_dict(case),
        **caseformat_packs.to_dict(case),
    }
    if case.four_eyes is not None:  # optional: absent means the organisation's policy
        data["four_eyes"] = case.four_eyes.value
    for key, value in case.extra.items():
        data.setdefault(key, value)
    return data


def dumps(case: Case) -> bytes:
    return (json.dumps(to_dict(case), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- reading -----------------------------------------------------------------------------

def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(_("dubbele sleutel {key}").format(key=shown(key)))
        result[key] = value
    return result


def _finite(literal: str) -> float:
    # A literal such as 1e999 overflows to inf, which JSON cannot express: written back it
    # would be "Infinity" and the saved file could no longer be opened.
    value = float(literal)
    if not math.isfinite(value):
        raise ValueError(_("getal buiten bereik {value}").format(value=shown(literal, 20)))
    return value


# A JSON escape of a UTF-16 surrogate; paired ones become one character, a lone one stays a
# surrogate, which no UTF-8 writer can write.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _lone_surrogate(data: Any) -> str | None:
    """The field path of the first text (value or key) holding a lone surrogate, or None."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return where
        elif isinstance(node, dict):
            for key, value in node.items():
                inner = f"{where}.{key}" if where else key
                if _SURROGATE.search(key):
                    return inner
                stack.append((value, inner))
        elif isinstance(node, list):
            stack.extend((value, f"{where}[{n}]") for n, value in enumerate(node))
    return None


def parse_json(raw: bytes, path: Path | None = None) -> dict[str, Any]:
    """Bytes to a JSON object, or a CaseFileError; accepts a UTF-8 byte-order mark."""
    if len(raw) > MAX_FILE_BYTES:
        raise CaseFileError(path, _("bestand is te groot ({size} bytes) voor een "
                                    "ChinaCheck-zaak").format(size=len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CaseFileError(path, _("geen geldige UTF-8-tekst (byte {position})").format(
            position=exc.start)) from None
    if not text or text.isspace():  # isspace: no copy of a file of many megabytes
        raise CaseFileError(path, _("bestand is leeg"))
    limits.check_json_items(raw, path)  # before Python builds an object for each of them
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_reject_constant, parse_float=_finite)
    except RecursionError:
        raise CaseFileError(path, _("JSON is te diep genest")) from None
    except json.JSONDecodeError as exc:
        # exc.msg is the json module's own English ("Expecting value"), in either language.
        raise CaseFileError(path, _("geen geldige JSON (regel {line}, kolom {column}: "
                                    "{detail})").format(line=exc.lineno, column=exc.colno,
                                                        detail=exc.msg)) from None
    except ValueError as exc:
        raise CaseFileError(path, _("geen geldige JSON: {detail}").format(
            detail=str(exc)[:120])) from None
    if not isinstance(data, dict):
        raise CaseFileError(path, _("geen ChinaCheck-zaak: het bestand is geen JSON-object"))
    limits.check_document(data, path)  # nesting, and the length of every text and key
    if _SURROGATE_ESCAPE.search(text):
        where = _lone_surrogate(data)
        if where is not None:
            raise CaseFileError(path, _("veld {field}: bevat een ongeldig teken (een losse "
                                        "UTF-16-surrogaat, zoals \\ud800)").format(
                field=shown(where)))
    return data


def _reject_constant(name: str) -> Any:
    raise ValueError(_("ongeldige waarde {value}").format(value=name))


def check_header(data: dict[str, Any], path: Path | None = None) -> int:
    """Check the format marker and return the schema version; refuses newer versions."""
    if data.get("format") != FORMAT:
        raise CaseFileError(path, _("geen ChinaCheck-zaak (veld 'format' is niet "
                                    "\"{format}\")").format(format=FORMAT))
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseFileError(path, _("veld 'schema_version' ontbreekt of is geen positief "
                                    "geheel getal"))
    if version > SCHEMA_VERSION:
        raise CaseFileError(path, _(
            "gemaakt met een nieuwere ChinaCheck (formaatversie {version}; deze versie kent "
            "t/m {known}). Werk ChinaCheck bij om dit bestand te openen.").format(
            version=shown(version, 12), known=SCHEMA_VERSION))
    return version


def migrate(data: dict[str, Any], path: Path | None = None) -> tuple[dict[str, Any], int]:
    """Bring a document up to SCHEMA_VERSION one step at a time; returns it and its old version."""
    original = check_header(data, path)
    version = original
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise CaseFileError(path, _("geen omzetting bekend van formaatversie {version}")
                                .format(version=version))
        data = step(data)
        version += 1
        data["schema_version"] = version
    return data, original


def from_dict(data: dict[str, Any], path: Path | None = None) -> Case:
    """Validate a current-version document into a Case, or raise CaseFileError."""
    r = Reader(path)
    data = migrate(data, path)[0]
    limits.check_counts(data, path)
    case_id = r.text(data, "id", "", required=True)
    if not case_id.strip():
        raise r.fail("id", _("is leeg"))
    title = r.text(data, "title", "", required=True)
    kind = r.text(data, "kind", "") or "overig"

    counterparts = []
    for n, raw in enumerate(r.lst(data.get("counterparts", []), "counterparts")):
        where = f"counterparts[{n}]."
        obj = r.obj(raw, where[:-1])
        counterparts.append(Counterpart(
            name=r.text(obj, "name", where, required=True),
            organisation=r.text(obj, "organisation", where),
            role=r.text(obj, "role", where),
            notes=r.text(obj, "notes", where),
        ))
    intermediaries = []
    for n, raw in enumerate(r.lst(data.get("intermediaries", []), "intermediaries")):
        where = f"intermediaries[{n}]."
        obj = r.obj(raw, where[:-1])
        intermediaries.append(Intermediary(
            name=r.text(obj, "name", where, required=True),
            organisation=r.text(obj, "organisation", where),
            background=r.text(obj, "background", where),
        ))
    topics = []
    for n, topic in enumerate(r.lst(data.get("topics", []), "topics")):
        if not isinstance(topic, str):
            raise r.fail(f"topics[{n}]", _("verwacht tekst, gevonden {found}").format(
                found=_typename(topic)))
        topics.append(topic)

    answers: dict[str, Answer] = {}
    for item_id, raw in r.obj(data.get("answers", {}), "answers").items():
        where = f"answers[{shown(item_id)}]."
        obj = r.obj(raw, where[:-1])
        answers[item_id] = Answer(
            status=r.enum(obj, "status", where, Status),
            note=r.text(obj, "note", where),
            actions=read_actions(r, obj.get("actions", []), where),
        )

    case = Case(
        id=case_id,
        title=title,
        kind=kind,
        organisation=r.text(data, "organisation", ""),
        preparer=r.text(data, "preparer", ""),
        start_date=r.date(data, "start_date", ""),
        end_date=r.date(data, "end_date", ""),
        counterparts=counterparts,
        intermediaries=intermediaries,
        topics=topics,
        answers=answers,
        measures=r.text(data, "measures", ""),
        overall_risk=r.enum(data, "overall_risk", "", RiskLevel)
        if "overall_risk" in data else RiskLevel.UNDETERMINED,
        decision=r.text(data, "decision", ""),
        created=r.timestamp(data, "created"),
        modified=r.timestamp(data, "modified"),
        content_version=r.text(data, "content_version", ""),
        four_eyes=r.enum(data, "four_eyes", "", FourEyes) if "four_eyes" in data else None,
        **caseformat_signoffs.from_dict(r, data),
        **caseformat_lifecycle.from_dict(r, data),
        **caseformat_woo.from_dict(r, data),
        **caseformat_packs.from_dict(r, data),
        extra={k: v for k, v in data.items() if k not in _KNOWN_KEYS},
    )
    daterange.check(case, path)  # a time out of range overflows when shown in local time
    return case


def loads(raw: bytes, path: Path | None = None) -> Case:
    return from_dict(parse_json(raw, path), path)
