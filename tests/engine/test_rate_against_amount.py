"""A rate ("per") against an amount of the same unit: two questions, no difference (``rates``, issue 10).

Short texts written for these tests, compared with the real spaCy model. Two rates, or two amounts, of one fact
still differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "Running back Dale Mercer was placed on injured reserve on Tuesday with a torn knee ligament. "
RATE = "In 12 games, Mercer gained 512 yards and scored three touchdowns, averaging 3.9 yards per carry."


def _tiers(first: str, second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_a_rate_against_an_amount_gives_no_difference():
    # On main 6156e3a: a possible difference "3.9 yards | 385 yards".
    red, possible = _tiers(RATE, "Mercer caught 47 passes for 385 yards this year and ran for 512 yards.")
    assert not any("3.9 yards" in values for values in red | possible)


def test_a_rate_against_an_amount_in_two_stat_lines_is_not_red():
    # On main 6156e3a: a red conflict "3.9 yards | 385 yards".
    red, possible = _tiers(
        "Through 12 games this season, Mercer had 512 yards and three touchdowns on 131 carries, averaging 3.9 yards"
        " per run.",
        "The former first-round pick played in just nine games this year, rushing for 512 yards and three touchdowns"
        " while catching 47 passes for 385 yards and two scores.",
    )
    assert not any("3.9 yards" in values for values in red | possible)


def test_two_rates_still_differ():
    red, possible = _tiers(
        RATE, "In 12 games, Mercer gained 512 yards and scored three touchdowns, averaging 4.1 yards per carry."
    )
    assert frozenset({"3.9 yards", "4.1 yards"}) in red | possible
