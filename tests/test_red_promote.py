"""What ``benchmarks/red_promote.py``'s rules read of possible differences, on texts written here.

The day a mayor presents a plan is told in loosely aligned sentences (different verbs, few shared words), so
the engine lists Wednesday against Saturday as a possible difference. With two outlets giving Wednesday the
"two against one" rule may promote it; with one outlet on each side it may not; and a pair a rule of the engine
holds at most possible (what a player is seeking against the contract he signed) no rule promotes.
"""

from __future__ import annotations

from tests.support.scripts import load_script
from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.evaluation.calibration import closeness, source
from tuicompare.evaluation.reddecision import Measures, measures, sentences_of
from tuicompare.models import Comparison

bench = load_script("benchmarks/red_promote.py")
TWO_AGAINST_ONE = bench.RULES["corroborated (2 against 1)"]

OUTLINE = "Mayor Ann Roe will outline her plan for the harbour on Wednesday, her office said."
OUTLINE_AGAIN = "Roe will outline the harbour plan on Wednesday at the town hall."
SET_FOR = "The harbour plan that Roe is set to present Saturday has already drawn critics."


def _possible(comparison: Comparison, values: set[str]) -> Measures:
    found = [x for x in comparison.conflicts if {v.text for v in x.values} == values]
    assert [x.kind for x in found] == ["possible"], [(x.kind, [v.text for v in x.values]) for x in comparison.conflicts]
    x = found[0]
    where = source(x, comparison)
    return measures(x, comparison, where, closeness(x, comparison, where), sentences_of(comparison))


def test_two_outlets_against_one_pass_the_rule() -> None:
    m = _possible(compare_texts(OUTLINE, OUTLINE_AGAIN, SET_FOR, tail=NEUTRAL_TAIL), {"Wednesday", "Saturday"})
    assert m.source == "row"
    assert TWO_AGAINST_ONE(m)


def test_one_outlet_on_each_side_does_not() -> None:
    m = _possible(compare_texts(OUTLINE, SET_FOR, tail=NEUTRAL_TAIL), {"Wednesday", "Saturday"})
    assert not TWO_AGAINST_ONE(m)


def test_a_pair_the_engine_holds_at_most_possible_is_never_promoted() -> None:
    comparison = compare_texts(
        "The striker Jo Roe signed a five-year contract with the club on Monday.",
        "Jo Roe signed a five-year contract with the club on Monday, the club said.",
        "Jo Roe is seeking a seven-year contract from the club, his agent said.",
        tail=NEUTRAL_TAIL,
    )
    m = _possible(comparison, {"five-year", "seven-year"})
    assert m.agree == 2 and m.articles == 3
    assert not any(rule(m) for rule in bench.RULES.values())
