"""Content from packs: a national pack, with organisation packs layered on top.

An organisation pack adds questions (to an existing group, after the national ones so that
every national question keeps its number, or in groups of its own), search words for the
screening and contacts. It can neither change nor remove national text: whose text a question
is stays visible (``ChecklistItem.publisher``), in the app and in every PDF.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from chinacheck.errors import ContentError
from chinacheck.guidance.content import ID_FORM, Content, parse_content
from chinacheck.guidance.content_records import (
    Checklist,
    ChecklistItem,
    Contact,
    Contacts,
    QuestionGroup,
)
from chinacheck.guidance.pack_manifest import PackInfo
from chinacheck.i18n import N_, _

_ITEM_TYPES = ("question", "advice")
_CONTACT_FIELDS = frozenset(Contact._fields) - {"publisher"}


def national_content(data: dict[str, Any], info: PackInfo) -> Content:
    return parse_content(data, info, damaged=N_("Het inhoudspakket past niet in het schema: "
                                                "{detail}"))


def _fail(info: PackInfo, problem: str) -> ContentError:
    return ContentError(_("Pakket {pack}: {problem}").format(pack=info.ref, problem=problem))


def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise TypeError("expected text or a list of texts")


def _org_items(raw: dict[str, Any], group_id: str, info: PackInfo) -> list[ChecklistItem]:
    items = []
    for item in raw.get("items", []):
        if not isinstance(item, dict) or item.get("type", "question") not in _ITEM_TYPES:
            raise _fail(info, _("een vraag is geen object met type 'question' of 'advice'"))
        text, item_id = item.get("text"), item.get("id")
        if not isinstance(text, str) or not text.strip() or not isinstance(item_id, str):
            raise _fail(info, _("een vraag zonder id of tekst"))
        items.append(ChecklistItem(item_id, item.get("type", "question"), text,
                                   str(item.get("label", "")), group_id,
                                   str(item.get("label_en", "")), info.publisher_short,
                                   str(info.ref)))
    return items


def _with_checklist(content: Content, raw: dict[str, Any], info: PackInfo) -> Content:
    groups = {g.id: g for g in content.checklist.groups}
    order = [g.id for g in content.checklist.groups]
    kinds_only: dict[str, frozenset[str]] = {}
    for group_raw in raw.get("groups", []):
        if not isinstance(group_raw, dict) or not isinstance(group_raw.get("id"), str):
            raise _fail(info, _("een vragengroep zonder id"))
        gid = group_raw["id"]
        items = _org_items(group_raw, gid, info)
        for item_raw, item in zip(group_raw.get("items", []), items, strict=True):
            if "kinds" in item_raw:
                kinds_only[item.id] = frozenset(_texts(item_raw["kinds"]))
        if gid in groups:  # after the national questions: their numbers do not move
            groups[gid] = groups[gid]._replace(items=groups[gid].items + tuple(items))
        else:
            title = group_raw.get("title")
            if not isinstance(title, str) or not title.strip():
                raise _fail(info, _("nieuwe vragengroep {group} zonder titel").format(group=gid))
            groups[gid] = QuestionGroup(gid, title, _texts(group_raw.get("guidance", [])),
                                        tuple(items))
            order.append(gid)
    kind_ids = {k.id for k in content.kinds}
    for item_id, only in kinds_only.items():
        if unknown := only - kind_ids:
            raise _fail(info, _("vraag {item} noemt onbekende soorten: {kinds}").format(
                item=item_id, kinds=", ".join(sorted(unknown))))
    kinds = tuple(kind._replace(exclude=kind.exclude | {i for i, only in kinds_only.items()
                                                        if kind.id not in only})
                  for kind in content.kinds)
    checklist = Checklist(content.checklist.title, content.checklist.intro,
                          tuple(groups[g] for g in order))
    return replace(content, checklist=checklist, kinds=kinds)


def _with_synonyms(content: Content, raw: dict[str, Any], info: PackInfo) -> Content:
    terms = raw.get("terms")
    if not isinstance(terms, dict):
        raise _fail(info, _("synonyms.json heeft geen 'terms'"))
    merged = dict(content.synonyms)
    for key, words in terms.items():
        merged[key] = merged.get(key, ()) + _texts(words)
    return replace(content, synonyms=merged)


def _with_contacts(content: Content, raw: dict[str, Any], info: PackInfo) -> Content:
    added = []
    for entry in raw.get("contacts", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) \
                or not isinstance(entry.get("name"), str):
            raise _fail(info, _("een contact zonder id of naam"))
        added.append(Contact(**{k: str(v) for k, v in entry.items() if k in _CONTACT_FIELDS},
                             publisher=info.publisher_short))
    contacts = Contacts(content.contacts.intro, content.contacts.contacts + tuple(added))
    return replace(content, contacts=contacts)


def layered(national: Content, organisation: list[tuple[dict[str, Any], PackInfo]]) -> Content:
    """``national`` with each organisation pack's data layered on, in order; a ContentError
    when a pack does not fit the schema or reuses an id that is already taken."""
    content = national
    national_publisher = national.national.publisher_short if national.national else ""
    for data, info in organisation:
        if info.publisher_short.casefold() == national_publisher.casefold() or \
                info.publisher.casefold() == national.source.publisher.casefold():
            raise _fail(info, _("een pakket van een organisatie kan niet als uitgever "
                                "{publisher} optreden").format(publisher=national_publisher))
        before = Counter(_ids(content))
        try:
            if "checklist" in data:
                content = _with_checklist(content, data["checklist"], info)
            if "synonyms" in data:
                content = _with_synonyms(content, data["synonyms"], info)
            if "contacts" in data:
                content = _with_contacts(content, data["contacts"], info)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _fail(info, _("past niet in het schema ({detail})").format(
                detail=repr(exc)[:160])) from None
        new_ids = Counter(_ids(content))
        taken = sorted(i for i, n in new_ids.items() if n > 1 and before[i] <= 1)
        if taken:
            raise _fail(info, _("id's die al bestaan: {ids}").format(ids=", ".join(taken[:10])))
        if odd := [i for i in new_ids if not ID_FORM.fullmatch(i)]:
            raise _fail(info, _("ongeldige id's: {ids}").format(
                ids=", ".join(repr(i)[:40] for i in odd[:5])))
        if unknown := set(content.synonyms) - set(new_ids):
            raise _fail(info, _("synoniemen voor onbekende id's: {ids}").format(
                ids=", ".join(sorted(unknown)[:5])))
        content = replace(content, packs=content.packs + (info,))
    return content


def _ids(content: Content) -> list[str]:
    ids = [item.id for item in content.items()] + [g.id for g in content.checklist.groups]
    ids += [s.id for s in content.technologies.sectors]
    ids += [t.id for s in content.technologies.sectors for t in s.subtechnologies]
    ids += [c.id for c in content.contacts.contacts]
    return ids
