"""A possible difference too unsure to tell anything is not shown (``DifferenceTuning.shown_min``).

On every real gold tuned on, the possible differences whose confidence the
demoting factors had brought under 0.17 were all false: two spans of two
facts (a person's years in a town against his years at a job, told by two
people; two players of one game). Short articles written for the test,
compared with the real spaCy model; a real disagreement between the same
kind of values is still shown.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

TOWN = "Harlan, a father of two, has lived in the town for nearly 30 years, his neighbour Ted Moss said."
MILL = "Harlan had worked at the mill for about 12 years before he was suspended, union steward Ann Roe said."


def test_two_spans_of_two_facts_are_not_shown():
    assert differences(compare_texts(TOWN, MILL, tail=NEUTRAL_TAIL)) == []


def test_two_spans_of_one_fact_still_differ():
    comparison = compare_texts(
        "Harlan had worked at the mill for 30 years before he was suspended on Monday, his union said.",
        "Harlan had worked at the mill for 12 years before he was suspended on Monday, his union said.",
        tail=NEUTRAL_TAIL,
    )
    assert [(kind, set(values)) for kind, values in differences(comparison)] == [("conflict", {"30 years", "12 years"})]
