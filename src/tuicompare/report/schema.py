"""Checking a document against the ``tuicompare/1`` format.

:func:`validate` applies the JSON Schema shipped as package data, then the
rules a JSON Schema cannot state: every id a document refers to exists,
offsets point into the article text, and the groups of a story cover each
of its sentences exactly once. The schema keywords understood are the subset
the shipped schema uses; an unknown keyword is reported rather than ignored
so that the schema and its checker cannot drift apart silently.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from tuicompare.models import article_of

#: The value of the top-level ``schema`` field; the major version changes only
#: when a field is removed or changes meaning.
SCHEMA = "tuicompare/1"
#: The file, in the package's ``schema`` folder, of the JSON Schema of ``tuicompare/1``.
SCHEMA_FILE = "tuicompare-1.schema.json"

_ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description"}
_KEYWORDS = {
    "$ref",
    "type",
    "const",
    "enum",
    "pattern",
    "minLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "required",
    "properties",
    "additionalProperties",
    "items",
}
_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


@cache
def load_schema(name: str = SCHEMA_FILE) -> dict[str, Any]:
    """Return a JSON Schema shipped with the package (do not modify it: it is shared).

    Args:
        name: A file of the package's ``schema`` folder; by default the schema
            of ``tuicompare/1`` (triage's is ``tuicompare.triage.jsonout.SCHEMA_FILE``).

    Returns:
        The parsed schema.
    """
    text = files("tuicompare").joinpath("schema", name).read_text(encoding="utf-8")
    return json.loads(text)


def _is_type(value: Any, name: str) -> bool:
    # JSON has no separate boolean numbers: True is not an integer here.
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def _check(value: Any, schema: dict[str, Any] | bool, where: str, root: dict[str, Any], out: list[str]) -> None:
    if schema is True:
        return
    if schema is False:
        out.append(f"{where}: not allowed")
        return
    for key, rule in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "$ref":
            target: Any = root
            for part in rule.removeprefix("#/").split("/"):
                target = target[part]
            _check(value, target, where, root, out)
        elif key == "type":
            names = [rule] if isinstance(rule, str) else rule
            if not any(_is_type(value, n) for n in names):
                out.append(f"{where}: expected {' or '.join(names)}, got {type(value).__name__}")
                return
        elif key == "const" and value != rule:
            out.append(f"{where}: expected {rule!r}")
        elif key == "enum" and value not in rule:
            out.append(f"{where}: {value!r} is not one of {rule}")
        elif key == "pattern" and isinstance(value, str) and not re.search(rule, value):
            out.append(f"{where}: {value!r} does not match {rule}")
        elif key == "minLength" and isinstance(value, str) and len(value) < rule:
            out.append(f"{where}: shorter than {rule}")
        elif key == "minItems" and isinstance(value, list) and len(value) < rule:
            out.append(f"{where}: fewer than {rule} items")
        elif key == "maxItems" and isinstance(value, list) and len(value) > rule:
            out.append(f"{where}: more than {rule} items")
        elif key == "minimum" and _is_type(value, "number") and value < rule:
            out.append(f"{where}: {value} < {rule}")
        elif key == "maximum" and _is_type(value, "number") and value > rule:
            out.append(f"{where}: {value} > {rule}")
        elif key == "required" and isinstance(value, dict):
            out.extend(f"{where}: missing {name!r}" for name in rule if name not in value)
        elif key == "properties" and isinstance(value, dict):
            for name, sub in rule.items():
                if name in value:
                    _check(value[name], sub, f"{where}.{name}", root, out)
        elif key == "additionalProperties" and isinstance(value, dict):
            known = schema.get("properties", {})
            for name, item in value.items():
                if name not in known:
                    _check(item, rule, f"{where}.{name}", root, out)
        elif key == "items" and isinstance(value, list):
            for i, item in enumerate(value):
                _check(item, rule, f"{where}[{i}]", root, out)
        elif key not in _KEYWORDS:
            out.append(f"schema keyword {key!r} is not supported by the checker")


def _references(doc: dict[str, Any], out: list[str]) -> None:
    texts: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    owner: dict[str, str] = {}
    for a in doc["articles"]:
        if a["id"] in texts:
            out.append(f"article {a['id']!r}: duplicate id")
        texts[a["id"]] = a["text"]
        if a["model"] is None and a["sentences"]:
            out.append(f"article {a['id']!r}: sentences without a model that found them")
        for s in a["sentences"]:
            sid = s["id"]
            if sid in spans or article_of(sid) != a["id"]:
                out.append(f"sentence {sid!r}: duplicate or in the wrong article")
            if not 0 <= s["start"] <= s["end"] <= len(a["text"]) or a["text"][s["start"] : s["end"]] != s["text"]:
                out.append(f"sentence {sid!r}: offsets do not match the article text")
            spans[sid] = (s["start"], s["end"])
            owner[sid] = a["id"]

    def mentions(where: str, items: list[dict[str, Any]]) -> None:
        for m in items:
            span = spans.get(m["sentence"])
            if span is None:
                out.append(f"{where}: unknown sentence {m['sentence']!r}")
            elif not span[0] <= m["start"] <= m["end"] <= span[1]:
                out.append(f"{where}: mention {m['text']!r} lies outside sentence {m['sentence']!r}")
            elif texts[owner[m["sentence"]]][m["start"] : m["end"]] != m["text"]:
                out.append(f"{where}: mention {m['text']!r} does not match the article text")

    for kind in ("stories", "groups", "entities", "conflicts", "claims"):
        seen: set[str] = set()
        for item in doc[kind]:
            if item["id"] in seen:
                out.append(f"{kind}: duplicate id {item['id']!r}")
            seen.add(item["id"])
    story_of: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for s in doc["stories"]:
        members[s["id"]] = s["articles"]
        if s.get("single_source", len(s["articles"]) == 1) != (len(s["articles"]) == 1):
            out.append(f"story {s['id']!r}: single_source does not match its {len(s['articles'])} articles")
        for aid in s["articles"]:
            if aid not in texts or aid in story_of:
                out.append(f"story {s['id']!r}: article {aid!r} unknown or already in a story")
            story_of[aid] = s["id"]
    group_story: dict[str, str] = {}
    covered: dict[str, int] = dict.fromkeys(spans, 0)
    for g in doc["groups"]:
        group_story[g["id"]] = g["story"]
        for sid in g["sentences"]:
            if sid not in covered or story_of.get(owner[sid]) != g["story"]:
                out.append(f"group {g['id']!r}: sentence {sid!r} unknown or outside story {g['story']!r}")
            else:
                covered[sid] += 1
    out.extend(f"sentence {sid!r}: in {n} groups, expected 1" for sid, n in covered.items() if n != 1)
    for e in doc["entities"]:
        mentions(f"entity {e['id']!r}", e["mentions"])
    conflict_ids = set()
    for c in doc["conflicts"]:
        conflict_ids.add(c["id"])
        if c["group"] not in group_story:
            out.append(f"conflict {c['id']!r}: unknown group {c['group']!r}")
        for v in c["values"]:
            unknown = [x for x in v["articles"] if x not in texts] + [x for x in v["sentences"] if x not in spans]
            if unknown:
                out.append(f"conflict {c['id']!r}: unknown articles or sentences {unknown}")
            mentions(f"conflict {c['id']!r}", v["mentions"])
    mentions("furniture", doc.get("furniture", []))
    group_of = {sid: g["id"] for g in doc["groups"] for sid in g["sentences"]}
    for n, link in enumerate(doc.get("links", [])):
        a, b = link["sentences"]
        if any(story_of.get(owner.get(sid, "")) != link["story"] for sid in (a, b)):
            out.append(f"links[{n}]: a sentence unknown or outside story {link['story']!r}")
        elif owner[a] == owner[b] or group_of.get(a) == group_of.get(b):
            out.append(f"links[{n}]: two sentences of one article or one group")
    _attribute_references(doc, owner, story_of, conflict_ids, mentions, out)
    for c in doc["claims"]:
        if group_story.get(c["group"]) != c["story"]:
            out.append(f"claim {c['id']!r}: group {c['group']!r} is not in story {c['story']!r}")
        if sorted(c["stances"]) != sorted(members.get(c["story"], [])):
            out.append(f"claim {c['id']!r}: stances do not name exactly the articles of its story")
        if set(c["conflicts"]) - conflict_ids:
            out.append(f"claim {c['id']!r}: unknown conflicts {sorted(set(c['conflicts']) - conflict_ids)}")


def _attribute_references(
    doc: dict[str, Any],
    owner: dict[str, str],
    story_of: dict[str, str],
    conflict_ids: set[str],
    mentions: Any,
    out: list[str],
) -> None:
    """The entity sheet names known entities, stories, articles of its story and conflicts."""
    entities = {e["id"] for e in doc["entities"]}
    seen: set[str] = set()
    for a in doc.get("attributes", []):
        where = f"attribute {a['id']!r}"
        if a["id"] in seen:
            out.append(f"attributes: duplicate id {a['id']!r}")
        seen.add(a["id"])
        if a["entity"] not in entities:
            out.append(f"{where}: unknown entity {a['entity']!r}")
        if a.get("conflict") is not None and a["conflict"] not in conflict_ids:
            out.append(f"{where}: unknown conflict {a['conflict']!r}")
        for v in a["values"]:
            if story_of.get(v["article"]) != a["story"]:
                out.append(f"{where}: article {v['article']!r} is not in story {a['story']!r}")
            if any(owner.get(m["sentence"]) != v["article"] for m in v["mentions"]):
                out.append(f"{where}: a mention lies outside article {v['article']!r}")
            mentions(where, v["mentions"])


def validate(document: Any) -> list[str]:
    """List what is wrong with a ``tuicompare/1`` document.

    Args:
        document: A parsed JSON value.

    Returns:
        One line per problem; empty when the document is valid.
    """
    root = load_schema()
    problems: list[str] = []
    _check(document, root, "$", root, problems)
    if problems:
        return problems
    if document["schema"] != SCHEMA:
        return [f"$.schema: expected {SCHEMA!r}"]
    _references(document, problems)
    counts = {
        "articles": len(document["articles"]),
        "sentences": sum(len(a["sentences"]) for a in document["articles"]),
        "stories": len(document["stories"]),
        "groups": len(document["groups"]),
        "entities": len(document["entities"]),
        "claims": len(document["claims"]),
        "warnings": len(document["warnings"]),
    }
    problems.extend(
        f"$.summary.{k}: {document['summary'][k]} but the document holds {n}"
        for k, n in counts.items()
        if document["summary"][k] != n
    )
    return problems
