"""Woo markings: which passages of a case are withheld in its Woo version, and on which grounds.

A passage is addressed by a path into the case file's JSON: ``title``, ``counterparts/0/name``,
``answers/need-own-goals/note``, ``answers/need-own-goals/actions/1/owner``,
``signoffs/1/despite/reason``, ``debrief/0/note`` … (:func:`passages` lists them all). A mark
maps a path to its grounds (codes of chinacheck.guidance.woo_grounds); a mark without grounds is
an explicit unmark.

Defaults: the names of people (counterparts, intermediaries, signers, owners of actions and
conditions, the preparer) count as marked 5.1.2e unless the user unmarked them; nothing else is
marked automatically.

Lists can change after marking. Each mark keeps a digest of the text it was made on; when the
text at its path no longer matches, the mark follows its text to the path in the same list that
now holds it (a row deleted or moved above it), else it stays where it was and is reported as
changed ("stale"): it still withholds what is at its path, so an edit never un-withholds.
Limits: two rows with identical text are indistinguishable, so a mark may follow the other one;
a text edited after marking is withheld under its old mark but should be looked at again.

Markings are kept outside the fingerprint (like the conditions): a Woo request comes after the
decision, so they can be changed on a locked case; the save that writes a change records it
as a "woo-marked" audit entry (chinacheck.case.audit.changes), as it does for other edits.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from chinacheck.case.caseformat_woo import MAX_MARKS, MAX_PATH_CHARS
from chinacheck.case.model import Action, Case, WooMark
from chinacheck.errors import InputError
from chinacheck.guidance import woo_grounds
from chinacheck.i18n import _

DIGEST_CHARS = 16
# Paths whose text is a person's name: marked 5.1.2e unless unmarked.
_PERSON = re.compile(r"preparer|(counterparts|intermediaries|signoffs)/\d+/name"
                     r"|(answers/[^/]+|debrief/\d+)/actions/\d+/owner|conditions/\d+/owner")
_INDEX = re.compile(r"/\d+/")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_CHARS]


def _actions(prefix: str, actions: Sequence[Action]) -> Iterator[tuple[str, str]]:
    for n, action in enumerate(actions):
        yield f"{prefix}/actions/{n}/text", action.text
        yield f"{prefix}/actions/{n}/owner", action.owner


def passages(case: Case) -> list[tuple[str, str]]:
    """Every markable passage as (path, text), in the order of the case file; empty ones too."""
    out = [("title", case.title), ("organisation", case.organisation),
           ("preparer", case.preparer)]
    for n, c in enumerate(case.counterparts):
        out += [(f"counterparts/{n}/name", c.name), (f"counterparts/{n}/organisation",
                                                     c.organisation),
                (f"counterparts/{n}/role", c.role), (f"counterparts/{n}/notes", c.notes)]
    for n, i in enumerate(case.intermediaries):
        out += [(f"intermediaries/{n}/name", i.name),
                (f"intermediaries/{n}/organisation", i.organisation),
                (f"intermediaries/{n}/background", i.background)]
    out += [(f"topics/{n}", topic) for n, topic in enumerate(case.topics)]
    for item_id, answer in sorted(case.answers.items()):
        out.append((f"answers/{item_id}/note", answer.note))
        out += _actions(f"answers/{item_id}", answer.actions)
    out += [("measures", case.measures), ("decision", case.decision)]
    for n, s in enumerate(case.signoffs):
        out += [(f"signoffs/{n}/name", s.name), (f"signoffs/{n}/role", s.role),
                (f"signoffs/{n}/conditions", s.conditions),
                (f"signoffs/{n}/statement", s.statement)]
        if s.despite is not None:
            out.append((f"signoffs/{n}/despite/reason", s.despite.reason))
    for n, cond in enumerate(case.conditions):
        out += [(f"conditions/{n}/text", cond.text), (f"conditions/{n}/owner", cond.owner)]
    if case.ended is not None:
        out.append(("ended/reason", case.ended.reason))
    for n, entry in enumerate(case.debrief):
        out.append((f"debrief/{n}/note", entry.note))
        out += _actions(f"debrief/{n}", entry.actions)
    return out


def is_person(path: str) -> bool:
    return _PERSON.fullmatch(path) is not None


def _family(path: str) -> str:
    """The path with its list indexes blanked: the rows a mark may follow its text to."""
    return _INDEX.sub("/#/", path)


@dataclass(frozen=True)
class Resolved:
    path: str  # where the passage is now
    text: str
    grounds: tuple[str, ...]
    how: str  # "default", "marked", "moved" (followed its text) or "stale" (text changed)
    marked_as: str = ""  # the mark's own path, when it moved


def resolve(case: Case) -> list[Resolved]:
    """The passages withheld in the Woo version (non-empty text with grounds), in file order."""
    texts = dict(passages(case))
    placed: dict[str, tuple[WooMark, str, str]] = {}  # current path → mark, how, mark's path
    for path, mark in case.woo.items():
        text = texts.get(path)
        if text is not None and digest(text) == mark.digest:
            placed[path] = (mark, "marked", path)
    for path, mark in case.woo.items():
        if path in placed and placed[path][2] == path:
            continue
        family = _family(path)
        moved = next((p for p, text in texts.items() if p not in placed
                      and _family(p) == family and digest(text) == mark.digest), None)
        if moved is not None:
            placed[moved] = (mark, "moved", path)
        elif path in texts and path not in placed and mark.grounds:
            # An unmark whose text is gone is dropped: the default for a name applies again.
            placed[path] = (mark, "stale", path)
    result = []
    for path, text in texts.items():
        if not text.strip():
            continue
        if path in placed:
            mark, how, origin = placed[path]
            if mark.grounds:
                result.append(Resolved(path, text, tuple(mark.grounds), how,
                                       origin if origin != path else ""))
        elif is_person(path):
            result.append(Resolved(path, text, (woo_grounds.PRIVACY,), "default"))
    return result


def _check_paths(case: Case, paths: Sequence[str]) -> dict[str, str]:
    texts = dict(passages(case))
    unknown = [p for p in paths if p not in texts]
    if unknown:
        raise InputError(_("onbekende passage {path}; 'chinacheck woo BESTAND list' noemt ze")
                         .format(path=repr(unknown[0][:MAX_PATH_CHARS])))
    return texts


def check_grounds(grounds: Sequence[str]) -> list[str]:
    known = woo_grounds.load()
    unknown = [g for g in grounds if known.get(g) is None]
    if unknown:
        raise InputError(_("onbekende Woo-grond {code}; kies uit: {codes}").format(
            code=repr(unknown[0][:20]), codes=", ".join(known.codes)))
    return sorted(set(grounds), key=known.codes.index)


def mark(case: Case, paths: Sequence[str], grounds: Sequence[str]) -> list[str]:
    """Mark ``paths`` with ``grounds`` (replacing earlier grounds); returns the paths changed.
    Raises InputError, and then leaves the case as it was."""
    if not grounds:
        raise InputError(_("noem minstens één Woo-grond, zoals 5.1.2e"))
    codes = check_grounds(grounds)
    return _set(case, paths, codes)


def unmark(case: Case, paths: Sequence[str]) -> list[str]:
    """Withhold nothing at ``paths``, also no default for a name; returns the paths changed."""
    return _set(case, paths, [])


def _set(case: Case, paths: Sequence[str], codes: list[str]) -> list[str]:
    texts = _check_paths(case, paths)
    if len(set(paths) | set(case.woo)) > MAX_MARKS:
        raise InputError(_("te veel Woo-markeringen (hoogstens {limit})").format(
            limit=MAX_MARKS))
    changed = []
    for path in dict.fromkeys(paths):
        new = WooMark(list(codes), digest(texts[path]))
        if case.woo.get(path) != new:
            case.woo[path] = new
            changed.append(path)
    return changed
