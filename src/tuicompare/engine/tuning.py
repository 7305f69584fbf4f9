"""Every tuned number of the engine, in one place.

Like a spaCy component's ``default_config``: each stage reads its numbers from
`TUNING`, each number says which benchmark set it, and the benchmarks can
sweep a field with `dataclasses.replace` (``benchmarks/bench_real.py`` prints
the figures the current values give on real coverage).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class StoryTuning:
    """Clustering articles into stories (``stories.py``).

    Attributes:
        threshold: Cosine above which two articles report the same story
            (set by ``bench_quality.py`` on generated corpora; to be re-set on real coverage).
        mean_threshold: Two groups of articles join only if their articles are
            this alike on average (same benchmark).
        linkage_sample: Average linkage compares at most this many articles of each group (speed).
        min_shared_terms: Candidates must share this many of the query's blocking terms.
        name_weight: Names count more than ordinary words: rewrites keep their people and places.
    """

    threshold: float = 0.37
    mean_threshold: float = 0.33
    linkage_sample: int = 24
    min_shared_terms: int = 3
    name_weight: float = 3.0


@dataclass(frozen=True, slots=True)
class AlignTuning:
    """Aligning the sentences of a story (``align.py``); set by ``bench_quality.py``.

    Attributes:
        ordered_min: A pair on the in-order path must score at least this much.
        reorder_min: An out-of-order pair must be a mutual best match scoring this much.
        packed_min: A sentence joins its best partner's group when that partner pairs with its neighbour.
        lonely_min: A sentence with no partner joins its best match above this ...
        lonely_span: ... if the two sit at most this far apart (relative position).
        nearest_articles: In a larger story, each article is aligned with this many most similar articles.
        max_per_article: At most this many sentences of one article in one group ...
        max_spread: ... lying within this many sentences of each other.
    """

    ordered_min: float = 0.38
    reorder_min: float = 0.55
    packed_min: float = 0.34
    lonely_min: float = 0.42
    lonely_span: float = 0.3
    nearest_articles: int = 10
    max_per_article: int = 3
    max_spread: int = 2


@dataclass(frozen=True, slots=True)
class ConflictTuning:
    """Calling differences conflicts (``conflicts.py``, ``slots.py``); set by ``bench_quality.py``.

    Attributes:
        link_min: Links weaker than this never produce conflicts.
        links_per_sentence: Links per sentence read for conflicts (the strongest ones).
        negation_link_min: Negation conflicts only between sentences this alike.
        elimination_link_min: A slot pair without shared context conflicts only in a link this strong.
        min_context: Minimum context score for two different values to be one slot.
    """

    link_min: float = 0.34
    links_per_sentence: int = 4
    negation_link_min: float = 0.5
    elimination_link_min: float = 0.55
    min_context: float = 1.0


@dataclass(frozen=True, slots=True)
class ValueTuning:
    """How sure a difference of two numbers is (``values.relation``).

    Set by hand on the BASIL tuning stories (``bench_real.py``):
    "about $80,000" against "$84,000" and "13" against "two teenagers" must not
    count as contradictions, while "$3.5 billion" against "$3.6 billion" must.

    Attributes:
        approximate: Confidence of a difference when a value is hedged ("about",
            "more than", "roughly"): the writer rounded, the other may not have.
        unit_unknown: Confidence of a difference when only one number says what
            it counts ("14" against "14 people"): it may count something else.
        other_noun: Confidence of a difference when the two numbers count
            different nouns ("three principles" against "seven pillars"): a
            synonym, or two different counts.
        conflict_min: A value difference at least this sure is a conflict; below
            it, a possible difference.
    """

    approximate: float = 0.5
    unit_unknown: float = 0.6
    other_noun: float = 0.4
    conflict_min: float = 0.7


@dataclass(frozen=True, slots=True)
class Tuning:
    """All of the engine's tuned numbers, by stage."""

    stories: StoryTuning = field(default_factory=StoryTuning)
    align: AlignTuning = field(default_factory=AlignTuning)
    conflicts: ConflictTuning = field(default_factory=ConflictTuning)
    values: ValueTuning = field(default_factory=ValueTuning)


#: The numbers the engine runs with.
TUNING = Tuning()
