"""Score the engine against the changes planted by ``generate``: precision and recall.

A planted change counts as expected when the changed article and another
article that keeps the story's value both keep a sentence mentioning it. It is
found when a reported conflict (or variant) has a value matching the new form
held by the changed article and a value matching the old form. A reported
conflict is correct when it matches some planted change of its story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tuicompare.engine.features import name_key
from tuicompare.engine.values import parse_date, parse_number
from tuicompare.evaluation.generate import GeneratedStory, Planted
from tuicompare.models import Comparison, Conflict


@dataclass(frozen=True, slots=True)
class Score:
    """Precision and recall of one kind of finding."""

    expected: int
    found: int
    reported: int
    correct: int

    @property
    def recall(self) -> float:
        """Found planted changes / expected planted changes (1 when none expected)."""
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        """Correct reports / reports (1 when nothing reported)."""
        return self.correct / self.reported if self.reported else 1.0


@dataclass(frozen=True, slots=True)
class QualityReport:
    """Scores for conflicts, variants and story clustering, plus the misses and false alarms."""

    conflicts: Score
    variants: Score
    story_pairs: Score
    missed: tuple[Planted, ...]
    false_alarms: tuple[Conflict, ...]


def _same(kind: str, a: str, b: str) -> bool:
    if kind == "number":
        x, y = parse_number(a), parse_number(b)
        # "71 million dollars" states the planted number 71.
        return (x is not None and x == y) or re.search(rf"(?<![\d,.]){re.escape(b)}(?![\d,])", a) is not None
    if kind == "date":
        da, db = parse_date(a), parse_date(b)
        return da is not None and da == db
    return name_key(a) == name_key(b) or name_key(a).split()[-1:] == name_key(b).split()[-1:] == name_key(a).split()


def matches(conflict: Conflict, planted: Planted, others: Sequence[Planted] = ()) -> bool:
    """True when ``conflict`` reports ``planted``.

    The new value must be held by the changed article, and another value must be
    the story's value or the value another article planted in the same slot.
    """
    if conflict.kind != planted.kind:
        return False
    kind = planted.type
    hits = [
        v for v in conflict.values if planted.article in v.articles and any(_same(kind, v.text, f) for f in planted.new)
    ]
    if not hits:
        return False
    rivals = [planted.old] + [p.new for p in others if p.slot == planted.slot and p.new != planted.new]
    return any(
        v not in hits and any(_same(kind, v.text, f) for forms in rivals for f in forms) for v in conflict.values
    )


def expected(story: GeneratedStory, planted: Planted) -> bool:
    """True when some sentence mentioning the slot survives in the changed article and an unchanged one."""
    changed = {p.article for p in story.planted if p.slot == planted.slot}
    mention = set(story.slot_sentences.get(planted.slot, ()))
    kept = {a.id: set(a.kept) for a in story.articles}
    mine = kept[planted.article] & mention
    return any(mine & kept[other] for other in kept if other not in changed)


def evaluate(stories: Sequence[GeneratedStory], comparison: Comparison) -> QualityReport:
    """Compare a comparison of a generated corpus with what was planted."""
    story_of = {a.id: s for s in stories for a in s.articles}
    group_story = {g.id: g.story for g in comparison.groups}
    story_articles = {s.id: s.articles for s in comparison.stories}
    scores, missed, false = {}, [], []
    for kind in ("conflict", "variant"):
        planted = [(s, p) for s in stories for p in s.planted if p.kind == kind]
        exp = [(s, p) for s, p in planted if expected(s, p)]
        reports = [c for c in comparison.conflicts if c.kind == kind]
        found = 0
        for s, p in exp:
            if any(matches(c, p, s.planted) for c in reports):
                found += 1
            else:
                missed.append(p)
        correct = 0
        for c in reports:
            arts = story_articles[group_story[c.group]]
            truth = {id(story_of[a]): story_of[a] for a in arts if a in story_of}
            if any(matches(c, p, s.planted) for s in truth.values() for p in s.planted):
                correct += 1
            else:
                false.append(c)
        scores[kind] = Score(len(exp), found, len(reports), correct)
    true_pairs = {(a.id, b.id) for s in stories for a in s.articles for b in s.articles if a.id < b.id}
    got_pairs = {(a, b) for s in comparison.stories for a in s.articles for b in s.articles if a < b}
    pairs = Score(len(true_pairs), len(true_pairs & got_pairs), len(got_pairs), len(true_pairs & got_pairs))
    return QualityReport(scores["conflict"], scores["variant"], pairs, tuple(missed), tuple(false))
