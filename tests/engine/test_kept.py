"""What the engine keeps of an article across comparisons: the same answers as reading it afresh.

The app compares the same analyses again when stories are merged or split; the engine keeps each
article's features, story terms and parses with its analysis (``engine.kept``) and the wording scores
of two articles by their words (``engine.wording``). A comparison made again, or of an article whose date
changed, must read exactly as a first one would.
"""

from __future__ import annotations

import dataclasses
import gc
from datetime import date

import numpy as np
from rapidfuzz import fuzz, process

from tuicompare.analysis import nlp
from tuicompare.engine import compare, kept
from tuicompare.engine.attrparse import Parse
from tuicompare.engine.features import article_features
from tuicompare.engine.slotroles import slot_roles
from tuicompare.engine.story_similarity import weigh
from tuicompare.engine.story_terms import article_terms
from tuicompare.engine.wording import wording_scores
from tuicompare.models import Article

FIRST = (
    "A fire destroyed the old mill in Harwick on Friday, and two workers were taken to hospital.\n\n"
    "The blaze started in the drying room shortly after midnight, the fire chief Ada Brenner said.\n\n"
    "In all, 40 firefighters fought the fire at the mill for six hours."
)
SECOND = (
    "Two workers were hurt when fire swept through the Harwick mill on Friday.\n\n"
    "Fire chief Ada Brenner said the blaze began in the drying room after midnight.\n\n"
    "In all, 60 firefighters fought the fire at the mill for six hours."
)


def _articles(date: str) -> list[Article]:
    return [
        Article("a0", "a0.txt", "Mill fire", FIRST, date=date),
        Article("a1", "a1.txt", "Fire at the mill", SECOND, date=date),
    ]


def test_comparing_again_answers_as_a_first_comparison() -> None:
    articles = _articles("2024-03-04")
    analyses = nlp.analyze(articles)
    first = compare(articles, analyses)
    again = compare(articles, analyses)
    afresh = compare(articles, [dataclasses.replace(a) for a in analyses])
    assert again == first
    assert afresh == first
    assert len(first.stories) == 1 and first.conflicts, "one story, 40 against 60 firefighters reported"


def test_an_article_with_another_date_is_read_again() -> None:
    """ "Friday" is resolved against the publication date: a changed date is read as a fresh comparison reads it."""
    analyses = nlp.analyze(_articles("2024-03-04"))
    compare(_articles("2024-03-04"), analyses)
    moved = compare(_articles("2024-05-20"), analyses)
    assert moved == compare(_articles("2024-05-20"), [dataclasses.replace(a) for a in analyses])

    def friday(published: date) -> str | None:
        return next(s.key for f in kept.kept_features(analyses[0], published) for s in f.spans if s.text == "Friday")

    march, may = friday(date(2024, 3, 4)), friday(date(2024, 5, 20))
    assert march != may
    assert may == next(
        s.key for f in article_features(analyses[0], date(2024, 5, 20)) for s in f.spans if s.text == "Friday"
    )


def test_kept_features_are_those_read_afresh_and_go_with_their_analysis() -> None:
    analyses = nlp.analyze(_articles("2024-03-04"))
    analysis = analyses[0]
    features = kept.kept_features(analysis)
    assert kept.kept_features(analysis) is features
    assert [(f.id, f.seq, f.spans, f.lemmas) for f in features] == [
        (f.id, f.seq, f.spans, f.lemmas) for f in article_features(analysis)
    ]
    sentence = analysis.sentences[0]
    parse = kept.parse_of(sentence)
    assert kept.parse_of(sentence) is parse and parse.s is sentence
    assert parse.kids == Parse(sentence).kids
    held, sentences = len(kept._KEPT), len(kept._ANALYSIS_OF)
    del analyses, analysis, features, sentence, parse
    gc.collect()
    assert len(kept._KEPT) < held, "a dropped analysis's readings are let go (a long-running app keeps nothing)"
    assert len(kept._ANALYSIS_OF) < sentences


def test_kept_wording_scores_are_rapidfuzz_scores() -> None:
    a = ["<ENT> a fire destroyed mill the", "chief said the started"]
    b = ["a destroyed fire mill the", "<NUM> firefighters fought"]
    expected = (
        process.cdist(a, b, scorer=fuzz.token_set_ratio, workers=1) + process.cdist(a, b, scorer=fuzz.ratio, workers=1)
    ) / 200.0
    first = wording_scores(a, b, a, b)
    assert np.array_equal(first, expected) and first.dtype == expected.dtype
    assert wording_scores(list(a), list(b), list(a), list(b)) is first
    assert not first.flags.writeable, "a shared matrix cannot be changed by one caller"


def test_slot_roles_kept_on_the_features_are_those_read_afresh() -> None:
    """What the parse says of each slot (its verb, what it qualifies, the list it is in) is kept on the features."""
    text = (
        "Ohio Gov. Jim Poe met Sen. Ann Roe, 61, and Rep. Tom Hale in Columbus on Friday.\n\n"
        "The $5 million from the Treasury was spent by the Columbus council."
    )
    (analysis,) = nlp.analyze([Article("r0", "r0.txt", "", text, date="2024-03-04")])
    features = kept.kept_features(analysis)
    spans = [s for f in features for s in f.spans]
    sentences = {s.id: s for s in analysis.sentences}
    by_id = {f.id: f for f in features}
    afresh = slot_roles(spans, sentences)
    first = slot_roles(spans, sentences, features=by_id)
    again = slot_roles(spans, sentences, features=by_id)
    assert first == afresh and again == afresh
    assert afresh.listed and afresh.anchors, "a list of three names, an age and a state qualifying their people"
    assert all("slot roles" in f.readings for f in features if any(s.key for s in f.spans))


def test_kept_story_weights_are_those_weighed_afresh() -> None:
    """Clustering reads each article's weighted story terms: kept per headline, equal to weighing its bag anew."""
    (analysis,) = nlp.analyze(_articles("2024-03-04")[:1])
    weights = kept.kept_weights(analysis, title="Mill fire")
    assert kept.kept_weights(analysis, title="Mill fire") is weights
    assert weights == weigh(article_terms(article_features(analysis), title="Mill fire"))
    assert kept.kept_weights(analysis, title="Another headline") != weights, "a headline's words are terms too"
