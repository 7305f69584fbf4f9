"""What triage says only the new article reports is what ``report`` calls single-source.

The other article names the same two people in another fact, so its sentence lines up with the new article's
without stating it (``absent``). ``report`` calls that claim single-source; triage used to list it neither as
corroborated nor as "only here", since another article's sentence shared its row.
"""

from __future__ import annotations

import pytest

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.triage.result import from_comparison

ACCUSED = "Mayor Ana Costa accused councillor Piet Vos of hiding the harbour accounts from the auditors."
BEES = "Piet Vos, who has sat on the council since the floods, keeps bees behind the town hall, Ana Costa once joked."


def _triaged(new_text: str, corpus_text: str):  # noqa: ANN202 - an ArticleTriage
    """Triage read from ``compare``'s comparison of the new article (``a0``) with one corpus article (``a1``)."""
    comparison = compare_texts(new_text, corpus_text, tail=NEUTRAL_TAIL)
    article = next(a for a in comparison.articles if a.id == "a0")
    analysis = next(a for a in comparison.analyses if a.article == "a0")
    return comparison, from_comparison(comparison, article, analysis, [])


def test_a_claim_report_calls_single_source_is_only_in_the_new_article() -> None:
    comparison, result = _triaged(BEES, ACCUSED)
    (claim,) = [k for k in comparison.claims if "bees" in k.text]
    (group,) = [g for g in comparison.groups if g.id == claim.group]
    assert group.articles == ("a0", "a1") and claim.stances == {"a0": "supports", "a1": "absent"}
    assert claim.single_source  # what report says of it
    assert [c.claim for c in result.only_here] == [claim.id]
    assert not result.corroborated


@pytest.mark.parametrize("same", [True, False])
def test_a_claim_a_corpus_article_supports_is_corroborated_never_only_here(same: bool) -> None:
    comparison, result = _triaged(BEES, BEES if same else ACCUSED)
    (claim,) = [k for k in comparison.claims if "bees" in k.text]
    listed = ([c.claim for c in result.only_here], [c.claim for c in result.corroborated])
    assert listed == (([], [claim.id]) if same else ([claim.id], []))
