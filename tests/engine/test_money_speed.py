"""Figures read loosely: money written "£53m" or "2m euros", speeds, "one of" a group set after a name.

Each case is two short articles on one event, analysed with the real spaCy pipeline
and compared as one story; the outcome is what a reader sees in the conflicts list.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.models import Article, Comparison

TAIL = "The hotel will reopen its jewellery hall next month with new glass cases and more guards."


def _compare(*texts: str) -> Comparison:
    articles = [
        Article(f"a{n}", f"a{n}.json", "Marlow hotel theft", text + "\n\n" + TAIL, format="json")
        for n, text in enumerate(texts)
    ]
    return compare(articles, nlp.analyze(articles), stories=[[a.id for a in articles]])


def _found(comparison: Comparison) -> list[tuple[str, list[str]]]:
    return [(c.kind, sorted(v.text for v in c.values)) for c in comparison.conflicts]


def test_a_figure_after_a_currency_sign_counts_millions():
    # The recogniser tags "£53m" before "worth of" as a bare count "53", and as money after "worth".
    bare = "A masked thief stole {v} worth of jewels from the Marlow hotel in July, police said."
    money = "A masked thief stole jewels worth {v} from the Marlow hotel in July, police said."
    assert _found(_compare(bare.format(v="£53m"), money.format(v="£53m"))) == []
    assert _found(_compare(bare.format(v="£53 million"), money.format(v="£53m"))) == []
    assert [kind for kind, _v in _found(_compare(bare.format(v="£53m"), money.format(v="£60m")))] == ["conflict"]


def test_millions_of_a_currency_named_after_the_figure():
    text = "The robbers made off with {v} in gems and watches from the Marlow hotel, police said."
    assert _found(_compare(text.format(v="2m euros"), text.format(v="two million euros"))) == []
    found = _found(_compare(text.format(v="2m euros"), text.format(v="five million euros")))
    assert [kind for kind, _values in found] == ["conflict"]


def test_a_speed_is_no_length_of_time():
    text = "The thief fled the Marlow hotel at speeds of up to {v}, police said on Monday."
    assert _found(_compare(text.format(v="120 miles per hour"), text.format(v="193km / h"))) == []
    found = _found(_compare(text.format(v="120 mph"), text.format(v="150 miles per hour")))
    assert [kind for kind, _values in found] == ["conflict"]


def test_one_of_a_group_after_a_name_is_no_age():
    one = "Ann Roe, one of the organisers of the protest, said the march past the Marlow hotel would go ahead."
    aged = "Ann Roe, 52, said the march past the Marlow hotel would go ahead."
    assert _found(_compare(one, aged)) == []
    older = "Ann Roe, 61, said the march past the Marlow hotel would go ahead."
    assert [kind for kind, _v in _found(_compare(aged, older))] == ["conflict"]


def _shown(comparison: Comparison, texts: Sequence[str]) -> list[list[tuple[str, list[str]]]]:
    """Each conflict's values as the reader sees them, with the words marked in each article."""
    text_of = {f"a{n}": text for n, text in enumerate(texts)}
    return [
        [(v.text, [text_of[m.sentence.split(":")[0]][m.start : m.end] for m in v.mentions]) for v in c.values]
        for c in comparison.conflicts
    ]


def test_money_read_with_its_sign_and_scale_is_shown_whole():
    # "£53m" tagged as the count "53" (and "£60m" as money "60") was shown "53 | 60".
    bare = "A masked thief stole {v} worth of jewels from the Marlow hotel in July, police said."
    money = "A masked thief stole jewels worth {v} from the Marlow hotel in July, police said."
    texts = [bare.format(v="£53m"), money.format(v="£60m")]
    assert _shown(_compare(*texts), texts) == [[("£53m", ["£53m"]), ("£60m", ["£60m"])]]
    texts = [bare.format(v="US$53 million"), bare.format(v="US$60m")]
    assert _shown(_compare(*texts), texts) == [[("US$53 million", ["US$53 million"]), ("US$60m", ["US$60m"])]]
    text = "The robbers made off with {v} in gems and watches from the Marlow hotel, police said."
    texts = [text.format(v="2m euros"), text.format(v="five million euros")]
    assert _shown(_compare(*texts), texts) == [[("2m euros", ["2m euros"]), ("five million", ["five million"])]]
