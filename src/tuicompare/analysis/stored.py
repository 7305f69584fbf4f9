"""What the engine derives from analyses, kept in the analysis cache beside them.

Four kinds of record, each plain JSON under a key that changes with every
input it depends on and with the engine's source (``engine_version``), so a
changed article, model or engine never reads a record an older one made:

- an article's bag of story terms (``bag_key``), which is all clustering reads;
- a corpus's stories (``index_key``): which articles each story holds;
- an article's outline (``outline_key``): its sentences and entities without
  tokens, all the JSON report writes of an analysis, and much cheaper to check;
- a story's comparison (``story_key``): its groups, entities, conflicts, claims
  and its articles' news furniture, with local ids (``engine.compare_story``).

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
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import util
from pathlib import Path
from typing import Any, cast, get_args

from tuicompare.models import (
    Analysis,
    Article,
    Claim,
    Comparison,
    Conflict,
    ConflictKind,
    ConflictValue,
    Entity,
    EntitySpan,
    Group,
    Mention,
    Sentence,
    Stance,
    Story,
    article_of,
)
from tuicompare.sanitize import clean_text

#: Bumped when the stored layout of a story, index or bag record changes.
LAYOUT = 3
#: What an entity label looks like: short, ASCII, no spaces or control characters (as ``records``).
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9_:.\-]{0,39}")
_KINDS = frozenset(get_args(ConflictKind))
_STANCES = frozenset(get_args(Stance))


@functools.cache
def engine_version() -> str:
    """A digest of the engine's source files and the shared models: records are valid for that engine only.

    Derived from the source, so nobody has to remember to bump a number when
    the engine's output changes (a change to a comment invalidates too, which is cheap).
    """
    digest = hashlib.sha256(str(LAYOUT).encode())
    files: list[Path] = []
    for package in ("tuicompare.engine", "tuicompare.models"):
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


def _key(kind: str, parts: Iterable[str | None]) -> str:
    digest = hashlib.sha256(f"tuicompare-{kind}\0{engine_version()}".encode())
    for part in parts:
        data = b"\1" if part is None else part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def bag_key(analysis_key: str, *context: str | None) -> str:
    """The key of the bag of terms of the article whose analysis key is given.

    Args:
        analysis_key: The article's analysis key.
        context: What else the bag was made from (its headline and date), if anything.
    """
    return _key("terms", [analysis_key, *context])


def index_key(articles: Iterable[tuple[str, str, str, str | None]], *context: str) -> str:
    """The key of a corpus's stories, from its articles' (id, analysis key, headline, date) in corpus order.

    ``context``: anything else the stories depend on (the tuning in force).
    """
    return _key("stories", [*(part for article in articles for part in article), "\0", *context])


def story_key(members: Iterable[tuple[str, str, str | None]], corpus_order: Sequence[str]) -> str:
    """The key of a story's comparison, from its articles' (id, analysis key, date) and their corpus order."""
    return _key("story", [*(part for member in members for part in member), "\0order", *corpus_order])


def outline_key(analysis_key: str) -> str:
    """The key of the outline (sentences and entities, no tokens) of an article's analysis."""
    return _key("outline", [analysis_key])


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
            if not (_offset(a) and _offset(b) and last <= a < b <= end) or not _label(label):
                raise ValueError("an entity outside its sentence, out of order or unlabelled")
            last = b
            entities.append(EntitySpan(a, b, label, text[a:b]))
        sentences.append(Sentence(article.id, index, start, end, text[start:end], tuple(entities)))
    return Analysis(article.id, tuple(sentences), model, version)


def _offset(value: object) -> bool:
    return type(value) is int


def _label(value: object) -> bool:
    return isinstance(value, str) and _LABEL.fullmatch(value) is not None


def dump_bag(bag: Counter[str]) -> str:
    """A bag of terms as compact JSON."""
    return json.dumps(bag, ensure_ascii=False, separators=(",", ":"))


def load_bag(data: str) -> Counter[str] | None:
    """A bag read back; ``None`` for a damaged record (the bag is then rebuilt)."""
    try:
        raw = json.loads(data)
    except ValueError:
        return None
    if not isinstance(raw, dict) or not all(_number(v) for v in raw.values()):
        return None
    return Counter({str(k): v for k, v in raw.items()})


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
    }
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


class _Reader:
    """Checks a story record against the story's articles while rebuilding it."""

    def __init__(self, lengths: Mapping[str, int]) -> None:
        self.lengths = lengths

    def seq(self, value: object, what: str, size: int | None = None) -> list[Any]:
        if not isinstance(value, list) or (size is not None and len(value) != size):
            raise ValueError(f"{what} is not a list" + (f" of {size}" if size is not None else ""))
        return value

    def text(self, value: object, what: str) -> str:
        # Texts come from sanitised articles: a control or escape character means a forged record.
        if not isinstance(value, str) or clean_text(value) != value:
            raise ValueError(f"{what} is not clean text")
        return value

    def label(self, value: object, what: str) -> str:
        if not _label(value):
            raise ValueError(f"{what} is not a label")
        return cast(str, value)

    def number(self, value: object, what: str) -> float:
        if not _number(value):
            raise ValueError(f"{what} is not a number")
        return cast(float, value)

    def index(self, value: object, count: int, what: str) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= count:
            raise ValueError(f"{what} refers to nothing")
        return value

    def article(self, value: object, what: str) -> str:
        if self.text(value, what) not in self.lengths:
            raise ValueError(f"{what} is not an article of the story")
        return cast(str, value)

    def sentence(self, value: object, what: str) -> str:
        sid = self.text(value, what)
        head, _, tail = sid.rpartition(":")
        if head not in self.lengths or not tail.isdigit():
            raise ValueError(f"{what} is not a sentence of the story")
        return sid

    def mention(self, value: object, what: str) -> Mention:
        sentence, text, start, end = self.seq(value, what, 4)
        sid = self.sentence(sentence, what)
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
            raise ValueError(f"{what} has no offsets")
        if not 0 <= start <= end <= self.lengths[article_of(sid)]:
            raise ValueError(f"{what} lies outside its article")
        return Mention(sid, self.text(text, what), start, end)

    def mentions(self, value: object, what: str) -> tuple[Mention, ...]:
        return tuple(self.mention(m, what) for m in self.seq(value, what))


def load_part(data: str, lengths: Mapping[str, int]) -> Comparison:
    """A story's comparison read back, with local ids, checked against its articles.

    Args:
        data: The stored record.
        lengths: The story's article ids, in the story's order, with their text lengths.

    Raises:
        ValueError: A damaged or forged record, or one made for other articles.
    """
    r = _Reader(lengths)
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
    )


def _value(r: _Reader, item: object) -> ConflictValue:
    text, articles, sentences, mentions = r.seq(item, "a conflict value", 4)
    return ConflictValue(
        r.text(text, "a value"),
        tuple(r.article(a, "a value's article") for a in r.seq(articles, "a value's articles")),
        tuple(r.sentence(s, "a value's sentence") for s in r.seq(sentences, "a value's sentences")),
        r.mentions(mentions, "a value's mention"),
    )
