"""A date on a verb that only carries an event noun dates that noun's event.

"She filed for divorce in 1947", "voters participated in parliamentary elections Sunday", "they took part
in the vote Friday": the verb ("file for", "participate in", "take part in") tells no act of its own; the
noun it carries does ("divorce", "elections", "vote"). Read as that noun's (``frames.NOUN_FRAME`` + the
noun's lemma, as ``frames.dated_noun`` and ``eventsubjects`` read theirs), the date meets another outlet's
"divorced him in 1945" or "voted Tuesday in a parliamentary election" as one act's (``verbclasses.one_act``
through the noun's verb), not as two verbs' that nothing joins.

Only the few verbs that carry an event in general English, each with the preposition it carries it by:
"participate" and "take part" in a noun, "file" for one ("filed for divorce", "filed for bankruptcy"). A
date already read as another noun's or as a reported act's keeps that reading (``slotroles`` asks this
last). Not "filed a lawsuit" read as the suit's: measured on BASIL held, a planted possible difference
was lost and no tuning split gained (``docs/measurements.md``, the twenty-ninth session).
"""

from __future__ import annotations

from tuicompare.engine.frames import NOUN_FRAME, frame_index
from tuicompare.models import Sentence

#: The preposition each carrying verb takes its event noun with ("participated in the election").
_CARRIED_BY = {"participate": "in", "file": "for"}


def carried_event(sentence: Sentence, start: int, end: int) -> str:
    """``NOUN_FRAME`` + the lemma of the event noun a date slot's verb carries, or ``""``.

    Args:
        sentence: The slot's parsed sentence.
        start: The slot's start (article offset).
        end: The slot's end (article offset).

    Returns:
        The noun frame when the slot's verb (``frames.frame_index``) is a carrying verb with its noun:
        "participate in", "take part in" or "file for" a common noun that is no part of the slot. Else ``""``.
    """
    verb = frame_index(sentence, start, end)
    tokens = sentence.tokens
    if verb < 0:
        return ""
    lemma = tokens[verb].lemma.lower()
    children = [k for k, t in enumerate(tokens) if t.head == verb and k != verb]
    preposition = _CARRIED_BY.get(lemma, "")
    if lemma == "take" and any(tokens[k].dep == "dobj" and tokens[k].lemma.lower() == "part" for k in children):
        preposition = "in"  # "took part in the election": "take part" is "participate"
    if not preposition:
        return ""
    for k in children:
        if tokens[k].dep == "prep" and tokens[k].lemma.lower() == preposition:
            noun = next((j for j, t in enumerate(tokens) if t.head == k and t.dep == "pobj" and j != k), None)
            if noun is not None and tokens[noun].pos == "NOUN" and not start <= tokens[noun].start < end:
                return NOUN_FRAME + tokens[noun].lemma.lower()
    return ""
