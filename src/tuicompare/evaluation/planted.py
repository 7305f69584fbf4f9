"""Planted-in-real conflicts: copies of a real article with known changes inside real paraphrase.

From gold facts the outlets agree on (status ``same`` or ``form``), a copy of
one outlet's article gets several changes, each at the offset of the fact's
value and in a different sentence: a surname swapped, a number changed, a
date shifted, a place swapped for another of its kind. Compared with the
other two real articles as one story, each change should come out as a
conflict between the planted value and the other outlets' value.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tuicompare.evaluation.plantvalues import date_shift, number_change, place_swap, renamed, surname_swap, writes_name
from tuicompare.evaluation.plantwhy import StoryStages, cause_table, why_missed
from tuicompare.evaluation.real import TIERS, Reported, _hits, matches, reported
from tuicompare.evaluation.realgold import GoldFact, GoldMention, SentenceIndex, StoryGold
from tuicompare.evaluation.tally import add_fields
from tuicompare.models import Article, Comparison, Conflict

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


@dataclass(slots=True)
class PlantedScore:
    """Planted changes found and reported differences judged, by tier; add with ``+=``."""

    planted: int = 0
    planted_by_type: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    found_by_type: dict[str, int] = field(default_factory=dict)
    reported: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    false_alarms: list[Reported] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unloaded: list[str] = field(default_factory=list)
    copies: int = 0
    missed_aligned: int = 0
    missed_linked: int = 0
    causes: dict[str, Counter[str]] = field(default_factory=dict)  # kind of change -> cause of miss -> count

    def __iadd__(self, other: PlantedScore) -> PlantedScore:
        add_fields(self, other)
        return self

    def precision(self, tiers: Sequence[str] = ("conflict",)) -> float:
        """Reports of ``tiers`` matching a planted change or gold disagreement / all of them."""
        n = sum(self.reported.get(t, 0) for t in tiers)
        return sum(self.correct.get(t, 0) for t in tiers) / n if n else 1.0

    def recall(self, tiers: Sequence[str] = ("conflict",)) -> float:
        """Planted changes found in one of ``tiers`` / planted changes."""
        return sum(self.found.get(t, 0) for t in tiers) / self.planted if self.planted else 1.0

    def summary(self) -> dict[str, object]:
        """The figures as plain data (``--json``)."""
        both = ("conflict", "possible")
        return {
            "copies": self.copies,
            "planted": self.planted,
            "found": self.found,
            "reported": self.reported,
            "correct": self.correct,
            "conflict": {"precision": round(self.precision(), 4), "recall": round(self.recall(), 4)},
            "possible": {"precision": round(self.precision(("possible",)), 4)},
            "conflict+possible": {"precision": round(self.precision(both), 4), "recall": round(self.recall(both), 4)},
            "recall_by_type": {t: round(self.found_by_type.get(t, 0) / n, 4) for t, n in self.planted_by_type.items()},
            "missed_but_aligned": self.missed_aligned,
            "missed_but_linked": self.missed_linked,
            "unloaded": len(self.unloaded),
        }

    def print(self, verbose: bool) -> None:
        """Print the figures (and with ``verbose`` every miss and false alarm)."""
        both = ("conflict", "possible")
        f = self.found
        print(f"  planted-in-real: {self.planted} changes in {self.copies} copies")
        for name, tiers in (("conflict", ("conflict",)), ("possible", ("possible",)), ("conflict+possible", both)):
            n = sum(self.reported.get(t, 0) for t in tiers)
            ok = sum(self.correct.get(t, 0) for t in tiers)
            print(
                f"    {name:<17} precision {self.precision(tiers):.3f} ({ok}/{n})"
                f"  recall {self.recall(tiers):.3f} ({sum(f.get(t, 0) for t in tiers)}/{self.planted})"
            )
        by_type = ", ".join(f"{t} {self.found_by_type.get(t, 0)}/{n}" for t, n in sorted(self.planted_by_type.items()))
        print(f"    found as conflict by change: {by_type}; found only as variant {f.get('variant', 0)}")
        misses = self.planted - f.get("conflict", 0)
        print(
            f"    misses whose sentence was aligned with another outlet's mention: {self.missed_aligned}/{misses},"
            f" else linked to one: {self.missed_linked}"
        )
        if verbose:
            for line in self.missed:
                print(f"    planted miss: {line}")
            for r in self.false_alarms:
                print(f"    planted-run false alarm: {r.line()}")
        if self.causes:
            print("    why the planted changes not found as conflicts were missed (bench_real.py --why):")
            for line in cause_table(self.causes):
                print(line)
        for name in self.unloaded:
            print(f"    copy not loaded: {name}")


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def _moved(m: GoldMention, copy: PlantedCopy, article: str) -> GoldMention:
    if m.article != copy.original:
        return m
    s = copy.shift
    return GoldMention(article, m.value, s(m.start), s(m.end), (s(m.sentence[0]), s(m.sentence[1])))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9$.,%]+", text.casefold().removeprefix("the "))


def _same_value(text: str, others: Sequence[GoldMention]) -> bool:
    """True when ``text`` states one of the other outlets' values (whole words, either way round)."""
    mine = " ".join(_words(text))
    for o in others:
        theirs = " ".join(_words(o.value))
        if mine and theirs and (f" {mine} " in f" {theirs} " or f" {theirs} " in f" {mine} "):
            return True
    return False


