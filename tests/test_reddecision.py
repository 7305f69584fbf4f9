"""The measures ``benchmarks/red_decision.py`` tries red rules on, read from comparisons of texts written here.

Three outlets tell of one warehouse fire; two give one death toll and the third another, as a
planted change leaves two outlets agreeing. The measures must see that agreement, the wording the
sentences share besides the toll, and the toll as one role in each sentence (the subject's
number), or the study's rules read nothing.
"""

from __future__ import annotations

import pytest

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.evaluation.calibration import closeness, source
from tuicompare.evaluation.reddecision import FAMILIES, Measures, measures, sentences_of
from tuicompare.models import Comparison

REST = (
    " Firefighters from three towns fought the blaze through the night."
    " The owner of the building said the sprinklers had been inspected in May."
)


def _story(toll: str) -> str:
    return f"A fire at a paint warehouse in Marlow killed {toll} workers on Sunday.{REST}"


@pytest.fixture(scope="module")
def fire() -> Comparison:
    return compare_texts(_story("four"), _story("four"), _story("seven"), tail=NEUTRAL_TAIL)


def _toll(comparison: Comparison) -> Measures:
    found = [x for x in comparison.conflicts if {v.text for v in x.values} == {"four", "seven"}]
    assert found, [(x.kind, [v.text for v in x.values]) for x in comparison.conflicts]
    x = found[0]
    where = source(x, comparison)
    return measures(x, comparison, where, closeness(x, comparison, where), sentences_of(comparison))


def test_two_outlets_agreeing_on_the_toll_are_counted(fire: Comparison) -> None:
    m = _toll(fire)
    assert m.agree == 2
    assert m.articles == 3
    assert m.values == 2
    assert not m.nested


def test_the_sentences_share_their_wording_besides_the_toll_and_the_toll_plays_one_role(fire: Comparison) -> None:
    m = _toll(fire)
    # Everything but the number is the same wording: the overlap is near whole.
    assert m.shared >= 0.8
    assert m.same_head and m.same_role and m.same_verb


def test_the_tolls_of_another_event_are_no_red_conflict_and_any_pairing_shares_little() -> None:
    other = (
        "Seven workers were killed when a crane toppled at the Marlow docks in 2019, an inquiry found."
        + REST.replace("blaze", "wreck")
    )
    comparison = compare_texts(_story("four"), other, tail=NEUTRAL_TAIL)
    pairs = [x for x in comparison.conflicts if {v.text.lower() for v in x.values} == {"four", "seven"}]
    # The engine once paired these two tolls as a red conflict; since the fifteenth session it does not
    # (the test used to skip then). Whatever it still pairs, the measures must show the two events apart.
    assert not [x for x in pairs if x.kind == "conflict"]
    for x in pairs:
        where = source(x, comparison)
        m = measures(x, comparison, where, closeness(x, comparison, where), sentences_of(comparison))
        assert m.shared < 0.4  # a crane in 2019 against a fire: little wording shared besides the toll


def test_every_family_keeps_every_red_at_its_first_parameter(fire: Comparison) -> None:
    # The first grid value is "no demotion" for the rules whose parameter is a floor: the benchmark's
    # choice starts from the engine as it is.
    m = _toll(fire)
    for family in FAMILIES:
        if family.name == "agree-and-shared":
            continue  # demotes a lone value's side at any parameter: a rule, not a floor
        assert family.keep(m, "number", family.grid[0]), family.name
