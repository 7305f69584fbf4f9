"""A fighter's record and knockouts as boxing reports write them: "(31-2, 24 KOs)", "31-2, 24 KO's".

Short texts written for these tests, analysed with the real spaCy model. The record before a comma and a count
is one pair, never a count of knockouts (``figures``); "24 KO's" counts knockouts as "24 KOs" does, its "KO"
no name (``figurecounts.counted_initials``).
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article

LEAD = "The heavyweight title fight in Hamburg on Saturday drew a crowd of thousands to the arena by the river. "
BRACKETED = "The champion Ivan Brodsky (31-2, 24 KOs) beat the challenger in the ninth round."
LISTED = "The champion, Ivan Brodsky, 31-2, 24 KO's, beat the challenger in the ninth round."


def _slots(text: str) -> list[tuple[str, str, str | None, str]]:
    sentences = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences
    return [(v.text, v.kind, v.key, v.unit) for s in sentences for _f, _l, v in collect_spans(s)]


def test_a_record_in_brackets_before_the_knockouts_is_a_pair():
    slots = _slots(BRACKETED)
    assert ("31-2", "number", "pair 31-2", "") in slots
    assert ("24", "number", "24", "ko") in slots


def test_knockouts_written_with_an_apostrophe_are_counted_and_no_name():
    slots = _slots(LISTED)
    assert ("24", "number", "24", "ko") in slots
    assert all(kind != "name" or key != "ko" for _text, kind, key, _unit in slots)


def test_a_spaced_thousand_after_a_dash_stays_one_figure():
    # "12 - 3, 500": the dash joins a figure to a spaced thousand, no record of 12-3.
    slots = _slots("The club sold 12 - 3, 500 tickets, its manager said.")
    assert not any(key == "pair 12-3" for _text, _kind, key, _unit in slots)


def _compared(first: str, second: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL))


def test_a_record_and_knockouts_told_two_ways_alike_are_no_difference():
    assert _compared(LISTED, BRACKETED) == []


def test_two_counts_of_knockouts_are_a_difference():
    more = "The champion Ivan Brodsky (31-2, 26 KOs) beat the challenger in the ninth round."
    assert _compared(LISTED, more) == [("conflict", {"24", "26"})]


def test_two_records_are_a_difference():
    fewer = "The champion, Ivan Brodsky, 29-2, 24 KO's, beat the challenger in the ninth round."
    assert _compared(BRACKETED, fewer) == [("conflict", {"31-2", "29-2"})]
