"""A weak link is compared for the values both sentences tie to one entity, and for nothing else.

A class of missed planted changes (issue 10, "link not compared"): two outlets state one fact in
sentences that share little else ("a speech at the Institute in Leeds" against "outside the
Institute in York"), so their link is weaker than ``LinkTuning.conflict_link_min`` and was never
compared. Two values both sentences tie to one entity in one relation (``slotroles.SAME``: the town
of one named institute) fill one role wherever they sit, so such a link (at least
``LinkTuning.anchored_link_min`` alike) is compared for those values only; two days hung on one
verb ("opened ... on Tuesday", "opened ... on Friday") are compared through a link alike enough,
and not through a weak one. Short sentences written for the test, parsed with the real spaCy
model; the link and its rows are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import weak_link_differences
from tuicompare.engine.tuning import TUNING

PUBLISHED = date(2023, 4, 20)
TOWNS = (
    "On Tuesday the senator gave a long speech at the Institute for Maritime Studies in Leeds about trade.",
    "Reporters waited for hours outside the Institute for Maritime Studies in York, where protesters had gathered.",
)
DAYS = (
    "The senator opened a trade fair on Tuesday at the Institute for Maritime Studies.",
    "Protesters gathered as the senator opened the fair on Friday at the Institute for Maritime Studies.",
)


def test_a_weak_link_compares_the_towns_of_one_institute():
    weak = TUNING.links.conflict_link_min - 0.08
    assert weak >= TUNING.links.anchored_link_min
    assert weak_link_differences(TOWNS, PUBLISHED, weak) == {frozenset({"Leeds", "York"})}


def test_a_link_weaker_than_the_bar_compares_nothing():
    assert weak_link_differences(TOWNS, PUBLISHED, TUNING.links.anchored_link_min - 0.05) == set()


def test_a_weak_link_leaves_two_days_of_one_verb_uncompared():
    # Alike enough, the link reads the two days as one act's; weak, it does not.
    assert weak_link_differences(DAYS, PUBLISHED, 0.6) == {frozenset({"Tuesday", "Friday"})}
    assert weak_link_differences(DAYS, PUBLISHED, TUNING.links.conflict_link_min - 0.08) == set()
