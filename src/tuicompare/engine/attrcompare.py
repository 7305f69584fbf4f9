"""The entity sheet of a story: each entity's attributes per article, compared across articles.

``attributes.mention_findings`` reads what each mention's sentence says of an
entity and ``attrcollect`` pools the findings of one article per attribute;
here the articles are compared pair by pair (``attrrelation.relate``: the
tiers of sentence conflicts, ``same``, ``variant``, ``compatible``,
``possible`` and ``conflict``) and each attribute becomes a row of the sheet.
Two articles agree on an attribute when some value of one agrees with some
value of the other (a person holds several roles at once); the attribute's
status is the worst over all pairs of articles, and a difference lists its
competing values.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tuicompare.engine.attrcollect import collect
from tuicompare.engine.attributes import ATTRIBUTES
from tuicompare.engine.attrparse import Finding
from tuicompare.engine.attrrelation import RANK, StoryFacts, employers_related, relate
from tuicompare.engine.entities import ResolvedEntity
from tuicompare.engine.spans import name_key
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Mention, Sentence, split_sentence_id

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SheetRow:
    """An attribute of an entity compared across a story's articles (ids assigned by ``build``).

    Attributes:
        entity: Index of the entity among the story's resolved entities.
        name: The attribute.
        status: ``same``, ``variant``, ``compatible``, ``single``, ``possible`` or ``conflict``.
        confidence: How sure a ``conflict`` or ``possible`` is; 1.0 otherwise.
        values: Per article (story order): ``(article, text, mentions, confidence)``.
        groups: For a difference, the competing values: ``(text, articles, mentions)``.
    """

    entity: int
    name: str
    status: str
    confidence: float
    values: tuple[tuple[str, str, tuple[Mention, ...], float], ...]
    groups: tuple[tuple[str, tuple[str, ...], tuple[Mention, ...]], ...] = ()


def _text(findings: list[Finding]) -> str:
    texts = [f.text for f in findings]
    return max(sorted(set(texts)), key=lambda t: (texts.count(t), len(t)))


def _mentions(findings: list[Finding]) -> tuple[Mention, ...]:
    unique = {(f.sentence, f.start, f.end): f for f in findings}
    ordered = sorted(unique.values(), key=lambda f: (split_sentence_id(f.sentence), f.start))
    return tuple(Mention(f.sentence, f.text, f.start, f.end) for f in ordered)


def compare_attributes(
    resolved: Sequence[ResolvedEntity], sentences: Mapping[str, Sentence], members: Sequence[str]
) -> list[SheetRow]:
    """The entity sheet of one story.

    Args:
        resolved: The story's entities (``entities.resolve``), whose index is used in the rows.
        sentences: Every sentence of the story by id, with tokens.
        members: The story's articles, in order.

    Returns:
        One row per (entity, attribute) some article states, by entity then :data:`ATTRIBUTES` order.
    """
    pooled, inside = collect(resolved, sentences)
    people = frozenset(f"e{n}" for n, e in enumerate(resolved) if e.label == "person")
    places = frozenset(w for e in resolved if e.label == "place" for key in e.keys for w in key.split())
    bodies = tuple(e.keys for e in resolved if e.label != "person")
    facts: dict[int, StoryFacts] = {}  # per entity, what comparing its values needs: read when two articles state it
    rows = []
    posts: dict[tuple[int, str, str], str] = {}  # how two articles' roles of an entity relate
    now: dict[int, frozenset[str]] = {}
    for (k, name), stated in pooled.items():
        if name in ("role", "employer"):
            recent = {key for value in stated.values() for key, fs in value.by_key.items() if any(f.now for f in fs)}
            now[k] = now.get(k, _NONE) | recent
    order = {a: n for n, a in enumerate(members)}
    for (k, name), per_article in sorted(pooled.items(), key=lambda item: (item[0][0], ATTRIBUTES.index(item[0][1]))):
        arts = sorted(per_article, key=lambda a: order.get(a, len(order)))
        values = []
        for art in arts:
            findings = [f for fs in per_article[art].by_key.values() for f in fs]
            texts = [_text(fs) for fs in per_article[art].by_key.values()]
            text = "; ".join(dict.fromkeys(texts))
            values.append((art, text, _mentions(findings), max(f.confidence for f in findings)))
        if len(arts) == 1:
            rows.append(SheetRow(k, name, "single", 1.0, tuple(values)))
            continue
        story = facts.get(k)
        if story is None:
            # the places shown holding another entity: the entity's own two places tell no level apart
            held = frozenset(key for j, keys in inside.items() if j != k for key in keys)
            employers = pooled.get((k, "employer"), {})
            # One per entity, for all its attributes: the employers' relations it keeps (``StoryFacts.employed``)
            # are read by the entity's role row and its employer row alike.
            story = facts[k] = StoryFacts(inside, held, places, employers, people, now.get(k, _NONE), bodies)
        status, sure = "same", 1.0
        for i, a in enumerate(arts):
            for b in arts[i + 1 :]:
                # kept with the entity's facts: its role row (read first, ``ATTRIBUTES`` order) may have asked it
                rel, conf = (
                    employers_related(story, a, b)
                    if name == "employer"
                    else relate(name, per_article[a], per_article[b], story)
                )
                if name == "role":
                    posts[(k, a, b)] = rel
                elif name == "employer" and rel == "conflict" and posts.get((k, a, b)) in ("possible", "conflict"):
                    # two bodies for two different posts may both be true; with one post unknown, one job is read
                    rel, conf = "possible", conf * TUNING.entities.other_post_factor
                if RANK[rel] > RANK[status] or (rel == status and rel in ("conflict", "possible") and conf > sure):
                    status, sure = rel, conf
        groups: tuple = ()
        if status in ("conflict", "possible"):
            by_text: dict[tuple[str, str], list[int]] = {}
            for n, (art, *_rest) in enumerate(values):
                keys = per_article[art].by_key
                posted = {name_key(f.posted) for fs in keys.values() for f in fs}  # one post, two places
                by_text.setdefault((" ".join(sorted(keys)), " ".join(sorted(posted))), []).append(n)
            groups = tuple(
                (_shown(values, ns), tuple(values[n][0] for n in ns), tuple(m for n in ns for m in values[n][2]))
                for ns in sorted(by_text.values(), key=lambda ns: (-len(ns), ns[0]))
            )
        confidence = round(sure, 4) if status in ("conflict", "possible") else 1.0
        rows.append(SheetRow(k, name, status, confidence, tuple(values), groups))
    return rows


def _shown(values: list[tuple[str, str, tuple[Mention, ...], float]], members: list[int]) -> str:
    """The text a group of like values is shown by: the form most of its articles write, ties by the text.

    Not the first article's: that depends on the articles' order, and triage (the new article last) showed
    "pitcher" where ``report`` showed "pitchers" for one value (ECB+ tuning topic 10 as a folder).
    """
    texts = Counter(values[n][1] for n in members)
    return min(texts, key=lambda t: (-texts[t], t))
