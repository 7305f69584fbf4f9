"""A place's kind, told by the words of its name: a body, a part of a place, a small place in a country.

False alarm classes of the ECB+ audits (a sports conference against its league, a city against a
compass part of it, a mountain against a country). Short articles written for the test, compared with
the real spaCy model, next to two places of one kind that must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences
from tuicompare.engine.placekinds import body_name, is_part, part_of, small_place

TAIL = NEUTRAL_TAIL
SEED = "The Ravens secured the fourth seed in the {} with the win on Sunday."
FALL = "Two climbers died on {} over the weekend after a fall in bad weather."
FIRE = "The gunman opened fire at a warehouse in {} on Thursday night, police said."


def _kinds(a: str, b: str, text: str) -> list[str]:
    return [kind for kind, _values in differences(compare_texts(text.format(a), text.format(b), tail=TAIL))]


def test_a_league_is_no_place_to_differ_from():
    assert _kinds("AFC", "National Football League", SEED) == []


def test_a_mountain_against_a_country_is_no_difference():
    assert _kinds("Mount Aspiring", "Chile", FALL) == []


def test_a_compass_part_of_a_city_is_a_possible_difference_at_most():
    assert "conflict" not in _kinds("Philadelphia", "Northeast Philly", FIRE)
    assert "conflict" not in _kinds("Dallas", "North Houston", FIRE)


def test_a_compass_part_of_the_city_named_is_no_difference():
    assert _kinds("Boston", "South Boston", FIRE) == []


def test_two_cities_still_conflict():
    assert _kinds("Dallas", "Houston", FIRE) == ["conflict"]


def test_the_words_of_the_names_tell_their_kinds():
    assert body_name("the National Marine Fisheries Service") and not body_name("Mercy Hospital")
    assert part_of("Northeast Philly", "Philadelphia") and not part_of("North Dallas", "Houston")
    assert is_part("the Northeast".removeprefix("the ")) and not is_part("Central")
    assert small_place("Mt Cook") and small_place("Lake Tahoe") and not small_place("Cook")


CLERK = "Mara Quill, a clerk at the Acme bakery in {}, was arrested on Monday after the shooting."


def test_a_workplace_in_a_compass_part_of_the_city_is_no_difference():
    assert _kinds("Philadelphia", "Northeast Philly", CLERK) == []
    assert _kinds("Denver", "Austin", CLERK) == ["conflict"]


def test_a_state_or_country_named_with_a_compass_word_still_conflicts():
    # "North Dakota", "South Africa" are places of their own, not parts of another one.
    assert _kinds("Washington", "North Dakota", FIRE) == ["conflict"]
    assert _kinds("Kenya", "South Africa", FIRE) == ["conflict"]


def test_a_street_named_with_a_compass_word_is_no_part_of_another_street():
    # "East Lake Boulevard" is a street of its own, not the east of "Lake Boulevard": against "W. Lake Blvd." a
    # different street, so still a red conflict.
    assert not is_part("East Lake Boulevard")
    assert not is_part("West Side Highway")
    assert is_part("Northeast Philly")
