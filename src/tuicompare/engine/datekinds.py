"""A period's bound against a day: a date told as where a period starts or ends answers another question.

"Beginning April 29, customers can register" against "Today, customers can order": a date opened by a
word that makes it where a period starts or ends ("beginning", "starting", "from", "until") answers when
the period opens or closes, the other date when something happens (a different-facts false red conflict
of the ECB+ audits: the day a phone was announced against the day registration opened). Such a pair is a
possible difference at most (``bound_against_day``), and no difference at all when the two dates hang
from two verbs in sentences linked below ``link_full`` ("can register" against "can order": two acts'
days, ``conflicts.observe``); two starts ("beginning April 29" against "starting May 2") or two plain
days still conflict.

A day that owns a noun ("moved on to Saturday's semifinals") is the day of that noun's event, not of
the clause's act (the win that moved the team on was Friday's): against a date of a sentence that never
names that event, it is a possible difference at most (``day_of_another_event``; a different-facts false
red of the held-aside audits: the day of one game against the day of the next). "Saturday's semifinal"
against "the semifinal on Saturday" names the event on both sides and still conflicts.

Two figures of sentences dated apart ("registered a 3.8 tremor on Monday" against "In February, a 6.4
quake hit the town of Zarand") are two events' figures when the sentences are not near-identical (linked
below ``link_full``: such sentences tell one event whose date changed too): every date of one figure's act
surely differs from every date of the other's (``daterelation.date_relation``), or one is a
day of the story's week (a weekday, "yesterday") and the other a month or a year alone, the way a writer
dates an earlier event. Such a pair (``figures_dated_apart``; a different-events false red of the
audits: an aftershock against an earlier year's quake) is never paired (``conflicts.observe``; a
possible difference until the fifteenth session, when the audits judged it false).

A year set on a thing by "in" ("the resignation of President Roe in 1974", "the paper's source in
1972") dates that thing, not the act of the other side's sentence: against a date of
another act or thing (a verb or noun of another family, ``derivation``: "resigned in 1974" is the
resignation's date), it is no difference in sentences linked below ``link_full`` and a possible
difference at most in sentences that alike (``date_of_another_thing``; two false reds of the audits:
the year of a break-in against the year of a resignation, of the scoops against the magazine's
unmasking, then false possible differences until the fifteenth session). Two dates set on one thing
still conflict. This is narrower than what the twelfth session dropped (below): only a year set by "in".

Tried and dropped (twelfth session): a date qualifying a noun of its own ("a 2005 magazine article"
against "the scoops on the affair in 1972") taken as another thing's date lost a planted change of the
held-aside BASIL part ("the 2016 campaign" against "the 2014 election": one fact, two nouns).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tuicompare.engine.context import governed_through, slot_head, tokens_within
from tuicompare.engine.daterelation import date_relation
from tuicompare.engine.dates import MONTH_NAMES, WEEKDAYS, parse_key
from tuicompare.engine.derivation import family_keys
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.models import Token

__all__ = [
    "bound_against_day",
    "date_of_another_thing",
    "day_in_a_name",
    "dated_thing",
    "day_of_another_event",
    "figures_dated_apart",
    "owned_event",
    "period_bound",
]

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
    word = parse.word(before).lower()
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
        # A name owned too: "in Thursday's IT Blogwatch" is the day of that column, not of the act it reports.
        owned = tokens[slot[2]].head
        ok = 0 <= owned < len(tokens) and owned != slot[2] and tokens[owned].pos in ("NOUN", "PROPN")
        return tokens[owned].lemma.lower() if ok else ""
    if not _SPACED_POSSESSIVE.match(parse.text, tokens[slot[1]].end - parse.start):
        return ""
    for token in tokens[slot[1] + 1 : slot[1] + 6]:
        if token.pos == "NOUN":
            return token.lemma.lower()
        # The split-off "s" is tagged as anything, a verb even: it is the ending, read by its text.
        if token.pos not in _BETWEEN and parse.word(token) != "s":
            return ""
    return ""


def day_in_a_name(side: SentenceFeatures, span: Span) -> bool:
    """True when a weekday alone ends a name set after a determiner, possessive or quote ("Microsoft's Patch
    Tuesday", "the Super Tuesday", "its “Cyber Monday”").

    Such a name is of a recurring day or of an event, not the date of the sentence's act. What comes
    before the capitalised word says so: "HP Monday announced" and "Acme Tuesday said" set a firm's
    name before the act's day (the parse reads both alike, the name a compound of the weekday), but no
    determiner or possessive stands before a subject so. Not a word of a name the recogniser found
    ("at the Sam's Club Wednesday night": the store's name, then the act's day), an all-capitals word
    ("the firm's CEO Tuesday said") nor a month.
    """
    parse = side.parse
    if parse is None or span.text.lower() not in _WEEKDAY_NAMES:
        return False
    tokens = parse.tokens
    slot = slot_head(tokens, span.start, span.end)
    if slot is None or slot[0] != slot[1] or slot[0] < 2:
        return False
    word, opener = tokens[slot[0] - 1], tokens[slot[0] - 2]
    text = parse.word(word)
    capital = text[:1].isupper() and not text.isupper() and text.lower() not in _MONTH_NAMES
    # A word of a name the recogniser found is that name's: "Sam's Club Wednesday night", "HP Monday".
    named = any(s.kind == "name" and s.start <= word.start < s.end for s in side.spans)
    quote = parse.word(opener) in _OPENING_QUOTES
    return capital and not named and (opener.pos == "DET" or opener.dep in ("case", "poss") or quote)


#: Marks that open a quoted name ("Microsoft's `` Patch Tuesday''" as some feeds write it).
_OPENING_QUOTES = frozenset({"`", "``", "\u201c", '"', "'"})
#: The names of the weekdays and months, the months' also cut short ("Dec.", "Sept."): ``day_in_a_name``.
_WEEKDAY_NAMES = frozenset(WEEKDAYS)
_MONTH_NAMES = frozenset(MONTH_NAMES) | {name[:3] for name in MONTH_NAMES} | {"sept"}


def day_of_another_event(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when one date owns an event noun ("Saturday's semifinals") the other date's sentence never names."""
    owned_x, owned_y = owned_event(a, x), owned_event(b, y)
    if bool(owned_x) == bool(owned_y):
        return False  # two plain dates, or two days of named events (their nouns are compared as words)
    noun, other = (owned_x, b) if owned_x else (owned_y, a)
    parse = other.parse
    return parse is not None and all(t.lemma.lower() != noun for t in parse.tokens)


def figures_dated_apart(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when each figure's act is dated, and every date of one act is apart from every date of the other.

    A date counts when it hangs from the verb the figure's act is told by (``_act``): "on Wednesday,
    the day the autopsy showed he was shot seven times" dates the showing, not the shooting, so it
    says nothing of which shooting the seven is of. Apart: ``date_relation`` says they differ, or one
    is a day of the story's week and the other a month or a year alone (``_week_against_period``).
    """
    dates_a, dates_b = _act_dates(a, x), _act_dates(b, y)
    if not dates_a or not dates_b:
        return False
    return all(
        date_relation(p, q) == "differ" or _week_against_period(p, q) or _week_against_period(q, p)
        for p in dates_a
        for q in dates_b
    )


def _act_dates(side: SentenceFeatures, figure: Span) -> list[str]:
    """The keys of the dates that hang from the verb of ``figure``'s act (none when it has no verb)."""
    parse = side.parse
    if parse is None:
        return []
    verb = _act(parse.tokens, figure)
    if verb < 0:
        return []
    return [
        s.key for s in side.spans if s is not figure and s.vtype == "date" and s.key and _act(parse.tokens, s) == verb
    ]


#: Verb forms that qualify a noun ("a quake measuring 6.4", "killing 612"): the act is the verb above.
_QUALIFYING = frozenset({"acl", "amod", "advcl", "xcomp", "npadvmod"})


def _act(tokens: Sequence[Token], span: Span) -> int:
    """The index of the verb that tells the act a value is of: the first verb above it that is no
    participle qualifying a noun or a clause ("a quake measuring 6.4 hit the town" gives "hit"), or -1."""
    slot = slot_head(tokens, span.start, span.end)
    if slot is None:
        return -1
    node = slot[2]
    for _hop in range(_ACT_HOPS):
        head = tokens[node].head
        if not 0 <= head < len(tokens) or head == node:
            return node if tokens[node].pos in ("VERB", "AUX") else -1
        node = head
        if tokens[node].pos in ("VERB", "AUX") and tokens[node].dep not in _QUALIFYING:
            return node
    return -1


#: How far up the parse a value's act is looked for (value, noun, participle, noun, preposition, verb...).
_ACT_HOPS = 6


def _week_against_period(day: str, period: str) -> bool:
    """True when ``day`` is a day of the story's week (a weekday, or a day counted from the publication,
    "yesterday") and ``period`` a month or a year stated alone ("In February", "in 2005"), even with the
    year inferred from the publication."""
    x, y = parse_key(day), parse_key(period)
    recent = x.weekday is not None or (x.day is not None and "d" in x.soft)
    month = y.month is not None and "m" not in y.soft
    year = y.month is None and y.year is not None and "y" not in y.soft
    return recent and y.day is None and y.weekday is None and (month or year)


#: Nouns that measure time: "in the summer of 1972", "the year 2005" date the sentence's act, not a thing.
_TIME_NOUNS = frozenset(
    {"year", "month", "week", "day", "season", "time", "period", "decade", "century", "summer", "winter", "spring"}
    | {"fall", "autumn", "night", "morning", "evening", "afternoon", "weekend", "date", "era", "age"}
)


def dated_thing(side: SentenceFeatures, span: Span) -> str:
    """The lemma of the common noun a year is set on by "in" ("resignation" in "the resignation of Roe in
    1974", "source" in "the paper's source for its scoops in 1972"), or ``""``.

    Only a year alone and only through "in": "the 2016 campaign" and "the vote Friday" are how outlets
    name one event's date in passing (on the BASIL golds such a reading lost planted years and weekdays,
    and a true red of two days), while "the N of X in YEAR" tells when that N happened.
    """
    parse = side.parse
    key = span.key or ""
    if parse is None or not (len(key) == 4 and key.isdigit()):
        return ""
    tokens = parse.tokens
    noun = governed_through(tokens, span.start, span.end, "in")
    if noun < 0:
        return ""
    token = tokens[noun]
    return token.lemma.lower() if token.pos == "NOUN" and token.lemma.lower() not in _TIME_NOUNS else ""


def date_of_another_thing(
    a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]
) -> bool:
    """True when one date is set on a thing (``dated_thing``) the other date is not of.

    The other date is of what it is set on, or of the verb it hangs from (``frames``): "the
    resignation in 1974" against "he resigned in 1974" is one act's date, against "was director in 1972
    when ..., and Roe ultimately resigned" it is not (the year dates the directorship). When the other
    date's frame is unknown, the thing must be unnamed in its sentence.
    """
    thing_x, thing_y = dated_thing(a, x), dated_thing(b, y)
    own_x, own_y = thing_x or frames.get(x, "") or _act_lemma(a, x), thing_y or frames.get(y, "") or _act_lemma(b, y)
    return _another(thing_x, own_y, b) or _another(thing_y, own_x, a)


def _act_lemma(side: SentenceFeatures, span: Span) -> str:
    """The lemma of the verb or auxiliary of a value's act (``_act``: "was director in 1972" gives "be"), or ""."""
    parse = side.parse
    verb = _act(parse.tokens, span) if parse is not None else -1
    return parse.tokens[verb].lemma.lower() if parse is not None and verb >= 0 else ""


def _another(thing: str, own: str, other: SentenceFeatures) -> bool:
    """True when ``thing`` is a noun a date is set on and the other date (of ``own``, in ``other``) is not of it."""
    if not thing:
        return False
    if own:
        return not family_keys(thing) & family_keys(own.removeprefix(NOUN_FRAME))
    return _unnamed(thing, other)


def _unnamed(thing: str, other: SentenceFeatures) -> bool:
    """True when ``thing`` is a noun and no word of ``other`` is of its family."""
    parse = other.parse
    if not thing or parse is None:
        return False
    keys = family_keys(thing)
    return not any(family_keys(t.lemma.lower()) & keys for t in parse.tokens)
