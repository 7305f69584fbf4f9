"""Tuned numbers of how sure a difference of two values is (``relations.py``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ValueTuning:
    """How sure a difference of two numbers is (``relations.relation``).

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
        converted_same: Two measures in units of one dimension ("about 24km", "about 15 miles";
            ``units``) are one measure, converted and rounded, when the larger is at most this many
            times the smaller: a figure rounded to two digits is off by up to 5%
            (100 km is 62 miles, "about 60 miles").
        converted_differ: ... and differ (at ``approximate`` confidence: a possible difference) when
            the larger is at least this many times the smaller; in between, unknown. At least
            ``hedge_ratio`` times (and under ``hedge_far``) they differ surely, as two hedged figures of one
            unit do: no rounding of a conversion comes near (session 21, ``bench_real.py --split fresh``:
            planted red 87 -> 90 of 161, '38km' / '15 miles', '9 miles' / '24km', '270,000 square
            feet' / '15,800 square metres'; the other tuning splits, the audits and the seeds unchanged).
            Set by hand (session 8): ``bench_real.py --split fresh``, planted changes found as conflict or
            possible 70 -> 74 of 161 (two distances in km and miles, two areas in square metres and
            square feet), the real stories' pairs of converted figures (24km / 15 miles, 15,800 square
            metres / 170,000 square feet: 0.6% and 0.04% apart) no difference; tune and fresh2 unchanged.
        scope_ratio: Two exact counts of one thing this many times apart or more are counts of two
            scopes ("finished with 20 points" against "entered the game with 2,282 points": a game's and
            a career's), at ``approximate`` confidence: a possible difference. Set by hand (session 10)
            at two orders of magnitude: ``bench_real.py --split fresh6``, planted red precision 56/60 ->
            56/58 (the two reds '14 | 2,282' and '2,282 | 20'); no gold disagreement is that far apart
            (the farthest, fresh2's '1.2 miles' / '12 miles', is ten times).
        hedge_ratio: A hedged figure ("about $420 million") and another of the same kind and unit this many
            times apart or more ("$600 million") differ beyond any rounding: the hedge lowers neither the
            difference's confidence here nor the slot's (``evidence.slot_confidence``). Set by hand (session 11,
            s11-pnum) above ``converted_differ`` (a conversion's rounding) and below the planted changes
            (x1.4 and more): ``bench_real.py --split tune``, planted red 140 -> 142 of 270 (two figures of one
            fund, x1.43 and x1.67 off a hedged one), no new false alarm; held, fresh, fresh2 unchanged. At 1.3
            "about $600,000" against "$780,000" (a test's possible difference) would be a conflict too.
            The same ratio bounds how far a first reading ("a preliminary magnitude of 4.4") may be revised
            (``provisional``; session 25, ``bench_real.py --split fresh7``: planted red precision 0.936 -> 0.944).
        hedge_far: ... up to this many times apart: beyond, a hedged figure and another are as likely two facts'
            figures paired in loosely alike sentences, and the hedge's doubt stays. Set by hand (session 11,
            s11-pnum): ``bench_real.py --split fresh6``, without it "about 400" (people sheltering) against
            "42" (people killed) became a red false alarm on the real story and in nine planted copies.
        hedged_day_slack: A hedged day ("late Tuesday", "early Aug. 2", "around March 5") and another day more
            than this many days away ("Friday") differ beyond the hedge, as ``hedge_ratio``'s figures do: the
            hedge says when in the day, not which day; one day ("late Tuesday", "early Wednesday") may be one
            night. Twenty-fifth session (``s26-recd``), ``bench_real.py --split S --json``: planted red recall
            fresh5 0.5138 -> 0.5178, fresh7 0.5278 -> 0.5333, the other tuning splits, every real report,
            ``bench_audit.py --json``, ``report seeds/`` and BASIL held identical.
    """

    approximate: float = 0.5
    unit_unknown: float = 0.6
    other_noun: float = 0.4
    conflict_min: float = 0.7
    converted_same: float = 1.06
    converted_differ: float = 1.25
    scope_ratio: float = 100.0
    hedge_ratio: float = 1.4
    hedge_far: float = 3.0
    hedged_day_slack: int = 1
