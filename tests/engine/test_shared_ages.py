"""Two ages sharing one "years old": "two women -- 72 and 45-years-old", "who were 72 and 45 years old".

Short texts written for these tests, analysed with the real spaCy model. Each figure is an age (``sharedages``),
read as a "72-year-old" is; a range of ages ("between 18 and 24 years old") is left one range.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article

LEAD = "Police in the valley town of Marlow are searching for two men after a robbery at a bank in the high street. "
DASHED = "Police found two women -- 72 and 45-years-old -- hurt inside the bank."
CLAUSE = "Police found two women, who were 72 and 45 years old, hurt inside the bank."


def _ages(text: str) -> list[tuple[str, str | None]]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    return [(v.text, v.key) for s in sentences for _f, _l, v in collect_spans(s) if v.vtype == "duration"]


def test_each_figure_before_a_shared_years_old_is_an_age():
    assert _ages(DASHED) == [("72", "72 year-old"), ("45-years-old", "45 year-old")]
    assert _ages(CLAUSE) == [("72", "72 year-old"), ("45 years old", "45 year-old")]


def test_a_range_of_ages_stays_one_range():
    assert _ages("The survey asked voters between 18 and 24 years old about the race.") == [
        ("between 18 and 24 years old", "18-24 year-old")
    ]


def _compared(first: str, second: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL))


def test_shared_ages_told_two_ways_alike_are_no_difference():
    assert _compared(DASHED, "Police found two women, a 72-year-old and a 45-year-old, hurt inside the bank.") == []


def test_the_first_of_two_shared_ages_against_another_age_is_a_difference():
    assert _compared(DASHED, "Police found two women, aged 70 and 45, hurt inside the bank.") == [
        ("conflict", {"70", "72"})
    ]
    assert _compared(CLAUSE, "Police found two women, a 70-year-old and a 45-year-old, hurt inside the bank.") == [
        ("conflict", {"70-year-old", "72"})
    ]
