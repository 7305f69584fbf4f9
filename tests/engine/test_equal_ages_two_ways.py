"""One age written two ways across outlets: "Tom Hale, 35," against "35-year-old Tom Hale".

Short texts written for these tests, analysed with the real spaCy model. The recogniser reads the one a count
(unit "age") and the other a length of time ("35 year-old"); ``slots.paired_slots`` pairs them as one value, so the
"35-year-old" does not pair with another age the first sentence states (the clerks' "66 and 41").
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets

LEAD = (
    "Police in the valley town of Marlow made an arrest on Friday after a long search for a man wanted over a robbery. "
)
CLERKS = "will face assault charges after officers found two clerks -- 66 and 41-years-old -- injured inside a shop."
HELD = (
    "The county prosecutor said just after noon Monday that 35-year-old Tom Hale was arrested at a friend's home "
    "where he was found hiding with a second man."
)


def _compared(first: str, second: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL))


def test_one_age_written_two_ways_is_no_difference_with_another_persons_age():
    # Before: a red conflict "41-years-old" against "35-year-old" (the suspect's age against a clerk's).
    assert _compared("Tom Hale, 35, " + CLERKS, HELD) == []
    assert (
        _compared(
            "Tom Hale, 35, faces assault charges after officers found two clerks -- 66 and 41-years-old -- injured.",
            "The county prosecutor said late on Monday that 35-year-old Tom Hale was held at a friend's home.",
        )
        == []
    )


def test_an_age_written_two_ways_that_differs_is_still_a_difference():
    assert ("conflict", {"35", "38"}) in _compared("Tom Hale, 38, " + CLERKS, HELD)
