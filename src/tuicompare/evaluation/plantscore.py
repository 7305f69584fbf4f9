"""Scoring planted-in-real conflicts: which planted change each report finds, and the figures.

``planted`` writes the copies; each copy, compared with the other real articles as
one story, is scored here: a change is found when one value of a conflict holds the
planted value and another the original outlets' value, and every other report of a
tier is a false alarm unless it matches a gold disagreement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from tuicompare.evaluation.planted import PLANTABLE, PlantedCopy
from tuicompare.evaluation.plantvalues import renamed, writes_name
from tuicompare.evaluation.plantwhy import StoryStages, cause_table, why_missed
from tuicompare.evaluation.real import TIERS, Reported, _hits, matches, reported
from tuicompare.evaluation.realgold import GoldMention, SentenceIndex, StoryGold
from tuicompare.evaluation.tally import add_fields
from tuicompare.models import Article, Comparison, Conflict


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
