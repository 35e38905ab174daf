"""Hypothesis strategies for hostile case files: every way a file from a shared drive can be bad.

Each strategy yields the raw bytes of a file. Sizes stay small so that ten thousand examples
run in seconds; the huge values (10 MB strings, deep nesting) have their own tests.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from hypothesis import strategies as st

from chinacheck.case import caseformat
from chinacheck.case.examples import example_case

BOM = b"\xef\xbb\xbf"
INVALID_UTF8 = [b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xc0\xaf", b"\xe2\x82", b"\xed\xa0\x80",
                b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80"]
# Values a loader has to think about: empty, blank, control characters, look-alikes of valid
# values, edge dates and times, numbers at the limits of int64 and float.
AWKWARD = [
    "", " ", "\x00", "\n", "\u202e", "王伟", "ja ", "JA", "n.v.t", "null", "true", "0", "-1",
    "2027-02-30", "2027-13-01", "0000-01-01", "9999-12-31", "2027-1-1", "20270101",
    "2027-03-14T10:00:00", "2027-03-14T10:00:00+24:00", "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-23:59", "chinacheck-case", caseformat.FORMAT.upper(),
    0, -1, 1, 2, -(2**63), 2**63, 2**64 + 1, 10**300, 1e308, -1e308, 5e-324, -0.0, 0.5,
    True, False, None, [], {}, [None], {"": None},
]


def base_documents() -> list[dict[str, Any]]:
    """Valid documents of the current version to mutate."""
    rich = example_case()
    rich.extra = {"future_field": {"nested": [1, "twee", None]}}
    return [caseformat.to_dict(example_case()), caseformat.to_dict(rich)]


BASES = base_documents()

json_leaves = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20), st.sampled_from(AWKWARD),
)
json_values = st.recursive(
    json_leaves,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(max_size=10), children, max_size=3),
    max_leaves=6,
)


# Strategies built once: hypothesis validates a strategy on its first use, which adds up over
# ten thousand examples when they are built inside a draw.
BOOLEANS = st.booleans()
INDENTS = st.sampled_from([None, 2, "\t"])
BASE = st.sampled_from(BASES)
CHANGES = st.sampled_from(["replace", "replace", "remove", "add"])
KEYS = st.text(max_size=12)


ONE_TO_THREE = st.integers(1, 3)
UNKNOWN_KEYS = st.dictionaries(st.text(min_size=1, max_size=10).map(lambda k: f"x-{k}"),
                               json_values, max_size=2)
INVALID_SEQUENCES = st.sampled_from(INVALID_UTF8)
SCHEMA_VERSIONS = st.one_of(
    st.integers(caseformat.SCHEMA_VERSION + 1, 10**6), st.integers(-(10**6), 0),
    st.integers(caseformat.SCHEMA_VERSION + 1), json_values,
)
FORMATS = st.one_of(st.sampled_from(["chinacheck-cas", "", "CHINACHECK-CASE"]), json_values)
HEADER_KEYS = st.sampled_from(["format", "schema_version"])
DEPTHS = st.one_of(st.integers(1, 80), st.integers(80, 3000))
BRACKETS = st.sampled_from([("[", "]"), ('{"a": ', "}")])


@cache
def index_below(n: int) -> st.SearchStrategy[int]:
    return st.integers(0, n - 1)


def pick(draw: st.DrawFn, options: list[Any]) -> Any:
    return options[draw(index_below(len(options)))]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a node inside ``value`` (not the root itself)."""
    found: list[tuple[Any, ...]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) \
        if isinstance(value, list) else []
    for key, child in items:
        found.append(prefix + (key,))
        found.extend(paths(child, prefix + (key,)))
    return found


def _parent(doc: Any, path: tuple[Any, ...]) -> Any:
    node = doc
    for key in path[:-1]:
        node = node[key]
    return node


def encode(doc: Any, draw: st.DrawFn) -> bytes:
    """JSON text in one of the shapes a writer or an editor produces."""
    text = json.dumps(doc, ensure_ascii=draw(BOOLEANS), indent=draw(INDENTS))
    return text.encode("utf-8")


@st.composite
def mutated_cases(draw: st.DrawFn) -> bytes:
    """A valid case with one to three changes at random places: any node replaced by any JSON
    value, removed, or joined by an unknown key."""
    doc = copy.deepcopy(draw(BASE))
    for _ in range(draw(ONE_TO_THREE)):
        where = pick(draw, paths(doc))
        parent = _parent(doc, where)
        action = draw(CHANGES)
        if action == "replace":
            parent[where[-1]] = draw(json_values)
        elif action == "remove":
            del parent[where[-1]]
        elif isinstance(parent, dict):
            parent[draw(KEYS)] = draw(json_values)
        else:
            parent.insert(where[-1], draw(json_values))
    return encode(doc, draw)


