"""Conflict tiers as every output shows them: conflicts, possible differences, variants.

A *possible difference* (``Conflict.kind == "possible"``) is a difference the
engine found below its confidence cut. Outputs list it apart, in a quieter
style, and never count it as a contradiction: a source is not said to
contradict a claim because of a possible difference alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from tuicompare.models import Claim, Comparison, Conflict, Stance, Story

#: Conflict kinds in the order outputs list them.
KINDS = ("conflict", "possible", "variant")


def count_kinds(conflicts: Iterable[Conflict]) -> dict[str, int]:
    """How many conflicts of each kind (every kind of :data:`KINDS` present, maybe 0)."""
    counts = dict.fromkeys(KINDS, 0)
    for conflict in conflicts:
        counts[conflict.kind] = counts.get(conflict.kind, 0) + 1
    return counts


def single_source(story: Story) -> bool:
    """True when the story has one article, so nothing was compared."""
    return len(story.articles) == 1


def _loses(conflict: Conflict, article: str) -> bool:
    """True when ``article`` holds another value than the most supported one."""
    first, *others = conflict.values
    return article not in first.articles and any(article in v.articles for v in others)


def _settled(claim: Claim, conflicts: Mapping[str, Conflict]) -> Claim:
    linked = [conflicts[c] for c in claim.conflicts if c in conflicts]
    if not any(c.kind == "possible" for c in linked):
        return claim
    stances = dict(claim.stances)
    for article, stance in claim.stances.items():
        kinds = {c.kind for c in linked if _loses(c, article)}
        # Only a stance that a possible difference may explain is revisited; a
        # real conflict on the same claim keeps its word.
        if stance not in ("contradicts", "variant") or "possible" not in kinds or "conflict" in kinds:
            continue
        settled: Stance = "variant" if "variant" in kinds else "supports"
        stances[article] = settled
    return claim if stances == claim.stances else dataclasses.replace(claim, stances=stances)


def settle(comparison: Comparison) -> Comparison:
    """The comparison with no stance resting on a possible difference alone.

    A source whose only difference on a claim is a possible difference
    supports the claim (or is a variant, when it also spells a name
    differently); a contradicting or variant stance backed by a conflict of
    kind ``conflict`` is kept. Applied by every output, so they agree
    whatever the engine decided; a comparison without possible differences
    comes back unchanged (the same object).

    Args:
        comparison: The engine's result, or one read back from JSON.

    Returns:
        The comparison with honest stances.
    """
    if not any(c.kind == "possible" for c in comparison.conflicts):
        return comparison
    by_id = {c.id: c for c in comparison.conflicts}
    claims = tuple(_settled(claim, by_id) for claim in comparison.claims)
    if all(new is old for new, old in zip(claims, comparison.claims, strict=True)):
        return comparison
    return dataclasses.replace(comparison, claims=claims)
