"""Scores, records and runs ("72 - 60", "a 12 - 3 run"): a pair of numbers, never a count.

Each case is two short articles about one game, analysed with the real spaCy
pipeline and compared as one story. A pair compares only with another pair
of the same things: a run is no other value of the final score, and the
recogniser tagging one number of a pair alone ("72" of "72 - 60") must not
make it a count.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.models import Article, Comparison

TAIL = "\n\nThe team will play for the title on Sunday against the winner of the late game."


def _compare(*texts: str) -> Comparison:
    articles = [
        Article(f"a{n}", f"a{n}.json", "Harbor City semifinal", text + TAIL, format="json", date="2014-03-08")
        for n, text in enumerate(texts)
    ]
    return compare(articles, nlp.analyze(articles), stories=[[a.id for a in articles]])


def _numbers(comparison: Comparison) -> list[tuple[str, list[str]]]:
    return [(c.kind, sorted(v.text for v in c.values)) for c in comparison.conflicts if c.type == "number"]


def test_a_run_is_no_other_value_of_the_final_score():
    comparison = _compare(
        "Harbor City used a decisive 12 - 3 run and beat Lakeside, 72 - 60, on Saturday in the regional semifinal.",
        "Harbor City defeated Lakeside 72 - 60 on Saturday in the regional semifinal.",
    )
    assert _numbers(comparison) == []


def test_two_final_scores_of_one_game_conflict_however_tagged():
    # "Lakeside, 72 - 60," is tagged "72" alone; "74 - 60" is tagged whole.
    comparison = _compare(
        "Harbor City defeated Lakeside, 72 - 60, on Saturday in the regional semifinal.",
        "Harbor City defeated Lakeside 74 - 60 on Saturday in the regional semifinal.",
    )
    assert _numbers(comparison) == [("conflict", ["72 - 60", "74 - 60"])]


def test_two_runs_conflict_and_show_the_whole_pair():
    comparison = _compare(
        "Harbor City went on a 12 - 3 run and defeated Lakeside on Saturday in the regional semifinal.",
        "Harbor City went on a 12 - 5 run and defeated Lakeside on Saturday in the regional semifinal.",
    )
    assert _numbers(comparison) == [("conflict", ["12 - 3", "12 - 5"])]


def test_one_score_tagged_whole_and_in_part_agrees():
    comparison = _compare(
        "Harbor City defeated Lakeside, 72 - 60, on Saturday in the regional semifinal.",
        "Harbor City defeated Lakeside 72 - 60 on Saturday in the regional semifinal.",
    )
    assert _numbers(comparison) == []
