"""The day each article's lede gives its story's event: one role in every article of the story.

A news article tells its main event first, and dates it there: "Klitschko stopped Rahman on
Saturday", "Turkmenistan voted Sunday in a parliamentary election", "thieves rammed a car
through a jeweller's window early Monday". The first day an article names, in its first
sentences, is that event's day; two articles of one story whose first days stand in
sentences the aligner links date one event, however differently the two sentences run
("defended his crown by stopping Rahman on Saturday" against "retained his belts with a
knockout of Rahman Saturday night"). ``lede_days`` reads those slots once per story;
``conflicts.observe`` gives such a pair the evidence of one act (``ConflictTuning.act_evidence``).

Only a day counts (a weekday or a day of a month: "Saturday", "April 9"); a year or a month
dates a career or a background fact as readily as the event. A day a verb of speech holds is
a statement's ("police said Monday"), and two verbs of one event's several acts ("shot
Friday", "died Saturday") may be two days: neither is read as the event's day here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from tuicompare.engine.features import Span
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.verbclasses import EVENT_CLASSES, STATEMENTS, act_class

__all__ = ["lede_days", "one_event_day"]

#: A key that names a day: a weekday (":sat") or a day of a month ("2013-04-09", "~2013-~04-~09").
_DAY = re.compile(r":[a-z]{3}$|-~?\d{2}-~?\d{2}")


def _index(span: Span) -> int:
    """The index in its article of the sentence that holds ``span`` (ids are ``ARTICLE:INDEX``)."""
    return int(span.sentence.rsplit(":", 1)[1])


def lede_days(spans: Iterable[Span]) -> frozenset[Span]:
    """The first day each article names, when it stands in the article's first sentences.

    Args:
        spans: The slots of a story (any order).

    Returns:
        For each article, its first date slot whose key names a day, if that slot's sentence is one of
        the article's first ``ConflictTuning.lede_sentences``; no slot for an article whose first day
        comes later.
    """
    first: dict[str, tuple[int, int, Span]] = {}
    for span in spans:
        if span.kind != "date" or span.vtype != "date" or not span.key or not _DAY.search(span.key):
            continue
        at = (_index(span), span.start)
        known = first.get(span.article)
        if known is None or at < known[:2]:
            first[span.article] = (*at, span)
    limit = TUNING.conflicts.lede_sentences
    return frozenset(span for index, _start, span in first.values() if index < limit)


def one_event_day(x: Span, y: Span, ledes: frozenset[Span], frames: Mapping[Span, str]) -> bool:
    """True when ``x`` and ``y`` are two articles' lede days of one event (see the module docstring).

    Args:
        x: A date of one sentence.
        y: A date of the other sentence.
        ledes: Each article's lede day (``lede_days``).
        frames: The verb each slot hangs from (``frames.frame``).
    """
    if x not in ledes or y not in ledes or x.article == y.article:
        return False
    verbs = (frames.get(x, ""), frames.get(y, ""))
    plain = [v.removeprefix(NOUN_FRAME) for v in verbs]
    if set(plain) & STATEMENTS:
        return False  # "police said Monday": a statement's day, not the event's
    both = act_class(verbs[0]) & act_class(verbs[1]) & EVENT_CLASSES
    return not (both and plain[0] != plain[1])  # "shot Friday", "died Saturday": one event's two acts
