"""Hand corrections of the story clustering: merge, move, split, one story."""

from __future__ import annotations

import pytest

from tuicompare.engine import compare, grouping_of, merge, move, one_story, split, story_index

STORIES = (("a", "b"), ("c",), ("d", "e"))


def test_merge_puts_the_second_story_after_the_first_and_drops_it():
    assert merge(STORIES, 0, 2) == (("a", "b", "d", "e"), ("c",))
    assert merge(STORIES, 2, 0) == (("c",), ("d", "e", "a", "b"))
    assert merge(STORIES, 1, 1) == STORIES


def test_move_to_another_story_or_a_new_one():
    assert move(STORIES, "b", 1) == (("a",), ("c", "b"), ("d", "e"))
    assert move(STORIES, "b", None) == (("a",), ("c",), ("d", "e"), ("b",))
    # Moving the only article of a story empties it: the story disappears.
    assert move(STORIES, "c", 0) == (("a", "b", "c"), ("d", "e"))
    assert move(STORIES, "a", 0) == STORIES


def test_split_takes_articles_out_right_after_their_story():
    assert split(STORIES, 2, ["e"]) == (("a", "b"), ("c",), ("d",), ("e",))
    assert split(STORIES, 0, ["b"]) == (("a",), ("b",), ("c",), ("d", "e"))
    # Taking every article out leaves the story as it was (the empty rest disappears).
    assert split(STORIES, 0, ["a", "b"]) == STORIES


def test_the_argument_is_never_changed():
    stories = [["a", "b"], ["c"]]
    merge(stories, 0, 1)
    move(stories, "a", None)
    split(stories, 0, ["b"])
    assert stories == [["a", "b"], ["c"]]


def test_bad_references_are_errors():
    with pytest.raises(IndexError):
        merge(STORIES, 0, 3)
    with pytest.raises(KeyError):
        move(STORIES, "zz", 0)
    with pytest.raises(IndexError):
        move(STORIES, "a", 7)
    with pytest.raises(KeyError):
        split(STORIES, 0, ["c"])
    with pytest.raises(KeyError):
        story_index(STORIES, "zz")


def test_one_story_keeps_order_without_repeats():
    assert one_story(["x", "y", "x", "z"]) == (("x", "y", "z"),)


def test_compare_takes_a_corrected_grouping(seed_corpus):  # noqa: F811
    articles, analyses = seed_corpus
    auto = compare(articles, analyses)
    grouping = grouping_of(auto)
    assert [len(s) for s in grouping] == [3, 1, 1]
    # The user puts the fourth article into the first story.
    corrected = move(grouping, articles[3].id, 0)
    comparison = compare(articles, analyses, stories=corrected)
    assert grouping_of(comparison) == corrected
    groups_of_first = [g for g in comparison.groups if g.story == comparison.stories[0].id]
    assert any(articles[3].id in g.articles for g in groups_of_first)
    # And --one-story: everything compared as one story.
    single = compare(articles, analyses, stories=one_story(a.id for a in articles))
    assert len(single.stories) == 1 and len(single.stories[0].articles) == 5
