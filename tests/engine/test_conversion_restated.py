"""A sum converted in brackets is the sum restated, not a figure of its own to set against another outlet's.

Short articles written for these tests, analysed with the real spaCy model and compared as one story.
"Damage was estimated at $US5 million ($7.6 million)" against "estimated at $1 million": the sums
($US5 million, $1 million) differ and conflict; the conversion ($7.6 million) restates the first in its
readers' currency and is never paired with the other outlet's sum (``conversions.restated``), which used to
take the sum's place.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values


def _reports(first: str, second: str) -> set[frozenset[str]]:
    comparison = compare_texts(first, second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict") | tier_values(comparison, "possible")


def test_a_conversion_is_not_set_against_the_other_outlets_sum():
    found = _reports(
        "Damage to the church was estimated at $US5 million ($7.6 million), fire officials said.",
        "Damage to the church was estimated at $1 million, fire officials said Saturday.",
    )
    assert not any("$7.6 million" in values for values in found)


def test_the_sum_before_the_brackets_is_set_against_the_other_outlets_sum():
    comparison = compare_texts(
        "Damage to the church was estimated at $US5 million ($7.6 million), fire officials said.",
        "Damage to the church was estimated at $1 million, fire officials said Saturday.",
        tail=NEUTRAL_TAIL,
    )
    assert frozenset({"$US5 million", "$1 million"}) in tier_values(comparison, "conflict")
