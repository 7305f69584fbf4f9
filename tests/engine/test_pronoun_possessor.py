"""A possessive pronoun before an event noun means the person an earlier sentence names (issue 10).

Short texts written for these tests, read with the real spaCy model, one weak link between two sentences.
"Police said her arrest came on Monday", after a sentence naming Dara Venn, is her arrest
(``links.SentenceKeys.referents`` in ``possessors``), so a weak link compares its day with "Dara Venn was
arrested on Tuesday"; after a sentence naming another woman, nothing ties the two.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import story_readings
from tuicompare.engine.align import Link
from tuicompare.engine.links import SentenceKeys, link_observations

_PUBLISHED = date(2024, 5, 10)
_ARRESTED = "Dara Venn was arrested on Tuesday, the harbour police said."
_CAME = "Police said her arrest came on Monday after a long search of the harbour."


def _found(first: str) -> set[frozenset[str]]:
    """The values a weak link (0.3) between ``first``'s second sentence and ``_ARRESTED`` finds different."""
    r = story_readings((f"{first} {_CAME}", _ARRESTED), _PUBLISHED)
    rows, row_of = [["a0:0"], ["a0:1"], ["a1:0"]], {"a0:0": 0, "a0:1": 1, "a1:0": 2}
    # The pronouns' people as the comparison reads them (``SentenceKeys``, each article's active sentences in order).
    active = {art: [f for f in r.features.values() if f.article == art and f.active] for art in ("a0", "a1")}
    people = {k for k, label in enumerate(r.labels) if label == "person"}
    referents = SentenceKeys(active, r.entity_of, people).referents
    link = Link("a0:1", "a1:0", 0.3)
    found = link_observations([link], r.features, rows, row_of, r.entity_of, r.labels, r.roles, referents)
    return {frozenset((o.spans[0][1], o.spans[1][1])) for *_rows, o in found if o.kind in ("conflict", "possible")}


def test_her_arrest_after_a_sentence_naming_her_is_her_arrest():
    assert frozenset({"Monday", "Tuesday"}) in _found("Dara Venn, a 34-year-old clerk, ran the harbour office.")


def test_her_arrest_after_a_sentence_naming_another_woman_ties_nothing():
    assert not _found("Mira Holt, a 34-year-old clerk, ran the harbour office.")
