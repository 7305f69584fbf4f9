"""A date the parse hangs on a verb of speech although it dates the act the speaker reports.

"The storm hit the coast Monday, officials said": in long news sentences spaCy often
attaches the trailing day to "said", so ``frames.frame`` reads it as the statement's day
and the other outlet's "struck on Sunday" finds no act to set it against. Read from the
word order, not the attachment: a day standing after a reported clause's verb and before
the attribution that closes the sentence (", officials said"), or at the end of the
clause a speech verb opens ("Police said the woman was struck ... Friday"), dates that
clause's act. A day right after the speech verb ("Police said Monday that ...") or after
a closing attribution (", officials said Monday") stays the statement's.

The other way round (``statement_day``): "Officials said Thursday that a quake razed villages" gives
Thursday to the statement, which follows the act it reports, so against another article's "the quake
hit on Sunday" the two days are no one fact's; ``conflicts.observe`` keeps such a pair at most a
possible difference (``statement_against_act``). Not when the reported act goes on as it is told ("said
Monday he is declaring an emergency"): the statement's day is then the act's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.context import SPEECH, slot_head
from tuicompare.engine.features import SentenceFeatures, Span
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


#: Auxiliaries of an act told as going on or to come ("he is declaring", "it will hit"): not done before the statement.
_NOT_DONE = frozenset({"is", "are", "am", "'s", "'re", "will", "'ll", "can", "may", "might", "shall", "must"})
#: Verbs of a state rather than an act ("said it was open to cuts"): no act the statement comes after.
_STATES = frozenset({"be", "have", "remain", "seem", "need", "want"})


def _done_act(sentence: Sentence, verb: int) -> bool:
    """True when token ``verb`` heads a clause telling an act already done ("razed", "were killed", "has hit")."""
    tokens = sentence.tokens
    if tokens[verb].lemma.lower() in _STATES:
        return False
    auxiliaries = [sentence.word(t).lower() for t in tokens if t.head == verb and t.dep in ("aux", "auxpass")]
    if any(a in _NOT_DONE for a in auxiliaries):
        return False
    word = sentence.word(tokens[verb]).lower()
    if word.endswith("ing"):
        return False  # "said it was overturning the rule": going on as it is said, not done before
    return bool(auxiliaries) or not (word.endswith("s") and word != tokens[verb].lemma)


def statement_day(sentence: Sentence, start: int, end: int) -> bool:
    """True when a date slot (article offsets) dates a statement that reports an act done before it.

    "Officials said Thursday that a quake razed villages": the day is the statement's (its verb is one of
    ``_STATEMENT``, the parse hangs the day on it, ``reported_act`` gave it no act), and the reported
    clause (a ``ccomp`` of the statement's verb, not holding the day) tells a finished act, which the
    statement follows. Not "said Monday he is declaring an emergency", nor "said it was overturning the rule"
    (the act goes on as it is said),
    nor "said on Friday that it was open to cuts" (a state, no act).
    """
    verb = frame_index(sentence, start, end)
    tokens = sentence.tokens
    if verb < 0 or tokens[verb].lemma.lower() not in _STATEMENT:
        return False
    slot = slot_head(tokens, start, end)
    if slot is None or slot[0] <= verb <= slot[1]:
        return False
    clauses = [k for k, t in enumerate(tokens) if t.head == verb and k != verb and t.dep == "ccomp"]
    return any(not slot[0] <= k <= slot[1] and _done_act(sentence, k) for k in clauses)


def statement_against_act(
    a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frames: Mapping[Span, str]
) -> bool:
    """True when one of two dates is a statement's day after the act it reports (``statement_day``) and the
    other hangs from a verb of an act: "said Thursday that a quake razed villages" against "the quake hit
    on Sunday" may be one day or two, but not one fact's (``conflicts.observe``: at most a possible difference).
    """
    verb_x, verb_y = frames.get(x, ""), frames.get(y, "")
    if not verb_x or not verb_y or (verb_x in _STATEMENT) == (verb_y in _STATEMENT):
        return False
    side, span = (a, x) if verb_x in _STATEMENT else (b, y)
    return side.parse is not None and statement_day(side.parse, span.start, span.end)
