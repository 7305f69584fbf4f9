"""``plantwhy.why_disagreement``: the stage where a real disagreement between two outlets was lost.

Short articles written for this test, analysed with the real spaCy model; the
gold mentions are located by their text, as a gold file's offsets would be.
``bench_real.py --why`` prints these causes for the gold disagreements it misses.
"""

from __future__ import annotations

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.evaluation.plantwhy import StoryStages, why_disagreement
from tuicompare.evaluation.realgold import GoldMention
from tuicompare.models import Article, Comparison

FIRST = (
    "The harbour board voted on Tuesday to close the old pier for repairs after a winter of storms."
    " Work on the pier will cost the city about four million dollars, the mayor said."
    " Fishing boats will moor at the new quay in the meantime."
    " The ferry to the islands keeps its timetable."
)
SECOND = (
    "The old pier will close for repairs, the harbour board decided on Tuesday after the storms."
    " Boats of the fishing fleet are to use the new quay while the work goes on."
    " Ferries to the islands will sail as usual."
    " A bakery on the seafront reopened its doors after a fire that cost its owners six million dollars."
)


def _mention(article: Article, value: str) -> GoldMention:
    start = article.text.index(value)
    end = start + len(value)
    sentence_start = article.text.rfind(". ", 0, start) + 1
    return GoldMention(article.id, value, start, end, (sentence_start, article.text.find(".", end) + 1))


@pytest.fixture(scope="module")
def story() -> tuple[list[Article], StoryStages, Comparison]:
    articles = [Article("a0", "a0.txt", "t", FIRST), Article("a1", "a1.txt", "t", SECOND)]
    analyses = nlp.analyze(articles)
    return articles, StoryStages(articles, analyses), compare(articles, analyses, stories=[["a0", "a1"]])


def test_two_figures_told_in_sentences_of_two_facts_were_never_aligned(story):
    (first, second), stages, comparison = story
    mentions = [_mention(first, "four million dollars"), _mention(second, "six million dollars")]
    assert why_disagreement(stages, comparison, mentions) == "not aligned"


def test_a_value_the_engine_reads_no_slot_for_has_no_counterpart(story):
    (first, second), stages, comparison = story
    # "repairs" is no name, number or date: nothing could ever be compared there.
    mentions = [_mention(first, "repairs"), _mention(second, "six million dollars")]
    assert why_disagreement(stages, comparison, mentions) == "no counterpart slot"


def test_one_value_in_both_outlets_is_no_disagreement_to_trace(story):
    (first, second), stages, comparison = story
    # Both say Tuesday: a pair of equal values is skipped, so nothing is traced at all.
    mentions = [_mention(first, "Tuesday"), _mention(second, "Tuesday")]
    assert why_disagreement(stages, comparison, mentions) == "no counterpart slot"
