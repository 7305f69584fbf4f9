"""A day the parse hangs on "said" dates the reported act when the attribution closes the sentence (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. In a long
sentence ending ", officials and state media said", the parse attaches the clause's day to "said"; read
by word order (``reportedacts.reported_act``) it dates the earthquake's razing, which the other article
tells with "hit" on another day: a red conflict. A day after the attribution (", ... said Thursday") is
the statement's and stays apart from the act's day.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_HIT_SUNDAY = (
    "An earthquake with a magnitude of 5.9 hit a small island off the southern coast on Sunday,"
    " killing at least ten people and injuring dozens."
)
_RAZED = (
    "Ten people were killed and at least 50 injured when an earthquake razed villages on a small island off the"
    " southern coast"
)


def test_a_day_before_a_closing_attribution_dates_the_reported_act():
    red, _possible = red_and_possible(_HIT_SUNDAY, f"{_RAZED} Thursday, officials and state media said.")
    assert frozenset({"Sunday", "Thursday"}) in red


def test_a_day_after_the_closing_attribution_is_the_statement_s():
    red, possible = red_and_possible(_HIT_SUNDAY, f"{_RAZED}, officials and state media said Thursday.")
    assert frozenset({"Sunday", "Thursday"}) not in red | possible


def test_a_statement_s_day_before_its_reported_clause_is_no_red_conflict():
    # "said Thursday that ...": the day is the statement's, the razing is undated; against the other
    # article's "hit ... on Sunday" it is no red conflict (at most a possible difference).
    red, _possible = red_and_possible(_HIT_SUNDAY, f"Officials said Thursday that {_RAZED[0].lower()}{_RAZED[1:]}.")
    assert frozenset({"Sunday", "Thursday"}) not in red


def test_a_statement_of_an_act_going_on_keeps_the_act_s_day():
    # "said Monday he is declaring": the statement is the act, so its day is the act's, against "Friday".
    red, _possible = red_and_possible(
        "President Roe declared a state of emergency on the northern border on Friday to free funds for a fence.",
        "President Roe said Monday he is declaring a state of emergency on the northern border to free funds.",
    )
    assert frozenset({"Friday", "Monday"}) in red
