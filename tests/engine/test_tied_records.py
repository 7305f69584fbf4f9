"""Two equal figures joined by a dash ("the Owls (7-7)") are a record or a tie, never a count.

Short articles written for these tests, compared with the real spaCy model.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

VISIT = "The Owls ({}) will visit the Hawks (0-14) in Carlow this Sunday, the league said."


def test_a_tied_record_is_no_count_of_losses():
    red, possible = red_and_possible(
        "The Owls take on the 0-14 Hawks in Carlow on Sunday, and it appears they will hand them No. 15.",
        VISIT.format("7-7"),
    )
    assert not {v for pair in red | possible for v in pair} & {"7", "7-7"}


def test_two_records_still_conflict():
    red, _possible = red_and_possible(VISIT.format("7-7"), VISIT.format("8-6"))
    assert frozenset({"7-7", "8-6"}) in red
