"""The one date of two sentences that agree on everything else is one event's date (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. "Thieves
smashed through the window of the shop ... on Friday" against "A gang rammed a car into the shop ...
early on Monday": two verbs no lexicon joins, no entity acting in both, but each sentence states one
date on a verb of an act and the two share every other value (the shop, the town): the dates are of one
raid, a red conflict (``soledates.sole_dates``; unreported before it). A statement's day, a second date
in a sentence, or another value that differs keep the dates apart.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_SMASHED = "Thieves smashed through the window of the Lorne Jewellers shop in Dunmore on Friday and escaped with rings."
_DAYS = frozenset({"Friday", "Monday"})


def test_the_one_date_of_two_sentences_sharing_every_other_value_conflicts():
    red, _possible = red_and_possible(
        _SMASHED, "A gang rammed a car into the Lorne Jewellers shop in Dunmore early on Monday."
    )
    assert _DAYS in red


def test_a_statement_s_day_is_not_the_act_s():
    # "announced on Monday": the day of the announcement, not of the raid.
    red, possible = red_and_possible(
        _SMASHED, "The Lorne Jewellers shop in Dunmore will close for good, its owner announced on Monday."
    )
    assert _DAYS not in red | possible


def test_a_second_date_in_the_sentence_leaves_the_day_unsure():
    # Two dates on one side: which is the raid's is not said by the sentences agreeing.
    red, _possible = red_and_possible(
        _SMASHED,
        "A gang rammed a car into the Lorne Jewellers shop in Dunmore early on Monday and took watches"
        " worth $40,000 in 2023.",
    )
    assert _DAYS not in red


def test_another_value_that_differs_is_the_difference_not_the_day():
    red, _possible = red_and_possible(
        _SMASHED, "A gang rammed a car into the Lorne Jewellers shop in Kelso early on Monday."
    )
    assert frozenset({"Dunmore", "Kelso"}) in red
    assert _DAYS not in red
