"""A value each outlet states in place of the other's, hanging from one verb both use, helps align the pair.

Short articles written for the test, compared with the real spaCy model: "will repay the $84,000" and
"must repay the $50,000" say one act with two sums, so the two sentences share a row even where their other
words differ and they sit apart in their articles; the difference is judged at the similarity the pair has
without that help, so it stays a possible difference, not a red conflict.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, grouped_together, tier_values

FIRST = " ".join(
    [
        "The Harwick rugby club will repay the $84,000 it borrowed from the regional union, its treasurer said.",
        "The club's new stand opened in March after two years of building.",
        "Attendance at home games rose by a third last season.",
        "Members will vote on a new chairman at the annual meeting in June.",
    ]
)
SECOND = " ".join(
    [
        "A new stand, two years in the making, opened in March.",
        "Crowds at the ground grew by a third over the last season.",
        "Under a deal struck with the union, the club must repay the $50,000 within five years.",
        "Members of Harwick's rugby club are to choose a new chairman at their June meeting.",
    ]
)


def test_two_sums_of_one_repayment_share_a_row_and_are_a_possible_difference():
    comparison = compare_texts(FIRST, SECOND)
    assert grouped_together(comparison, "repay the $84,000", "repay the $50,000")
    assert frozenset({"$84,000", "$50,000"}) in tier_values(comparison, "possible")
    assert frozenset({"$84,000", "$50,000"}) not in tier_values(comparison, "conflict")
    # The other rows are untouched by the swap.
    assert grouped_together(comparison, "new stand opened in March", "new stand, two years")
    assert not grouped_together(comparison, "repay the $84,000", "choose a new chairman")
