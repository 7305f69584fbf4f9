"""A user's corrections to the story clustering, as pure functions over a grouping.

A grouping is a sequence of stories, each a sequence of article ids; every
function returns a new grouping (tuples, never the argument changed) that
``compare(..., stories=grouping)`` takes as it is. Stories are referred to by
their position, so the app can map "story 2" on screen to an index. Empty
stories are dropped and article order inside a story is kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tuicompare.models import Comparison

__all__ = ["Grouping", "grouping_of", "merge", "move", "one_story", "split", "story_index"]

Grouping = tuple[tuple[str, ...], ...]


def _frozen(grouping: Iterable[Iterable[str]]) -> Grouping:
    return tuple(story for story in (tuple(s) for s in grouping) if story)


def _check(grouping: Sequence[Sequence[str]], *stories: int) -> None:
    for story in stories:
        if not 0 <= story < len(grouping):
            raise IndexError(f"no story {story} in a grouping of {len(grouping)}")


def grouping_of(comparison: Comparison) -> Grouping:
    """The grouping a comparison was made with (its stories' article ids, in order)."""
    return _frozen(story.articles for story in comparison.stories)


def one_story(articles: Iterable[str]) -> Grouping:
    """All ``articles`` as one story (``--one-story``)."""
    return _frozen([list(dict.fromkeys(articles))])


def story_index(grouping: Sequence[Sequence[str]], article: str) -> int:
    """The position of the story holding ``article``.

    Raises:
        KeyError: No story holds it.
    """
    for n, story in enumerate(grouping):
        if article in story:
            return n
    raise KeyError(article)


def merge(grouping: Sequence[Sequence[str]], a: int, b: int) -> Grouping:
    """Stories ``a`` and ``b`` as one, at ``a``'s place (``b``'s articles after ``a``'s).

    Raises:
        IndexError: ``a`` or ``b`` is not a story of the grouping.
    """
    _check(grouping, a, b)
    if a == b:
        return _frozen(grouping)
    out = [list(s) for s in grouping]
    out[a] = out[a] + [x for x in out[b] if x not in out[a]]
    out[b] = []
    return _frozen(out)


def move(grouping: Sequence[Sequence[str]], article: str, to: int | None) -> Grouping:
    """``article`` taken out of its story and put at the end of story ``to``, or alone in a new last story.

    A story left empty disappears (so later stories' positions shift down).

    Raises:
        KeyError: No story holds ``article``.
        IndexError: ``to`` is not a story of the grouping.
    """
    source = story_index(grouping, article)
    if to is not None:
        _check(grouping, to)
        if to == source:
            return _frozen(grouping)
    out = [[x for x in s if x != article] for s in grouping]
    if to is None:
        out.append([article])
    else:
        out[to].append(article)
    return _frozen(out)


def split(grouping: Sequence[Sequence[str]], story: int, articles: Iterable[str]) -> Grouping:
    """``articles`` of story ``story`` taken out as a new story right after it.

    Raises:
        IndexError: ``story`` is not a story of the grouping.
        KeyError: One of ``articles`` is not in that story.
    """
    _check(grouping, story)
    chosen = list(dict.fromkeys(articles))
    missing = [a for a in chosen if a not in grouping[story]]
    if missing:
        raise KeyError(missing[0])
    out = [list(s) for s in grouping]
    kept = [a for a in out[story] if a not in chosen]
    taken = [a for a in out[story] if a in chosen]
    out[story : story + 1] = [kept, taken]
    return _frozen(out)
