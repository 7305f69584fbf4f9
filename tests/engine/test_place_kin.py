"""The one country (or US state) left in each of two aligned sentences is one slot: another country is a conflict.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story of three. Two outlets tell of a raid on a jewellery store
and place the spate of robberies it ends in two countries; one of them also
names a coast, so the sentence holds more than one place name and pairing by the
last name of its family alone would leave the countries apart. Two countries
on one side, or a country against a city, are no such pair.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, tier_values

RAID = "Thieves rammed a car into the Orla jewellery store near the Piazza Verde on Monday, the latest in a string of"
OTHER = (
    "Four men smashed a car into the Orla store by the Piazza Verde on Monday, the latest of several high-profile"
    " thefts in France this year. Police said the men escaped on foot."
)
THIRD = (
    "Police said four thieves who drove a car into the Orla shop near the Piazza Verde on Monday ran away."
    " It was the latest of a spate of robberies in France."
)
TAIL = " Police said the four men fled on foot."


def _differences(spate: str) -> set[frozenset[str]]:
    comparison = compare_texts(f"{RAID} {spate}{TAIL}", OTHER, THIRD)
    return tier_values(comparison, "conflict") | tier_values(comparison, "possible")


def test_the_last_country_of_each_sentence_is_one_slot():
    assert frozenset({"Spain", "France"}) in _differences(
        "high-profile robberies in Spain, most of them on the Riviera."
    )


def test_two_countries_on_one_side_are_no_pair():
    found = _differences("high-profile robberies in Spain and Italy, most of them on the Riviera.")
    assert not any("France" in values for values in found)
