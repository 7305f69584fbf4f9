"""Why a planted change was missed: the first stage of the engine where it was lost.

``bench_real.py --why`` prints a table of these causes. For each planted
change not reported as a conflict, the story's stages are recomputed (the
same calls ``engine.build`` makes) and, for each other outlet's mention of
the fact, the furthest stage the pair of values reached is found:

- ``no planted slot`` / ``no counterpart slot``: a value has no span.
- ``not aligned``: the two sentences share no row and no link; ``not aligned, aligned
  unchanged`` when the original article's sentence shares a row or a link with the other
  one (the changed value was what anchored the pair; ``StoryStages.unplanted``).
- ``same row, no direct link``: one row, but no link between the two
  sentences (a row's conflicts are read along the links that built it).
- ``link not compared``: linked across rows, but not the sentence's
  strongest counterpart, or too weak a link.
- ``slots not paired`` / ``paired with another value``: ``slots.paired_slots``
  gave the planted value no partner, or another one.
- ``two scenes``: paired, but dropped because each sentence is set in a place the other
  article never names (``evidence.two_scenes``: figures and dates of two events).
- ``parse: two facts``: ``slotroles.fact_relation`` says the values fill two roles.
- ``paired, read as two facts``: ``slots.paired_slots`` paired the two values, then one of
  ``conflicts.observe``'s readings of two facts dropped the pair (``valuesapart``, ``outcomes``,
  ``figureholders``, a date of another thing or event...), with no observation left
  (``plantreadings.dropped_by`` names it).
- ``judged same or unknown``: the values compare as one (a name form, a
  compatible number) or cannot be compared (an unresolved date).
- ``moved``, ``weak evidence``, ``unanchored``: the pair is dropped by
  ``conflicts.observe`` because the other side states the value elsewhere in
  the row, the slot confidence is below ``ConflictTuning.report_min``, or the
  pair has no shared context in a weak link.
- ``paired, weak: days of two acts``: paired, at least ``report_min`` sure but under
  ``possible_below`` in a loose link, and each value hangs from a verb of another act
  (``verbclasses.acts_apart``), so dropped. Such a pair under ``report_min`` is "weak evidence".
  Before branch s20-why these pairs, and the ones "read as two facts", were all
  "slots not paired" (the days-of-two-acts test ignores the relaxed ``report_min``).
- ``dropped after pairing``: observed as a difference, lost later (one name
  pairing per entity, a link's stricter filters); ``plantdrops.dropping_steps`` names the step.
- ``possible``: reported as a possible difference.
- ``reported against another value``: a difference holds the planted value,
  but not against the other outlets' value.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager

from tuicompare.engine import conflicts
from tuicompare.engine.align import Link, align
from tuicompare.engine.blocksim import PairSimilarity
from tuicompare.engine.conflicts import observe
from tuicompare.engine.doercounts import tied_values
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import SentenceFeatures, Span, article_features
from tuicompare.engine.groupobservations import strongest_links
from tuicompare.engine.links import SentenceKeys, cross_links
from tuicompare.engine.observations import Observation, context_keys
from tuicompare.engine.published import publication_date
from tuicompare.engine.relations import relation
from tuicompare.engine.slotroles import DIFFERENT, fact_relation, slot_roles
from tuicompare.engine.tuning import TUNING, Tuning
from tuicompare.evaluation.realgold import GoldMention, SentenceIndex
from tuicompare.evaluation.sweep import with_tuning
from tuicompare.models import Analysis, Article, Comparison, split_sentence_id

#: The causes, from the earliest stage to the latest.
CAUSES = (
    "no planted slot",
    "no counterpart slot",
    "not aligned",
    "not aligned, aligned unchanged",
    "same row, no direct link",
    "link not compared",
    "weak link, values not tied to one entity",
    "slots not paired",
    "paired with another value",
    "two scenes",
    "parse: two facts",
    "paired, read as two facts",
    "judged same or unknown",
    "moved (stated elsewhere in the row)",
    "weak evidence (report_min)",
    "paired, weak: days of two acts",
    "unanchored",
    "dropped after pairing",
    "possible",
    "reported against another value",
)


class StoryStages:
    """A story's stages recomputed as ``engine.build`` runs them: features, entities, rows, links, roles."""

    def __init__(self, articles: Sequence[Article], analyses: Sequence[Analysis]) -> None:
        by_id = {a.article: a for a in analyses}
        self.features = {
            a.id: article_features(by_id[a.id], publication_date(a.date)) for a in articles if a.id in by_id
        }
        self.flat: dict[str, SentenceFeatures] = {f.id: f for fs in self.features.values() for f in fs}
        sentences = {s.id: s for a in analyses for s in a.sentences}
        self.texts = {sid: s.text for sid, s in sentences.items()}
        spans = [span for fs in self.features.values() for f in fs for span in f.spans]
        resolved = resolve(spans, lambda sid: sentences[sid].text)
        self.entity_of: dict[Span, int] = {s: k for k, e in enumerate(resolved) for s in e.spans}
        self.labels = [e.label for e in resolved]
        self.roles = slot_roles(spans, sentences, self.entity_of, self.labels)
        alignment = align(self.features, self.entity_of)
        self.groups = alignment.groups
        self.row_of = {s: n for n, g in enumerate(self.groups) for s in g.sentences}
        active = {art: [f for f in fs if f.active] for art, fs in self.features.items()}
        #: Pairs of one row compared though no link of the row joins them (``links._file``).
        self.in_row: list[Link] = []
        people = {k for k, label in enumerate(self.labels) if label == "person"}
        keys = SentenceKeys(active, self.entity_of, people)
        self.links = cross_links(alignment, keys, self.row_of, self.in_row)
        #: The stages of the unchanged story, the planted copy's id and its original's, when known.
        self.unplanted: tuple[StoryStages, str, str] | None = None
        self.sim = {
            (x.id, y.id): m.value(i, j) if isinstance(m, PairSimilarity) else float(m[i, j])
            for xs, ys, m in alignment.pairs
            for i, x in enumerate(xs)
            for j, y in enumerate(ys)
        }

    def aligned_unplanted(self, mine: str, theirs: str) -> bool:
        """Whether the two sentences, read in the unchanged story, share a row or a link."""
        if self.unplanted is None:
            return False
        real, copy, original = self.unplanted

        def unchanged(sentence: str) -> str:
            article, index = split_sentence_id(sentence)
            return f"{original}:{index}" if article == copy else sentence

        a, b = unchanged(mine), unchanged(theirs)
        if a not in real.row_of or b not in real.row_of:
            return False
        return real.row_of[a] == real.row_of[b] or any({k.a, k.b} == {a, b} for k, _rank in real.links)

    def spans_at(self, sentence: str | None, mention: GoldMention) -> list[Span]:
        """The slots of ``sentence`` overlapping a gold mention's value."""
        if sentence is None or sentence not in self.flat:
            return []
        return [s for s in self.flat[sentence].spans if s.start < mention.end and mention.start < s.end]

    def context(self, sentence: str, rows: Sequence[int]) -> set[str]:
        """The value keys ``sentence``'s article states in ``rows`` (what ``observe`` counts as stated elsewhere)."""
        art = self.flat[sentence].article
        mine = [self.flat[s] for r in rows for s in self.groups[r].sentences if self.flat[s].article == art]
        return context_keys(mine, self.entity_of, counted=True)

    def observe(self, a: str, b: str, weight: float, rows: Sequence[int], *, empty: bool = False) -> list[Observation]:
        """``conflicts.observe`` of two sentences, with each side's context from ``rows`` (or none)."""
        ctx_a = set() if empty else self.context(a, rows)
        ctx_b = set() if empty else self.context(b, rows)
        fa, fb = self.flat[a], self.flat[b]
        # A row's pair is read with the sentences' text (``group_observations``), a link's without.
        text_of = (lambda sid: self.texts.get(sid, "")) if len(rows) == 1 else None
        return observe(fa, fb, weight, self.entity_of, self.labels, ctx_a, ctx_b, self.roles, text_of)


