"""A figure of an earlier event of the kind the story tells ("the last earthquake") is no difference.

Short articles written for these tests, analysed with the real spaCy model and compared as one story.
"The last earthquake of that size occurred on March 3 at a depth of 1.6 miles" tells of the quake before
the story's; "The earthquake ... had a depth of 2.4 miles" of the story's own (``earlierinstances``). Two
sentences of the story's own quake that give two depths still differ.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

QUAKE_LEAD = "A small earthquake struck near the town of Ferndale on Sunday morning, the survey said. "
QUAKE_DEPTH = "The earthquake struck at about 7:30 a.m. and had a depth of 2.4 miles, according to the survey."
DEPTHS = frozenset({"2.4 miles", "1.6 miles"})


def test_the_last_quakes_depth_is_not_set_against_todays():
    red, possible = red_and_possible(
        QUAKE_LEAD + QUAKE_DEPTH,
        QUAKE_LEAD + "The last earthquake of that size occurred on March 3 at a depth of 1.6 miles.",
    )
    assert DEPTHS not in red | possible


def test_the_previous_storms_rain_is_not_set_against_this_storms():
    lead = "A storm flooded the river town of Alder on Monday, officials said. "
    red, possible = red_and_possible(
        lead + "The storm dropped 4 inches of rain in six hours.",
        lead + "The previous storm dropped 7 inches of rain on the valley.",
    )
    assert frozenset({"4 inches", "7 inches"}) not in red | possible


def test_two_depths_of_the_one_quake_still_conflict():
    red, _possible = red_and_possible(
        QUAKE_LEAD + QUAKE_DEPTH,
        QUAKE_LEAD + "The earthquake occurred at about 7:30 a.m. at a depth of 1.6 miles.",
    )
    assert DEPTHS in red
