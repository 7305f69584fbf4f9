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
    """Clustering articles into stories (``stories.py``, ``story_terms.py``).

    Set by ``benchmarks/bench_stories.py`` on the BASIL tuning stories and, at first, the
    even ECB+ topics; the cohesion rule and ``small_group_margin`` since on the odd ECB+
    topics, with the even topics as the unseen check (the protocol in ``bench_stories.py``).

    Attributes:
        threshold: Similarity above which two articles report the same story;
            ``report``'s clustering and ``triage`` use the same bar.
        mean_threshold: Two groups of articles join only if their articles are
            this alike on average (average linkage).
        small_group_margin: Groups need this much more, divided by the square root of
            the smaller group's size (a mean over few articles is noisy). Lower lifts ECB+ recall
            (0.04: odd topics 0.805 -> 0.813, unseen even topics 0.844 -> 0.863, BASIL triplets
            alone 19 -> 20 of 20) but below about 0.061 the seeds' fourth article joins their
            three-article story (``tests/test_stories_triage.py``), so it stays 0.08.
        duplicate_similarity: Articles this alike are copies: one witness for ``small_group_margin``.
        cohesion_size: Two stories of at least this many distinct articles each are established ...
        cohesion_ratio: ... and join only when alike across at least this times the mean of their
            own cohesions (mean similarity among a story's articles; ``linkage.cohesive``). Set on
            the odd ECB+ topics (``bench_stories.py --ecb-split tune``): 0.805 -> 0.872, the same
            for sizes 5-6 and ratios 0.75-0.9. On the unseen even topics it does not help: 0.844 ->
            0.839 (no wrong join prevented there, a few right ones refused); whole folder 0.823 -> 0.856.
        linkage_sample: Average linkage compares at most this many articles of each group (speed).
        min_shared_terms: Candidates must share this many of the query's blocking terms.
        top_terms: How many of an article's heaviest terms are used for blocking.
        max_postings: Terms in more articles than this are left out of blocking, and
            no term's postings are read past this many: a constant, so a query costs the
            same in a corpus of any size (it was 5% of the corpus, at least 50: the same
            below 1,000 articles, and quadratic above; ``benchmarks/bench_scale.py``).
        max_candidates: Candidate pairs kept per article when clustering.
        name_weight: Names count more than ordinary words: outlets keep the people and places.
        name_share: Similarity is the names-and-numbers cosine to this power times
            the word cosine to the rest (0.5: their geometric mean).
        number_weight: Weight of a specific number or full date (small whole numbers: a third).
        background_cap: A word's weight is this minus its Zipf frequency in English ...
        background_floor: ... but at least this (the commonest words still count a little).
        sentence_terms: A sentence votes with at most this many terms' worth of
            counts (a "Keywords:" list of 400 junk words votes like one sentence).
        lead_sentences: The first sentences, where news says what happened ...
        lead_weight: ... count this much more (the headline too).
        date_window_days: Publication dates this close never lower similarity ...
        date_scale_days: ... farther apart, similarity decays by e every this many days.
    """

    threshold: float = 0.24
    mean_threshold: float = 0.22
    small_group_margin: float = 0.08
    duplicate_similarity: float = 0.9
    cohesion_size: int = 5
    cohesion_ratio: float = 0.8
    linkage_sample: int = 24
    min_shared_terms: int = 3
    top_terms: int = 24
    max_postings: int = 50
    max_candidates: int = 50
    name_weight: float = 2.0
    name_share: float = 0.5
    number_weight: float = 6.0
    background_cap: float = 7.0
    background_floor: float = 0.5
    sentence_terms: float = 20.0
    lead_sentences: int = 3
    lead_weight: float = 1.0
    date_window_days: float = 7.0
    date_scale_days: float = 30.0


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
        max_spread: ... lying within this many sentences of each other (6: real outlets split one
            fact over sentences a quote or an aside apart). ``bench_real.py --split tune --sweep
            align.max_spread=6,20`` with ``merge_coherence`` 0.33: 20 groups more same-fact pairs
            (0.502 -> 0.528; the gold-built ceiling 0.825 -> 0.890) at the same different-fact pairs
            apart (0.833), but a group then holds sentences of one article far apart and the seeds'
            articles no longer read in order in the side-by-side view (``test_compare``), so it stays 6.
        lex_weight: Weight of the masked wording (rapidfuzz) in a pair's similarity ...
        terms_weight: ... of the shared content words and names, weighted by rarity ...
        position_weight: ... and of the reading position.
        names_only_factor: Similarity kept by two sentences that share names but no other word or value
            ("X said ..." twice on two topics); ``bench_real.py`` tuning stories: different-fact pairs
            apart 0.778 -> 0.792, planted conflict precision 0.480 -> 0.504 at the same recall.
        background_cap: A lemma's English rarity is this minus its ``wordfreq`` Zipf frequency ...
        background_floor: ... but at least this, divided by ``background_cap`` (``align_terms``) ...
        background_share: ... and a term's story rarity is multiplied by ``1 - share + share * rarity``
            (names and values count as rare). 0 (off): on the BASIL tuning stories
            (``bench_real.py --split tune --sweep align.background_share=0,1``) the full share groups
            more same-fact pairs (0.502 -> 0.58 with ``merge_coherence`` 0.36, up to 0.61 with larger
            groups) but aligns fewer planted changes (154 -> 145 of 270, sentences whose value was
            changed lose their strongest anchor), and from a share of 0.2 up the seeds' gold pair
            000:8 / 002:10 (Severomorsk / Sevsk, sharing only "capture" and "new") no longer aligns.
        merge_coherence: Two groups merge only if the pairs across them (sentences of different
            articles) are this alike on average: union-find otherwise chains a lead sentence's several
            facts into one group. ``bench_real.py --split tune --sweep align.merge_coherence=0,0.33,0.36``:
            0.33 keeps same-fact pairs grouped at 0.502, raises different-fact pairs apart 0.792 -> 0.833
            and planted conflict precision 0.557 -> 0.608 (recall 0.178 either way); 0.36 loses same-fact
            pairs (0.479).
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
    background_cap: float = 7.0
    background_floor: float = 0.5
    background_share: float = 0.0
    merge_coherence: float = 0.33


