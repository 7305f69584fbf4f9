"""A margin against a score: the difference between two sides is not a figure of either side.

"The Cavaliers won the series by a combined 24 points" against "his numbers (15.9 points a game)":
the first counts by how much one side beat the other, the second what a player scored (a
different-facts false possible difference of the ECB+ audits, twice). A number is a margin
(``is_margin``) when it is what a win or loss was "by" ("won by 24 points", "beat the Bulls by 12"),
or when it measures a win or loss ("a 12-point victory", "a margin of 12 points"). A margin is never
paired with a number that is no margin (``margin_against_figure``); two margins ("by 12 points"
against "a 14-point victory") still are, so a margin changed is still found.
"""

from __future__ import annotations

from tuicompare.engine.context import parsed_slot
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.roundsfought import ROUNDS_FOUGHT

__all__ = ["is_margin", "margin_against_figure"]

#: Verbs whose "by N" is the difference between the two sides ("won by 24 points", "trailed by six").
_CONTEST = frozenset(
    {"win", "lose", "beat", "defeat", "lead", "trail", "edge", "top", "outscore", "rout", "down", "outpace"}
)
#: Nouns a number measuring them makes a margin ("a 12-point victory", "a margin of 12 points").
_MARGIN_NOUNS = frozenset({"victory", "win", "loss", "defeat", "margin", "lead", "deficit", "rout", "triumph"})


def is_margin(side: SentenceFeatures, span: Span) -> bool:
    """True when a number is by how much one side won or lost (its sentence's parse says so)."""
    if span.unit == ROUNDS_FOUGHT:
        return False  # "an eight round decision win": how long the contest lasted, not by how much
    found = parsed_slot(side.parse, span.start, span.end) if span.kind == "number" else None
    if found is None:
        return False
    tokens, (_first, _last, node) = found
    if tokens[node].dep == "nummod" and 0 <= tokens[node].head < len(tokens):
        node = tokens[node].head  # "24" of "by a combined 24 points": the unit noun is the phrase's head
    token = tokens[node]
    up = token.head if 0 <= token.head < len(tokens) and token.head != node else -1
    if up < 0:
        return False
    word = tokens[up].lemma.lower()
    if token.dep == "pobj":
        above = tokens[up].head
        if not 0 <= above < len(tokens):
            return False
        if word == "by":
            return tokens[above].lemma.lower() in _CONTEST  # "won the series by a combined 24 points"
        return word == "of" and tokens[above].lemma.lower() in _MARGIN_NOUNS  # "a margin of 12 points"
    # "a 12-point victory": the number's unit qualifies a noun of winning.
    return token.dep in ("compound", "amod") and word in _MARGIN_NOUNS


def margin_against_figure(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when one number is a margin and the other is not."""
    if x.kind != "number" or y.kind != "number":
        return False
    return is_margin(a, x) != is_margin(b, y)
