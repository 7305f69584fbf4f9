"""Score a comparison of real, unmodified articles against the hand-made gold.

The gold lists every real disagreement between the outlets (exhaustive), so a
reported conflict that matches none is a false alarm. A conflict matches a
gold fact when two of its values hold the fact's mentions in two different
articles. Alignment is scored on the sentence pairs of the gold's facts (the
same fact, so they belong in one group) and on its different-fact pairs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tuicompare.evaluation.realgold import GoldFact, GoldMention, SentenceIndex, StoryGold, gold_pairs
from tuicompare.evaluation.tally import add_fields
from tuicompare.models import Comparison, Conflict, ConflictValue

#: Conflict kinds reported as a difference (variants say "the same, spelled differently").
TIERS = ("conflict", "possible")
#: Gold statuses meaning the outlets name the same referent or value.
SAME_REFERENT = ("same", "form")


def _hits(value: ConflictValue, mention: GoldMention) -> bool:
    """True when one of the value's mentions overlaps the gold mention's value."""
    return any(m.article == mention.article and m.start < mention.end and mention.start < m.end for m in value.mentions)


def matches(conflict: Conflict, mentions: Iterable[GoldMention]) -> bool:
    """True when two different values of ``conflict`` hold two of ``mentions`` in different articles."""
    mentions = list(mentions)
    held = [{m.article for m in mentions if _hits(v, m)} for v in conflict.values]
    return any(a != b for i, x in enumerate(held) for j, y in enumerate(held) if i != j for a in x for b in y)


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported difference, as the benchmark lists it."""

    story: str
    kind: str
    type: str
    values: tuple[str, ...]
    fact: str | None = None

    def line(self) -> str:
        """A one-line description: story, tier, type, values and the gold fact it hits."""
        hit = f"  [gold {self.fact}]" if self.fact else ""
        return f"{self.story} {self.kind:<8} {self.type:<12} {' | '.join(self.values)}{hit}"


def reported(story: str, conflict: Conflict, fact: GoldFact | None = None) -> Reported:
    """The listing of ``conflict``, with the gold fact it matches if any."""
    name = f"{fact.id} {fact.status} ({fact.what})" if fact else None
    return Reported(story, conflict.kind, conflict.type, tuple(v.text for v in conflict.values), name)


@dataclass(slots=True)
class RealScore:
    """Figures on real stories; add scores together with ``+=``.

    Attributes:
        disagree: Gold disagreements (facts with status ``disagree``).
        disagree_found: ... of which reported, by tier (``conflict``, ``possible``, ``variant``).
        reported: Reported differences by tier.
        correct: ... of which match a gold disagreement.
        same_referent: ... of which hold two mentions of one same/form gold fact.
        false_alarms: Every reported difference matching no gold disagreement.
        missed: Gold disagreements not reported as a conflict.
        fact_pairs: Distinct tool-sentence pairs of one gold fact in two articles.
        fact_pairs_grouped: ... that end in one aligned group.
        fact_pairs_linked: ... that end in one group or are linked (``Comparison.links``).
        different_pairs: Gold different-fact sentence pairs.
        different_apart: ... that do not end in one group.
        different_linked: ... that are linked (they never are when grouped).
        links: Links between rows reported (``Comparison.links``).
        links_on_fact_pairs: ... of which join a same-fact pair: the share of links the gold confirms.
            The gold's different-fact pairs are few (72 on the tuning stories), too few to see a change
            that adds hundreds of loose links; a change that links more same-fact pairs only through
            many more links lowers this share.
        stories: Stories scored.
        one_story: ... whose three articles the engine put in one story.
        unmapped: Gold items that could not be located in the loaded articles.
        missed_pairs: Same-fact pairs not grouped (for ``--verbose``).
    """

    disagree: int = 0
    disagree_found: dict[str, int] = field(default_factory=dict)
    reported: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    same_referent: dict[str, int] = field(default_factory=dict)
    false_alarms: list[Reported] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    fact_pairs: int = 0
    fact_pairs_grouped: int = 0
    fact_pairs_linked: int = 0
    different_pairs: int = 0
    different_apart: int = 0
    different_linked: int = 0
    links: int = 0
    links_on_fact_pairs: int = 0
    stories: int = 0
    one_story: int = 0
    unmapped: list[str] = field(default_factory=list)
    missed_pairs: list[str] = field(default_factory=list)

    def __iadd__(self, other: RealScore) -> RealScore:
        add_fields(self, other)
        return self

    def precision(self, tier: str = "conflict") -> float:
        """Reported differences of ``tier`` matching a gold disagreement / all of them (1 when none)."""
        n = self.reported.get(tier, 0)
        return self.correct.get(tier, 0) / n if n else 1.0

    @property
    def pair_recall(self) -> float:
        """Same-fact sentence pairs grouped together / all of them."""
        return self.fact_pairs_grouped / self.fact_pairs if self.fact_pairs else 1.0

    @property
    def pair_recall_linked(self) -> float:
        """Same-fact sentence pairs grouped together or linked / all of them."""
        return self.fact_pairs_linked / self.fact_pairs if self.fact_pairs else 1.0

    @property
    def linked_share(self) -> float:
        """Different-fact sentence pairs linked / all of them (the links' false ones)."""
        return self.different_linked / self.different_pairs if self.different_pairs else 0.0

    @property
    def confirmed_share(self) -> float:
        """Links joining a gold same-fact pair / all links (0 when none)."""
        return self.links_on_fact_pairs / self.links if self.links else 0.0

    @property
    def apart_share(self) -> float:
        """Different-fact sentence pairs kept apart / all of them."""
        return self.different_apart / self.different_pairs if self.different_pairs else 1.0


