"""Tuned numbers of the claims' stances (``engine/claims.py``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StanceTuning:
    """When an article's sentence in a claim's row counts as stating the claim (``claims.stances``).

    Set with ``benchmarks/bench_real.py`` (the stance score, forced one story) on BASIL tune and
    ECB+ fresh .. fresh5; BASIL held reported only.

    Attributes:
        names_link_min: An article whose row sentences share only names with the claim's sentence
            (no number, date or unit) supports it only when one of them is aligned with that
            sentence at least this alike (the alignment's link score); else it is ``absent``: two
            sentences naming the story's people are not one fact ("Greene accused Farenthold ..."
            against "She sued Farenthold and was paid ..."). A shared figure or date needs no such
            likeness. Sweeping the rule on the seven tuning parts (support precision over the
            stances the gold can judge, all seven pooled): off 0.915 (368/402), 0.40 (only a
            sentence not aligned with the claim's) 0.920, 0.45 0.936 (351/375), 0.50 0.943;
            support recall per part fell 0-1 / 0.5-2.8 / 1.3-6.1 points. 0.45 raised or kept the
            precision of every part (tune 0.923 -> 0.951, fresh2 0.889 -> 0.927, fresh3 0.849 ->
            0.878, fresh5 0.955 -> 0.968); 0.50 lowered fresh4's and cost fresh3 six recall points.
    """

    names_link_min: float = 0.45
