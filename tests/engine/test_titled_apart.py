"""Two people each given a title of his own, in loosely linked sentences: no difference (``figureholders.titled``).

Short texts written for these tests, compared with the real spaCy model (issue 10: false possible differences on
real coverage, class different-people). Titles that share a word, or names that share one, may be one person named
two ways, and the difference stays.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "The Hawks offered first baseman Carl Mendez an eight-year contract worth $160 million on Monday. "
MORA = (
    "Agent Tom Reyes also represents free-agent catcher Jason Mora, the team captain who declined an offer from the"
    " club."
)
LATER = "who signed with the Falcons in 2005 after the club refused to match the offer."


def _tiers(first: str, second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_two_people_titled_apart_give_no_difference():
    # On main 6156e3a: a possible difference "Jason Mora | Johnny Dale" (a catcher and a center fielder).
    red, possible = _tiers(MORA, f"Reyes represented former center fielder Johnny Dale, {LATER}")
    assert frozenset({"Jason Mora", "Johnny Dale"}) not in red | possible


def test_titles_sharing_a_word_still_differ():
    red, possible = _tiers(MORA, f"Reyes also represents veteran catcher Johnny Dale, {LATER}")
    assert frozenset({"Jason Mora", "Johnny Dale"}) in red | possible


def test_names_sharing_a_word_still_differ():
    red, possible = _tiers(MORA, f"Reyes represented former center fielder Jason Dale, {LATER}")
    assert frozenset({"Jason Mora", "Jason Dale"}) in red | possible