def found_planted(
    conflict: Conflict, planted: GoldMention, others: Sequence[GoldMention], name: str | None = None
) -> bool:
    """True when one value of ``conflict`` holds the planted value and another the original value.

    The original value is another outlet's mention of the fact, at its offset or
    (the engine may pair the change with another sentence saying the same) by its text.
    For another mention of a changed name (``name``: the surname or place it replaced,
    ``Change.also``), any other outlet's value writing that name as a word is the original.
    """
    mine = {k for k, v in enumerate(conflict.values) if _hits(v, planted)}
    if not mine:
        return False
    return any(
        k not in mine
        and (
            any(_hits(v, o) for o in others)
            or (
                (_same_value(v.text, others) or (name is not None and writes_name(v.text, name)))
                and any(a != planted.article for a in v.articles)
            )
        )
        for k, v in enumerate(conflict.values)
    )


def score_planted(
    copy: PlantedCopy, article: Article, gold: StoryGold, comparison: Comparison, why: StoryStages | None = None
) -> PlantedScore:
    """Score the comparison of a planted copy (``article``, as loaded) with the other real articles.

    With ``why`` (the comparison's stages recomputed), each miss gets its cause (``plantwhy``).
    """
    score = PlantedScore(copies=1)
    if article.text != copy.text:
        score.unloaded.append(f"{copy.path.name} (loaded text differs from the planted text)")
        return score
    disagree = [[_moved(m, copy, article.id) for m in f.mentions] for f in gold.facts if f.status == "disagree"]
    index = SentenceIndex(comparison.analyses)
    group_of = {s: g.id for g in comparison.groups for s in g.sentences}
    targets: list[tuple[GoldMention, list[GoldMention], str | None]] = []
    for change in copy.changes:
        planted = GoldMention(article.id, change.new, change.start, change.end, change.sentence)
        others = [m for m in change.fact.mentions if m.article != copy.original]
        # The name's other mentions, changed with it (``write_copy``): a report on any of them finds it.
        name = renamed(PLANTABLE.get(change.fact.kind), change.old, change.new)
        sites: list[tuple[GoldMention, str | None]] = [(planted, None)]
        sites += [
            (GoldMention(article.id, copy.text[a:b], a, b, (a, b)), None if name is None else name[0])
            for a, b in change.also
        ]
        targets.extend((site, others, old) for site, old in sites)
        kinds = [c.kind for c in comparison.conflicts if any(found_planted(c, s, others, old) for s, old in sites)]
        best = next((k for k in ("conflict", "possible", "variant") if k in kinds), None)
        kind = PLANTABLE[change.fact.kind]
        score.planted += 1
        _bump(score.planted_by_type, kind)
        if best:
            _bump(score.found, best)
        if best == "conflict":
            _bump(score.found_by_type, kind)
        else:
            group = group_of.get(index.of_mention(planted) or "")
            aligned = group is not None and any(group_of.get(index.of_mention(o) or "") == group for o in others)
            score.missed_aligned += aligned
            mine = index.of_mention(planted)
            theirs_at = {index.of_mention(o) for o in others}
            linked = not aligned and any(
                (k.a == mine and k.b in theirs_at) or (k.b == mine and k.a in theirs_at) for k in comparison.links
            )
            score.missed_linked += linked
            theirs = " | ".join(o.value for o in others)
            cause = "aligned" if aligned else "linked" if linked else "not aligned"
            if why is not None:
                cause = why_missed(why, comparison, planted, others, best)
                score.causes.setdefault(kind, Counter())[cause] += 1
            score.missed.append(
                f"{copy.path.name} {kind} {change.old!r} -> {change.new!r} vs {theirs}: {best or 'not reported'}"
                f" ({cause})"
            )
    for conflict in comparison.conflicts:
        if conflict.kind not in TIERS:
            continue
        _bump(score.reported, conflict.kind)
        if any(found_planted(conflict, p, o, old) for p, o, old in targets) or any(
            matches(conflict, d) for d in disagree
        ):
            _bump(score.correct, conflict.kind)
        else:
            score.false_alarms.append(reported(copy.path.name, conflict))
    return score
