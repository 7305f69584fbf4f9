"""One count of people told with two nouns ("two people were killed" / "killing five women"), red (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. A count of
people of any kind ("people", "others", "victims") and a count of some kind of person, hanging from acts
of one outcome class (killed and died, injured and hurt), are one count: a different figure is a red
conflict, not the possible difference of two nouns (``peoplecounts.one_count``). The guards: a count
that is one item of a list, two acts of two classes, two counts of one sentence, two kinds of person
and spec figures never make a red conflict.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_BAKERY = "The gunman opened fire at the bakery on Monday,"


def test_people_killed_against_women_killed_is_a_conflict() -> None:
    red, _possible = red_and_possible(
        "Police said two people were killed in the shooting at the bakery on Monday.",
        f"{_BAKERY} killing five women, police said.",
    )
    assert frozenset({"two", "five"}) in red


def test_people_killed_against_as_many_women_killed_is_no_difference() -> None:
    red, possible = red_and_possible(
        "Police said two people were killed in the shooting at the bakery on Monday.",
        f"{_BAKERY} killing two women, police said.",
    )
    assert not red and not possible


def test_a_count_listed_with_another_is_no_conflict() -> None:
    red, _possible = red_and_possible(
        "Police said three people were killed in the shooting at the bakery on Monday.",
        f"{_BAKERY} killing a man and two women, police said.",
    )
    assert frozenset({"three", "two"}) not in red


def test_people_killed_against_passengers_hurt_is_no_conflict() -> None:
    red, _possible = red_and_possible(
        "Police said three people were killed in the crash on the highway on Monday.",
        "Five passengers were hurt in the crash on the highway on Monday, police said.",
    )
    assert frozenset({"three", "five"}) not in red


def test_two_counts_of_one_sentence_do_not_cross() -> None:
    red, possible = red_and_possible(
        f"{_BAKERY} killing two people and wounding five others, police said.",
        f"{_BAKERY} killing two women and wounding five people, police said.",
    )
    assert frozenset({"two", "five"}) not in red | possible


def test_two_kinds_of_person_stay_unsure() -> None:
    red, _possible = red_and_possible(
        "Three soldiers were killed in the attack on the checkpoint on Monday, the army said.",
        "Five civilians were killed in the attack on the checkpoint on Monday, the army said.",
    )
    assert frozenset({"three", "five"}) not in red


def test_spec_figures_of_two_models_are_no_conflict() -> None:
    red, _possible = red_and_possible(
        "The new laptop has a 2880 x 1800 pixel display and costs $2,199, the company said on Monday.",
        "The new laptop has a 1440 x 900 pixel display and costs $2,199, the company said on Monday.",
    )
    assert frozenset({"1800", "900"}) not in red
