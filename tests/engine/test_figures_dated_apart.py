"""Figures of two acts dated apart are two events' figures: not paired in loosely linked sentences.

Short articles written for these tests, compared with the real spaCy model.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

AFTERSHOCK = (
    "A quake measuring 3.8 on the Richter scale struck the island of Kesh on Monday, the seismology centre said."
)


def test_a_figure_of_this_week_against_one_of_a_month_alone_is_no_difference():
    earlier = (
        "In February, a quake measuring 6.4 on the Richter scale struck the island town of Darvel, officials said."
    )
    red, possible = red_and_possible(AFTERSHOCK, earlier)
    # Two quakes' magnitudes (fifteenth session: no longer kept as a possible difference).
    assert frozenset({"3.8", "6.4"}) not in red | possible


def test_figures_of_two_named_days_in_loosely_alike_sentences_are_at_most_possible():
    main = "On Sunday, a quake of magnitude 6.0 shook the island of Kesh and destroyed homes in five villages."
    red, _possible = red_and_possible(AFTERSHOCK, main)
    assert frozenset({"3.8", "6.0"}) not in red


def test_figures_of_one_day_still_conflict():
    other = AFTERSHOCK.replace("3.8", "4.6")
    red, _possible = red_and_possible(AFTERSHOCK, other)
    assert frozenset({"3.8", "4.6"}) in red


def test_a_date_of_another_act_in_the_sentence_does_not_part_the_figures():
    # "on Wednesday" dates the autopsy's finding, not the shooting the figure counts.
    shot = "Ray Moss, 16, was shot 11 times by two officers on Saturday night in Flatbush, police said."
    autopsy = (
        "On Wednesday, the day an autopsy showed Ray Moss had been shot seven times by two officers, crowds gathered."
    )
    red, _possible = red_and_possible(shot, autopsy)
    assert frozenset({"11", "seven"}) in red
