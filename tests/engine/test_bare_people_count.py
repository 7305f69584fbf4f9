"""A count with no noun against a count of people of the same act ("seven were killed" / "three cousins
were killed"), red (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. A count that
says no noun, or only a named group ("seven Gazans"), as the subject or object of its verb, and a count
of people, hanging from acts of one outcome class (killed and died), are one count: a different figure
is a red conflict (``peoplecounts.bare``, ``peoplecounts.one_count``), and so is "executed five of them"
(those the act befell). The guards: the same figure, a part of a count stated ("seven of the ten guards"),
acts of two classes, a count of things and two counts of one act on one side give no red.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_SHELLED = "when the army shelled the school in the north of the city on Monday, officials said."


def test_seven_killed_against_three_cousins_killed_is_a_conflict() -> None:
    red, _possible = red_and_possible(f"Seven were killed {_SHELLED}", f"Three cousins were killed {_SHELLED}")
    assert frozenset({"Seven", "Three"}) in red


def test_killing_seven_against_three_people_died_is_a_conflict() -> None:
    red, _possible = red_and_possible(
        "The army shelled the school in the north of the city on Monday, killing seven, officials said.",
        f"Three people died {_SHELLED}",
    )
    assert frozenset({"seven", "Three"}) in red


def test_a_count_of_a_named_group_against_young_men_who_died_is_a_conflict() -> None:
    red, _possible = red_and_possible(f"Seven Gazans were killed {_SHELLED}", f"Three young men died {_SHELLED}")
    assert frozenset({"Seven", "Three"}) in red


def test_the_same_figure_is_no_difference() -> None:
    red, possible = red_and_possible(f"Seven were killed {_SHELLED}", f"Seven cousins were killed {_SHELLED}")
    assert not red and not possible


def test_acts_of_two_classes_are_no_conflict() -> None:
    red, _possible = red_and_possible(f"Seven were hurt {_SHELLED}", f"Three cousins were killed {_SHELLED}")
    assert frozenset({"Seven", "Three"}) not in red


def test_a_part_of_a_count_stated_is_no_conflict() -> None:
    red, _possible = red_and_possible(
        f"Seven of the ten guards were killed {_SHELLED}", f"Three cousins were killed {_SHELLED}"
    )
    assert frozenset({"Seven", "Three"}) not in red


def test_executed_five_of_them_against_killing_two_women_is_a_conflict() -> None:
    red, _possible = red_and_possible(
        "The gunman found her foes in the break room at the bakery on Monday and executed five of them, police said.",
        "The gunman opened fire at the bakery on Monday, killing two women, police said.",
    )
    assert frozenset({"five", "two"}) in red


def test_a_count_of_things_is_no_conflict() -> None:
    red, _possible = red_and_possible(
        f"Seven tanks were destroyed {_SHELLED}", f"Three soldiers were killed {_SHELLED}"
    )
    assert frozenset({"Seven", "Three"}) not in red


def test_two_counts_of_one_act_on_one_side_do_not_pair_by_the_act_alone() -> None:
    red, _possible = red_and_possible(
        f"Seven were killed {_SHELLED}",
        "Three soldiers were killed and five civilians died when the army shelled the school, officials said.",
    )
    assert frozenset({"Seven", "Three"}) not in red and frozenset({"Seven", "five"}) not in red
