"""Two lower bounds of one count in loosely linked sentences: compatible, no difference (``lowerbounds``, issue 10).

Short texts written for these tests, compared with the real spaCy model. A bound against an exact figure below it,
and two exact figures, still differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "A magnitude 5.2 earthquake shook the island of Varna on Friday, damaging several homes, officials said. "
FIRST = "A stronger quake struck the mainland near Varna in May, killing at least nine people and injuring 35 others."
SECOND = "That quake in May killed {} people, left about 40 hurt and wrecked dozens of houses across the region."


def _tiers(first: str, second: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    comparison = compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def test_two_lower_bounds_give_no_difference():
    # On s29-int d96694d9: a possible difference "at least nine | at least eight".
    red, possible = _tiers(FIRST, SECOND.format("at least eight"))
    assert not any("at least nine" in values for values in red | possible)


def test_an_exact_figure_still_differs():
    red, possible = _tiers(FIRST, SECOND.format("four"))
    assert frozenset({"at least nine", "four"}) in red | possible


def test_two_lower_bounds_of_one_statement_still_differ():
    # Sentences alike enough to be one statement: the bound was changed, not told by another outlet.
    red, possible = _tiers(FIRST, FIRST.replace("at least nine", "at least 30"))
    assert frozenset({"at least nine", "at least 30"}) in red | possible
