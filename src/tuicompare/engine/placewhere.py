"""Where an act happened: a place set on a verb by "in" or "at", read as that verb's one place.

A name fills a verb's role only as its argument (``frames.argument_of``): "Ann Roe, the aide to Jo Poe, wrote"
has Roe write, not Poe. A place is seldom an argument, though: "filed suit in Dayton" sets the filing in Dayton
through a preposition, and "filed a lawsuit in federal court in Akron" through the court it was filed in. Two
places each set so on the same verb answer one question of one act, where it happened, as two dates of one
verb answer when (``ConflictTuning.frame_evidence``: partial evidence, the words around them count too).

Only the plain locative prepositions ("in", "at") and only a way up through them and the nouns they take, or
the verb's object ("filed suit in Dayton", where the parse may hang "in Dayton" from "suit"), or the common
noun a place qualifies when that noun is so set ("in a Dayton courtroom"): a place qualifying a noun set no
such way ("the Ohio senator", "a Dayton man") says whose or where from, not where the act was, and a place
after "from" or "to" ("came to Akron from Dayton") is one end of a move, not its one place. Not a
verb of speech ("said in Dayton") nor one naming no act of its own ("was in Dayton"): any act's place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from tuicompare.engine.context import slot_head
from tuicompare.engine.evidence import SPEECH
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import FRAME_HOPS
from tuicompare.engine.verbclasses import GENERIC, STATEMENTS
from tuicompare.models import Sentence

__all__ = ["LOCATIVE", "one_where", "where_verb"]

#: Prepositions that set an act in a place ("in Dayton", "at the Akron courthouse").
LOCATIVE = frozenset({"in", "at"})

#: Dependencies by which a noun on the way up carries the place to its verb: the noun a locative preposition
#: takes ("in federal court in Akron") or the verb's object ("filed suit in Akron").
_CARRIERS = frozenset({"pobj", "dobj"})

#: The key of a slot's reading in ``SentenceFeatures.readings`` (with its offsets).
_READING = "place where"


def where_verb(sentence: Sentence, start: int, end: int) -> str:
    """The lemma of the verb a place slot says where it happened, or ``""`` (see the module docstring).

    Args:
        sentence: The parsed sentence of the slot.
        start: The slot's first character (article offset).
        end: The slot's end (article offset).

    Returns:
        The verb's lemma when the slot reaches it through a locative preposition and nothing but such
        prepositions and the nouns they (or the verb) take; ``""`` otherwise.
    """
    tokens = sentence.tokens
    slot = slot_head(tokens, start, end)
    if slot is None:
        return ""
    node = slot[2]
    if tokens[node].dep == "compound" and 0 <= tokens[node].head < len(tokens):
        # "in a Dayton hotel", "in Dayton hours after the ruling": the common noun the place qualifies, when "in"
        # or "at" sets it on the verb, is where the act was (not a name's, "at the Dayton Daily News": a firm's;
        # "a Dayton man", "the Dayton senator" take no locative preposition: where someone is from).
        node = tokens[node].head if tokens[tokens[node].head].pos == "NOUN" else node
    if tokens[node].dep != "pobj":
        return ""
    first = node
    located = False
    for _hop in range(FRAME_HOPS + 1):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            return ""
        word = tokens[head]
        if word.pos == "VERB":
            if not located or word.lemma in SPEECH or word.lemma in GENERIC or word.lemma in STATEMENTS:
                return ""
            return word.lemma
        if word.pos == "ADP":
            if word.lemma.lower() not in LOCATIVE:
                return ""
            located = located or node == first
        elif word.pos not in ("NOUN", "PROPN") or word.dep not in _CARRIERS:
            return ""
        node = head
    return ""


def one_where(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    labelled: Callable[[Span, str], bool],
    homes: Callable[[], Collection[Span]] | None = None,
) -> bool:
    """True when two place slots of two sentences say where one verb's act happened (``where_verb``, both alike).

    Args:
        a: The sentence of one slot.
        b: The sentence of the other.
        x: A place slot of ``a`` (or of ``b``: each slot is read in its own sentence).
        y: A place slot of the other sentence.
        labelled: Whether a slot's entity has a type (``"place"``).
        homes: The places that say whose a person is ("Sen. Ann Roe of Ohio"), never where an act happened:
            asked only of two places (most pairs of slots are none, and the sentences' homes are read then).

    Returns:
        Whether both slots are set by a locative preposition on one and the same verb.
    """
    if not (labelled(x, "place") and labelled(y, "place")):
        return False
    held = homes() if homes is not None else ()
    if x in held or y in held:
        return False
    verbs = []
    for span in (x, y):
        side = a if span.sentence == a.id else b
        if side.parse is None:
            return False
        store = side.readings
        known = store.get((_READING, span.start, span.end))
        if not isinstance(known, str):
            known = store[_READING, span.start, span.end] = where_verb(side.parse, span.start, span.end)
        verbs.append(known)
    return bool(verbs[0]) and verbs[0] == verbs[1]
