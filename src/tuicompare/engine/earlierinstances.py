"""Whether two figures are of two events: dated apart, one of an earlier event of the same kind, or of two lines.

"The last earthquake measuring 3.0 or above occurred on Dec. 30 ... at a depth of 1.1 miles" against "The
earthquake struck at about 7:30 a.m. and had a depth of 1.4 miles": the first figure's act has for subject
"the last earthquake", the one before the story's, while the other sentence tells of "the earthquake" plainly.
A noun qualified by a word of precedence (last, previous, prior, preceding, earlier) names another instance of
the kind the other sentence names without it: the two depths are two quakes', not one fact told two ways.
General English, no names: "the previous storm", "an earlier attack", "the prior season".

Two lines of several figures that agree on none ("53 catches for 605 yards and five touchdowns" against "3,907
yards and 26 touchdowns in 15 games") are two holders' or two stretches' tallies (``statlines.lines_apart``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.datekinds import figures_dated_apart
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import clause_verb
from tuicompare.engine.rates import rate_against_amount
from tuicompare.engine.statlines import lines_apart
from tuicompare.models import Token

__all__ = ["figures_apart", "of_an_earlier_instance"]

#: Lemmas of an adjective that sets a noun's instance before the one told ("earlier" lemmatises to "early").
PRECEDING = frozenset({"last", "previous", "prior", "preceding", "early"})

#: Subjects of a verb (the figure's act) whose noun tells which event the figure is of.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})

#: How far up the parse a figure's act verb is looked for (figure, noun, preposition, noun, preposition, verb).
_HOPS = 6


def figures_apart(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when ``x`` and ``y`` are figures of two events (dated apart, one of an earlier instance), of two stat
    lines that agree on no other figure, or a rate and an amount (``rates``)."""
    if figures_dated_apart(a, b, x, y) or lines_apart(a, b, x, y) or rate_against_amount(a, b, x, y):
        return True
    return of_an_earlier_instance(a, b, x, y) or of_an_earlier_instance(b, a, y, x)


def of_an_earlier_instance(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when ``x``'s act has for subject a noun qualified as an earlier one ("the last earthquake") and the
    other sentence names that noun without such a word ("the earthquake"), nor with it."""
    if a.parse is None or b.parse is None:
        return False
    tokens = a.parse.tokens
    subject = _earlier_subject(tokens, x)
    if subject < 0:
        return False
    noun = tokens[subject].lemma
    other = b.parse.tokens
    named = [i for i, t in enumerate(other) if t.lemma == noun and t.pos in ("NOUN", "PROPN")]
    return bool(named) and not any(_preceded(other, i) for i in named)


def _earlier_subject(tokens: Sequence[Token], figure: Span) -> int:
    """The index of the subject of ``figure``'s act when a word of precedence qualifies it, else -1."""
    verb = clause_verb(tokens, figure.start, figure.end, _HOPS)
    if verb is None:
        return -1
    for i, t in enumerate(tokens):
        if t.head == verb and i != verb and t.dep in _SUBJECTS and t.pos == "NOUN" and _preceded(tokens, i):
            return i
    return -1


def _preceded(tokens: Sequence[Token], noun: int) -> bool:
    """True when an adjective of precedence qualifies ``noun`` and no number does ("the last two games" is a
    selection of the games told, not an earlier instance)."""
    children = [t for i, t in enumerate(tokens) if t.head == noun and i != noun]
    if any(t.dep == "nummod" for t in children):
        return False
    return any(t.dep == "amod" and t.lemma in PRECEDING for t in children)
