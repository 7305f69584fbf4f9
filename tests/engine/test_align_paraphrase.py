"""Alignment on real-outlet paraphrase: facts in another order and other words, on texts written for the test.

Each test compares short articles with the real spaCy model and checks the
groups a reader sees side by side: the sentences that state one fact share a
group, and sentences that only share a person do not.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.models import Article, Comparison


def _compare(*texts: str) -> Comparison:
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate(texts)]
    return compare(articles, nlp.analyze(articles), stories=[[a.id for a in articles]])


def _together(comparison: Comparison, first: str, second: str) -> bool:
    """True when the sentence holding ``first`` (article a0) and the one holding ``second`` (a1) share a group."""
    by_text = {s.id: s.text for a in comparison.analyses for s in a.sentences}
    a = next(sid for sid, text in by_text.items() if sid.startswith("a0:") and first in text)
    b = next(sid for sid, text in by_text.items() if sid.startswith("a1:") and second in text)
    return any(a in g.sentences and b in g.sentences for g in comparison.groups)


FIRST = " ".join(
    [
        "The Rivermouth harbour authority approved a $40 million plan on Tuesday to deepen the northern channel.",
        "Dredging will begin in March and is expected to last two years, officials said.",
        "Local fishermen warned that the work would drive cod away from the bay for a generation.",
        "The authority's chairwoman, Ingrid Salo, said the channel had silted up after the 2019 floods.",
        "Container traffic through the port has doubled since 2015, according to the authority.",
    ]
)
SECOND = " ".join(
    [
        "Fishing crews in Rivermouth fear the cod will leave the bay for decades once the dredgers arrive.",
        "Since 2015 the number of containers handled at the port has doubled, the harbour authority says.",
        "Ingrid Salo, who chairs the authority, blamed the 2019 floods for the silt that now chokes the channel.",
        "Work is due to start in March and should take about two years.",
        "The harbour board voted on Tuesday to spend $40 million on deepening the channel to the north.",
    ]
)


def test_the_same_facts_in_another_order_and_other_words_align_fact_to_fact():
    comparison = _compare(FIRST, SECOND)
    # First sentence of one, last of the other; second against fourth; fifth against second.
    assert _together(comparison, "approved a $40 million plan", "spend $40 million")
    assert _together(comparison, "Dredging will begin in March", "Work is due to start in March")
    assert _together(comparison, "has doubled since 2015", "Since 2015 the number")
    assert _together(comparison, "silted up after the 2019 floods", "blamed the 2019 floods")
    assert not _together(comparison, "Dredging will begin in March", "Since 2015 the number")


def test_one_person_quoted_on_two_topics_stays_in_two_groups():
    comparison = _compare(
        "The city will close two libraries next year to save money, the council announced. "
        "Dana Whitcombe said the new tram line would open in September.",
        "The council plans to shut two libraries in 2025 to cut costs. "
        "Dana Whitcombe said she would not seek a third term when her mandate ends.",
    )
    assert _together(comparison, "close two libraries", "shut two libraries")
    assert not _together(comparison, "new tram line", "not seek a third term")
