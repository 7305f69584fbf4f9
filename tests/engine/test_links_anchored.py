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

from tests.support.texts import story_readings
from tuicompare.engine.align import Link
from tuicompare.engine.links import link_observations
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


def _differences(texts: tuple[str, str], score: float) -> set[frozenset[str]]:
    """The values the link ``a0:0`` - ``a1:0`` of similarity ``score`` finds different (rows 0 and 1)."""
    r = story_readings(texts, PUBLISHED)
    links = [Link("a0:0", "a1:0", score)]
    rows, row_of = [["a0:0"], ["a1:0"]], {"a0:0": 0, "a1:0": 1}
    found = link_observations(links, r.features, rows, row_of, r.entity_of, r.labels, r.roles)
    return {frozenset((o.spans[0][1], o.spans[1][1])) for *_rows, o in found if o.kind in ("conflict", "possible")}


def test_a_weak_link_compares_the_towns_of_one_institute():
    weak = TUNING.links.conflict_link_min - 0.08
    assert weak >= TUNING.links.anchored_link_min
    assert _differences(TOWNS, weak) == {frozenset({"Leeds", "York"})}


def test_a_link_weaker_than_the_bar_compares_nothing():
    assert _differences(TOWNS, TUNING.links.anchored_link_min - 0.05) == set()


def test_a_weak_link_leaves_two_days_of_one_verb_uncompared():
    # Alike enough, the link reads the two days as one act's; weak, it does not.
    assert _differences(DAYS, 0.6) == {frozenset({"Tuesday", "Friday"})}
    assert _differences(DAYS, TUNING.links.conflict_link_min - 0.08) == set()
