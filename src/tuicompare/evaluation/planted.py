"""Planted-in-real conflicts: copies of a real article with known changes inside real paraphrase.

From gold facts the outlets agree on (status ``same`` or ``form``), a copy of
one outlet's article gets several changes, each at the offset of the fact's
value and in a different sentence: a surname swapped, a number changed, a
date shifted, a place swapped for another of its kind. Compared with the
other two real articles as one story, each change should come out as a
conflict between the planted value and the other outlets' value.
How each copy's comparison is scored is ``plantscore``'s.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tuicompare.evaluation.plantvalues import date_shift, number_change, place_swap, renamed, surname_swap
from tuicompare.evaluation.realgold import GoldFact, GoldMention, StoryGold
from tuicompare.models import Article

#: Gold kinds a change can be planted in, and the change made.
PLANTABLE = {"person": "surname", "place": "place", "date": "date"} | dict.fromkeys(
    ("number", "money", "percent", "quantity"), "number"
)


@dataclass(frozen=True, slots=True)
class Change:
    """One planted change: ``old`` became ``new`` at ``start`` of the copy's text."""

    fact: GoldFact
    old: str
    new: str
    start: int
    sentence: tuple[int, int]
    also: tuple[tuple[int, int], ...] = ()  # (start, end) in the copy of the name's other mentions, changed too

    @property
    def end(self) -> int:
        """Offset one past the new value in the copy's text."""
        return self.start + len(self.new)


@dataclass(frozen=True, slots=True)
class PlantedCopy:
    """A changed copy of one outlet's article, written to ``path``."""

    story: str
    outlet: str
    original: str
    path: Path
    text: str
    changes: tuple[Change, ...]
    edits: tuple[tuple[int, int], ...] = ()  # (offset in the original, length added) of every replacement

    def shift(self, offset: int) -> int:
        """Where an offset of the original text lies in the copy."""
        return offset + sum(added for at, added in self.edits if at < offset)


def _rng(*parts: str) -> random.Random:
    return random.Random(zlib.crc32("/".join(parts).encode()))


def _story_words(articles: Mapping[str, Article]) -> set[str]:
    return {w.lower() for a in articles.values() for w in re.findall(r"[A-Za-z]+", a.title + " " + a.text)}


def new_value(kind: str, value: str, pool: Sequence[str], avoid: set[str], rng: random.Random) -> str | None:
    """The changed value for a gold fact of ``kind``, or None when it cannot be planted."""
    change = PLANTABLE.get(kind)
    if change == "surname":
        return surname_swap(value, pool, avoid, rng)
    if change == "number":
        return number_change(value, rng)
    if change == "date":
        return date_shift(value, rng)
    if change == "place":
        return place_swap(value, avoid, rng)
    return None


#: A planned change: the gold mention to replace, its fact, and the new value.
Planned = tuple[GoldMention, GoldFact, str]


def plan(
    gold: StoryGold, outlet: str, articles: Mapping[str, Article], pool: Sequence[str], changes: int
) -> list[list[Planned]]:
    """Changes for copies of ``outlet``'s article: lists of at most ``changes``, each in its own sentence."""
    article = articles[outlet]
    avoid = _story_words(articles)
    candidates: list[Planned] = []
    for fact in gold.facts:
        if fact.status not in ("same", "form") or fact.kind not in PLANTABLE or fact.furniture:
            continue
        mine = [m for m in fact.mentions if m.article == article.id]
        if not mine:
            continue
        m = mine[0]
        new = new_value(fact.kind, m.value, pool, avoid, _rng(gold.key, fact.id, outlet))
        if new and new != m.value:
            candidates.append((m, fact, new))
    candidates.sort(key=lambda c: c[0].start)
    copies: list[list[Planned]] = []
    for cand in candidates:
        for copy in copies:
            if len(copy) < changes and all(
                c[0].sentence[1] <= cand[0].sentence[0] or cand[0].sentence[1] <= c[0].sentence[0] for c in copy
            ):
                copy.append(cand)
                break
        else:
            copies.append([cand])
    return copies


def write_copy(
    gold: StoryGold, outlet: str, article: Article, chosen: Sequence[Planned], n: int, folder: Path
) -> PlantedCopy:
    """Apply the chosen changes to the article's text and write the copy as a JSON article.

    A changed surname or place is changed at every other mention of it in the article too
    (whole words, never inside another chosen change): those mentions are the change's ``also``.
    """
    # (start, end, new text, index of the change, True for the gold mention itself) in the original text.
    edits: list[tuple[int, int, str, int, bool]] = [
        (m.start, m.start + len(m.value), new, k, True) for k, (m, _fact, new) in enumerate(chosen)
    ]
    for k, (m, fact, new) in enumerate(chosen):
        names = renamed(PLANTABLE.get(fact.kind), m.value, new)
        if names is None:
            continue
        for hit in re.finditer(rf"(?<![\w-]){re.escape(names[0])}(?![\w-])", article.text):
            if all(hit.end() <= a or b <= hit.start() for a, b, *_ in edits):
                edits.append((hit.start(), hit.end(), names[1], k, False))
    edits.sort()
    text, shift = article.text, 0
    at_copy: list[tuple[int, int, int, bool]] = []  # (copy start, copy end, change index, gold mention?)
    for start, end, new, k, own in edits:
        at = start + shift
        text = text[:at] + new + text[at + end - start :]
        at_copy.append((at, at + len(new), k, own))
        shift += len(new) - (end - start)
    added = tuple((start, len(new) - (end - start)) for start, end, new, *_ in edits)

    def moved(offset: int) -> int:
        return offset + sum(grown for at, grown in added if at < offset)

    changes = []
    for k, (m, fact, new) in enumerate(chosen):
        at = next(a for a, _b, j, own in at_copy if j == k and own)
        sentence = (moved(m.sentence[0]), moved(m.sentence[1]))
        also = tuple((a, b) for a, b, j, own in at_copy if j == k and not own)
        changes.append(Change(fact, m.value, new, at, sentence, also))
    changes.sort(key=lambda c: c.start)
    path = folder / f"{article.id}_planted{n}.json"
    record = {"title": article.title, "text": text, "source": article.outlet, "date": article.date}
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return PlantedCopy(gold.key, outlet, article.id, path, text, tuple(changes), added)


def surname_pool(gold_dir: Path) -> list[str]:
    """Surnames of the people in every gold file (last capitalised word of person values), for swapping."""
    names = set()
    for path in sorted(gold_dir.glob("*.json")):
        for fact in json.loads(path.read_text(encoding="utf-8")).get("facts", []):
            if fact.get("kind") != "person":
                continue
            for m in fact.get("mentions", {}).values():
                words = m.get("value", "").split()
                word = re.sub(r"['\u2019]s$", "", words[-1]) if words else ""
                if re.fullmatch(r"[A-Z][a-z]{2,}", word):
                    names.add(word)
    return sorted(names)


def plant_story(
    gold: StoryGold, articles: Mapping[str, Article], folder: Path, *, pool: Sequence[str], changes: int = 4
) -> list[PlantedCopy]:
    """Every planted copy of one story: per outlet, as many copies as its plantable facts need."""
    out = []
    for outlet, article in articles.items():
        for n, chosen in enumerate(plan(gold, outlet, articles, pool, changes), 1):
            out.append(write_copy(gold, outlet, article, chosen, n, folder))
    return out
