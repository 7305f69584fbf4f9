"""One referent written two ways is a variant: a name cut short, spaced apart, or its body's kind dropped.

False alarm classes of the second fresh ECB+ gold (a tuning set since
session 5). Short articles written for the test, compared with the real
spaCy model, each next to the real change of name that must stay a conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.models import Comparison

TAIL = NEUTRAL_TAIL
PRAISE = (
    'Ben Stone, controller of {} said Dan Reed was "an extraordinarily talented actor who can turn his hand to it".'
)
PLAN = (
    'Ben Stone, controller of {}, said: "We started thinking Dan Reed might be the right person to take on this part."'
)
SEALED = "Judge Vincent {} sealed the courtroom because the witness had been threatened by the gunman."
TOURNAMENT = "The Hawks beat the Owls 65-53 on Friday in the quarterfinals of the {} tournament."


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def _kinds(comparison: Comparison) -> list[tuple[str, set[str]]]:
    return [(c.kind, {v.text for v in c.values}) for c in comparison.conflicts]


def test_a_name_cut_where_its_capitals_end_is_no_other_body():
    comparison = _compare(PRAISE.format("ITV Sport Commissioning"), PLAN.format("ITV Sport commissioning"))
    assert not [kind for kind, _values in _kinds(comparison) if kind in ("conflict", "possible")]


def test_another_body_in_that_sentence_is_still_a_conflict():
    comparison = _compare(PRAISE.format("ITV Sport Commissioning"), PLAN.format("Zenith Comedy"))
    assert [kind for kind, _values in _kinds(comparison) if kind == "conflict"]


def test_a_name_written_with_and_without_a_space_is_a_variant():
    comparison = _compare(SEALED.format("Del Rio"), SEALED.format("DelRio"))
    assert _kinds(comparison) == [("variant", {"Vincent Del Rio", "Vincent DelRio"})]


def test_another_surname_is_still_a_conflict():
    comparison = _compare(SEALED.format("Del Rio"), SEALED.format("Delgado"))
    assert _kinds(comparison) == [("conflict", {"Vincent Del Rio", "Vincent Delgado"})]


def test_a_conference_named_without_its_kind_is_the_same_conference():
    comparison = _compare(TOURNAMENT.format("Missouri Valley Conference"), TOURNAMENT.format("Missouri Valley"))
    assert not [kind for kind, _values in _kinds(comparison) if kind in ("conflict", "possible")]


def test_another_conference_is_still_a_conflict():
    comparison = _compare(TOURNAMENT.format("Missouri Valley Conference"), TOURNAMENT.format("Ohio Valley Conference"))
    assert [kind for kind, _values in _kinds(comparison) if kind == "conflict"]
