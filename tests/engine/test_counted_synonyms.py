"""One thing counted under two nouns (``unitnames.one_name``, ``figures._initials_plural``; issue 10).

Short texts written for these tests, compared as one story with the real spaCy model. A figure pairs with a
figure of the same things only: "two grandkids" and "five grandchildren", "11 rounds" fired and "8 shots"
fired, "marrying five women" and "having two wives", "16KOs" and "12 KO's" each count one thing, so a reader
is shown the two figures as a conflict; the same figure told with the two nouns is no difference.
"""

from __future__ import annotations

import pytest

from tests.support.texts import red_and_possible

GRANDCHILDREN = "Jo Roe, who died on Friday, leaves behind a husband, a son and {} grandchildren."
GRANDKIDS = "Jo Roe, who died on Friday, lived with her husband, son and {} grandkids."
SHOTS = "Police said the officers fired a total of {} shots at the man on Friday."
ROUNDS = "Police said the officers fired a total of {} rounds at the man on Friday."
WOMEN = "Prosecutors said Jo Roe is accused of marrying {} women in the town."
WIVES = "Prosecutors said Jo Roe is accused of having {} wives in the town."
GLUED = "Ann Poe beat Jo Roe (14-13-2, {}KOs) in Leeds on Friday."
APART = "Ann Poe beat Jo Roe, 14-13-2, {} KO's, in Leeds on Friday."

PAIRS = [
    pytest.param(GRANDCHILDREN, GRANDKIDS, id="grandkids"),
    pytest.param(SHOTS, ROUNDS, id="rounds-fired"),
    pytest.param(WOMEN, WIVES, id="women-married"),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_two_counts_of_one_thing_under_two_nouns_differ_red(first, second):
    # Nothing on s29-int: the two nouns kept the figures from pairing.
    red, _possible = red_and_possible(first.format("five"), second.format("two"))
    assert frozenset({"five", "two"}) in red


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_one_count_under_two_nouns_is_no_difference(first, second):
    red, possible = red_and_possible(first.format("two"), second.format("two"))
    assert not red and not possible


def test_capitals_glued_with_a_plural_count_what_they_count_apart_red():
    # "16KOs" counted "kos", never "ko" as "12 KO's" does: no pair, nothing shown on s29-int.
    red, _possible = red_and_possible(GLUED.format("16"), APART.format("12"))
    assert frozenset({"16KOs", "12"}) in red


def test_capitals_glued_with_a_plural_same_figure_is_no_difference():
    red, possible = red_and_possible(GLUED.format("12"), APART.format("12"))
    assert not red and not possible
