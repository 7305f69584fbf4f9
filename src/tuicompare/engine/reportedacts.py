"""A date the parse hangs on a verb of speech although it dates the act the speaker reports.

"The storm hit the coast Monday, officials said": in long news sentences spaCy often
attaches the trailing day to "said", so ``frames.frame`` reads it as the statement's day
and the other outlet's "struck on Sunday" finds no act to set it against. Read from the
word order, not the attachment: a day standing after a reported clause's verb and before
the attribution that closes the sentence (", officials said"), or at the end of the
clause a speech verb opens ("Police said the woman was struck ... Friday"), dates that
clause's act. A day right after the speech verb ("Police said Monday that ...") or after
a closing attribution (", officials said Monday") stays the statement's.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.context import SPEECH, slot_head
from tuicompare.engine.frames import frame_index
from tuicompare.models import Sentence, Token

#: Verbs of a statement, whose own day a reported act's day is not (``context.SPEECH`` and two of news).
_STATEMENT = SPEECH | frozenset({"report", "announce"})
#: Verbs that qualify a noun ("the store, located at ..."): they tell no act of the clause.
_MODIFIERS = frozenset({"acl", "relcl", "amod", "compound"})


def _acts(tokens: Sequence[Token], first: int, last: int) -> list[int]:
    """The verbs of acts between token ``first`` and ``last`` (exclusive), in order: no speech, no modifier."""
    return [
        k
        for k in range(first + 1, last)
        if tokens[k].pos == "VERB" and tokens[k].dep not in _MODIFIERS and tokens[k].lemma.lower() not in _STATEMENT
    ]


def reported_act(sentence: Sentence, start: int, end: int) -> str:
    """The lemma of the reported act a date slot (article offsets) dates, when the parse gave it to a speech verb.

    ``""`` when the slot's verb (``frames.frame_index``) is no verb of speech, or when the day
    reads as the statement's: nothing but the speech verb's own words lie between them.
    """
    verb = frame_index(sentence, start, end)
    tokens = sentence.tokens
    if verb < 0 or tokens[verb].lemma.lower() not in _STATEMENT:
        return ""
    slot = slot_head(tokens, start, end)
    if slot is None:
        return ""
    first, last = slot[0], slot[1]
    if last < verb:
        # "[clause] Thursday, officials said": a comma closes the clause before the attribution.
        between = range(last + 1, verb)
        if not any(tokens[k].pos == "PUNCT" and tokens[k].lemma == "," for k in between):
            return ""
        if any(tokens[k].pos in ("VERB", "AUX") for k in between):
            return ""
        acts = _acts(tokens, -1, first)
    else:
        # "Police said [clause] ... Friday": the day ends the clause the speech verb opens.
        acts = _acts(tokens, verb, first)
    return tokens[acts[-1]].lemma.lower() if acts else ""
