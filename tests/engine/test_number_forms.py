"""Counts written in forms the recogniser or the number reader cut off from their value (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. A feed that
spaces its clock and leaves out a comma ("at 2: 09 a. m. about 14 miles north") gets the time and the
distance tagged as one quantity, which has no value; "another dozen people" was read as no number at all;
"two other Moms" (a plural the tagger took for a name by its capital) counted nothing. Each way the count
never met the other outlet's, and a changed figure went unreported.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.values import value_key

_QUAKE = "north of Ashford, with a depth of three miles, the geological survey said."


def test_a_distance_run_on_from_a_spaced_clock_is_a_conflict():
    red, _possible = red_and_possible(
        f"A small earthquake struck at 2: 09 a. m. about 14 miles {_QUAKE}",
        f"A small earthquake struck at 2: 09 a. m., about 8 miles {_QUAKE}",
    )
    assert frozenset({"about 14 miles", "about 8 miles"}) in red


def test_the_same_distance_after_a_spaced_clock_is_no_difference():
    red, possible = red_and_possible(
        f"A small earthquake struck at 2: 09 a. m. about 14 miles {_QUAKE}",
        f"A small earthquake struck at 2: 09 a. m., about 14 miles {_QUAKE}",
    )
    assert not red and not possible


_HURT = "were hurt when the roof of the old mill collapsed on Tuesday, fire officials said."


def test_another_dozen_is_a_count_of_twelve():
    red, _possible = red_and_possible(f"Another dozen workers {_HURT}", f"Another forty workers {_HURT}")
    assert frozenset({"Another dozen", "forty"}) in red or frozenset({"Another dozen", "Another forty"}) in red


def test_another_dozen_against_twelve_is_no_difference():
    red, possible = red_and_possible(f"Another dozen workers {_HURT}", f"Twelve more workers {_HURT}")
    assert not red and not possible


def test_another_before_a_scale_word_reads_one_of_it():
    assert value_key("CARDINAL", "another dozen") == ("number", "12")
    assert value_key("CARDINAL", "another hundred") == ("number", "100")
    assert value_key("CARDINAL", "another") is None  # no number word: no count


_WAITING = "are seen waiting at the corner as the school bus pulls up, the video shows."


def test_a_count_of_a_capitalised_plural_is_a_conflict():
    red, _possible = red_and_possible(
        f"Ann Horton and two other Moms {_WAITING}", f"Ann Horton and five other moms {_WAITING}"
    )
    assert frozenset({"two", "five"}) in red


def test_a_capitalised_plural_counts_the_lower_case_noun():
    red, possible = red_and_possible(
        f"Ann Horton and two other Moms {_WAITING}", f"Ann Horton and two other moms {_WAITING}"
    )
    assert not red and not possible
