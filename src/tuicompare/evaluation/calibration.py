"""Calibrating the cut between a conflict and a possible difference: reported differences, labelled and re-tiered.

``benchmarks/calibrate.py`` compares the tuning golds' stories and planted
copies with every cut at 0; here each reported difference is labelled with
``bench_real.py``'s own scoring (``real.score_conflicts``, ``plantscore.score_planted``)
and re-tiered at other cuts, by source: ``row`` (values in one aligned group),
``link`` (values in two rows joined by a link) or ``attribute`` (the entity sheet).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tuicompare.evaluation.planted import PlantedCopy
from tuicompare.evaluation.plantscore import PlantedScore, score_planted
from tuicompare.evaluation.real import RealScore, score_conflicts
from tuicompare.evaluation.realgold import StoryGold
from tuicompare.models import Article, Comparison, Conflict, ConflictKind

#: Cuts tried for each source.
GRID = tuple(round(0.3 + 0.05 * n, 2) for n in range(14))


@dataclass(frozen=True, slots=True)
class Run:
    """One comparison to score: a real story (``copy`` None) or a planted copy with the other two articles."""

    part: str
    gold: StoryGold
    comparison: Comparison
    copy: PlantedCopy | None = None
    article: Article | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """One reported difference, its label and its evidence."""

    part: str
    story: str
    planted: bool
    source: str
    type: str
    kind: str  # before the cut: "conflict" or "possible"
    confidence: float
    true: bool
    touches: bool  # a value sits on a planted change (always False on the real stories)
    closeness: float  # the group's score (row) or the link's similarity (link); 0 for attributes
    crowd: int  # other differences reported between the same sentences
    values: tuple[str, ...]


def source(conflict: Conflict, comparison: Comparison) -> str:
    """``attribute``, ``row`` (every value in the conflict's group) or ``link`` (values in two rows)."""
    if conflict.type.startswith("attribute:"):
        return "attribute"
    group = next(g for g in comparison.groups if g.id == conflict.group)
    inside = all(m.sentence in group.sentences for v in conflict.values for m in v.mentions)
    return "row" if inside else "link"


def closeness(conflict: Conflict, comparison: Comparison, where: str) -> float:
    """How alike the conflict's sentences are: its group's score, or its best link's similarity."""
    if where == "row":
        return next(g.score for g in comparison.groups if g.id == conflict.group)
    if where == "link":
        sentences = {m.sentence for v in conflict.values for m in v.mentions}
        return max((k.score for k in comparison.links if {k.a, k.b} <= sentences), default=0.0)
    return 0.0


def cut_kind(conflict: Conflict, where: str, cuts: dict[str, float]) -> ConflictKind:
    """The conflict's tier at ``cuts`` (its kind before the cut is kept below ``conflict``).

    Not the engine's own tier: some differences are red by rule below their source's cut (two names
    that surely fill one post are judged by the row's cut across a link), and this demotes them; on
    2026-12-06 re-tiering the engine's run found 629 of the tuning golds' 1654 planted changes red
    against ``bench_real.py``'s 806 (docs/measurements.md, "When is a difference red?").
    """
    if conflict.kind == "conflict" and conflict.confidence < cuts[where]:
        return "possible"
    return conflict.kind


def retier(run: Run, cuts: dict[str, float], only: str | None = None) -> Comparison:
    """The run's comparison with every difference re-tiered at ``cuts`` (and only type ``only`` kept)."""
    c = run.comparison
    out = [
        dataclasses.replace(x, kind=cut_kind(x, source(x, c), cuts))
        for x in c.conflicts
        if only is None or kind_of(x) == only
    ]
    return dataclasses.replace(c, conflicts=tuple(out))


def kind_of(conflict: Conflict) -> str:
    """The kind a table row groups by: the type, attributes by their attribute."""
    return conflict.type


def score(run: Run, comparison: Comparison) -> RealScore | PlantedScore:
    """``bench_real.py``'s score of one run."""
    if run.copy is None:
        return score_conflicts(run.gold, comparison.conflicts)
    assert run.article is not None
    return score_planted(run.copy, run.article, run.gold, comparison)


def _touches(conflict: Conflict, run: Run) -> bool:
    if run.copy is None or run.article is None:
        return False
    spans = [(run.article.id, s, e) for ch in run.copy.changes for s, e in ((ch.start, ch.end), *ch.also)]
    return any(
        m.article == a and m.start < e and s < m.end for v in conflict.values for m in v.mentions for a, s, e in spans
    )


def _sentences(conflict: Conflict) -> frozenset[str]:
    return frozenset(m.sentence for v in conflict.values for m in v.mentions)


def crowd(conflict: Conflict, comparison: Comparison) -> int:
    """How many other differences the comparison reports between the same sentences (some of them)."""
    mine = _sentences(conflict)
    return sum(
        1
        for x in comparison.conflicts
        if x is not conflict and x.kind in ("conflict", "possible") and len(_sentences(x) & mine) >= 2
    )


def items(runs: Iterable[Run]) -> list[Item]:
    """Every reported difference of ``runs``, labelled by the run's own scoring."""
    out = []
    for run in runs:
        c = run.comparison
        for x in c.conflicts:
            if x.kind not in ("conflict", "possible"):
                continue
            alone = dataclasses.replace(c, conflicts=(x,))
            s = score(run, alone)
            where = source(x, c)
            out.append(
                Item(
                    run.part,
                    run.gold.key,
                    run.copy is not None,
                    where,
                    x.type,
                    x.kind,
                    x.confidence,
                    bool(s.correct.get(x.kind, 0)),
                    _touches(x, run),
                    round(closeness(x, c, where), 4),
                    crowd(x, c),
                    tuple(v.text for v in x.values),
                )
            )
    return out


def figures(runs: Sequence[Run], cuts: dict[str, float], only: str | None = None) -> dict[str, object]:
    """Real and planted figures of the conflict tier at ``cuts`` (``bench_real.py``'s scoring)."""
    real, plants = RealScore(), PlantedScore()
    for run in runs:
        s = score(run, retier(run, cuts, only))
        if isinstance(s, PlantedScore):
            plants += s
        else:
            real += s
    return {
        "real": {
            "reported": real.reported.get("conflict", 0),
            "true": real.correct.get("conflict", 0),
            "precision": round(real.precision(), 4),
            "disagreements": real.disagree,
            "found": real.disagree_found.get("conflict", 0),
            "possible": real.reported.get("possible", 0),
        },
        "planted": {
            "reported": plants.reported.get("conflict", 0),
            "true": plants.correct.get("conflict", 0),
            "precision": round(plants.precision(), 4),
            "recall": round(plants.recall(), 4),
            "changes": plants.planted,
            "possible_recall": round(plants.recall(("possible",)), 4),
        },
    }


def curve(pool: Sequence[Item], where: str | None, kind: str | None = None) -> list[dict[str, Any]]:
    """Conflict-tier figures of the pooled items at each cut of ``GRID``: all of them, and the real stories' alone."""
    chosen = [i for i in pool if (where is None or i.source == where) and (kind is None or i.type == kind)]
    rows: list[dict[str, Any]] = []
    for cut in GRID:
        tier = [i for i in chosen if i.kind == "conflict" and i.confidence >= cut]
        real = [i for i in tier if not i.planted]
        ok, real_ok = sum(i.true for i in tier), sum(i.true for i in real)
        rows.append(
            {
                "cut": cut,
                "conflicts": len(tier),
                "true": ok,
                "precision": round(ok / len(tier), 4) if tier else 1.0,
                "real": len(real),
                "real_true": real_ok,
                "real_precision": round(real_ok / len(real), 4) if real else 1.0,
            }
        )
    return rows


def best_cut(rows: Sequence[dict[str, Any]], floor: float, ceiling: float = 1.0) -> float | None:
    """The cut keeping the most true conflicts with precision at least ``floor`` (the highest of equals).

    Of cuts keeping as many true conflicts, the highest: precision first, so no confidence
    range the pool holds no item in is handed to the conflict tier.

    Precision must reach ``floor`` both on the pool and on the real stories alone (few true
    conflicts there, so in practice: no real false alarm left), and the cut must not pass
    ``ceiling`` (the seeds' weakest gold conflict of that source: the seeds' gold test).
    """
    good = [
        r
        for r in rows
        if r["precision"] >= floor and r["real_precision"] >= floor and r["conflicts"] > 0 and r["cut"] <= ceiling
    ]
    if not good:
        return None
    most = max(r["true"] for r in good)
    return max(r["cut"] for r in good if r["true"] == most)


def pooled(all_items: Sequence[Item]) -> list[Item]:
    """The real stories' differences once each, plus the copies' differences on a planted change."""
    return [i for i in all_items if not i.planted or i.touches]
