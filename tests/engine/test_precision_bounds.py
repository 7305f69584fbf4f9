"""Precision on real coverage: roles of one trade, bounds, differences, numbers as feeds write them, other events.

Each class was a false alarm on real multi-outlet coverage; each test compares
short articles written for the test with the real spaCy model and asserts what
a reader would want, next to the real conflict the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.models import Comparison, EntityAttribute

TAIL = NEUTRAL_TAIL


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def _conflicts(comparison: Comparison, kind: str = "conflict") -> list[tuple[str, ...]]:
    return [tuple(v.text for v in c.values) for c in comparison.conflicts if c.kind == kind]


def _role(comparison: Comparison, name_part: str) -> EntityAttribute:
    ids = {e.id for e in comparison.entities if name_part in e.name}
    rows = [a for a in comparison.attributes if a.entity in ids and a.name == "role"]
    assert len(rows) == 1, comparison.attributes
    return rows[0]


def test_two_descriptions_of_one_trade_sharing_its_root_are_compatible():
    comparison = _compare(
        "Mob boss Tony Rizzo died in a federal prison in Missouri on Monday.",
        "Convicted mobster Tony Rizzo died in a federal prison in Missouri on Monday.",
    )
    assert _role(comparison, "Rizzo").status == "compatible"
    assert not [c for c in comparison.conflicts if c.type in ("role", "attribute:role") and c.kind != "variant"]


def test_two_unrelated_trades_of_one_person_are_still_a_role_conflict():
    comparison = _compare(
        "Mob boss Tony Rizzo died in a federal prison in Missouri on Monday.",
        "Harbour pilot Tony Rizzo died in a federal prison in Missouri on Monday.",
    )
    assert _role(comparison, "Rizzo").status == "conflict"
    assert [c for c in comparison.conflicts if c.type in ("role", "attribute:role") and c.kind == "conflict"]


def test_a_bracketed_conversion_keeps_the_bound_of_the_figure_it_converts():
    # "less than 50 km (30 miles)" bounds the distance: 10 miles is within it.
    comparison = _compare(
        "The refugee camp, located 10 miles south of the border, was bombed by two planes on Thursday.",
        "The refugee camp, less than 50 km (30 miles) from the border, was bombed by two planes on Thursday.",
    )
    assert _conflicts(comparison) == [] and _conflicts(comparison, "possible") == []


def test_a_distance_beyond_the_bound_is_still_a_difference():
    bounded = _compare(
        "The refugee camp, located 40 miles south of the border, was bombed by two planes on Thursday.",
        "The refugee camp, less than 50 km (30 miles) from the border, was bombed by two planes on Thursday.",
    )
    assert _conflicts(bounded, "possible") == [("40 miles", "30 miles")]
    exact = _compare(
        "The refugee camp, located 40 miles south of the border, was bombed by two planes on Thursday.",
        "The refugee camp, 50 km (30 miles) from the border, was bombed by two planes on Thursday.",
    )
    assert _conflicts(exact) == [("40 miles", "30 miles")]


def test_an_amount_by_which_something_changed_is_no_other_total():
    # "five rounds sooner" says by how much; "11 rounds" how long: two facts.
    sooner = _compare(
        "Ray Dunn finished the fight five rounds sooner than in their first bout in 2008, the referee said on Sunday.",
        "In their first bout in 2008, the fight went 11 rounds before Ray Dunn won, the referee said on Sunday.",
    )
    assert _conflicts(sooner) == [] and _conflicts(sooner, "possible") == []
    added = _compare(
        "In April, Tom Reed pleaded guilty to contempt, adding three years to his sentence.",
        "In April, Tom Reed was sentenced to 12 years in prison.",
    )
    assert _conflicts(added) == [] and _conflicts(added, "possible") == []


def test_two_totals_or_two_differences_that_differ_still_conflict():
    totals = _compare(
        "Ray Dunn finished the fight in five rounds, sooner than in their first bout in 2008, the referee said.",
        "Ray Dunn finished the fight in 11 rounds, sooner than in their first bout in 2008, the referee said.",
    )
    assert _conflicts(totals) == [("five", "11")]
    changes = _compare(
        "Ray Dunn finished the fight five rounds sooner than in their first bout in 2008, the referee said on Sunday.",
        "Ray Dunn finished the fight eight rounds sooner than in their first bout in 2008, the referee said on Sunday.",
    )
    assert _conflicts(changes) == [("five", "eight")]
    # The "by" of a passive names who or what did it, not by how much.
    passive = _compare(
        "The quake on Sunday was followed by three strong aftershocks, officials said.",
        "The quake on Sunday brought five strong aftershocks, officials said.",
    )
    assert _conflicts(passive) == [("three", "five")]


def test_a_decimal_point_spaced_by_a_feed_is_still_a_decimal():
    same = _compare(
        "The earthquake, which measured 5. 9 on the Richter scale, hit the island on Sunday.",
        "The earthquake, which measured 5.9 on the Richter scale, hit the island on Sunday.",
    )
    assert _conflicts(same) == [] and _conflicts(same, "possible") == []
    other = _compare(
        "The earthquake, which measured 5. 9 on the Richter scale, hit the island on Sunday.",
        "The earthquake, which measured 6.1 on the Richter scale, hit the island on Sunday.",
    )
    assert _conflicts(other) == [("5. 9", "6.1")]


def test_money_in_millions_written_short_is_the_same_sum():
    same = _compare(
        "Thieves took jewels worth £1. 7m from the harbour shop on Monday, police said.",
        "Thieves took jewels worth £1.7 million from the harbour shop on Monday, police said.",
    )
    assert _conflicts(same) == [] and _conflicts(same, "possible") == []
    other = _compare(
        "Thieves took jewels worth £1. 7m from the harbour shop on Monday, police said.",
        "Thieves took jewels worth £2.7 million from the harbour shop on Monday, police said.",
    )
    assert _conflicts(other) == [("£1. 7m", "£2.7 million")]


def test_an_article_before_a_spelled_number_is_not_the_number_one():
    # "an estimated two million" is two million, not "an" read as one.
    same = _compare(
        "Thieves took jewels worth an estimated two million euros from the harbour shop on Monday.",
        "Thieves took jewels worth 2 million euros from the harbour shop on Monday.",
    )
    assert _conflicts(same) == [] and _conflicts(same, "possible") == []
    other = _compare(
        "Thieves took jewels worth an estimated two million euros from the harbour shop on Monday.",
        "Thieves took jewels worth 2.5 million euros from the harbour shop on Monday.",
    )
    # Within a rounding of the estimate (``ValueTuning.hedge_ratio``): a possible difference.
    assert _conflicts(other, "possible") == [("an estimated two million", "2.5 million")]


_TORNADO = "A tornado tore through Dayton on Sunday, flattening dozens of homes.\n\n"


def test_figures_of_another_event_told_in_passing_are_not_compared():
    # The second article mentions an earlier tornado elsewhere: a place the first article never names.
    comparison = compare_texts(
        _TORNADO + "Officials in Ohio said 10 people were killed.",
        _TORNADO + "On Saturday, more than a dozen people were killed by a tornado in eastern Kansas.",
    )
    assert _conflicts(comparison) == [] and _conflicts(comparison, "possible") == []


def test_figures_of_one_event_in_one_place_are_still_compared():
    vague = compare_texts(
        _TORNADO + "Officials in Ohio said 10 people were killed.",
        _TORNADO + "Officials in Ohio said more than a dozen people were killed.",
    )
    assert _conflicts(vague, "possible") == [("10", "more than a dozen")]
    exact = compare_texts(
        _TORNADO + "Officials in Ohio said 10 people were killed.",
        _TORNADO + "Officials in Ohio said 14 people were killed.",
    )
    assert _conflicts(exact) == [("10", "14")]
    # One scene whose place was changed too: both differences stand.
    moved = compare_texts(
        _TORNADO + "The storm killed 10 people in Ohio, officials said.",
        _TORNADO + "The storm killed 14 people in Kansas, officials said.",
    )
    assert sorted(_conflicts(moved)) == [("10", "14"), ("Ohio", "Kansas")]


_CHASE = (
    "Deputies chased the gunman for 30 miles at speeds of up to 100 mph before he pulled over after about 15 minutes, "
)


def test_one_statement_given_to_two_officials_is_a_possible_difference_of_attribution():
    # Two offices: two people, and both may have said it; but the outlets disagree on who did.
    comparison = _compare(_CHASE + "Mayor Ann Roe said.", _CHASE + "Governor Jo Poe said.")
    assert _conflicts(comparison) == []
    assert _conflicts(comparison, "possible") == [("Ann Roe", "Jo Poe")]


def test_two_officials_quoted_in_sentences_that_state_different_things_are_no_difference():
    comparison = _compare(
        "The gunman fled north on the highway after the shooting, Mayor Ann Roe said.",
        "Residents were told to stay indoors until the evening, Governor Jo Poe said.",
    )
    assert _conflicts(comparison) == [] and _conflicts(comparison, "possible") == []


_BLOCKED = "The vote was close.\n\nThe harbour bill was blocked by {} Ann Roe on Monday in Washington."
_SEN = "Sen. Ann Roe blocked the harbour bill on Monday in Washington.\n\nThe vote was close."


def test_an_abbreviated_office_and_a_post_in_its_chamber_are_compatible():
    comparison = _compare(_SEN, _BLOCKED.format("Senate Majority Leader"))
    assert _role(comparison, "Roe").status == "compatible"
    assert not [c for c in comparison.conflicts if c.type in ("role", "attribute:role") and c.kind != "variant"]


def test_an_abbreviated_office_and_a_post_in_another_chamber_still_conflict():
    comparison = _compare(_SEN, _BLOCKED.format("House Majority Leader"))
    assert _role(comparison, "Roe").status == "conflict"
