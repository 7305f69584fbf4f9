"""A reviewer's story corrections ("placements") applied to a corpus's grouping.

The reviewers' store keeps each correction as a pair of content hashes (the article moved, the article whose
story it joins), so corrections follow a corpus that moved; these functions turn them back into article ids
and regroup. ``pipeline`` re-exports them: the app, the CLI and triage call them from there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.models import Article, Comparison

__all__ = ["apply_placements", "placed_by_hash", "placed_grouping"]


def apply_placements(comparison: Comparison, placements: Sequence[tuple[str, str]]) -> Comparison:
    """The comparison regrouped by a reviewer's story corrections, compared again.

    Args:
        comparison: The engine's comparison (its analyses are reused: nothing is parsed again).
        placements: ``(article hash, anchor hash)`` pairs, oldest first, from
            ``ReviewStore.placements``: the article joins the anchor's story, or
            a story of its own when the anchor is ``""``. Articles are found by
            content, so corrections follow a corpus that moved; those of
            articles not in this corpus are ignored.

    Returns:
        The regrouped comparison, or ``comparison`` itself when no correction changes its stories.
    """
    from tuicompare.engine import compare
    from tuicompare.engine.grouping import grouping_of

    before = grouping_of(comparison)
    grouping = placed_grouping(comparison.articles, before, placements)
    if grouping == before:
        return comparison
    return compare(comparison.articles, comparison.analyses, warnings=comparison.warnings, stories=grouping)


def placed_grouping(
    articles: Sequence[Article], grouping: Sequence[Sequence[str]], placements: Sequence[tuple[str, str]]
) -> tuple[tuple[str, ...], ...]:
    """``grouping`` (article ids by story) with a reviewer's story corrections applied; see `apply_placements`."""
    from tuicompare.review import article_hash

    by_hash: dict[str, str] = {}
    for article in articles:
        by_hash.setdefault(article_hash(article), article.id)
    return placed_by_hash(by_hash, grouping, placements)


def placed_by_hash(
    by_hash: Mapping[str, str], grouping: Sequence[Sequence[str]], placements: Sequence[tuple[str, str]]
) -> tuple[tuple[str, ...], ...]:
    """`placed_grouping` with the articles' content hashes given (``by_hash``: hash to article id).

    Corrections naming an article not in ``by_hash`` are skipped; every id
    ``by_hash`` maps to must be in ``grouping``.
    """
    from tuicompare.engine.grouping import move, story_index

    placed = tuple(tuple(story) for story in grouping)
    for moved, anchor in placements:
        aid, target = by_hash.get(moved), by_hash.get(anchor)
        if aid is None or (anchor and (target is None or target == aid)):
            continue
        if target is not None:
            placed = move(placed, aid, story_index(placed, target))
        elif len(placed[story_index(placed, aid)]) > 1:
            placed = move(placed, aid, None)
    return placed
