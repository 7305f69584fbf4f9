"""Place new articles into a corpus's stories without clustering the corpus again.

A corpus that gains an article keeps its stories: the newcomer is linked to
its neighbours above the story threshold (``StoryIndex.neighbours``, the
links clustering makes) and, strongest link first, joins the first story it
is alike with on average (``linkage.joinable``, the bar ``agglomerate`` sets
for one article joining a group), or starts a story of its own. That is
where clustering the whole corpus again puts it, unless the newcomer is
what joins two stories, or shifts a borderline article from one story to
another; callers cluster afresh once placements add up.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine import tuning
from tuicompare.engine.linkage import joinable
from tuicompare.engine.stories import StoryIndex

__all__ = ["place_articles"]


def place_articles(
    index: StoryIndex, stories: Sequence[Sequence[str]], new: Sequence[str], order: Mapping[str, int]
) -> list[list[str]]:
    """The stories with each of ``new`` placed, in corpus order like ``cluster_stories`` gives them.

    Args:
        index: Holds every article of the corpus, ``new`` included.
        stories: The corpus's stories before, without ``new`` (article ids).
        new: The articles to place, in corpus order.
        order: Article id -> position in the corpus, for every article.

    Returns:
        The stories, each in corpus order, ordered by first article.
    """
    groups = [sorted(s, key=order.__getitem__) for s in stories if s]
    story_of = {a: n for n, group in enumerate(groups) for a in group}
    for article in new:
        joined = _story_for(index, article, groups, story_of)
        if joined is None:
            story_of[article] = len(groups)
            groups.append([article])
        else:
            story_of[article] = joined
            groups[joined] = sorted([*groups[joined], article], key=order.__getitem__)
    return sorted(groups, key=lambda g: order[g[0]])


def _story_for(
    index: StoryIndex, article: str, groups: Sequence[Sequence[str]], story_of: Mapping[str, int]
) -> int | None:
    """The story the article joins, strongest link first, or ``None``."""
    tried: set[int] = set()
    for _score, other in index.neighbours(article):
        story = story_of.get(other)
        if story is None or story in tried:
            continue
        tried.add(story)
        group = groups[story]
        if joinable([article], group, index.similarity, (1, _distinct(index, group)), index.anchored):
            return story
    return None


def _distinct(index: StoryIndex, group: Sequence[str]) -> int:
    """How many articles of a story are not copies of an earlier one (``duplicate_similarity``)."""
    tune = tuning.TUNING.stories
    head = group[: tune.linkage_sample]
    kept: list[str] = []
    for article in head:
        if all(index.similarity(article, k) < tune.duplicate_similarity for k in kept):
            kept.append(article)
    return len(kept) + len(group) - len(head)
