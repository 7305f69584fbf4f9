"""What the engine derives from analyses, kept in the analysis cache beside them.

Four kinds of record, each plain JSON under a key that changes with every
input it depends on and with the engine's source (``engine_version``), so a
changed article, model or engine never reads a record an older one made:

- an article's bag of story terms (``bag_key``), which is all clustering reads;
- a corpus's stories (``index_key``): which articles each story holds;
- an article's outline (``outline_key``): its sentences and entities without
  tokens, all the JSON report writes of an analysis, and much cheaper to check;
- a story's comparison (``story_key``): its groups, entities, conflicts, claims,
  entity-sheet rows, links between rows and its articles' news furniture, with local ids (``engine.compare_story``).

The cache file is not trusted: ``load_index`` and ``load_part`` check every
record (types, references between ids, sentence ids and offsets inside the
story's articles) and raise ``ValueError`` for anything else; the caller then
computes the record afresh. Nothing here imports the engine.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import util
from pathlib import Path
from typing import Any, get_args

from tuicompare.analysis.partreader import Reader, is_label
from tuicompare.models import (
    Analysis,
    Article,
    AttributeStatus,
    AttributeValue,
    Claim,
    Comparison,
    Conflict,
    ConflictKind,
    ConflictValue,
    Entity,
    EntityAttribute,
    EntitySpan,
    Group,
    Mention,
    Sentence,
    SentenceLink,
    Stance,
    Story,
    article_of,
)

#: Bumped when the stored layout of a story, index or bag record changes.
LAYOUT = 5
_KINDS = frozenset(get_args(ConflictKind))
_STANCES = frozenset(get_args(Stance))
_STATUSES = frozenset(get_args(AttributeStatus))


@functools.cache
def engine_version() -> str:
    """A digest of the engine's source and of our modules it imports: records are valid for that engine only.

    Derived from the source, so nobody has to remember to bump a number when
    the engine's output changes (a change to a comment invalidates too, which is cheap).
    """
    digest = hashlib.sha256(str(LAYOUT).encode())
    files: list[Path] = []
    # Every tuicompare module the engine imports that can change its output (the look-alike table names variants).
    for package in ("tuicompare.engine", "tuicompare.models", "tuicompare.lookalikes"):
        spec = util.find_spec(package)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is not None:
            files += sorted(origin.parent.glob("*.py")) if origin.name == "__init__.py" else [origin]
    for file in files:
        digest.update(file.name.encode())
        try:
            digest.update(file.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    if not files:
        from tuicompare import __version__

        digest.update(__version__.encode())
    return digest.hexdigest()[:16]


@functools.cache
def _seed(kind: str) -> Any:
    return hashlib.sha256(f"tuicompare-{kind}\0{engine_version()}".encode())


def record_key(kind: str, parts: Iterable[str | None]) -> str:
    """The cache key of a record of ``kind`` made from ``parts``: changes with any part, and with the engine.

    Each part is length-prefixed (so ``["ab", "c"]`` and ``["a", "bc"]`` differ); ``None`` is fed as the one
    byte ``\\1`` (a part no caller writes as text). The kind and ``engine_version()`` seed the hash, so two
    kinds never share a key and an engine change makes every key new.

    Args:
        kind: What the record is (``"terms"``, ``"listing"``...).
        parts: What the record was made from, in order.

    Returns:
        A SHA-256 hex digest.
    """
    # The kind's hash state copied, and the parts fed in one update: tens of thousands of keys per warm run.
    digest = _seed(kind).copy()
    datas = [b"\1" if part is None else part.encode("utf-8", "surrogatepass") for part in parts]
    digest.update(b"".join(len(data).to_bytes(8, "big") + data for data in datas))
    return digest.hexdigest()


def bag_key(analysis_key: str, *context: str | None) -> str:
    """The key of the bag of terms of the article whose analysis key is given.

    Args:
        analysis_key: The article's analysis key.
        context: What else the bag was made from (its headline and date), if anything.
    """
    return record_key("terms", [analysis_key, *context])


def index_key(articles: Iterable[tuple[str, str, str, str | None]], *context: str) -> str:
    """The key of a corpus's stories, from its articles' (id, analysis key, headline, date) in corpus order.

    ``context``: anything else the stories depend on (the tuning in force).
    """
    return record_key("stories", [*(part for article in articles for part in article), "\0", *context])


def story_key(members: Iterable[tuple[str, str, str | None]], corpus_order: Sequence[str]) -> str:
    """The key of a story's comparison, from its articles' (id, analysis key, date) and their corpus order."""
    return record_key("story", [*(part for member in members for part in member), "\0order", *corpus_order])


def outline_key(analysis_key: str) -> str:
    """The key of the outline (sentences and entities, no tokens) of an article's analysis."""
    return record_key("outline", [analysis_key])


