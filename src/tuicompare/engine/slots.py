"""Pair the slots (names, numbers, dates, units) of two aligned sentences.

Two slots correspond when they hold the same entity or value, or else when
their surroundings in the entity-masked sentences agree: "capture of <ENT>"
against "capture of <ENT>". Each slot is paired at most once, best context first.
What the verbs two values hang from say of them (one act, or two people's figures)
is read in ``slothosts``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from tuicompare.engine.amounts import DIFFERENCE
from tuicompare.engine.features import PLACEHOLDER, SentenceFeatures, Span
from tuicompare.engine.listedcounts import listed_counts
from tuicompare.engine.peoplecounts import people_counts
from tuicompare.engine.relations import PAIR, age_figure, ages_two_ways
from tuicompare.engine.slothosts import done_by_others, hosted_alike
from tuicompare.engine.slotkin import last_of_kin
from tuicompare.engine.units import measure

_PLACEHOLDERS = frozenset(PLACEHOLDER.values())
#: Words that match everywhere count for half in a context.
_FUNCTION = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "or",
        "by",
        "for",
        "with",
        "from",
        "as",
        "that",
        "is",
        "was",
        "’s",
        "'s",
    }
)
#: Words outlets swap freely around a value: left out of its context.
_ARTICLES = frozenset({"the", "a", "an"})
#: Participles that introduce a name after a noun ("a firm called", "a man named", "known as" reads "as").
_NAMING = frozenset({"called", "named", "dubbed", "nicknamed", "titled", "christened"})
#: Weight of a matching word at distance 1, 2, 3 from the slot.
_DISTANCE = (1.0, 0.6, 0.35)


def context_score(
    a: SentenceFeatures, i: int, b: SentenceFeatures, j: int, same: Callable[[Span, Span], bool] | None = None
) -> float:
    """How alike the words around position ``i`` of ``a`` and ``j`` of ``b`` are.

    With ``same``, a neighbouring slot holding one entity or value on both sides
    counts as a content word ("$5 million from <Treasury>" against "$6 million
    from <Treasury>"), where two unrelated slots count as a function word.
    """
    held_a = {at: n for n, at in enumerate(a.slot_at)} if same is not None else {}
    held_b = {at: m for m, at in enumerate(b.slot_at)} if same is not None else {}
    return _context_score(a, i, b, j, same, held_a, held_b)


def _context_score(
    a: SentenceFeatures,
    i: int,
    b: SentenceFeatures,
    j: int,
    same: Callable[[Span, Span], bool] | None,
    held_a: Mapping[int, int],
    held_b: Mapping[int, int],
    values: bool = False,
) -> float:
    """``context_score`` given each side's slot by placeholder position (read once per pair of sentences).

    With ``values`` (two numbers or dates), articles are skipped: outlets choose "a" or "the"
    freely around a figure ("$600 million from a <fund>", "$780 million from the <fund>").
    """
    score = 0.0
    for side in (-1, 1):
        unbroken = True
        near_a, near_b = _words_out(a.seq, i, side, values), _words_out(b.seq, j, side, values)
        for k, (weight, x, y) in enumerate(zip(_DISTANCE, near_a, near_b, strict=False)):
            word = a.seq[x]
            if word != b.seq[y]:
                unbroken = False
                continue
            if k == 0 and side < 0 and word in _NAMING and len(near_a) > 1 and a.seq[near_a[1]] not in _PLACEHOLDERS:
                # "a company called <X>" against "a company called <Y>": the participle introduces any name,
                # two firms or two people as readily as one; it says nothing of the fact the name fills.
                score += weight * 0.5
                continue
            # Only a phrase that runs unbroken from the slot to the shared entity says the two slots
            # relate to it alike ("$5 million from <Treasury>"); "<Poe> and <Senate>" against
            # "<Poe> of <Ohio>" share the entity, not the relation.
            alike = (
                unbroken
                and same is not None
                and x in held_a
                and y in held_b
                and same(a.spans[held_a[x]], b.spans[held_b[y]])
            )
            score += weight * (0.5 if (word in _FUNCTION or word in _PLACEHOLDERS) and not alike else 1.0)
    return score


def _words_out(seq: tuple[str, ...], at: int, side: int, skip: bool) -> list[int]:
    """The positions of the first words of ``seq`` from ``at`` on towards ``side`` (articles left out if ``skip``)."""
    # The positions beyond ``at`` as a range, sliced or walked: asked twice a side for every pair of slots.
    ahead = range(at + 1, len(seq)) if side > 0 else range(at - 1, -1, -1) if at <= len(seq) else range(0)
    if not skip:
        return list(ahead[: len(_DISTANCE)])
    out: list[int] = []
    for k in ahead:
        if seq[k] not in _ARTICLES:
            out.append(k)
            if len(out) == len(_DISTANCE):
                break
    return out


def paired_slots(
    a: SentenceFeatures,
    b: SentenceFeatures,
    same: Callable[[Span, Span], bool],
    family: Callable[[Span], str],
    min_context: float,
    bonus: Callable[[Span, Span], float] | None = None,
    claim_min: float | None = None,
    hosts: Mapping[Span, str] | None = None,
    host_context: float = 0.0,
    doers: Mapping[Span, str] | None = None,
    kin: Callable[[Span], str] | None = None,
) -> Iterator[tuple[Span, Span, float]]:
    """Yield ``(span of a, span of b, context score)`` for corresponding slots.

    Slots holding the same entity or value pair first. Of the rest, a slot that
    is the only one of its family (person, other name, date, number...) left on
    both sides pairs with its counterpart; the others pair by context.

    Args:
        a: One sentence.
        b: The other sentence.
        same: True when two spans hold the same entity or value.
        family: The family of a span; only spans of one family pair.
        min_context: Context score two slots need to pair by context (``ConflictTuning.min_context``).
        bonus: Extra context score of a pair (both slots hang from the same word), if given.
        claim_min: A pair of equal values whose context is below ``min_context`` is left
            unpaired when a slot holding no equal value scores this much with one of them
            (``ConflictTuning.claim_min``); None: equal values always pair.
        hosts: The verb each slot hangs from (``slotroles.SlotRoles.frame``), if known.
        host_context: Context score added to two values (numbers, dates) whose verbs each
            hold one entity the two sentences share (``slothosts.hosted_alike``).
        doers: The verb each name is a direct argument of (``slotroles.SlotRoles.argument``),
            if known: a figure of what one person did never pairs with one of a sentence
            that never names that person (``slothosts.done_by_others``).
        kin: A finer family of a span within its family ("country", "state"; ``""``: none), if given:
            after the last slots of each family, the last slots of each kin pair too ("thefts in
            France" against "robberies in Spain" in sentences naming firms and streets besides).
    """

    scores: dict[tuple[int, int], float] = {}
    held_a = {at: n for n, at in enumerate(a.slot_at)}
    held_b = {at: m for m, at in enumerate(b.slot_at)}

    def score_of(n: int, m: int) -> float:
        if (n, m) not in scores:
            extra = bonus(a.spans[n], b.spans[m]) if bonus is not None else 0.0
            if hosts is not None and host_context and hosted_alike(a, n, b, m, hosts, same):
                extra += host_context
            values = a.spans[n].kind != "name" and b.spans[m].kind != "name"
            scores[n, m] = _context_score(a, a.slot_at[n], b, b.slot_at[m], same, held_a, held_b, values) + extra
        return scores[n, m]

    # Each slot's family, read once: the rivals of every pair of equal values ask for them again.
    fam_a = [_reading(x) + family(x) for x in a.spans]
    fam_b = [_reading(y) + family(y) for y in b.spans]

    # Vague values ("hours", "the same day") have no key and never pair.
    used_a: set[int] = {n for n, x in enumerate(a.spans) if x.key is None}
    used_b: set[int] = {m for m, y in enumerate(b.spans) if y.key is None}
    alike = [
        (n, m)
        for n, x in enumerate(a.spans)
        if n not in used_a
        for m, y in enumerate(b.spans)
        # An age read two ways is of two value types (``ages_two_ways``): two names, two counts are never asked.
        if m not in used_b
        and ((x.vtype != y.vtype and _one_age(x, y)) or (x.kind == y.kind and same(x, y) and not _counts_apart(x, y)))
    ]
    # A value stated twice on one side ("Gov. Ann Poe ... Mr. Poe" against "Gov. Jo Roe ... Poe")
    # pairs with the mention no other slot claims: each pair of equal values is scored by its context
    # less the best context either mention has with a slot of its family that holds no equal value
    # (here "Jo Roe" and "Ann Poe", both governors), then by its form and its place in the sentence.
    equal_a = {n for n, _m in alike}
    equal_b = {m for _n, m in alike}
    lone_a = [n for n in range(len(a.spans)) if n not in used_a and n not in equal_a]
    lone_b = [m for m in range(len(b.spans)) if m not in used_b and m not in equal_b]

    def rival(n: int, m: int) -> float:
        fa, fb = fam_a[n], fam_b[m]
        claim_b = max((score_of(k, m) for k in lone_a if fam_a[k] == fb), default=0.0)
        claim_a = max((score_of(n, k) for k in lone_b if fam_b[k] == fa), default=0.0)
        return claim_a + claim_b

    # Ranking orders pairs that compete: one pair alone is not ranked, so its rivals (a context score with each
    # lone slot of its family) are read only when its own context is weak (the claim below), as most such pairs
    # are strong (the seeds: 80 of 102 pairs hold equal values, most the one such pair of their sentences).
    ranked = (
        [
            (n, m)
            for *_key, n, m in sorted(
                (
                    -(score_of(n, m) - rival(n, m)),
                    a.spans[n].key != b.spans[m].key,
                    abs(n / len(a.spans) - m / len(b.spans)),
                    n,
                    m,
                )
                for n, m in alike
            )
        ]
        if len(alike) > 1
        else alike
    )
    for n, m in ranked:
        if claim_min is not None and score_of(n, m) < min_context and rival(n, m) >= claim_min:
            # "Rep. Ann Poe, ... in Roe's campaign" against "Rep. Ann Roe, ...": the lone "Ann Poe"
            # fills Roe's slot far better than the passing "Roe's" does; leave that one unpaired.
            continue
        if n not in used_a and m not in used_b:
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score_of(n, m)
    # Every pairing below pairs slots left on both sides: none left on one side (most sentences: their one or two
    # slots are equal values), none of them has anything to read (callgrind, cold comparison of the seeds).
    if len(used_a) == len(a.spans) or len(used_b) == len(b.spans):
        return
    # Each unpaired slot's family (the pairing by context below asks for every pair).
    family_a = {n: fam_a[n] for n in range(len(a.spans)) if n not in used_a}
    family_b = {m: fam_b[m] for m in range(len(b.spans)) if m not in used_b}
    left: dict[str, list[int]] = {}
    right: dict[str, list[int]] = {}
    for n, fam in family_a.items():
        left.setdefault(fam, []).append(n)
    for m, fam in family_b.items():
        right.setdefault(fam, []).append(m)

    def apart(n: int, m: int) -> bool:
        return hosts is not None and done_by_others(a, n, b, m, (hosts, doers or {}), same, (fam_a, fam_b))

    for fam, ns in left.items():
        ms = right.get(fam, [])
        if len(ns) == 1 and len(ms) == 1 and not apart(ns[0], ms[0]):
            n, m = ns[0], ms[0]
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score_of(n, m)
    if len(used_a) == len(a.spans) or len(used_b) == len(b.spans):
        return  # the last slot of each family paired: none left on one side, as above
    if kin is not None:
        yield from last_of_kin(a, b, (used_a, used_b), (fam_a, fam_b), kin, score_of, apart)
    scored = []
    for n in range(len(a.spans)):
        if n in used_a:
            continue
        for m in range(len(b.spans)):
            if m not in used_b and family_a[n] == family_b[m]:
                score = score_of(n, m)
                if score >= min_context and not apart(n, m):
                    scored.append((score, n, m))
    for score, n, m in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if n not in used_a and m not in used_b:
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score
    yield from _converted(a, b, used_a, used_b, score_of, min_context)
    yield from people_counts(a, b, (used_a, used_b), score_of, min_context)
    yield from listed_counts(a, b, (used_a, used_b), score_of)  # "three principles: A, B", "three pillars - A; B"


def _reading(span: Span) -> str:
    """What a number's value is beyond its family: a score ("72 - 60") or a change ("five rounds sooner").

    A score compares only with a score and a change only with a change (``relations.PAIR``,
    ``amounts.DIFFERENCE``): "beat Lakeside 72 - 60" against "scored 72 points", or "won by
    five votes" against "got 60 votes", are two facts. Each reading is a family of its own, so
    neither takes the place of the one plain count left on each side.
    """
    key = span.key or ""
    if span.kind != "number":
        return ""
    return "score|" if key.startswith(PAIR) else "change|" if key.startswith(DIFFERENCE) else ""


def _one_age(x: Span, y: Span) -> bool:
    """True for one age written two ways ("Jo Roe, 35," against "35-year-old Jo Roe"): equal values.

    The recogniser reads the one a count and the other a length of time, two kinds; unpaired, the
    "35-year-old" would pair with another age of the other sentence ("two clerks -- 66 and 41").
    """
    return ages_two_ways(x, y) and age_figure(x) == age_figure(y)


def _counts_apart(x: Span, y: Span) -> bool:
    """Two equal figures of two things ("14 points", "14 rebounds"): not one value stated twice.

    Paired as equal, "14 rebounds" would be taken by the other outlet's "14 points" and
    never meet its own "11 rebounds".
    """
    return x.kind == y.kind == "number" and bool(x.unit) and bool(y.unit) and x.unit != y.unit


def dimension(span: Span) -> str:
    """The dimension a number measures in (``units.measure``: "length" for "24km" and "15 miles"), or ``""``."""
    found = measure(span.unit, span.text) if span.kind == "number" and span.vtype == "number" else None
    return found.dimension if found else ""


def _converted(
    a: SentenceFeatures,
    b: SentenceFeatures,
    used_a: set[int],
    used_b: set[int],
    score_of: Callable[[int, int], float],
    min_context: float,
) -> Iterator[tuple[Span, Span, float]]:
    """Pair the measures left in two units of one dimension ("about 24km", "about 15 miles").

    Their families (one per unit) keep them apart above; here they pair as one
    family of their dimension: by context, then the one left on each side.
    """
    dims_a = {n: dimension(x) for n, x in enumerate(a.spans) if n not in used_a}
    dims_b = {m: dimension(y) for m, y in enumerate(b.spans) if m not in used_b}
    pairs = [
        (n, m)
        for n, dx in dims_a.items()
        if dx
        for m, dy in dims_b.items()
        if dx == dy and a.spans[n].unit != b.spans[m].unit
    ]
    for score, n, m in sorted(((score_of(n, m), n, m) for n, m in pairs), key=lambda t: (-t[0], t[1], t[2])):
        if score >= min_context and n not in used_a and m not in used_b:
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score
    for dim in sorted({dims_a[n] for n, _m in pairs}):
        ns = [n for n, d in dims_a.items() if d == dim and n not in used_a]
        ms = [m for m, d in dims_b.items() if d == dim and m not in used_b]
        if len(ns) == 1 and len(ms) == 1 and (ns[0], ms[0]) in pairs:
            used_a.add(ns[0])
            used_b.add(ms[0])
            yield a.spans[ns[0]], b.spans[ms[0]], score_of(ns[0], ms[0])


def one_change(xs: Sequence[Span], ys: Sequence[Span], same: Callable[[Span, Span], bool]) -> bool:
    """True when the slots of two sentences written alike differ in one place only (the sentences' words agree)."""
    return len(xs) == len(ys) and sum(not same(x, y) for x, y in zip(xs, ys, strict=True)) == 1
