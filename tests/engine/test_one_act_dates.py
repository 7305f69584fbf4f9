"""Two dates of one act told two ways are compared, in a row and through a link (issue 10).

Short texts written for these tests, read with the real spaCy model. A date set on an event noun that
the verb's act happened during ("failed to explain the law during an appearance Wednesday") dates the
noun's event (``frames.dated_noun``), so against the noun's own verb ("appeared on the show on Sunday")
the two days are one act's (``verbclasses.one_act``). Two verbs of one act ("sprained", "was injured")
fill one role through a link as well as in a row (``links._one_role``); two acts' verbs still do not.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, weak_link_differences

_APPEARED = (
    "Governor Jo Poe appeared on the Morning Hour show on Sunday, and the host asked him whether signing the law"
    " was a mistake."
)


def test_a_date_on_the_appearance_during_which_he_spoke_is_the_appearance_s_day():
    red, _possible = red_and_possible(
        _APPEARED,
        "Two lawmakers called a press conference because Poe failed to clearly explain the law during an"
        " appearance Wednesday on the Morning Hour show.",
    )
    assert frozenset({"Sunday", "Wednesday"}) in red


def test_a_date_on_another_event_noun_is_not_the_appearance_s_day():
    # A visit to the studio is no appearance on the show: the noun's day against the verb's stays unreported.
    red, _possible = red_and_possible(
        _APPEARED,
        "Two lawmakers called a press conference because Poe failed to clearly explain the law during a visit"
        " Wednesday to the Morning Hour studio.",
    )
    assert frozenset({"Sunday", "Wednesday"}) not in red


_SPRAINED = "Tom Roe appeared to be on the mend, but he sprained the knee in last Sunday's overtime loss at Dover."
_PUBLISHED = date(2024, 5, 10)


def test_two_verbs_of_one_act_compare_their_days_through_a_link():
    found = weak_link_differences(
        (_SPRAINED, "It appears the knee of Tom Roe was injured in the Thursday night loss to Dover."), _PUBLISHED, 0.45
    )
    assert frozenset({"last Sunday", "Thursday"}) in found


def test_two_acts_keep_their_days_apart_through_a_link():
    # Placed on injured reserve on Thursday: another act than the sprain, on another day.
    found = weak_link_differences(
        (_SPRAINED, "The Hawks placed Tom Roe on injured reserve on Thursday with a bad knee."), _PUBLISHED, 0.45
    )
    assert not any("Thursday" in pair for pair in found)


# One event noun dated on each side (``soledates.one_event_noun``): each sentence's one date is the event's.
_SHOOTINGS = "The shootings happened shortly after 8:30 p.m. Monday."


def _days(pair: frozenset[str]) -> set[str]:
    """The weekdays two reported values name ("just after 8:30 p.m. Thursday" names Thursday)."""
    return {day for day in ("Monday", "Thursday", "Friday") for value in pair if day in value}


def test_one_event_noun_dated_twice_compares_the_days_through_a_weak_link():
    found = weak_link_differences(
        (_SHOOTINGS, "A radio reporter said the shooting took place just after 8:30 p.m. Thursday inside the bakery."),
        _PUBLISHED,
        0.4,
    )
    assert any(_days(pair) == {"Monday", "Thursday"} for pair in found)


def test_a_second_date_in_the_sentence_leaves_the_event_noun_s_day_unsure():
    found = weak_link_differences(
        (
            _SHOOTINGS,
            "A radio reporter said on Friday that the shooting took place just after 8:30 p.m. Thursday inside the"
            " bakery.",
        ),
        _PUBLISHED,
        0.4,
    )
    assert not any(_days(pair) == {"Monday", "Thursday"} for pair in found)