def dump_outline(analysis: Analysis) -> str:
    """An analysis without its tokens, as compact JSON: what the JSON report writes of an article."""
    rows = [[s.start, s.end, [[e.start, e.end, e.label] for e in s.entities]] for s in analysis.sentences]
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def load_outline(data: str, article: Article, model: str, version: str) -> Analysis:
    """An outline read back as an `Analysis` whose sentences have no tokens; texts are sliced from ``article``.

    Raises:
        ValueError: Sentences or entities out of order or outside the text, or a label that is not one.
    """
    rows = json.loads(data)
    text = article.text
    if not isinstance(rows, list):
        raise ValueError("not an outline")
    sentences = []
    previous = 0
    for index, row in enumerate(rows):
        if not (isinstance(row, list) and len(row) == 3 and isinstance(row[2], list)):
            raise ValueError("a malformed sentence")
        start, end, entity_rows = row
        if not (_offset(start) and _offset(end) and previous <= start < end <= len(text)):
            raise ValueError("sentence offsets outside the text or out of order")
        previous = end
        entities = []
        last = start
        for entity in entity_rows:
            if not (isinstance(entity, list) and len(entity) == 3):
                raise ValueError("a malformed entity")
            a, b, label = entity
            if not (_offset(a) and _offset(b) and last <= a < b <= end) or not is_label(label):
                raise ValueError("an entity outside its sentence, out of order or unlabelled")
            last = b
            entities.append(EntitySpan(a, b, label, text[a:b]))
        sentences.append(Sentence(article.id, index, start, end, text[start:end], tuple(entities)))
    return Analysis(article.id, tuple(sentences), model, version)


def _offset(value: object) -> bool:
    return type(value) is int


def dump_bag(bag: Counter[str]) -> str:
    """A bag of terms as compact JSON."""
    return json.dumps(bag, ensure_ascii=False, separators=(",", ":"))


def load_bag(data: str) -> Counter[str] | None:
    """A bag read back; ``None`` for a damaged record (the bag is then rebuilt)."""
    try:
        raw = json.loads(data)
        # Checked a type at a time (10,000 bags of about 70 terms each are read to place one new article).
        if not isinstance(raw, dict) or not {type(v) for v in raw.values()} <= {int, float}:
            return None
        if not all(map(math.isfinite, raw.values())):
            return None
    except (ValueError, OverflowError):  # not JSON; an integer too big for a float
        return None
    return Counter(raw)


def dump_index(stories: Sequence[Sequence[str]]) -> str:
    """A corpus's stories (article ids) as compact JSON."""
    return json.dumps([list(s) for s in stories], ensure_ascii=False, separators=(",", ":"))


def load_index(data: str, articles: Sequence[str]) -> list[list[str]]:
    """Stories read back; they must hold each of ``articles`` exactly once.

    Raises:
        ValueError: A damaged record or one made for other articles.
    """
    stories = json.loads(data)
    if not isinstance(stories, list) or not all(isinstance(s, list) and s for s in stories):
        raise ValueError("stories are not lists of article ids")
    flat = [a for s in stories for a in s]
    if len(flat) != len(articles) or set(flat) != set(articles) or len(set(flat)) != len(flat):
        raise ValueError("stories do not hold each article once")
    return [list(map(str, s)) for s in stories]


def _mention(m: Mention) -> list[Any]:
    return [m.sentence, m.text, m.start, m.end]