def holds(o: Observation, x: Span, y: Span) -> bool:
    """Whether an observation is of the two slots ``x`` and ``y``."""
    (p, _), (q, _) = o.spans
    return {p, q} == {x, y}


def _partner(observations: Sequence[Observation], x: Span) -> Span | None:
    for o in observations:
        (p, _), (q, _) = o.spans
        if p == x:
            return q
        if q == x:
            return p
    return None


def relaxed(report_min: float | None = None, elimination_link_min: float = 0.0) -> AbstractContextManager[Tuning]:
    """``TUNING`` with every slot pair anchored and (unless given) no bar on its one-fact confidence."""
    t = TUNING.conflicts
    changed = dataclasses.replace(
        t, report_min=t.report_min if report_min is not None else 0.0, elimination_link_min=elimination_link_min
    )
    return with_tuning(dataclasses.replace(TUNING, conflicts=changed))


@contextmanager
def _saying_no(test: str) -> Iterator[None]:
    """``conflicts.observe`` with one of its tests saying no: which values that test alone kept apart.

    Args:
        test: The name ``conflicts`` knows the test by (``two_scenes``: ``evidence.two_scenes``;
            ``acts_apart``: ``verbclasses.acts_apart``, the days of two acts it alone dropped).
    """
    kept = getattr(conflicts, test)
    setattr(conflicts, test, lambda *_a, **_k: False)
    try:
        yield
    finally:
        setattr(conflicts, test, kept)


