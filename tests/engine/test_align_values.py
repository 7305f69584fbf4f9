"""Alignment when outlets state one fact with different values.

Short articles written for the test, compared with the real spaCy model: a
sentence whose number or date differs from the other outlet's must still share
its group (otherwise the difference could never be reported), and sentences
that only share a person stay apart.
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
        "The Lowmoor water board approved a plan on Tuesday to replace 12 miles of lead pipes.",
        "The work will cost $40 million, paid by a federal grant awarded on March 3.",
        "Residents have complained about brown tap water since the pumping station flooded in 2021.",
        "Board chairman Tomas Varga said crews would start digging in the eastern districts.",
        "A public meeting on the schedule is planned for next month.",
    ]
)
SECOND = " ".join(
    [
        "Lowmoor's water board voted on Tuesday to dig up and replace 12 miles of old lead pipes.",
        "Tap water in the town has run brown since a flood hit the pumping station in 2021.",
        "Tomas Varga, who chairs the board, said the first crews would go to the eastern districts.",
        "Officials will hold a public meeting about the timetable next month.",
        "Federal money will pay the $45 million cost, according to the board.",
    ]
)


def test_a_sentence_with_a_different_number_still_shares_the_other_outlets_group():
    # The cost is the second sentence of one and the last of the other, with other figures and
    # other words: only what the two sentences share besides their numbers can group them.
    comparison = _compare(FIRST, SECOND)
    assert _together(comparison, "will cost $40 million", "pay the $45 million cost")
    assert _together(comparison, "replace 12 miles of lead pipes", "replace 12 miles of old lead pipes")
    assert not _together(comparison, "will cost $40 million", "since a flood hit")
    assert not _together(comparison, "will cost $40 million", "public meeting about the timetable")
