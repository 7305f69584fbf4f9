"""One outlet states in two sentences what another states in one: the long sentence reaches both pieces.

Texts written for the test. The long sentence of the first article (the vote,
its sum, its day and the reopening date) is one row with the second article's
sentence on the vote; the second article's next sentence, on the reopening
date, has a row of its own (its coffee stall matches the first article's
sentence on it), and only the neighbour link ties the date to the long sentence.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, grouped_together
from tuicompare.models import Comparison

# The long sentence leads, as a news lead states its facts (links between late sentences lose
# ``LinkTuning.late_penalty``: two sentences that both sit late are seldom the same fact).
FIRST = " ".join(
    [
        "The town council voted on Tuesday to spend $4 million rebuilding the Marlow library,"
        " which will reopen on September 14 with a rooftop garden.",
        "Floodwater reached the first floor of the library in March.",
        "Residents have borrowed books from a mobile van since the flood.",
        "The van visits six villages each week.",
        "Librarians hope the new garden will draw teenagers.",
        "Volunteers from the rowing club will serve coffee and cakes by the entrance.",
    ]
)
SECOND = " ".join(
    [
        "Councillors approved $4 million on Tuesday to rebuild the flooded Marlow library.",
        "Borrowers can come back on September 14, when volunteers from the rowing club"
        " will also start serving coffee and cakes by the entrance.",
        "A mobile van has lent books to residents since March.",
        "It stops in six villages a week.",
    ]
)


def _sentence(comparison: Comparison, article: str, words: str) -> str:
    return next(s.id for a in comparison.analyses for s in a.sentences if s.article == article and words in s.text)


def _linked(comparison: Comparison, x: str, y: str) -> bool:
    return any({k.a, k.b} == {x, y} for k in comparison.links)


def test_the_long_sentence_reaches_the_piece_next_to_its_partner():
    comparison = compare_texts(FIRST, SECOND)
    long = _sentence(comparison, "a0", "The town council voted")
    vote = _sentence(comparison, "a1", "Councillors approved")
    date = _sentence(comparison, "a1", "come back on September 14")
    assert grouped_together(comparison, "The town council voted", "Councillors approved") or _linked(
        comparison, long, vote
    )
    assert grouped_together(comparison, "Volunteers from the rowing club", "come back on September 14")
    assert _linked(comparison, long, date)
    # A link to a piece is shown, never compared: the pair states its date alike anyway, nothing is reported.
    assert not [c for c in comparison.conflicts if c.kind in ("conflict", "possible")]


def test_a_neighbour_that_adds_no_value_of_the_long_sentence_is_not_linked():
    # The second article's sentence after the vote says nothing the vote sentence of the first states
    # (no date, no sum, no place): it stays apart from the long sentence, however near it sits.
    second = SECOND.replace("Borrowers can come back on September 14, when", "From the autumn,")
    comparison = compare_texts(FIRST, second)
    long = _sentence(comparison, "a0", "The town council voted")
    autumn = _sentence(comparison, "a1", "From the autumn")
    assert not _linked(comparison, long, autumn)
    assert not grouped_together(comparison, "The town council voted", "From the autumn")
