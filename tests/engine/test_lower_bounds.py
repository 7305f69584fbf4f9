"""Two lower bounds of one count, loosely linked: compatible, no difference (``lowerbounds``, issue 10).

Short texts written for these tests, compared with the real spaCy model. A bound against an exact figure below it,
and two bounds in sentences alike enough to be one statement (its bound changed), still differ.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values

LEAD = "A magnitude 5.2 earthquake shook the island of Varna on Friday, damaging several homes, officials said. "
FIRST = (
    "A stronger quake with a magnitude of 6.3 struck the mainland near the port of Selo in May, killing at least"
    " nine people and injuring 35, ten of them on Varna."
)
LOOSE = "That quake in May killed {} people, left about 40 hurt and wrecked dozens of houses across the region."
ALIKE = "That quake killed {} people, injured nearly 40 and caused heavy damage to homes in May."


def _found(first: str, second: str) -> set[frozenset[str]]:
    comparison = compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict") | tier_values(comparison, "possible")


def test_two_lower_bounds_give_no_difference():
    # On s29-int d96694d9: a possible difference "at least nine | at least eight".
    assert frozenset({"at least nine", "at least eight"}) not in _found(FIRST, LOOSE.format("at least eight"))


def test_an_exact_figure_still_differs():
    assert frozenset({"at least nine", "four"}) in _found(FIRST, LOOSE.format("four"))


def test_two_lower_bounds_of_alike_sentences_still_differ():
    # Linked above ``elimination_link_min``: one statement whose bound was changed.
    assert frozenset({"at least nine", "at least eight"}) in _found(FIRST, ALIKE.format("at least eight"))
