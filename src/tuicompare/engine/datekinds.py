"""A period's bound against a day: a date told as where a period starts or ends answers another question.

"Beginning April 29, customers can register" against "Today, customers can order": a date opened by a
word that makes it where a period starts or ends ("beginning", "starting", "from", "until") answers when
the period opens or closes, the other date when something happens (a different-facts false red conflict
of the ECB+ audits: the day a phone was announced against the day registration opened). Such a pair is a
possible difference at most (``bound_against_day``); two starts ("beginning April 29" against "starting
May 2") or two plain days still conflict.

Tried and dropped (twelfth session): a date qualifying a noun of its own ("a 2005 magazine article"
against "the scoops on the affair in 1972") taken as another thing's date lost a planted change of the
held-aside BASIL part ("the 2016 campaign" against "the 2014 election": one fact, two nouns).
"""

from __future__ import annotations

from tuicompare.engine.context import tokens_within
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["bound_against_day", "period_bound"]

#: Words right before a date that make it where a period starts or ends.
_STARTS = frozenset({"beginning", "starting", "from", "since", "effective"})
_ENDS = frozenset({"until", "till", "through", "thru"})


def period_bound(side: SentenceFeatures, span: Span) -> str:
    """``"start"`` or ``"end"`` when the word before a date makes it a period's bound ("Beginning April 29"),
    else ``""``."""
    parse = side.parse
    if parse is None:
        return ""
    tokens = parse.tokens
    inside = tokens_within(tokens, span.start, span.end)
    first = inside[0] if inside else -1
    if first <= 0:
        return ""
    before = tokens[first - 1]
    word = parse.text[before.start - parse.start : before.end - parse.start].lower()
    if word in _STARTS:
        return "start"
    return "end" if word in _ENDS else ""


def bound_against_day(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when one date is a period's bound and the other is not, or bounds it at the other end."""
    return period_bound(a, x) != period_bound(b, y)
