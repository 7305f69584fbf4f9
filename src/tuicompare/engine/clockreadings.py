"""Two readings of a running clock: "with 29 seconds remaining" against "with 17 seconds left".

A length written as what was left ("with 12 seconds left", "with four minutes to go") is no length
of anything the story tells: it is a reading of a clock that runs on through the story, and says
when the act of its sentence happened. An outlet telling a game's last drive gives several readings
(the snap, the spike, the final pass), so two readings are one fact only when the two sentences tell
one act: linked as strongly as two tellings of one fact are (``link_full``). Below that they are
readings at two moments (a false red of the fifth ECB+ gold: the clock before a ten-second runoff
against the clock after it), and the pair is dropped (``conflicts``). A reading against a plain
length ("the drive took 29 seconds"), or a length left of something held ("he has two years left
on his contract", "fired with two years left on his deal": read in days to years, no clock), is left as it is.
"""

from __future__ import annotations

from tuicompare.engine.context import tokens_within
from tuicompare.engine.features import SentenceFeatures, Span

__all__ = ["two_clock_readings"]

#: Lemmas after a length that make it what is left: "left" (adjective or verb), "remaining".
_LEFT = frozenset({"left", "leave", "remain", "remaining"})
#: Verbs after "to" that make it what is left: "four minutes to go", "ten minutes to play".
_TO_RUN = frozenset({"go", "play"})
#: Units a running clock is read in. Not days to years: "with two years left on his contract" is what is left
#: of something held, told at one moment (his firing) by both outlets, so two such lengths are one fact.
_CLOCK = frozenset({"second", "minute", "hour"})
#: Words between "with" and the length: "with just 12 seconds left", "with only a minute to go".
_BEFORE = 3


def two_clock_readings(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span) -> bool:
    """True when both durations are readings of a running clock ("with 17 seconds left")."""
    return x.vtype == y.vtype == "duration" and _reading(a, x) and _reading(b, y)


def _reading(side: SentenceFeatures, span: Span) -> bool:
    """True for a length written as what was left, after "with": "with 4 minutes 48 seconds remaining"."""
    parse = side.parse
    if parse is None:
        return False
    tokens = parse.tokens
    inside = tokens_within(tokens, span.start, span.end)
    if not inside:
        return False
    first, after = inside.start, inside.stop
    if after >= len(tokens) or not any(tokens[i].lemma.lower() in _CLOCK for i in inside):
        return False
    word = tokens[after].lemma.lower()
    left = word in _LEFT or (word == "to" and after + 1 < len(tokens) and tokens[after + 1].lemma.lower() in _TO_RUN)
    # "with" before the length, or inside it when the recogniser took it in ("the 15 with two minutes")
    return left and any(t.lemma.lower() == "with" for t in tokens[max(0, first - _BEFORE) : after])
