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
        reorder_min: An out-of-order pair must be a mutual best match scoring this much ...
        best_min: ... or one sentence's best match scoring this much (``bench_real.py``: same-fact
            pairs grouped 0.450 -> 0.511 on the BASIL tuning stories with ``max_spread`` 6,
            different-fact pairs apart 0.778 -> 0.792).
        packed_min: A sentence joins its best partner's group when that partner pairs with its neighbour.
        lonely_min: A sentence with no partner joins its best match above this ...
        lonely_span: ... if the two sit at most this far apart (relative position).
        nearest_articles: In a larger story, each article is aligned with this many most similar articles.
        max_per_article: At most this many sentences of one article in one group ...
        max_spread: ... lying within this many sentences of each other (6: real outlets split
            one fact over sentences a quote or an aside apart; set with ``best_min``).
        lex_weight: Weight of the masked wording (rapidfuzz) in a pair's similarity ...
        terms_weight: ... of the shared content words and names, weighted by rarity ...
        position_weight: ... and of the reading position.
        names_only_factor: Similarity kept by two sentences that share names but no other word or value
            ("X said ..." twice on two topics); ``bench_real.py`` tuning stories: different-fact pairs
            apart 0.778 -> 0.792, planted conflict precision 0.480 -> 0.504 at the same recall.
    """

    ordered_min: float = 0.38
    reorder_min: float = 0.55
    best_min: float = 0.42
    packed_min: float = 0.34
    lonely_min: float = 0.42
    lonely_span: float = 0.3
    nearest_articles: int = 10
    max_per_article: int = 3
    max_spread: int = 6
    lex_weight: float = 0.35
    terms_weight: float = 0.45
    position_weight: float = 0.20
    names_only_factor: float = 0.8


@dataclass(frozen=True, slots=True)
class ConflictTuning:
    """Calling differences conflicts (``conflicts.py``, ``slots.py``); set by ``bench_quality.py``.

    Attributes:
        link_min: Links weaker than this never produce conflicts.
        links_per_sentence: Links per sentence read for conflicts (the strongest ones).
        negation_link_min: Negation conflicts only between sentences this alike.
        elimination_link_min: A slot pair without shared context conflicts only in a link this strong.
        min_context: Minimum context score for two different values to be one slot.
        frame_bonus: Context score added to two slots that hang from the same word (``context.frame``).
        link_full: A link this strong counts as full evidence that two sentences state one fact
            (``evidence.link_strength``; set with the next fields on the BASIL tuning stories).
        context_full: Context agreement (``slots.context_score``) that counts as full evidence.
        link_weight: Share of the link's strength in a conflict's confidence; the rest is the
            slot evidence: the words around the two slots, or a verb both belong to.
        label_factor: Confidence kept for two names of differently voted types ("Texas", "Congress").
        approximate_factor: Confidence kept when a value is approximate ("about 200").
        unknown_unit_factor: Confidence kept when only one of two numbers says what it counts.
        role_factor: Confidence kept for two roles of one person (people hold several at once).
        split_quote_factor: Confidence kept for a negation in a sentence cut from a longer quote.
        possible_below: A conflict less sure than this is a possible difference
            (never a contradiction, never triage's exit status).
    """

    link_min: float = 0.34
    links_per_sentence: int = 4
    negation_link_min: float = 0.5
    elimination_link_min: float = 0.55
    min_context: float = 1.0
    frame_bonus: float = 1.0
    link_full: float = 0.75
    context_full: float = 2.0
    link_weight: float = 0.4
    label_factor: float = 0.75
    approximate_factor: float = 0.6
    unknown_unit_factor: float = 0.7
    role_factor: float = 0.8
    split_quote_factor: float = 0.5
    possible_below: float = 0.45


@dataclass(frozen=True, slots=True)
class Tuning:
    """All of the engine's tuned numbers, by stage."""

    stories: StoryTuning = field(default_factory=StoryTuning)
    align: AlignTuning = field(default_factory=AlignTuning)
    conflicts: ConflictTuning = field(default_factory=ConflictTuning)


#: The numbers the engine runs with.
TUNING = Tuning()
