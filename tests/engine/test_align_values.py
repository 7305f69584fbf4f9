"""Alignment when outlets state one fact with different values.

Short articles written for the test, compared with the real spaCy model: a
sentence whose number or date differs from the other outlet's must still share
its group (otherwise the difference could never be reported), and sentences
that only share a person stay apart.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, grouped_together

FIRST = " ".join(
    [
        "The Lowmoor water board approved a plan on Tuesday to replace 12 miles of lead pipes.",
        "The work will cost $40 million, paid by a federal grant awarded on March 3.",
        "Residents have complained about brown tap water since the pumping station flooded in 2021.",
        "Board chairman Tomas Varga said crews would start digging in the eastern districts.",
        "A public meeting on the schedule is planned for next month.",
    ]
)
SECOND = " ".join(
    [
        "Lowmoor's water board voted on Tuesday to dig up and replace 12 miles of old lead pipes.",
        "Tap water in the town has run brown since a flood hit the pumping station in 2021.",
        "Tomas Varga, who chairs the board, said the first crews would go to the eastern districts.",
        "Officials will hold a public meeting about the timetable next month.",
        "Federal money will pay the $45 million cost, according to the board.",
    ]
)


def test_a_sentence_with_a_different_number_still_shares_the_other_outlets_group():
    # The cost is the second sentence of one and the last of the other, with other figures and
    # other words: only what the two sentences share besides their numbers can group them.
    comparison = compare_texts(FIRST, SECOND)
    assert grouped_together(comparison, "will cost $40 million", "pay the $45 million cost")
    assert grouped_together(comparison, "replace 12 miles of lead pipes", "replace 12 miles of old lead pipes")
    assert not grouped_together(comparison, "will cost $40 million", "since a flood hit")
    assert not grouped_together(comparison, "will cost $40 million", "public meeting about the timetable")
