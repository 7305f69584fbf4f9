"""Reading a ``tuicompare/1`` JSON document back into a comparison.

The writer is :mod:`tuicompare.report.jsonformat`; the format is documented in
``docs/json-format.md``. A document is validated before anything is built from
it, since it may come from an untrusted file. Sentence tokens are not in the
format, so sentences come back without them.
"""

from __future__ import annotations

from typing import Any

from tuicompare.models import (
    Analysis,
    Article,
    AttributeValue,
    Claim,
    Comparison,
    Conflict,
    ConflictValue,
    Entity,
    EntityAttribute,
    EntitySpan,
    Group,
    LoadWarning,
    Mention,
    Sentence,
    SentenceLink,
    Story,
    split_sentence_id,
)
from tuicompare.report.schema import SCHEMA, validate


def _mentions(items: list[dict[str, Any]]) -> tuple[Mention, ...]:
    return tuple(Mention(m["sentence"], m["text"], m["start"], m["end"]) for m in items)


def _analysis(item: dict[str, Any]) -> Analysis | None:
    if item.get("model") is None:
        return None
    sentences = []
    for s in item["sentences"]:
        article, index = split_sentence_id(s["id"])
        entities = tuple(EntitySpan(e["start"], e["end"], e["label"], e["text"]) for e in s.get("entities", ()))
        sentences.append(Sentence(article, index, s["start"], s["end"], s["text"], entities))
    return Analysis(item["id"], tuple(sentences), item["model"], item.get("model_version") or "")


def _attributes(items: list[dict[str, Any]]) -> tuple[EntityAttribute, ...]:
    return tuple(
        EntityAttribute(
            a["id"],
            a["entity"],
            a["story"],
            a["name"],
            a["status"],
            a.get("confidence", 1.0),
            tuple(
                AttributeValue(v["article"], v["text"], _mentions(v["mentions"]), v.get("confidence", 1.0))
                for v in a["values"]
            ),
            a.get("conflict"),
        )
        for a in items
    )


def from_json(data: dict[str, Any]) -> Comparison:
    """Rebuild a comparison from a ``tuicompare/1`` document.

    The document is validated first (see :func:`tuicompare.report.validate`),
    so a comparison read from an untrusted file has offsets inside its texts
    and no dangling ids. Fields added by later ``tuicompare/1`` revisions are
    ignored. Derived fields (``summary``, a claim's ``contested``, ``corroborated`` and ``single_source``,
    a story's ``single_source``) are recomputed rather than read; a conflict
    without ``confidence`` (written before it existed) gets 1.0. Sentences
    come back without tokens.

    Args:
        data: A parsed JSON document, e.g. from :func:`to_json`.

    Returns:
        The comparison it describes.

    Raises:
        ValueError: The document is not ``tuicompare/1`` or is not valid.
    """
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else type(data).__name__
        raise ValueError(f"not a {SCHEMA} document (schema: {found!r})")
    problems = validate(data)
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise ValueError(f"invalid {SCHEMA} document: {'; '.join(problems[:3])}{more}")
    articles = tuple(
        Article(
            a["id"],
            a["path"],
            a["title"],
            a["text"],
            a["format"],
            a["encoding"],
            a.get("outlet"),
            a.get("url"),
            a.get("date"),
        )
        for a in data["articles"]
    )
    analyses = tuple(x for x in (_analysis(a) for a in data["articles"]) if x is not None)
    conflicts = tuple(
        Conflict(
            x["id"],
            x["kind"],
            x["type"],
            x["group"],
            tuple(
                ConflictValue(v["text"], tuple(v["articles"]), tuple(v["sentences"]), _mentions(v.get("mentions", [])))
                for v in x["values"]
            ),
            x.get("confidence", 1.0),
        )
        for x in data["conflicts"]
    )
    return Comparison(
        articles=articles,
        analyses=analyses,
        stories=tuple(Story(s["id"], tuple(s["articles"])) for s in data["stories"]),
        groups=tuple(Group(g["id"], g["story"], tuple(g["sentences"]), g["score"]) for g in data["groups"]),
        entities=tuple(Entity(e["id"], e["label"], e["name"], _mentions(e["mentions"])) for e in data["entities"]),
        conflicts=conflicts,
        claims=tuple(
            Claim(
                x["id"],
                x["text"],
                x["group"],
                x["story"],
                dict(x["stances"]),
                tuple(x.get("conflicts", ())),
            )
            for x in data["claims"]
        ),
        warnings=tuple(LoadWarning(w["path"], w["reason"]) for w in data.get("warnings", ())),
        furniture=_mentions(data.get("furniture", [])),
        attributes=_attributes(data.get("attributes", [])),
        links=tuple(
            SentenceLink(k["story"], k["sentences"][0], k["sentences"][1], k["score"]) for k in data.get("links", ())
        ),
    )
