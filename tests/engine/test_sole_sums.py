"""Two sums of money in one role, each its sentence's only sum, hold one fact (``solesums``, issue 10).

Short sentences written for these tests, parsed with the real spaCy model; the row and its link (a loose
one, 0.4) are given. A shared verb alone is only part of the evidence that two figures hold one fact;
when each sentence gives one sum only and the parse gives both one role ("repay the $50,000", "repay the
$84,000"), the sums differ red. A sentence that gives two sums leaves the pairing a guess: no difference
is told from so loose a link.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import row_observations
from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.tuning import TUNING

PUBLISHED = date(2024, 5, 10)
PLEDGED = "Poe pledged to repay the {} in city money spent to settle the claim."
TOLD = "After the reports broke, Poe told the council that she would repay the {} to the treasury."


def _numbers(first: str, second: str) -> dict[frozenset[str], tuple[str, float]]:
    """The number observations of one row holding the two sentences, loosely linked: kind and confidence."""
    group = AlignedGroup(("a0:0", "a1:0"), 0.8, (Link("a0:0", "a1:0", 0.4),))
    return {
        frozenset((o.spans[0][1], o.spans[1][1])): (o.kind, o.confidence)
        for o in row_observations((first, second), PUBLISHED, group)
        if o.spans[0][0].kind == "number"
    }


def test_two_sole_sums_repaid_differ_red():
    # Not reported on 7b91f17: a shared verb is slot evidence 0.55, under report_min with this link.
    kind, confidence = _numbers(PLEDGED.format("$50,000"), TOLD.format("$84,000"))[frozenset({"$50,000", "$84,000"})]
    assert kind == "conflict" and confidence >= TUNING.conflicts.possible_below


def test_one_sum_told_twice_agrees():
    found = _numbers(PLEDGED.format("$84,000"), TOLD.format("$84,000"))
    assert [kind for kind, _confidence in found.values()] == ["agree"]


def test_a_sentence_with_two_sums_leaves_the_pairing_a_guess():
    found = _numbers(PLEDGED.format("$50,000"), TOLD.format("$84,000 and a $20,000 fine"))
    assert not any(kind in ("conflict", "possible") for kind, _confidence in found.values())
