"""The outlets' publication lines (timestamps at the top) share one row, and that row states nothing."""

from __future__ import annotations

from tests.support.texts import compare_texts, grouped_together

BODY = (
    "The council of Marlow voted on Tuesday to rebuild the flooded library for $4 million.\n\n"
    "The new library will open next spring with a larger reading room and a cafe."
)


def test_timestamp_lines_share_one_row_and_no_claim_or_conflict():
    comparison = compare_texts(
        "Library to be rebuilt\n\nUpdated: November 11, 2011 20: 09 IST\n\n" + BODY,
        "Marlow library plan\n\nPublished 3:45 p.m. ET Nov. 12, 2011\n\n" + BODY,
        "Marlow votes on library\n\n" + BODY,
    )
    assert grouped_together(comparison, "Updated: November 11", "Published 3:45")
    row = next(g for g in comparison.groups if any(s.startswith("a0:") and s.endswith(":1") for s in g.sentences))
    assert len(row.sentences) == 2  # the third article has no publication line: nothing of it joins
    # The two dates differ (the 11th, the 12th), yet the row is furniture: no claim, no difference.
    assert comparison.conflicts == ()
    assert not any(c.group == row.id for c in comparison.claims)


def test_a_timestamp_far_down_an_article_is_not_its_publication_line():
    lead = "Library to be rebuilt\n\nUpdated: November 11, 2011 20: 09 IST\n\n" + BODY
    late = (
        "Marlow library plan\n\n"
        + BODY
        + "\n\n"
        + "\n\n".join(
            f"Councillors discussed the {w} wing of the building." for w in ("east", "west", "north", "south", "old")
        )
    )
    comparison = compare_texts(lead, late + "\n\nPublished 3:45 p.m. ET Nov. 12, 2011")
    assert not grouped_together(comparison, "Updated: November 11", "Published 3:45")


def test_a_dateline_on_its_own_line_joins_the_sentence_it_opens():
    comparison = compare_texts(
        "Library to be rebuilt\n\nMARLOW, England --\n\n" + BODY,
        "Marlow library plan\n\nMARLOW, England — " + BODY,
    )
    assert grouped_together(comparison, "MARLOW, England --", "MARLOW, England — The council")
    row = next(g for g in comparison.groups if any(s == "a0:1" for s in g.sentences))
    assert "a0:2" in row.sentences  # the dateline and the lead it opens, one row
    # The row's claim is the report, never the dateline.
    claim = next(c for c in comparison.claims if c.group == row.id)
    assert "$4 million" in claim.text and "--" not in claim.text
