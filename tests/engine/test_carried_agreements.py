"""A row's difference names the outlets that state a value in a linked sentence of another row
(``linkconflicts.carried_agreements``), on texts written for the test.

Three outlets report a council's harbour vote. The first says the mayor spoke of the reopening of
Plymouth, the third of the reopening of Dover: one row, one difference. The second outlet folds the
reopening of Dover into its sentence on the ports' traffic, which lines up with the first outlet's
traffic sentence: it sits in another row, and only a link joins it to the third outlet's sentence.
"""

from __future__ import annotations

import pytest

from tests.support.texts import compare_texts, sentence_with
from tuicompare.models import Comparison

OPENING = (
    "The regional council approved the harbour budget on Monday after a long debate.\n"
    "Councillors thanked the harbour crews for their work through a hard winter.\n"
)
FIRST = OPENING + (
    "The vote comes as freight traffic at the small ports of the north coast keeps rising for a third year, "
    "officials said.\n"
    "Several shipping firms have asked for longer quays.\n"
    "Earlier in the day, Mayor Ann Carrow spoke about the reopening of Plymouth, saying the success brings new "
    "ferry routes closer.\n"
    "She said the plan would also protect fishing jobs along the coast.\n"
)
SECOND = OPENING + (
    "The vote comes as freight traffic at the small ports of the north coast keeps rising for a third year, "
    "helped by the reopening of Dover, officials said.\n"
    "Several shipping firms have asked for longer quays.\n"
    "Carrow said the plan would also protect fishing jobs along the coast.\n"
)
THIRD = OPENING + (
    "Several shipping firms have asked for longer quays.\n"
    "Mayor Ann Carrow said the reopening of Dover has opened the door to new ferry routes.\n"
    "She said the plan would also protect fishing jobs along the coast.\n"
)


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return compare_texts(FIRST, SECOND, THIRD)


def _row(comparison: Comparison, sentence: str) -> str:
    return next(g.id for g in comparison.groups if sentence in g.sentences)


def test_the_folded_sentence_sits_in_another_row(comparison):
    folded = sentence_with(comparison, "a1", "reopening of Dover")
    assert _row(comparison, folded) != _row(comparison, sentence_with(comparison, "a2", "reopening of Dover"))
    assert _row(comparison, folded) != _row(comparison, sentence_with(comparison, "a0", "reopening of Plymouth"))


def test_the_outlet_of_the_linked_sentence_holds_the_value(comparison):
    places = [c for c in comparison.conflicts if c.kind == "conflict" and c.type == "place"]
    assert [{v.text: set(v.articles) for v in c.values} for c in places] == [
        {"Dover": {"a1", "a2"}, "Plymouth": {"a0"}}
    ]


def test_the_stances_follow_the_holders_shown(comparison):
    # The claim shows Dover held by two outlets, Plymouth by one: the outlet writing Plymouth is the one that
    # contradicts it, and the claim is told in the words of the outlet that supports it (the second outlet,
    # whose Dover sits in another row, is absent from the row and takes no stance).
    row = _row(comparison, sentence_with(comparison, "a0", "reopening of Plymouth"))
    claims = [k for k in comparison.claims if k.group == row]
    assert [k.text.startswith("Mayor Ann Carrow said the reopening of Dover") for k in claims] == [True]
    assert claims[0].stances == {"a0": "contradicts", "a1": "absent", "a2": "supports"}