@dataclass(frozen=True, slots=True)
class LinkTuning:
    """Links between rows: counterparts of a sentence outside its group (``links.py``).

    Set with ``benchmarks/bench_real.py --split tune`` (same-fact pairs grouped or linked
    against different-fact pairs linked, and the planted changes found through links). The
    bonuses and ``min_strength`` were first chosen on the tuning stories' gold pairs (similarity
    alone, best counterpart only: 0.64 grouped or linked; shared values and the top two: 0.78),
    then swept: ``--sweep links.min_strength=0.44,0.52,0.56`` (per_article 2) gave same-fact
    pairs grouped or linked 0.799 / 0.748 / 0.712 against different-fact pairs linked 26 / 16 / 9
    of 72 (0.48: 0.780, 19); ``--sweep links.per_article=1,3`` gave 0.725 (15) and 0.799 (20).

    Attributes:
        shared_bonus: Strength added per value two sentences both state (at most two count) ...
        rare_bonus: ... and again per such value stated by at most ``rare_share`` of the
            story's sentences (a figure told once is a fact's signature, the protagonist is not).
        rare_share: See ``rare_bonus``.
        min_strength: A link must be at least this strong (similarity plus bonuses) ...
        per_article: ... and among a sentence's this many strongest candidates in the other article
            (or the other sentence's).
        compared_per_article: Only a sentence's this many strongest links per other article are
            compared for conflicts (the others are shown). ``--sweep
            links.compared_per_article=1,2`` (per_article 3): planted changes found as conflict or
            possible 94 / 96 of 270 at precision 0.955 / 0.908, and on the real stories no / one
            false possible difference (two officials of one organisation in two loosely related
            sentences): each sentence's best counterpart only.
        conflict_link_min: Links less alike than this (similarity alone) are shown but never
            compared for conflicts (``--sweep links.conflict_link_min=0.28,0.34``: 0.28 adds one
            false possible difference on the planted copies and nothing true).
        conflict_min: A difference found only through a link is a possible difference unless its
            confidence reaches this, stricter than a row's ``ConflictTuning.possible_below`` (two
            rows are weaker evidence of one fact than one row). On the tuning stories ``--sweep
            links.conflict_min=0.6,0.65`` (against 0.75) made planted conflicts 77 -> 92 / 84 of 270
            at precision 0.946 -> 0.954 / 0.950 with no real conflict, but the one held-aside run
            with 0.6 reported 3 real false conflicts through links (two candidates, two programmes,
            two counts; confidence 0.62-0.69) and 32 false against 5 true on the planted copies: the
            confidence does not separate them, so 0.75 stays (no link difference reached it on
            either part: all are possible differences). Chosen after seeing the held-aside part.
            ``benchmarks/calibrate.py`` (session 4, ``frame_evidence`` 0.55): no real link difference
            reaches ``report_min``; it proposes 0.55 for 12 planted ones (all true, 0.57-0.68), all one
            class (a surname changed under a shared given name): too narrow, so 0.75 stays.
        same_role_only: A difference through a link needs its two values to hang from one verb,
            qualify one entity, or count one thing (``slotroles``): without it, the tuning stories'
            link differences included two senators named in two loosely related sentences and one
            senator's two name forms left unresolved, with only three more planted changes found.
        report_min: A difference through a link less sure than this is not reported: below 0.5 on the
            tuning stories they were all false but two (the counts of two groups of senators), above
            it all true but one class (two officials of one organisation). ``bench_real.py --split
            tune`` with the values here (on main 588878d): planted changes found as conflict or
            possible 80 -> 95 of 270 at precision 0.958 -> 0.964 (the conflict tier unchanged: 78
            at 0.957); the real tuning stories get no difference through a link.
        anchored_as_row: Two names that surely fill one post (``links._one_post``) are judged by the
            row's cut, not ``conflict_min``. ``--sweep links.anchored_as_row=0,1`` (tune): planted
            conflicts 108 -> 117 of 270, no new false alarm (any two names one entity qualifies: 119,
            but a real false one with ``compared_per_article`` 2: two officials of one organisation).
    """

    shared_bonus: float = 0.06
    rare_bonus: float = 0.1
    rare_share: float = 0.2
    min_strength: float = 0.48
    per_article: int = 3
    compared_per_article: int = 1
    conflict_link_min: float = 0.34
    conflict_min: float = 0.75
    same_role_only: bool = True
    report_min: float = 0.5
    anchored_as_row: bool = True


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
        frame_evidence: Slot evidence (of 1) the parse's one role gives (a shared verb, one entity both
            qualify): partial, as sentences barely alike share a verb and state two facts ("X wrote on
            Twitter" twice). ``benchmarks/calibrate.py --set conflicts.frame_evidence=V`` for 1, 0.6,
            0.55, 0.5: real conflicts 8, 5, 5, 5 (the true one kept), planted conflict precision 0.774,
            0.863, 0.863, 0.866, recall 0.352, 0.347, 0.337, 0.326; 0.6 leaves a real false one 0.0003
            under the cut, so 0.55.
        label_factor: Confidence kept for two names of differently voted types ("Texas", "Congress").
        approximate_factor: Confidence kept when a value is approximate ("about 200").
        unknown_unit_factor: Confidence kept when only one of two numbers says what it counts.
        role_factor: Confidence kept for two roles of one person (people hold several at once).
        split_quote_factor: Confidence kept for a negation in a sentence cut from a longer quote.
        speaker_factor: Confidence kept for two names that are each the speaker of sentences
            linked less than ``link_full`` ("X said ..." against "Y said ..."): two quotes far more
            often than one quote given to two people (``bench_real.py --split tune``).
        other_people_factor: Confidence kept by a difference between two sentences that both name people
            (besides the two values) but none in common: two people's acts ("Roe, campaigning in Denver on
            Sunday" against "Poe, campaigning in Ohio on Friday"). ``benchmarks/calibrate.py``: 2 of
            the 10 real false conflicts (two candidates' day and place) become possible, no planted
            change found moves (223 of 599), planted precision 0.706 -> 0.774.
        possible_below: A conflict less sure than this is a possible difference
            (never a contradiction, never triage's exit status). Set by
            ``bench_real.py --split tune --sweep conflicts.possible_below=0.45,0.5,0.6,0.75``
            and the seeds' gold: 0.5 would raise planted-conflict precision (0.632 -> 0.736,
            recall 0.163 -> 0.156) but makes the seeds' real Severomorsk/Sevsk conflict
            (confidence 0.465) a possible difference while a false one scores 0.485: the
            confidence does not separate them yet, so the cut stays at 0.45. ``benchmarks/calibrate.py``
            (session 4, pooled golds, ``frame_evidence`` 0.55): the real false row conflicts left score
            0.51 and 0.62, the seeds' true ones 0.46-0.63, so no cut keeps the seeds' gold at real
            precision 0.8; without the seeds, 0.65 leaves no real conflict (the true one at 0.50 too)
            and planted precision 1.0 at recall 0.227 (0.337 here).
        report_min: A slot pair less sure than this to hold one fact (``evidence.slot_confidence``)
            yields no difference at all (a value's own doubt, "about $80,000", is not counted
            here when the words around the two slots agree, ``context >= min_context``: it makes
            a possible difference). ``bench_real.py
            --split tune``: every possible difference reported on the real tuning stories scored
            0.14-0.38 and none was true (two people quoted in two loosely aligned sentences, a
            figure against another fact's figure, two dates of two events); the planted changes
            reported as possible score 0.25-0.45, and 0.4 keeps the surer ones. Swept again after
            session 3's slot pairing (``--sweep conflicts.report_min=0.3,0.35``): 0.35 adds one
            planted change and one real false alarm (two dates of two events), 0.3 two of each.
        shared_value_context: Context score a pair of values gets per value the two sentences
            share (the same entity, number or date): sentences that share values report one
            event, so their remaining values are likely its values. ``bench_real.py --split tune
            --sweep conflicts.shared_value_context=0,0.3,0.5,0.7,1``: planted recall 0.230 ->
            0.237 at 0.3 and 0.5 with precision 0.901 -> 0.904; from 0.7 the real stories get
            three false alarms (0.3 keeps a margin from that edge).
        given_name_share: Share of ``frame_bonus`` two people's names sharing a given name but not a
            surname get ("Ann Roe", "Ann Poe": one slot, its surname changed or misspelt).
            ``bench_real.py --split tune --sweep conflicts.given_name_share=0,0.5,1``: planted
            conflict recall 0.293 -> 0.307 -> 0.319, precision 0.947 -> 0.969 -> 0.970, no false
            alarm on the real stories. 1.5 (measured with ``claim_min``, before ``actor_context``):
            planted conflicts 94 -> 102 of 270, possible 10 -> 5, no real false alarm; it is left
            at 1 because a shared given name alone is thin evidence (the planted changes keep the
            given name by construction), so without other evidence the difference stays possible.
        claim_min: A mention of a value the other sentence also states, paired with it by weak
            context (below ``min_context``), is left unpaired when a slot of the other sentence
            that holds no equal value scores this much with it ("Rep. Ann Poe ... Roe's campaign"
            against "Rep. Ann Roe ..."). ``bench_real.py --split tune``: 1.5 and 2 both find two
            more planted changes, no new false alarm; 2 is the cautious one.
        actor_context: Context score of two dates whose verbs share an argument entity ("X posted it
            on Tuesday", "it was released Saturday by X"; not two verbs of speech).
            ``bench_real.py --split tune --sweep conflicts.actor_context=0,1,1.5,2``: planted
            conflicts 96 -> 98 -> 99 -> 99 of 270, no new false alarm; 1 is the cautious one.
        attribution_factor: Confidence kept by two people in offices that exclude each other who are
            each the speaker of sentences linked at least ``link_full`` ("..., Sheriff Roe said" against
            "..., Undersheriff Poe said"): the outlets give one statement to different officials, but
            both may have made it, so at most a possible difference (below ``possible_below``). Set by
            hand on the fresh ECB+ gold's attribution disagreement (``bench_real.py --split fresh``).
        office_holder: Confidence of one named office given to two people by two articles
            (``holders``; above ``possible_below``: a conflict). ``bench_real.py --split tune``:
            planted conflicts 99 -> 108 of 270 (four possible differences made sure), no new false alarm.
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
    frame_evidence: float = 0.55
    label_factor: float = 0.75
    approximate_factor: float = 0.6
    unknown_unit_factor: float = 0.7
    role_factor: float = 0.8
    split_quote_factor: float = 0.5
    speaker_factor: float = 0.6
    other_people_factor: float = 0.5
    possible_below: float = 0.45
    report_min: float = 0.4
    shared_value_context: float = 0.3
    given_name_share: float = 1.0
    claim_min: float = 2.0
    actor_context: float = 1.0
    attribution_factor: float = 0.4
    office_holder: float = 0.6


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
class EntityTuning:
    """What each source says about each entity, and when two sources disagree (``attributes.py``, ``attrcompare.py``).

    Set by hand and checked with ``benchmarks/bench_entities.py`` on the entity gold
    (``benchmarks/gold/entities/``: the seeds, eight BASIL tuning stories and 12 hand-written
    pairs; 275 values): precision 0.991, recall 0.858, 9/9 attribute conflicts found, no conflict
    on the 129 compatible attributes, none reported on the 13 BASIL tuning stories (session 3;
    before it, with four BASIL stories and 147 values: 0.969 / 0.871). The gold does
    not separate ``role_factor`` 0.5-0.8 (same figures); ``possible_below`` 0.75 or more turns real
    conflicts (the seeds' Seversk location at 0.7) into possible differences.

    Attributes:
        apposition: Confidence of a value set right beside the name: a title before it, an
            apposition after it ("Okafor, 52", "Cole, the paper's correspondent").
        copular: Confidence of a copular sentence or relative clause ("Okafor is the chief
            executive", "who is 58"): the subject may be a clause away.
        attachment: Confidence of a prepositional attachment ("Marlow in Buckinghamshire"):
            the parser often hangs the phrase on the wrong word.
        unnamed: Confidence of "the 76-year-old" read as the one person named in that sentence
            or the one before.
        hyphen_factor: Confidence kept by "a Reading-based firm" (the small model often reads the
            place as a common noun).
        role_factor: Confidence kept by two different roles of one person: people hold several
            offices at once, and outlets pick different ones.
        generic_factor: Confidence kept when a role is a generic word ("official", "leader" with
            no qualifier), which rarely excludes another role.
        description_factor: Confidence kept by two roles when one of them names no office or
            occupation (its head is no title, generic role or noun for a person: "a hardline
            voice", "a rare public statement"), so such a difference is at most possible
            (the class was seen in a held-aside BASIL story's false alarm; ``bench_entities.py``:
            tuned-on figures unchanged at 0.5).
        hedged_count_factor: Confidence kept by two counts of one thing when either is hedged
            ("more than 14,000 followers" against "14,500"): both may be true, so at most a possible
            difference (set by hand, no hedged count difference in the gold:
            0.4 always makes it one).
        possible_below: A difference less sure than this is a possible difference, never a conflict.
    """

    apposition: float = 1.0
    copular: float = 0.9
    attachment: float = 0.7
    unnamed: float = 0.6
    hyphen_factor: float = 0.8
    role_factor: float = 0.8
    generic_factor: float = 0.5
    description_factor: float = 0.5
    hedged_count_factor: float = 0.4
    possible_below: float = 0.5


@dataclass(frozen=True, slots=True)
class ScaleTuning:
    """Long articles (``blocksim``, ``blocklinks``); set with ``bench_scale.py --long``.

    Attributes:
        block_cells: Two articles with more sentence pairs than this are scored block by block, only
            the pairs sharing a term, once per distinct content (the same alignment: ``test_blocksim``).
            Two 250-sentence articles (62,500 pairs, ``bench_scale.py --long 250``): 0.15 s of CPU
            by blocks against 0.33 s whole; 500: 0.35 against 0.96. A pair sharing no term (both with
            terms) scored at most 0.333 on BASIL and the seeds, 0.343 on generated text (only ``packed_min``
            is lower); blocks forced, their reports and ``bench_real.py --split tune`` were the same.
        block_rows: Rows of one block (memory: a few blocks of this many rows by the other article).
        content_rows: Up to this many cells (distinct contents by the other side), each content's row is
            kept whole (13 bytes a cell): a block of a repeated text is one gather.
    """

    block_cells: int = 60_000
    block_rows: int = 256
    content_rows: int = 4_000_000


@dataclass(frozen=True, slots=True)
class Tuning:
    """All of the engine's tuned numbers, by stage."""

    stories: StoryTuning = field(default_factory=StoryTuning)
    align: AlignTuning = field(default_factory=AlignTuning)
    links: LinkTuning = field(default_factory=LinkTuning)
    conflicts: ConflictTuning = field(default_factory=ConflictTuning)
    values: ValueTuning = field(default_factory=ValueTuning)
    entities: EntityTuning = field(default_factory=EntityTuning)
    scale: ScaleTuning = field(default_factory=ScaleTuning)


#: The numbers the engine runs with.
TUNING = Tuning()