def _bump(counts: dict[str, int], key: str) -> None:
    counts[key] = counts.get(key, 0) + 1


def score_conflicts(gold: StoryGold, conflicts: Iterable[Conflict]) -> RealScore:
    """Disagreements found, false alarms and same-referent conflicts among ``conflicts``."""
    score = RealScore()
    conflicts = list(conflicts)
    disagree = [f for f in gold.facts if f.status == "disagree"]
    same = [f for f in gold.facts if f.status in SAME_REFERENT]
    compatible = [f for f in gold.facts if f.status == "compatible"]
    score.disagree = len(disagree)
    for fact in disagree:
        kinds = [c.kind for c in conflicts if matches(c, fact.mentions)]
        best = next((k for k in ("conflict", "possible", "variant") if k in kinds), None)
        if best:
            _bump(score.disagree_found, best)
        if best != "conflict":
            values = " | ".join(m.value for m in fact.mentions)
            score.missed.append(f"{gold.key} {fact.id} {fact.kind} {values} ({fact.what}): {best or 'not reported'}")
    for conflict in conflicts:
        if conflict.kind not in TIERS:
            continue
        _bump(score.reported, conflict.kind)
        hit = next((f for f in disagree if matches(conflict, f.mentions)), None)
        if hit is not None:
            _bump(score.correct, conflict.kind)
            continue
        twin = next((f for f in same if matches(conflict, f.mentions)), None)
        if twin is not None:
            _bump(score.same_referent, conflict.kind)
        else:  # named for the listing only: outlets stating one fact compatibly do not disagree either
            twin = next((f for f in compatible if matches(conflict, f.mentions)), None)
        score.false_alarms.append(reported(gold.key, conflict, twin))
    return score


def score_alignment(gold: StoryGold, comparison: Comparison) -> RealScore:
    """Same-fact sentence pairs grouped together and different-fact pairs kept apart."""
    score = RealScore()
    index = SentenceIndex(comparison.analyses)
    group_of = {s: g.id for g in comparison.groups for s in g.sentences}
    linked = {(min(k.a, k.b), max(k.a, k.b)) for k in comparison.links}
    fact_pairs = gold_pairs(gold, index)
    score.links = len(linked)
    score.links_on_fact_pairs = len(linked & fact_pairs.keys())
    for sa, sb in sorted(fact_pairs):
        score.fact_pairs += 1
        if group_of.get(sa) is not None and group_of.get(sa) == group_of.get(sb):
            score.fact_pairs_grouped += 1
            score.fact_pairs_linked += 1
        elif (sa, sb) in linked:
            score.fact_pairs_linked += 1
            score.missed_pairs.append(f"{gold.key} {sa} / {sb} not in one group, linked")
        else:
            score.missed_pairs.append(f"{gold.key} {sa} / {sb} not in one group")
    for pair in gold.different:
        da, db = index.of_mention(pair.a), index.of_mention(pair.b)
        if not da or not db:
            continue
        score.different_pairs += 1
        if group_of.get(da) is None or group_of.get(da) != group_of.get(db):
            score.different_apart += 1
        score.different_linked += (min(da, db), max(da, db)) in linked
    return score


def score_story(gold: StoryGold, comparison: Comparison) -> RealScore:
    """Everything measured on one story's comparison (conflicts, alignment, story grouping)."""
    members = set(gold.articles.values())
    score = score_conflicts(gold, comparison.conflicts)
    score += score_alignment(gold, comparison)
    score.stories = 1
    score.one_story = int(any(members <= set(s.articles) for s in comparison.stories))
    score.unmapped.extend(gold.unmapped)
    return score
