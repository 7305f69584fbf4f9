"""How many gold same-fact pairs any grouping of sentences could hold together.

Groups are a partition (every sentence in exactly one group, the rows of the
side-by-side view) with at most ``AlignTuning.max_per_article`` sentences of an
article lying within ``max_spread`` of each other. Real outlets state a fact in
a lead sentence that also states two others, each repeated later in its own
sentence, so the gold's same-fact pairs chain across many sentences and no such
partition holds them all. This builds one from the gold itself (pairs sharing
more facts first, each merge kept only within the limits): an estimate of the
ceiling the aligner works under, to tell the aligner's misses from the model's.
"""

from __future__ import annotations

from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.tuning import TUNING
from tuicompare.evaluation.realgold import SentenceIndex, StoryGold, gold_pairs
from tuicompare.models import Analysis


def ceiling(gold: StoryGold, analyses: list[Analysis]) -> tuple[int, int]:
    """Same-fact pairs a gold-built grouping within the group limits holds together, and all of them."""
    index = SentenceIndex(analyses)
    pairs = gold_pairs(gold, index)
    t = TUNING.align
    ids = [s.id for a in analyses for s in a.sentences]
    article = {s.id: s.article for a in analyses for s in a.sentences}
    position = {s.id: s.index for a in analyses for s in a.sentences}
    dsu = DisjointSet(ids)
    members: dict[str, dict[str, list[int]]] = {s: {article[s]: [position[s]]} for s in ids}
    for (a, b), _shared in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        ra, rb = dsu.find(a), dsu.find(b)
        if ra == rb:
            continue
        merged = {x: members[ra].get(x, []) + members[rb].get(x, []) for x in {*members[ra], *members[rb]}}
        if all(len(v) <= t.max_per_article and max(v) - min(v) <= t.max_spread for v in merged.values()):
            dsu.union(ra, rb)
            members[dsu.find(ra)] = merged
    return sum(dsu.find(a) == dsu.find(b) for a, b in pairs), len(pairs)
