"""Two names of two roles: one listed with a partner the other sentence names apart (``engine.listpartners``).

"The trial of the brothers Vance and Sola" against "Vance was found guilty of wounding Ruiz and
Park": Sola shares Vance's role (a co-accused), Ruiz another (a victim); they are never one name
changed. Sentences written for the test, parsed with the real spaCy model; each name's entity is
its text (one person per name).
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine.features import SentenceFeatures, Span, article_features
from tuicompare.engine.listpartners import partnered_apart
from tuicompare.models import Article

_TRIAL = "The brothers Tom Vance and {other} went on trial for murder in Dunmore on Monday."
_VERDICT = "Tom Vance was found guilty of wounding Jane Ruiz and Lily Park in Dunmore on Monday."


def _features(article: str, text: str) -> SentenceFeatures:
    articles = [Article(article, f"{article}.txt", "t", text)]
    return article_features(nlp.analyze(articles)[0])[0]


def _names(*sentences: SentenceFeatures) -> tuple[dict[str, Span], dict[Span, int]]:
    spans = {s.text: s for sentence in sentences for s in sentence.spans if s.kind == "name"}
    ids = {text: n for n, text in enumerate(sorted(spans))}
    entity_of = {s: ids[s.text] for sentence in sentences for s in sentence.spans if s.kind == "name"}
    return spans, entity_of


def test_a_co_accused_is_not_a_victim_renamed():
    trial, verdict = _features("a0", _TRIAL.format(other="Rick Sola")), _features("a1", _VERDICT)
    names, entity_of = _names(trial, verdict)
    assert partnered_apart(trial, verdict, names["Rick Sola"], names["Jane Ruiz"], entity_of)


def test_two_co_accused_of_one_partner_still_fill_one_role():
    first, second = _features("a0", _TRIAL.format(other="Rick Sola")), _features("a1", _TRIAL.format(other="Dan Mora"))
    names, entity_of = _names(first, second)
    assert not partnered_apart(first, second, names["Rick Sola"], names["Dan Mora"], entity_of)
