"""Links between rows, on texts written for the test: a lead sentence that states two facts.

One article packs into its lead what the other states in two sentences far
apart; rows are a partition, so the lead shares a row with one of them and
is linked to the other. A value changed in the linked sentence is reported.
"""

from __future__ import annotations

import pytest

from tests.support.texts import LEAD, SPLIT, compare_texts, grouped_together, linked, sentence_with
from tuicompare.models import Comparison


@pytest.fixture(scope="module")
def same() -> Comparison:
    return compare_texts(LEAD, " ".join([*SPLIT, "Its chairwoman Ingrid Salo said dredging would begin in March."]))


@pytest.fixture(scope="module")
def changed() -> Comparison:
    return compare_texts(LEAD, " ".join([*SPLIT, "Its chairwoman Ingrid Salo said dredging would begin in June."]))


def test_a_lead_sentence_is_linked_to_its_second_fact_outside_its_row(same):
    assert grouped_together(same, "approved a $40 million plan", "voted on Tuesday to spend $40 million")
    assert not grouped_together(same, "approved a $40 million plan", "dredging would begin in March")
    assert linked(same, "approved a $40 million plan", "dredging would begin in March")
    # Sentences on other subjects are linked to nothing.
    for words in ("old lighthouse", "new windows"):
        sid = sentence_with(same, "a1", words)
        assert not [k for k in same.links if sid in (k.a, k.b)]


def test_links_join_two_articles_across_two_rows(same, changed):
    for comparison in (same, changed):
        row = {s: g.id for g in comparison.groups for s in g.sentences}
        assert comparison.links
        for k in comparison.links:
            assert k.a.split(":")[0] != k.b.split(":")[0]
            assert row[k.a] != row[k.b]
            assert k.story == comparison.stories[0].id
            assert 0.0 <= k.score <= 1.0


def test_a_date_changed_in_the_linked_sentence_is_reported_where_the_lead_is(same, changed):
    assert not [c for c in same.conflicts if c.kind in ("conflict", "possible")]
    (found,) = [c for c in changed.conflicts if c.kind in ("conflict", "possible")]
    assert found.type == "date"
    assert sorted(v.text for v in found.values) == ["June", "March"]
    lead = sentence_with(changed, "a0", "approved a $40 million plan")
    assert lead in next(g for g in changed.groups if g.id == found.group).sentences
