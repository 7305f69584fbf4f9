"""A date on a verb that names no act dates the event noun that is its subject.

"The shooting took place Thursday night", "the shootings happened Monday", "her arrest came Monday": the
verb ("take place", "happen", "occur", "come") tells nothing of which act the day is of
(``verbclasses.GENERIC``); its subject does.
Such a date is read as that noun's, as a date set on a noun is (``frames.dated_noun``: ``NOUN_FRAME`` +
the noun's lemma), so two of them whose nouns agree ("shooting", "shootings") hang from one frame, and
one against another act ("the victim died Saturday") is no longer read as any act's.
"""

from __future__ import annotations

from tuicompare.engine.context import slot_head
from tuicompare.engine.frames import NOUN_FRAME, frame_index
from tuicompare.models import Sentence

#: Verbs whose subject is the event they date: "happened", "occurred", "took place", "unfolded", "came" ("her
#: arrest came Monday": measured in the twenty-third session, every tuning split, the audits and the seeds identical).
_OF_THEIR_SUBJECT = frozenset({"happen", "occur", "take", "unfold", "come"})


def event_subject(sentence: Sentence, start: int, end: int) -> str:
    """``NOUN_FRAME`` + the lemma of the event noun a date slot (article offsets) dates, or ``""``.

    Only when the slot's verb (``frames.frame_index``) is one of ``_OF_THEIR_SUBJECT`` ("take" only with
    "place" as its object), its subject is a common noun, and the date is no part of that subject.
    """
    verb = frame_index(sentence, start, end)
    tokens = sentence.tokens
    if verb < 0 or tokens[verb].lemma.lower() not in _OF_THEIR_SUBJECT:
        return ""
    children = [k for k, t in enumerate(tokens) if t.head == verb and k != verb]
    lemma = tokens[verb].lemma.lower()
    if lemma == "take" and not any(tokens[k].dep == "dobj" and tokens[k].lemma.lower() == "place" for k in children):
        return ""
    subjects = [k for k in children if tokens[k].dep in ("nsubj", "nsubjpass") and tokens[k].pos == "NOUN"]
    slot = slot_head(tokens, start, end)
    if not subjects or slot is None or slot[0] <= subjects[0] <= slot[1]:
        return ""
    return NOUN_FRAME + tokens[subjects[0]].lemma.lower()
