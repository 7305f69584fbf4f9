"""Values of two different facts that the fifteenth session's audit work found reported as possible differences.

Short articles written for these tests, analysed with the real spaCy model and compared as one story
(``benchmarks/gold/audit``: different-facts false possible differences). Each test pairs a false
alarm with the real difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible as _tiers


def _named(red: set[frozenset[str]], possible: set[frozenset[str]], word: str) -> set[frozenset[str]]:
    return {values for values in red | possible if any(word in v.lower() for v in values)}


def test_a_contrast_of_what_should_be_done_denies_no_act():
    # ", not close it" says what the city should do instead: it does not deny that the council closed it.
    red, possible = _tiers(
        "The council closed the old bridge over the Avon River in Harbour Town on Monday, the mayor said.",
        "The mayor said on Monday the city should look for ways to repair the old bridge over the Avon River in "
        "Harbour Town, not close it.",
    )
    assert not _named(red, possible, "close")


def test_a_bridge_not_closed_against_one_closed_still_differs():
    red, possible = _tiers(
        "The council closed the old bridge over the Avon River in Harbour Town on Monday, the mayor said.",
        "The council did not close the old bridge over the Avon River in Harbour Town on Monday, the mayor said.",
    )
    assert _named(red, possible, "close")


def test_a_quake_s_depth_is_no_distance_from_a_town():
    # How deep the quake was and how far its epicentre lay from a town answer two questions.
    red, possible = _tiers(
        "A magnitude 4.4 earthquake struck the hills near Ashford on Sunday and had a depth of 1.2 miles, the "
        "survey said.",
        "The magnitude 4.4 earthquake struck the hills two miles northeast of Ashford on Sunday, the survey said.",
    )
    assert not _named(red, possible, "mile")


def test_two_depths_of_one_quake_still_differ():
    red, possible = _tiers(
        "A magnitude 4.4 earthquake struck the hills near Ashford on Sunday and had a depth of 1.2 miles, the "
        "survey said.",
        "The magnitude 4.4 earthquake struck the hills near Ashford on Sunday and had a depth of 4 miles, the "
        "survey said.",
    )
    assert _named(red, possible, "mile")


def test_two_towns_a_quake_is_measured_from_in_two_directions_are_two_landmarks():
    red, possible = _tiers(
        "The magnitude 4.4 earthquake struck on Sunday about 14 miles north of Ashford, the survey said.",
        "The magnitude 4.4 earthquake struck on Sunday about 12 miles east of Brampton, the survey said.",
    )
    assert not _named(red, possible, "ashford")


def test_a_landmark_changed_in_one_direction_still_differs():
    red, possible = _tiers(
        "The magnitude 4.4 earthquake struck on Sunday about 14 miles north of Ashford, the survey said.",
        "The magnitude 4.4 earthquake struck on Sunday about 14 miles north of Brampton, the survey said.",
    )
    assert _named(red, possible, "ashford")


def test_the_day_of_a_promise_is_not_the_day_of_the_act_dated_beside_it():
    # "today" dates the closing; Monday is when the closing was promised, not another day of the closing.
    for promised in ("As it promised Monday", "As it promised [Monday]"):
        red, possible = _tiers(
            f"{promised}, the city council today closed the old bridge over the Avon River in Harbour Town.",
            "The city council closed the old bridge over the Avon River in Harbour Town on Wednesday.",
        )
        assert not _named(red, possible, "monday"), promised


def test_the_day_of_the_act_beside_a_promise_still_differs():
    red, _possible = _tiers(
        "As it promised Monday, the city council closed the old bridge over the Avon River in Harbour Town on Friday.",
        "The city council closed the old bridge over the Avon River in Harbour Town on Wednesday.",
    )
    assert frozenset({"Friday", "Wednesday"}) in red


def test_two_outlets_reporting_two_clubs_offers_are_two_sources():
    # Each outlet is the source of its own report, on another club's offer: no outlet changed.
    red, possible = _tiers(
        "ESPN reported on Tuesday that the Hawks have offered guard Ann Roe a four-year contract worth $80 million.",
        "The Harbour Herald reported on Tuesday that the Owls have made an offer to guard Ann Roe worth $80 million.",
    )
    assert not _named(red, possible, "espn")


def test_one_report_given_to_two_outlets_still_differs():
    red, possible = _tiers(
        "ESPN reported on Tuesday that the Hawks have offered guard Ann Roe a four-year contract worth $80 million.",
        "The Harbour Herald reported on Tuesday that the Hawks have offered guard Ann Roe a four-year contract worth "
        "$80 million.",
    )
    assert frozenset({"ESPN", "Harbour Herald"}) in red | possible