@contextmanager
def _pairs_seen() -> Iterator[list[tuple[Span, Span]]]:
    """``conflicts.observe`` with the slot pairs ``slots.paired_slots`` made recorded (paired, then dropped?)."""
    kept = conflicts.paired_slots
    seen: list[tuple[Span, Span]] = []

    def recording(*args: object, **kwargs: object) -> list[tuple[Span, Span, float]]:
        pairs = list(kept(*args, **kwargs))  # type: ignore[arg-type]
        seen.extend((x, y) for x, y, _c in pairs)
        return pairs

    conflicts.paired_slots = recording  # type: ignore[assignment]
    try:
        yield seen
    finally:
        conflicts.paired_slots = kept


def compared(stages: StoryStages, mine: str, theirs: str) -> tuple[tuple[str, str], float, list[int]] | str:
    """How ``engine.build`` compares two sentences: (the link's two ids, its weight, the rows of context),
    or the stage that kept them from being compared (a cause of ``CAUSES``)."""
    ra, rb = stages.row_of[mine], stages.row_of[theirs]
    if ra == rb:
        ids = {mine, theirs}
        direct = [k for k in stages.groups[ra].links if {k.a, k.b} == ids]
        extra = [k for k in stages.in_row if {k.a, k.b} == ids and k.score >= TUNING.links.row_counterpart_min]
        if not direct and not extra:
            return "same row, no direct link"
        if not direct:
            direct = extra  # compared by the row as its two sentences' own link
        strong = strongest_links([k for k in stages.groups[ra].links if k.score >= TUNING.conflicts.link_min])
        if not extra and not any({k.a, k.b} == ids for k in strong):
            return "link not compared"
        # Judged as ``group_observations`` judges it: without the value swap's lift.
        (a, b), weight, rows = (direct[0].a, direct[0].b), direct[0].judged, [ra]
    else:
        found = [(k, rank) for k, rank in stages.links if {k.a, k.b} == {mine, theirs}]
        if not found:
            return "not aligned, aligned unchanged" if stages.aligned_unplanted(mine, theirs) else "not aligned"
        link, rank = found[0]
        t = TUNING.links
        # Under ``conflict_link_min``, compared for the values it ties to one entity (``links._anchored``).
        bar = min(t.anchored_link_min or t.conflict_link_min, t.conflict_link_min)
        if rank >= t.compared_per_article or link.score < bar:
            return "link not compared"
        # As ``links.link_observations`` weighs it: without the lift, at least ``conflict_link_min``.
        (a, b), weight, rows = (link.a, link.b), max(link.judged, t.conflict_link_min), [ra, rb]
    return (a, b), weight, rows


def _weak(stages: StoryStages, a: str, b: str) -> bool:
    """Whether the link of two sentences of two rows is compared for tied values only (``links._anchored``)."""
    return any(k.score < TUNING.links.conflict_link_min for k, _rank in stages.links if {k.a, k.b} == {a, b})


def _pair_stage(stages: StoryStages, mine: str, theirs: str, xs: list[Span], ys: list[Span]) -> str:
    """The furthest stage one pair of sentences reached with the planted value (see the module docstring)."""
    link = compared(stages, mine, theirs)
    if isinstance(link, str):
        return link
    (a, b), weight, rows = link
    if len(rows) == 2 and _weak(stages, a, b):
        # A weak link compares only the values it ties to one entity (``links._anchored``).
        fa, fb = stages.flat[a], stages.flat[b]
        if not any(tied_values(fa, fb, x, y, stages.roles, stages.entity_of, stages.labels) for x in xs for y in ys):
            return "weak link, values not tied to one entity"
        weight = max(weight, TUNING.links.conflict_link_min)
    with relaxed(), _pairs_seen() as seen:
        loose = stages.observe(a, b, weight, rows, empty=True)
    pair = next(((x, y) for x in xs for y in ys if any(holds(o, x, y) for o in loose)), None)
    if pair is None and xs[0].kind != "name":
        with relaxed(), _saying_no("two_scenes"):
            scened = stages.observe(a, b, weight, rows, empty=True)
        if any(holds(o, x, y) for o in scened for x in xs for y in ys):
            return "two scenes"
    if pair is None:
        for x, y in ((x, y) for x in xs for y in ys):
            if x.kind == y.kind and fact_relation(x, y, stages.roles) == DIFFERENT:
                return "parse: two facts"
            if x.kind != "name" and x.key and y.key and relation(x, y).outcome in ("same", "unknown", "compatible"):
                return "judged same or unknown"
            if x.kind == "name" and stages.entity_of.get(x) == stages.entity_of.get(y):
                return "judged same or unknown"
        if any((x, y) in seen or (y, x) in seen for x in xs for y in ys):
            # Paired by ``slots.paired_slots``, then dropped by ``conflicts.observe``: which reading?
            with relaxed(), _saying_no("acts_apart"):
                acted = stages.observe(a, b, weight, rows, empty=True)
            if not any(holds(o, x, y) for o in acted for x in xs for y in ys):
                return "paired, read as two facts"
            # Dropped by the one test "under report_min, or weak and days of two acts": the first bar met.
            with relaxed(report_min=TUNING.conflicts.report_min), _saying_no("acts_apart"):
                sure = stages.observe(a, b, weight, rows, empty=True)
            if any(holds(o, x, y) for o in sure for x in xs for y in ys):
                return "paired, weak: days of two acts"
            return "weak evidence (report_min)"
        other = next((p for x in xs if (p := _partner(loose, x)) is not None), None)
        return "paired with another value" if other is not None else "slots not paired"
    x, y = pair
    held = [o for o in loose if holds(o, x, y)]
    if not any(o.kind in ("conflict", "possible") for o in held):
        return "judged same or unknown"
    normal = [o for o in stages.observe(a, b, weight, rows) if holds(o, x, y)]
    if any(o.kind in ("conflict", "possible") for o in normal):
        return "dropped after pairing"
    with relaxed():
        if not any(o.kind in ("conflict", "possible") for o in stages.observe(a, b, weight, rows) if holds(o, x, y)):
            return "moved (stated elsewhere in the row)"
    with relaxed(report_min=TUNING.conflicts.report_min):
        if any(o.kind in ("conflict", "possible") for o in stages.observe(a, b, weight, rows) if holds(o, x, y)):
            return "unanchored"
    return "weak evidence (report_min)"