@st.composite
def valid_cases(draw: st.DrawFn) -> bytes:
    """Valid files: optional BOM, any indentation, unknown top-level keys."""
    doc = copy.deepcopy(draw(BASE))
    doc.update(draw(UNKNOWN_KEYS))
    raw = encode(doc, draw)
    return (BOM if draw(BOOLEANS) else b"") + raw


@st.composite
def truncated_cases(draw: st.DrawFn) -> bytes:
    raw = encode(draw(BASE), draw)
    body = raw.rstrip()
    return raw[: draw(index_below(len(body)))]


@st.composite
def invalid_utf8(draw: st.DrawFn) -> bytes:
    raw = encode(draw(BASE), draw)
    at = draw(index_below(len(raw) + 1))
    return raw[:at] + draw(INVALID_SEQUENCES) + raw[at:]


VALID_OR_GARBAGE = st.one_of(valid_cases(), st.binary(max_size=50))


@st.composite
def with_bom(draw: st.DrawFn) -> bytes:
    """One, two or three byte-order marks before a valid file, or before garbage."""
    body = draw(VALID_OR_GARBAGE)
    return BOM * draw(ONE_TO_THREE) + body


@st.composite
def random_json(draw: st.DrawFn) -> bytes:
    return encode(draw(json_values), draw)


@st.composite
def headers(draw: st.DrawFn) -> bytes:
    """A valid case with any format marker and any schema version, future ones included."""
    doc = copy.deepcopy(draw(BASE))
    doc["schema_version"] = draw(SCHEMA_VERSIONS)
    if draw(BOOLEANS):
        doc["format"] = draw(FORMATS)
    if draw(BOOLEANS):
        del doc[draw(HEADER_KEYS)]
    return encode(doc, draw)


def _dump_with_duplicate(value: Any, target: tuple[Any, ...], here: tuple[Any, ...] = ()) -> str:
    if isinstance(value, dict):
        members = [f"{json.dumps(k)}: {_dump_with_duplicate(v, target, here + (k,))}"
                   for k, v in value.items()]
        if here == target[:-1] and target[-1] in value:
            k = target[-1]
            members.append(f"{json.dumps(k)}: {json.dumps(value[k])}")
        return "{" + ", ".join(members) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_dump_with_duplicate(v, target, here + (n,))
                               for n, v in enumerate(value)) + "]"
    return json.dumps(value)


@st.composite
def duplicate_keys(draw: st.DrawFn) -> bytes:
    """A valid case in which one object, at any depth, has a key twice."""
    doc = draw(BASE)
    keyed = [p for p in paths(doc) if isinstance(_parent(doc, p), dict)]
    return _dump_with_duplicate(doc, pick(draw, keyed)).encode("utf-8")


NUMBERS = st.one_of(
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.integers(1, 6000).map(lambda n: "-1" + "0" * n),
    st.sampled_from(["1e999", "-1e999", "1e-999", "1E400", "123456789012345678901234567890.5e300",
                     "0.0000000000000000000000000000001", "-0", "1.0", "1e2"]),
)


@st.composite
def huge_numbers(draw: st.DrawFn) -> bytes:
    """A valid case with a number literal of up to 6000 digits (or overflowing) anywhere."""
    doc = copy.deepcopy(draw(BASE))
    where = pick(draw, paths(doc))
    _parent(doc, where)[where[-1]] = "@@NUMBER@@"
    return encode(doc, draw).replace(b'"@@NUMBER@@"', draw(NUMBERS).encode("ascii"))


@st.composite
def deep_nesting(draw: st.DrawFn) -> bytes:
    """Arrays or objects nested from a little to very deep, alone or inside a case field."""
    depth = draw(DEPTHS)
    opener, closer = draw(BRACKETS)
    nest = opener * depth + "1" + closer * depth
    if draw(BOOLEANS):
        return nest.encode("ascii")
    doc = copy.deepcopy(draw(BASE))
    where = pick(draw, paths(doc))
    _parent(doc, where)[where[-1]] = "@@NEST@@"
    return encode(doc, draw).replace(b'"@@NEST@@"', nest.encode("ascii"))


anything = st.one_of(
    st.binary(max_size=300), mutated_cases(), valid_cases(), truncated_cases(), invalid_utf8(),
    with_bom(), random_json(), headers(), duplicate_keys(), huge_numbers(), deep_nesting(),
)
