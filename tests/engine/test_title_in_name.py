"""One title cut in two places is no role conflict: "Sheriff Deputy Mendez" against "Deputy Mendez".

The recogniser may take part of a title into the name ("Deputy Mendez", role
"Sheriff") in one article and leave it out in another ("Mendez", role
"Deputy"): the deputy's title is the same in both. Short articles written for
the test, compared with the real spaCy model; two titles that differ still
conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

OPENING_A = "A jury on Friday convicted a gang member of shooting a sheriff's deputy in Harwick in 2019. "
OPENING_B = "A gang member was convicted on Friday of shooting a deputy in Harwick in 2019. "
HURT = (
    "{} Mendez, 35, with the county's Gang Unit, was hurt on May 2, 2019 outside a depot in Harwick"
    " while questioning a driver about a crash."
)
QUESTION = "{} Mendez had gone to a depot in the town of Harwick to question a driver about a crash."


def _found(first: str, second: str) -> list[tuple[str, tuple[str, ...]]]:
    return differences(compare_texts(OPENING_A + first, OPENING_B + second, tail=NEUTRAL_TAIL))


def test_a_title_partly_read_into_the_name_is_no_role_conflict():
    assert _found(HURT.format("Sheriff Deputy"), QUESTION.format("Deputy")) == []


def test_two_different_titles_still_conflict():
    assert _found(HURT.format("Deputy"), QUESTION.format("Captain")) == [("conflict", ("Deputy", "Captain"))]


def test_a_post_against_a_grade_alone_is_a_possible_difference():
    # "Sheriff" (the rest of the title read into the name) is a post, "Captain" a grade: one person may hold both
    # (roles.grade_and_post), so the difference is shown, but not as a contradiction.
    assert _found(HURT.format("Sheriff Deputy"), QUESTION.format("Captain")) == [("possible", ("Sheriff", "Captain"))]
