"""Two sums of money in one role, each the only sum its sentence gives: the parse's pairing is no guess.

A shared verb is only part of the evidence that two slots hold one fact (``evidence.slot_confidence``:
``ConflictTuning.frame_evidence``): two loosely alike sentences share "paid" and may state two facts, and a
sentence with two sums leaves the pairing a choice among them. But when the parse gives two sums one role
(``slotroles``: one verb both hang from, or one entity both qualify) and each is the only sum of money its
sentence gives ("Poe pledged to repay the $50,000" against "he would repay the $84,000"; "agreed to buy
the firm for around $7.6 billion" against "would buy the firm for about $5.4 billion"), neither side has
another sum it could mean: the two answer one question, as figures one entity holds alike do
(``anchored``). A hedge still softens the difference (``approximate_factor``).

Only money: the same reading of any count of one unit ("played in just 10 games" against "14 games", "at
least 12" against "at least seven" killed) made a false red and false possible reports on the tuning splits
(counts are told over stretches and groups a sentence does not name; ``scopes``, ``participants``).
"""

from __future__ import annotations

from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["sole_sums"]

#: The unit of a sum of money (``figures.number_slot``).
_MONEY = "money"


def _sole(side: SentenceFeatures, span: Span) -> bool:
    """Whether ``span`` is the only sum of money in its sentence."""
    return not any(s is not span and s.kind == "number" and s.unit == _MONEY for s in side.spans)


def sole_sums(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, one_role: bool) -> bool:
    """Whether ``x`` and ``y`` (of ``a`` and ``b``, either order) are sums of money in one role, each its
    sentence's only sum.

    Args:
        a: One sentence.
        b: The other.
        x: A slot of one of them.
        y: A slot of the other.
        one_role: The parse gives the two one role (``conflicts.observe``'s ``one_role``).
    """
    if not one_role or x.kind != "number" or y.kind != "number" or x.unit != _MONEY or y.unit != _MONEY:
        return False
    side_x, side_y = (a, b) if x.sentence == a.id else (b, a)
    return _sole(side_x, x) and _sole(side_y, y)