def dump_part(part: Comparison) -> str:
    """One story's comparison with local ids (``engine.compare_story``) as compact JSON."""
    (story,) = part.stories
    group_no = {g.id: n for n, g in enumerate(part.groups, 1)}
    conflict_no = {c.id: n for n, c in enumerate(part.conflicts, 1)}
    entity_no = {e.id: n for n, e in enumerate(part.entities, 1)}
    record = {
        "v": LAYOUT,
        "a": list(story.articles),
        "g": [[list(g.sentences), g.score] for g in part.groups],
        "e": [[e.label, e.name, [_mention(m) for m in e.mentions]] for e in part.entities],
        "c": [
            [
                c.kind,
                c.type,
                group_no[c.group],
                c.confidence,
                [[v.text, list(v.articles), list(v.sentences), [_mention(m) for m in v.mentions]] for v in c.values],
            ]
            for c in part.conflicts
        ],
        "k": [
            [k.text, group_no[k.group], k.single_source, k.stances, [conflict_no[c] for c in k.conflicts]]
            for k in part.claims
        ],
        "f": [_mention(m) for m in part.furniture],
        "t": [
            [
                entity_no[a.entity],
                a.name,
                a.status,
                a.confidence,
                [[v.article, v.text, [_mention(m) for m in v.mentions], v.confidence] for v in a.values],
                0 if a.conflict is None else conflict_no[a.conflict],
            ]
            for a in part.attributes
        ],
        "l": [[k.a, k.b, k.score] for k in part.links],
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def load_part(data: str, lengths: Mapping[str, int]) -> Comparison:
    """A story's comparison read back, with local ids, checked against its articles.

    Args:
        data: The stored record.
        lengths: The story's article ids, in the story's order, with their text lengths.

    Raises:
        ValueError: A damaged or forged record, or one made for other articles.
    """
    r = Reader(lengths)
    raw = json.loads(data)
    if not isinstance(raw, dict) or raw.get("v") != LAYOUT or raw.get("a") != list(lengths):
        raise ValueError("a record of another layout or story")
    groups = tuple(
        Group(
            f"g{n}",
            "s1",
            tuple(r.sentence(s, "a group's sentence") for s in r.seq(sentences, "a group's sentences")),
            r.number(score, "a group's score"),
        )
        for n, (sentences, score) in enumerate((r.seq(g, "a group", 2) for g in r.seq(raw.get("g"), "groups")), 1)
    )
    entities = tuple(
        Entity(f"e{n}", r.label(label, "a label"), r.text(name, "a name"), r.mentions(mentions, "an entity's mention"))
        for n, (label, name, mentions) in enumerate((r.seq(e, "an entity", 3) for e in r.seq(raw.get("e"), "e")), 1)
    )
    conflicts = []
    for n, item in enumerate(r.seq(raw.get("c"), "conflicts"), 1):
        kind, kind_of, group, confidence, values = r.seq(item, "a conflict", 5)
        if kind not in _KINDS:
            raise ValueError("a conflict of no known kind")
        conflicts.append(
            Conflict(
                f"c{n}",
                kind,
                r.label(kind_of, "a conflict's type"),
                f"g{r.index(group, len(groups), 'a conflict')}",
                tuple(_value(r, v) for v in r.seq(values, "a conflict's values")),
                r.number(confidence, "a confidence"),
            )
        )
    claims = []
    for n, item in enumerate(r.seq(raw.get("k"), "claims"), 1):
        text, group, single, stances, linked = r.seq(item, "a claim", 5)
        if not isinstance(single, bool) or not isinstance(stances, dict):
            raise ValueError("a claim without its flags")
        for article, stance in stances.items():
            if r.article(article, "a stance") and stance not in _STANCES:
                raise ValueError("a stance of no known kind")
        claims.append(
            Claim(
                f"k{n}",
                r.text(text, "a claim's text"),
                f"g{r.index(group, len(groups), 'a claim')}",
                "s1",
                single,
                stances,
                tuple(f"c{r.index(c, len(conflicts), 'a claim')}" for c in r.seq(linked, "a claim's conflicts")),
            )
        )
    return Comparison(
        articles=(),
        analyses=(),
        stories=(Story("s1", tuple(lengths)),),
        groups=groups,
        entities=entities,
        conflicts=tuple(conflicts),
        claims=tuple(claims),
        furniture=r.mentions(raw.get("f"), "furniture"),
        attributes=_attributes(r, raw.get("t"), len(entities), len(conflicts)),
        links=_links(r, raw.get("l")),
    )


def _links(r: Reader, items: object) -> tuple[SentenceLink, ...]:
    """The links between rows read back: two sentences of two different articles of the story."""
    out = []
    for item in r.seq(items, "links"):
        a, b, score = r.seq(item, "a link", 3)
        first, second = r.sentence(a, "a link's sentence"), r.sentence(b, "a link's sentence")
        if article_of(first) == article_of(second):
            raise ValueError("a link within one article")
        out.append(SentenceLink("s1", first, second, r.number(score, "a link's score")))
    return tuple(out)


def _attributes(r: Reader, rows: object, entities: int, conflicts: int) -> tuple[EntityAttribute, ...]:
    """The entity sheet's rows read back; entity and conflict numbers must name the story's own."""
    out = []
    for n, item in enumerate(r.seq(rows, "attributes"), 1):
        entity, name, status, confidence, values, conflict = r.seq(item, "an attribute", 6)
        if status not in _STATUSES:
            raise ValueError("an attribute of no known status")
        read = []
        for value in r.seq(values, "an attribute's values"):
            article, text, mentions, certainty = r.seq(value, "an attribute value", 4)
            read.append(
                AttributeValue(
                    r.article(article, "an attribute value's article"),
                    r.text(text, "an attribute value"),
                    r.mentions(mentions, "an attribute value's mention"),
                    r.number(certainty, "an attribute value's confidence"),
                )
            )
        out.append(
            EntityAttribute(
                f"a{n}",
                f"e{r.index(entity, entities, 'an attribute')}",
                "s1",
                r.label(name, "an attribute's name"),
                status,
                r.number(confidence, "an attribute's confidence"),
                tuple(read),
                None if conflict == 0 else f"c{r.index(conflict, conflicts, 'an attribute')}",
            )
        )
    return tuple(out)


def _value(r: Reader, item: object) -> ConflictValue:
    text, articles, sentences, mentions = r.seq(item, "a conflict value", 4)
    return ConflictValue(
        r.text(text, "a value"),
        tuple(r.article(a, "a value's article") for a in r.seq(articles, "a value's articles")),
        tuple(r.sentence(s, "a value's sentence") for s in r.seq(sentences, "a value's sentences")),
        r.mentions(mentions, "a value's mention"),
    )
