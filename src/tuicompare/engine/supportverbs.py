"""A date on a verb that only carries an event noun dates that noun's event.

"She filed for divorce in 1947", "voters participated in parliamentary elections Sunday", "they took part
in the vote Friday": the verb ("file for", "participate in", "take part in") tells no act of its own; the
noun it carries does ("divorce", "elections", "vote"). Read as that noun's (``frames.NOUN_FRAME`` + the
noun's lemma, as ``frames.dated_noun`` and ``eventsubjects`` read theirs), the date meets another outlet's
"divorced him in 1945" or "voted Tuesday in a parliamentary election" as one act's (``verbclasses.one_act``
through the noun's verb), not as two verbs' that nothing joins.

Only the few verbs that carry an event in general English, each with the preposition it carries it by:
"participate" and "take part" in a noun, "file" for one ("filed for divorce", "filed for bankruptcy"); and
"stop by", "drop by", which tell a visit ("stopped by the church Saturday" against "visited the church on
Wednesday"; not the passive's "by", "was stopped by police"). A date already read as another noun's or as a
reported act's keeps that reading (``slotroles`` asks this last). Not "filed a lawsuit" read as the suit's
(BASIL held lost a planted possible difference, no tuning split gained), nor "faces arraignment Wednesday"
as the arraignment's (nothing reported changed): ``docs/measurements.md``, the twenty-eighth session.
"""

from __future__ import annotations

from tuicompare.engine.frames import NOUN_FRAME, frame_index
from tuicompare.models import Sentence

#: The preposition each carrying verb takes its event noun with ("participated in the election").
_CARRIED_BY = {"participate": "in", "file": "for"}
#: Verbs that with "by" tell a visit ("stopped by the church Saturday", "dropped by Friday"); not in the passive,
#: whose "by" names the doer ("was stopped by police").
_VISITING = frozenset({"stop", "drop"})


def carried_event(sentence: Sentence, start: int, end: int) -> str:
    """``NOUN_FRAME`` + the lemma of the event noun a date slot's verb carries, or ``""``.

    Args:
        sentence: The slot's parsed sentence.
        start: The slot's start (article offset).
        end: The slot's end (article offset).

    Returns:
        The noun frame when the slot's verb (``frames.frame_index``) is a carrying verb with its noun:
        "participate in", "take part in" or "file for" a common noun that is no part of the slot;
        "noun:visit" for "stop by" or "drop by" in the active. Else ``""``.
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
    passive = any(tokens[k].dep in ("auxpass", "nsubjpass", "agent") for k in children)
    if (
        lemma in _VISITING
        and not passive
        and any(tokens[k].dep in ("prep", "prt") and tokens[k].lemma.lower() == "by" for k in children)
    ):
        return NOUN_FRAME + "visit"  # "stopped by the church Saturday": a visit, as "visited the church"
    if not preposition:
        return ""
    for k in children:
        if tokens[k].dep == "prep" and tokens[k].lemma.lower() == preposition:
            noun = next((j for j, t in enumerate(tokens) if t.head == k and t.dep == "pobj" and j != k), None)
            if noun is not None and tokens[noun].pos == "NOUN" and not start <= tokens[noun].start < end:
                return NOUN_FRAME + tokens[noun].lemma.lower()
    return ""
