"""Which step of ``engine.build`` lost a difference ``conflicts.observe`` made: "dropped after pairing", named.

``plantwhy`` calls a planted change "dropped after pairing" when ``conflicts.observe`` reads the pair of
values as a difference yet the comparison reports none. After ``observe`` a difference passes the row's
observations (``groupobservations.group_observations``) or the links' (``links.link_observations``), the
story's judgements (``build._story``'s ``judged``: values stated elsewhere, names cut, nested places, two
doers...), each of which may drop or demote it, the one name pairing per entity (``conflictmerge.one_to_one``
through ``accepted_conflicts`` and ``link_conflicts``), the merging of a row's values, and the bar under which
a possible difference is not shown (``ConflictTuning.shown_min``). ``dropping_steps`` runs the comparison with
each of these steps watched and names those where the pair's best reading fell from a difference.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from tuicompare.engine import build, compare, groupobservations, links
from tuicompare.engine.conflictmerge import FoundConflict
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Analysis, Article

#: The steps of ``build._story`` after ``observe`` that read a sequence of observations, in their order.
JUDGEMENTS = (
    "stated_elsewhere",
    "other_terms",
    "cut_names",
    "same_referent",
    "doubtful_people",
    "held_together",
    "body_places",
    "place_levels",
    "contained",
    "listed_people",
    "count_windows",
    "other_stretches",
    "other_doers",
)

_RANK = {"conflict": 3, "possible": 2, "variant": 1, "agree": 0}


def _best(observations: Sequence[Observation], wanted: Callable[[Span, Span], bool]) -> tuple[str, float] | None:
    """The strongest reading (kind, confidence) of the watched pair among ``observations``, if any."""
    held = [(o.kind, o.confidence) for o in observations if wanted(o.spans[0][0], o.spans[1][0])]
    return max(held, key=lambda kc: (_RANK.get(kc[0], 0), kc[1]), default=None)


def _found(conflicts: Sequence[FoundConflict], wanted: Callable[[Span, Span], bool]) -> tuple[str, float] | None:
    """The strongest found conflict with one value holding each side of the watched pair."""
    held = [
        (c.kind, c.confidence)
        for c in conflicts
        for u in c.values
        for v in c.values
        if u is not v and any(wanted(x[0], y[0]) for x in u.spans for y in v.spans)
    ]
    return max(held, key=lambda kc: (_RANK.get(kc[0], 0), kc[1]), default=None)


def _read(kc: tuple[str, float] | None) -> str:
    return "none" if kc is None else f"{kc[0]} {kc[1]:.2f}"


def _fell(before: tuple[str, float] | None, after: tuple[str, float] | None) -> bool:
    """Whether a difference was lost or demoted (a conflict made possible, a possible one made weaker)."""
    if before is None or before[0] not in ("conflict", "possible"):
        return False
    if after is None or after[0] not in ("conflict", "possible"):
        return True
    return _RANK[after[0]] < _RANK[before[0]] or (after[0] == "possible" and after[1] < before[1] - 1e-9)


@contextmanager
def _watched(wanted: Callable[[Span, Span], bool], pairs: Sequence[tuple[Span, Span]]) -> Iterator[list[str]]:
    """``build``'s steps after ``observe`` wrapped so each fall of the watched pair is logged as "step: a -> b"."""
    log: list[str] = []
    kept: dict[tuple[object, str], object] = {}
    sentences = {frozenset((x.sentence, y.sentence)) for x, y in pairs}

    def judgement(name: str, step: Callable[..., list[Observation]]) -> Callable[..., list[Observation]]:
        def run(found: Sequence[Observation], *args: object, **kwargs: object) -> list[Observation]:
            out = step(found, *args, **kwargs)
            before, after = _best(found, wanted), _best(out, wanted)
            if _fell(before, after):
                log.append(f"{name}: {_read(before)} -> {_read(after)}")
            return out

        return run

    def source(name: str, step: Callable[..., list]) -> Callable[..., list]:
        def run(*args: object, **kwargs: object) -> list:
            out = step(*args, **kwargs)
            read = _best([o if isinstance(o, Observation) else o[-1] for o in out], wanted)
            if read is not None:
                log.append(f"{name}: {_read(read)}")
            return out

        return run

    def accepted(step: Callable[..., list[FoundConflict]]) -> Callable[..., list[FoundConflict]]:
        def run(observations: Sequence[Observation], *args: object, **kwargs: object) -> list[FoundConflict]:
            out = step(observations, *args, **kwargs)
            before, found = _best(observations, wanted), _found(out, wanted)
            if _fell(before, found):
                # One name pairing per entity (``one_to_one``) or a value merged under another pair's kind.
                plain = _found(step(observations, *args[:1]), wanted)
                where = "one_to_one" if not _fell(before, plain) else "merge_observations"
                log.append(f"{where}: {_read(before)} -> {_read(found)}")
            elif found is not None and found[0] == "possible" and found[1] < TUNING.conflicts.shown_min:
                log.append(f"shown_min: possible {found[1]:.2f} under {TUNING.conflicts.shown_min}")
            return out

        return run

    def linked(step: Callable[..., list[tuple[int, FoundConflict]]]) -> Callable[..., list]:
        def run(observations: Sequence[tuple[int, int, Observation]], *args: object, **kwargs: object) -> list:
            out = step(observations, *args, **kwargs)
            before, found = _best([o for *_r, o in observations], wanted), _found([c for _n, c in out], wanted)
            if _fell(before, found):
                # Under the links' floor (``LinkTuning.report_min``), or values a reported difference holds.
                low = before is not None and before[1] < TUNING.links.report_min
                where = "links.report_min" if low else "link_conflicts (reported, or one_to_one)"
                log.append(f"{where}: {_read(before)} -> {_read(found)}")
            return out

        return run

    def observed(where: str, step: Callable[..., list[Observation]]) -> Callable[..., list[Observation]]:
        def run(a: SentenceFeatures, b: SentenceFeatures, weight: float, *args: object, **kwargs: object) -> list:
            out = step(a, b, weight, *args, **kwargs)
            if frozenset((a.id, b.id)) in sentences:
                log.append(f"observe ({where} {a.id}~{b.id}, weight {weight:.2f}): {_read(_best(out, wanted))}")
            return out

        return run

    def link_filter(name: str, test: Callable[..., bool]) -> Callable[..., bool]:
        def run(o: Observation, *args: object, **kwargs: object) -> bool:
            yes = test(o, *args, **kwargs)
            if not yes and o.kind in ("conflict", "possible") and wanted(o.spans[0][0], o.spans[1][0]):
                log.append(f"links.{name}: {o.kind} {o.confidence:.2f} -> none")
            return yes

        return run

    wrapped: dict[tuple[object, str], object] = {
        (build, name): judgement(name, getattr(build, name)) for name in JUDGEMENTS
    }
    wrapped[build, "group_observations"] = source("group_observations", build.group_observations)
    wrapped[build, "link_observations"] = source("link_observations", build.link_observations)
    wrapped[build, "accepted_conflicts"] = accepted(build.accepted_conflicts)
    wrapped[build, "link_conflicts"] = linked(build.link_conflicts)
    wrapped[groupobservations, "observe"] = observed("row", groupobservations.observe)
    wrapped[links, "observe"] = observed("link", links.observe)
    wrapped[links, "_one_role"] = link_filter("_one_role", links._one_role)
    wrapped[links, "_anchored"] = link_filter("_anchored", links._anchored)
    for (owner, name), step in wrapped.items():
        kept[owner, name] = getattr(owner, name)
        setattr(owner, name, step)
    try:
        yield log
    finally:
        for (owner, name), step in kept.items():
            setattr(owner, name, step)


def dropping_steps(
    group: Sequence[Article], analyses: Sequence[Analysis], pairs: Sequence[tuple[Span, Span]]
) -> list[str]:
    """The steps of ``engine.build`` after ``observe`` that read the pairs of slots ``pairs`` (either order).

    Returns the log, in the order the comparison ran its steps: each source of the pair's observations
    (``group_observations``: a row; ``link_observations``: the links between rows) with its strongest
    reading, and each step where that reading fell ("other_doers: conflict 1.00 -> possible 0.45").
    """
    keys = {(_where(x), _where(y)) for x, y in pairs} | {(_where(y), _where(x)) for x, y in pairs}

    def wanted(x: Span, y: Span) -> bool:
        return (_where(x), _where(y)) in keys

    with _watched(wanted, pairs) as log:
        compare(list(group), list(analyses), stories=[[a.id for a in group]])
    return log


def _where(span: Span) -> tuple[str, int, int]:
    return span.sentence, span.start, span.end
