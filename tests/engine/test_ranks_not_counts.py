"""A rank written into a compound word states no count (``observations.compound_rank``, issue 10).

Short texts written for these tests, compared as one story with the real spaCy model. A count the other
outlet also states elsewhere in the row is a value moved, not changed; "second-degree murder" or "a
second-floor flat" names a kind of thing and states no "two", so "three counts" against "two counts", or
"two people" against "five people", beside such a word is a difference a reader is shown. The same line
twice is none, and two ranks are still compared.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

CHARGED = "Jo Roe, 41, was charged with second-degree murder and {} counts of assault on Friday."
PROSECUTORS = "Prosecutors charged Jo Roe on Friday with second-degree murder and {} counts of assault."
CREWS = "Fire crews said {} people were hurt when the blaze spread from a second-floor flat on Friday."
HURT = "{} people were hurt when the fire spread from the second-floor flat on Friday, fire crews said."


def test_counts_of_a_charge_beside_a_compound_rank_differ_red():
    # Nothing on 6156e3a: "second-degree" was read as stating the other outlet's "two" elsewhere in the row.
    red, possible = red_and_possible(CHARGED.format("three"), PROSECUTORS.format("two"))
    assert red == {frozenset({"three", "two"})} and not possible


def test_people_hurt_beside_a_floor_differ_red():
    # Nothing on 6156e3a: "second-floor" likewise excused "two" people as moved.
    red, _possible = red_and_possible(CREWS.format("two"), HURT.format("Five"))
    assert frozenset({"two", "Five"}) in red


def test_one_count_told_twice_beside_a_compound_rank_is_no_difference():
    for first, second in (
        (CHARGED.format("two"), PROSECUTORS.format("two")),
        (CREWS.format("two"), HURT.format("Two")),
    ):
        red, possible = red_and_possible(first, second)
        assert not red and not possible


def test_two_ranks_are_still_compared():
    red, _possible = red_and_possible(
        "Jo Roe was charged with second-degree murder on Friday.",
        "Jo Roe was charged with first-degree murder on Friday.",
    )
    assert frozenset({"second", "first"}) in red