def why_missed(
    stages: StoryStages,
    comparison: Comparison,
    planted: GoldMention,
    others: Sequence[GoldMention],
    reported_kind: str | None,
) -> str:
    """The cause of one planted change's miss (one of ``CAUSES``)."""
    if reported_kind == "possible":
        return "possible"
    index = SentenceIndex(comparison.analyses)
    mine = index.of_mention(planted)
    xs = stages.spans_at(mine, planted)
    if not xs:
        return "no planted slot"
    hit = any(
        m.sentence == mine and m.start < planted.end and planted.start < m.end
        for c in comparison.conflicts
        if c.kind in ("conflict", "possible")
        for v in c.values
        for m in v.mentions
    )
    best = "no counterpart slot"
    for other in others:
        theirs = index.of_mention(other)
        ys = stages.spans_at(theirs, other)
        if not ys or theirs is None or mine is None:
            continue
        stage = _pair_stage(stages, mine, theirs, xs, ys)
        if CAUSES.index(stage) > CAUSES.index(best):
            best = stage
    if hit and CAUSES.index(best) < CAUSES.index("reported against another value"):
        return "reported against another value"
    return best


def why_disagreement(stages: StoryStages, comparison: Comparison, mentions: Sequence[GoldMention]) -> str:
    """The furthest stage a real gold disagreement reached (one of ``CAUSES``), over its pairs of mentions.

    ``stages`` are the real story's (no planted copy: "not aligned" is never "aligned unchanged");
    each pair of mentions in two articles with two values is traced as a planted change is.
    """
    index = SentenceIndex(comparison.analyses)
    # The sentence pairs of each possible difference reported (the fact's pair found, below the cut).
    possible = [
        {m.sentence for v in c.values for m in v.mentions} for c in comparison.conflicts if c.kind == "possible"
    ]
    best = "no counterpart slot"
    for n, mine in enumerate(mentions):
        for theirs in mentions[n + 1 :]:
            if mine.article == theirs.article or mine.value == theirs.value:
                continue
            a, b = index.of_mention(mine), index.of_mention(theirs)
            xs, ys = stages.spans_at(a, mine), stages.spans_at(b, theirs)
            if a is None or b is None or not xs or not ys:
                continue
            found = any({a, b} <= held for held in possible)
            stage = "possible" if found else _pair_stage(stages, a, b, xs, ys)
            if CAUSES.index(stage) > CAUSES.index(best):
                best = stage
    return best


def cause_table(causes: Mapping[str, Counter[str]]) -> list[str]:
    """Lines of a table: each cause's misses, by kind of change (``causes``: kind -> cause -> count)."""
    kinds = sorted(causes)
    head = f"    {'cause':<38}" + "".join(f"{k:>9}" for k in kinds) + f"{'all':>7}"
    lines = [head]
    for cause in CAUSES:
        counts = [causes[k].get(cause, 0) for k in kinds]
        if sum(counts):
            lines.append(f"    {cause:<38}" + "".join(f"{n:>9}" for n in counts) + f"{sum(counts):>7}")
    return lines
