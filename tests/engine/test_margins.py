"""A margin ("won by a combined 24 points") is by how much one side beat the other, never a side's score.

Short sentences written for these tests, parsed with the real spaCy model (``engine.margins``; a
different-facts false possible difference of the ECB+ audits: a series' margin against a player's
points a game). Two margins are still compared.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine.features import SentenceFeatures, Span, article_features
from tuicompare.engine.margins import is_margin, margin_against_figure
from tuicompare.models import Article


def _number(text: str, figure: str) -> tuple[SentenceFeatures, Span]:
    """The first sentence of ``text`` and its number span starting with ``figure``."""
    article = Article("a0", "a0.txt", "t", text)
    sentence = article_features(nlp.analyze([article])[0])[0]
    return sentence, next(s for s in sentence.spans if s.kind == "number" and s.text.startswith(figure))


SERIES = "The Hawks won the series against the Bulls by a combined 24 points."
BEAT = "The Hawks beat the Bulls by 12 points on Friday."
VICTORY = "The Hawks took a 14-point victory over the Bulls on Friday."
AVERAGE = "Guard Ann Roe has been slowed by a bad knee, and her numbers (15.9 points) have been poor."
SCORED = "Guard Ann Roe scored 24 points as the Hawks beat the Bulls on Friday."


def test_what_a_win_was_by_is_a_margin():
    assert is_margin(*_number(SERIES, "24"))
    assert is_margin(*_number(BEAT, "12"))
    assert is_margin(*_number(VICTORY, "14"))


def test_points_scored_or_averaged_are_no_margin():
    assert not is_margin(*_number(AVERAGE, "15.9"))
    assert not is_margin(*_number(SCORED, "24"))


def test_a_margin_is_never_paired_with_a_score_but_two_margins_are():
    (a, x), (b, y) = _number(SERIES, "24"), _number(AVERAGE, "15.9")
    assert margin_against_figure(a, b, x, y) and margin_against_figure(b, a, y, x)
    (c, z), (d, w) = _number(BEAT, "12"), _number(VICTORY, "14")
    assert not margin_against_figure(c, d, z, w)
