"""Values of two acts of different outcomes are two facts (``engine/outcomes``; audit class different-facts).

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. "Killed four" and "seven were hurt" count two things;
"killed four" and "killed seven", or "four died" and "the death toll rose to
seven", count one thing two ways: an outlet changing a figure keeps its verb.
"""

from __future__ import annotations

import pytest

from tests.support.texts import red_and_possible as _tiers

#: Two sentences of one story telling two acts, each with its own figure: no difference between them.
TWO_ACTS = [
    (
        "A fire at the plant killed four workers on Sunday.",
        "Seven workers were hurt when a crane toppled at the plant in 2019.",
        {"four", "Seven"},
    ),
    (
        "The storm killed three people in the coastal town on Monday.",
        "The storm injured forty people in the coastal town on Monday.",
        {"three", "forty"},
    ),
    (
        "The blast killed 12 people, officials said.",
        "The blast wounded 40 people, officials said.",
        {"12", "40"},
    ),
    (
        "Police arrested twelve protesters outside the embassy on Friday.",
        "Three protesters were charged with assault outside the embassy on Friday.",
        {"twelve", "Three"},
    ),
    (
        "Rescuers evacuated 200 residents from the flooded valley on Tuesday.",
        "Rescuers rescued 15 residents from the flooded valley on Tuesday.",
        {"200", "15"},
    ),
    (
        "The company fired 300 workers at its plant on Monday.",
        "The company hired 50 workers at its plant on Monday.",
        {"300", "50"},
    ),
    (
        "The bus crash left three passengers dead on the highway on Friday.",
        "The bus crash injured 20 passengers on the highway on Friday.",
        {"three", "20"},
    ),
    (
        "Police arrested the driver on Friday in Leeds.",
        "The driver was charged on Monday in Leeds.",
        {"Friday", "Monday"},
    ),
    (
        "Gunmen killed two guards in Leeds on Friday, police said.",
        "Gunmen wounded a guard in York on Friday, police said.",
        {"Leeds", "York"},
    ),
    (
        "The fire destroyed 40 homes in the valley on Sunday.",
        "The fire damaged 120 homes in the valley on Sunday.",
        {"40", "120"},
    ),
]


@pytest.mark.parametrize(("first", "second", "values"), TWO_ACTS)
def test_figures_and_dates_of_two_different_acts_are_no_difference(first: str, second: str, values: set[str]):
    red, possible = _tiers(first, second)
    assert frozenset(values) not in red | possible


#: One act told with words of one outcome class, its figure or date changed: still a red conflict.
ONE_ACT = [
    (
        "A fire at the plant killed four workers on Sunday.",
        "A fire at the plant killed seven workers on Sunday.",
        {"four", "seven"},
    ),
    (
        "The fire killed four people at the plant on Sunday.",
        "Seven people died in the fire at the plant on Sunday.",
        {"four", "Seven"},
    ),
    (
        "Four people died when a fire swept through the plant on Sunday.",
        "The death toll from the fire at the plant rose to seven people on Sunday.",
        {"Four", "seven"},
    ),
    (
        "Police arrested twelve protesters outside the embassy on Friday.",
        "Police arrested three protesters outside the embassy on Friday.",
        {"twelve", "three"},
    ),
    (
        "Police arrested the driver on Friday in Leeds.",
        "Police arrested the driver on Monday in Leeds.",
        {"Friday", "Monday"},
    ),
    (
        # A date may hang from either of two joined verbs: it is of both acts.
        "Police arrested and charged the driver on Friday in Leeds.",
        "Police charged the driver on Saturday in Leeds.",
        {"Friday", "Saturday"},
    ),
    (
        "Gunmen killed two guards in Leeds on Friday, police said.",
        "Gunmen killed two guards in York on Friday, police said.",
        {"Leeds", "York"},
    ),
    (
        # Each count of a sentence telling two outcomes is compared with its own.
        "The quake killed 300 people and injured 1,000 in the province on Monday.",
        "The quake killed 300 people and injured 1,500 in the province on Monday.",
        {"1,000", "1,500"},
    ),
]


@pytest.mark.parametrize(("first", "second", "values"), ONE_ACT)
def test_one_act_told_with_words_of_one_outcome_still_conflicts(first: str, second: str, values: set[str]):
    red, _possible = _tiers(first, second)
    assert frozenset(values) in red


def test_a_count_under_a_verb_that_says_nothing_of_the_outcome_is_at_most_possible():
    # "Were involved" may count the killed or everyone in the fire: worth a look, not a red flag.
    red, possible = _tiers(
        "The fire killed four people at the plant on Sunday.",
        "Seven people were involved in the fire at the plant on Sunday.",
    )
    assert frozenset({"four", "Seven"}) not in red
    assert frozenset({"four", "Seven"}) in possible
