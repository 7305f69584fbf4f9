"""Reading a story against a reference article (``r``): stances and highlights relative to it.

The engine's stances compare each source with the value most sources hold.
With a reference chosen, a source *supports* a claim when it holds the
reference's value in every slot they both fill, *contradicts* it when a
conflict separates them, and is a *variant* when only a spelling does; a
value a source shares with the reference is not highlighted as differing.
No Textual import: the panes and the sidebar read these.
"""

from __future__ import annotations

from collections.abc import Mapping

from tuicompare.models import Claim, Comparison, Conflict, Stance

#: Which value (by position) each article holds in each conflict: ``{conflict id: {article: value index}}``.
Holders = dict[str, dict[str, int]]


def holders(comparison: Comparison) -> Holders:
    """The value each article holds in each conflict of ``comparison``."""
    found: Holders = {}
    for conflict in comparison.conflicts:
        mine = found[conflict.id] = {}
        for i, value in enumerate(conflict.values):
            for article in value.articles:
                mine.setdefault(article, i)
    return found


def same_as_reference(held: Holders, conflict: str, article: str, reference: str) -> bool:
    """True when ``article`` holds the value ``reference`` holds in ``conflict`` (both hold one)."""
    values = held.get(conflict, {})
    return article in values and reference in values and values[article] == values[reference]


def relative_stance(
    claim: Claim,
    article: str,
    reference: str,
    present: set[str],
    conflicts: Mapping[str, Conflict],
    held: Holders,
) -> Stance:
    """``article``'s stance on ``claim`` read against ``reference``'s.

    Args:
        claim: The claim.
        article: The source whose stance is read.
        reference: The reference article; when it does not state the claim, the engine's stance stands.
        present: Articles with a sentence on the claim's row.
        conflicts: Conflicts by id.
        held: `holders` of the comparison.
    """
    if reference not in present:
        return claim.stances.get(article, "absent")
    if article not in present:
        return "absent"
    kinds = set()
    for cid in claim.conflicts:
        values = held.get(cid, {})
        if article in values and reference in values and values[article] != values[reference]:
            kinds.add(conflicts[cid].kind)
    if "conflict" in kinds:
        return "contradicts"
    return "variant" if "variant" in kinds else "supports"
