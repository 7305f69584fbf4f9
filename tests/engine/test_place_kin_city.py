"""The one city left in each of two aligned sentences is one slot: a lawsuit filed in two cities is a difference.

Short articles written for these tests, analysed with the real spaCy model and compared as one story of
three. Three outlets tell of a lawsuit filed against a new rule; one names the court and its city ("in U.S.
District Court in Denver"), another only the city ("in federal court in Omaha"), so the sentences hold
more than one place name on one side and the lone city was paired with the court, a site in it, by
context (a difference "Denver | Omaha | District Court"). The last city of each side pairs, as the last
country does (``test_place_kin``); two cities on one side are no such pair.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, tier_values

COURT = (
    "Hours after the announcement on Tuesday, three wildlife groups filed a lawsuit in U.S. District Court in"
    " Denver seeking to halt the rule. The groups said the rule broke the law."
)
THIRD = (
    "Three wildlife groups, the Sage Alliance, Prairie Watch and the Fund for Birds, filed suit in Denver hours"
    " after the changes were announced, arguing that the rule broke the law."
)


def _differences(city: str) -> set[frozenset[str]]:
    lone = (
        f"Several wildlife groups filed a lawsuit in federal court in {city} hours after the rule's announcement."
        " The agency did not comment."
    )
    comparison = compare_texts(COURT, lone, THIRD)
    return tier_values(comparison, "conflict") | tier_values(comparison, "possible")


def test_the_last_city_of_each_sentence_is_one_slot():
    found = _differences("Omaha")
    assert frozenset({"Omaha", "Denver"}) in found
    assert not any("District Court" in values for values in found)  # main: "Denver | Omaha | District Court"


def test_two_cities_on_one_side_are_no_pair_with_the_court():
    found = _differences("Omaha and Boise")
    assert not any("District Court" in values for values in found)
