"""Two dates of one verb acting on two different things: the dates of two acts (issue 10).

"She resigned from the board in 2019" against "She resigned from the company in 2021": one verb, but
the body she left differs, so the two years may both be true (two resignations), and a reader would
see a false contradiction in a red difference. ``frames.frame_object`` reads a verb's direct object
("signed a bill" against "signed an order"); a verb's prepositional objects are read here: each
sentence's verb takes an object after one preposition ("from the board", "from the company"), and the
two objects are common nouns with no word in common (nor of one word family, ``derivation``). Only the
same preposition of an argument on both sides compares (not a scene's: "died at the hospital" against
"died at the scene" are one death's two places), only common nouns (a name or a pronoun may be one
referent written two ways, which the engine's referent machinery tells), and never an object the date
itself is part of ("in 2019"). Such a pair is at most a possible difference, in a row and through a
link alike (``conflicts``: a link's pairs are judged by the same function).

A true difference keeps its red: "resigned from the board in 2019" against "quit the board in 2021"
(one thing left), or the object told on one side only.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.context import slot_head
from tuicompare.engine.derivation import family_keys
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import FRAME_HOPS, NOUN_FRAME, frame_index
from tuicompare.models import Sentence, Token

__all__ = ["objects_apart", "prepositional_objects"]

#: Prepositions that take a verb's argument, what the act is done from, to, with or for ("resigned from the
#: board", "appointed as coach", "charged with fraud"). Not those of a scene or a time ("died at the hospital",
#: "in the crash", "after the game"): one act has one scene, and two scenes of one death are a true difference.
_ARGUMENT_PREPOSITIONS = frozenset({"from", "to", "into", "onto", "with", "against", "for", "as", "of", "over"})


def _owners(tokens: Sequence[Token], noun: int) -> list[str]:
    """The common nouns that name ``noun`` more closely or whose part it is: its compounds ("title belts"), its
    owner ("the bank's board") and what it is of ("the board of the bank"), so that "the board of the bank"
    and "the bank" may be one thing (one a part of the other)."""
    words = []
    for k, t in enumerate(tokens):
        if t.head != noun or k == noun:
            continue
        if t.dep in ("compound", "poss") and t.pos == "NOUN":
            words.append(t.lemma.lower())
        elif t.dep == "prep" and t.lemma.lower() == "of":
            words += [o.lemma.lower() for o in tokens if o.head == k and o.dep == "pobj" and o.pos == "NOUN"]
    return words


def _noun_index(tokens: Sequence[Token], start: int, end: int, frame: str) -> int:
    """The event noun a date is set on ("his resignation from the board in 2019"), up the parse, or -1."""
    slot = slot_head(tokens, start, end)
    node = slot[2] if slot is not None else -1
    for _hop in range(FRAME_HOPS):
        head = tokens[node].head if node >= 0 else -1
        if not 0 <= head < len(tokens) or head == node:
            return -1
        if tokens[head].pos == "NOUN" and NOUN_FRAME + tokens[head].lemma.lower() == frame:
            return head
        node = head
    return -1


def prepositional_objects(sentence: Sentence, start: int, end: int, lemma: str = "") -> dict[str, frozenset[str]]:
    """The common nouns the slot's verb takes after each preposition, with their compound nouns.

    "resigned from the bank's board in 2019" gives ``{"from": {"board", "bank"}}``: the preposition whose
    object holds the slot itself ("in 2019") is not read, nor an object that is no common noun. With
    ``lemma``, nothing is read unless the verb above the slot is that verb (or, a noun frame, the event
    noun the date is set on: ``frames.NOUN_FRAME``).
    """
    tokens = sentence.tokens
    verb = _noun_index(tokens, start, end, lemma) if lemma.startswith(NOUN_FRAME) else frame_index(sentence, start, end)
    if verb < 0 or (lemma and tokens[verb].lemma.lower() != lemma.removeprefix(NOUN_FRAME)):
        return {}  # the slot's frame is not this verb (a reported act's, a noun's): nothing read
    out: dict[str, frozenset[str]] = {}
    for k, prep in enumerate(tokens):
        if prep.head != verb or prep.dep != "prep" or k == verb or prep.lemma.lower() not in _ARGUMENT_PREPOSITIONS:
            continue
        noun = next((n for n, t in enumerate(tokens) if t.head == k and t.dep == "pobj" and n != k), -1)
        if noun < 0 or tokens[noun].pos != "NOUN" or start < tokens[noun].end and tokens[noun].start < end:
            continue
        out[prep.lemma.lower()] = frozenset({tokens[noun].lemma.lower(), *_owners(tokens, noun)})
    return out


def _one_thing(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two objects may name one thing: a word in common, or one word family ("election", "elect")."""
    if x & y:
        return True
    keys = {key for word in x for key in family_keys(word)}
    return any(key in keys for word in y for key in family_keys(word))


def objects_apart(a: SentenceFeatures, b: SentenceFeatures, x: Span, y: Span, frame_x: str, frame_y: str) -> bool:
    """True when two dates hang from one verb whose objects after one preposition differ (see the module).

    Args:
        a: The sentence of ``x``.
        b: The sentence of ``y``.
        x: A date slot of ``a``.
        y: A date slot of ``b``.
        frame_x: The verb ``x`` hangs from (``frames.frame``).
        frame_y: ``y``'s.
    """
    if not (x.vtype == y.vtype == "date" and frame_x and frame_x == frame_y):
        return False
    if a.parse is None or b.parse is None:
        return False
    own = prepositional_objects(a.parse, x.start, x.end, frame_x)
    if not own:
        return False
    other = prepositional_objects(b.parse, y.start, y.end, frame_y)
    return any(not _one_thing(things, other[prep]) for prep, things in own.items() if prep in other)
