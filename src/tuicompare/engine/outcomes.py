"""Two acts of different outcomes: "killed four workers" and "seven workers were hurt" count two things.

A count, a date or a place answers the question its act asks: how many were
killed, when they were arrested, where they were rescued. Two loosely aligned
sentences often tell two acts of one story ("a fire killed four workers" against
"seven workers were hurt when a crane toppled"), and a value of one is no value
of the other. The act is read from the parse: the first word of an outcome class
on the way up from the value to its verb (the verb itself, "deaths" in "four
deaths", "dead" in "left three dead", "toll" in "the death toll rose to seven"),
and looked up in a small lexicon of outcome classes (``OUTCOMES``; general
language, no names). Two values whose classes differ are two facts
(``DIFFERENT``: never paired); words of one class ("killed", "died", "dead",
"death toll") stay comparable, since an outlet changing a figure keeps its verb.
A value under a verb that says nothing of the outcome ("were involved", "left")
against one of a known class may be the same count or another one (``NEUTRAL``:
at most a possible difference); a verb outside the lexicon says nothing either
way (``UNKNOWN``: the pair is left to the other evidence).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from tuicompare.engine.context import SPEECH, slot_head
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.models import Token

__all__ = ["DIFFERENT", "NEUTRAL", "OUTCOMES", "UNKNOWN", "ActClasses"]

#: Outcome classes of acts and of their event nouns and adjectives (spaCy lemmas, lower case).
#: Each class answers one question; words of one class answer the same one.
OUTCOMES: dict[str, frozenset[str]] = {
    "death": frozenset({"kill", "die", "dead", "death", "fatality", "slay", "perish", "toll", "fatal"}),
    "injury": frozenset({"injure", "injured", "hurt", "wound", "wounded", "injury", "maim"}),
    "missing": frozenset({"missing", "disappear"}),
    "hospital": frozenset({"hospitalize", "hospitalise", "hospitalized", "hospitalised"}),
    "arrest": frozenset({"arrest", "detain", "apprehend", "detention", "detainee"}),
    "charge": frozenset({"charge", "indict", "indictment", "accuse"}),
    "convict": frozenset({"convict", "conviction"}),
    "acquit": frozenset({"acquit", "acquittal"}),
    "sentence": frozenset({"sentence"}),
    "release": frozenset({"release", "free", "parole"}),
    "evacuate": frozenset({"evacuate", "evacuation", "evacuee", "flee", "displace"}),
    "rescue": frozenset({"rescue"}),
    "dismiss": frozenset({"fire", "dismiss", "sack", "layoff"}),
    "hire": frozenset({"hire", "recruit"}),
    "win": frozenset({"win", "victory"}),
    "lose": frozenset({"lose", "loss"}),
    "buy": frozenset({"buy", "purchase", "acquire"}),
    "sell": frozenset({"sell", "sale"}),
    "destroy": frozenset({"destroy", "raze", "flatten"}),
    "damage": frozenset({"damage"}),
}
_CLASS_OF = {word: name for name, words in OUTCOMES.items() for word in words}
#: Words of a class only as verbs: "a fire", "charges of $5", "a news release", "free tickets" tell no such act.
_VERB_ONLY = frozenset({"fire", "charge", "release", "free", "sack"})

#: Verbs that say nothing of an act's outcome: "four were involved", "the crash left three" (without "dead").
_NEUTRAL_VERBS = frozenset({"involve", "affect", "leave", "include"})
#: A verb's arguments read for an outcome word when the verb is outside the lexicon ("suffered injuries",
#: "left three dead", "the death toll rose to seven").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "xcomp", "ccomp"})
#: How far up the parse the outcome word is looked for (value, noun, preposition, noun, verb).
_HOPS = 4

#: The key ``ActClasses`` keeps its readings under in ``SentenceFeatures.readings``.
_READING = "outcome"

#: How the outcomes of two values relate.
DIFFERENT, NEUTRAL, UNKNOWN = "different", "neutral", "unknown"


def _word_class(tokens: Sequence[Token], index: int) -> str:
    """The outcome class of a word, with the words qualifying it first, or ``""``.

    "death toll", "injury toll": the compound says what the toll counts; "three passengers dead",
    "two injured officers": the adjective says what became of those counted.
    """
    for k, t in enumerate(tokens):
        if t.head == index and k != index and t.dep in ("compound", "amod") and (found := _own_class(t)):
            return found
    return _own_class(tokens[index])


def _own_class(token: Token) -> str:
    """The outcome class of one word by its lemma (a verb-only word only as a verb), or ``""``."""
    word = token.lemma.lower()
    return "" if word in _VERB_ONLY and token.pos != "VERB" else _CLASS_OF.get(word, "")


def _verb_classes(tokens: Sequence[Token], verb: int, skip: int, *, joined: bool) -> set[str]:
    """The outcome classes a verb gives its values: its own, else its arguments' (not ``skip``, the value's way).

    With ``joined``, also the classes of the verbs joined to it ("arrested and charged on Friday": a
    date or place may hang from either verb of the pair, so it is of both acts).
    """
    own = _word_class(tokens, verb)
    found = {own} if own else set()
    # A verb of speech dates its statement ("seven were killed, police said Monday"), not the act it reports.
    if not own and tokens[verb].lemma.lower() not in SPEECH:
        found |= {
            c
            for k, t in enumerate(tokens)
            if t.head == verb and k != verb and k != skip and t.dep in _ARGUMENTS and (c := _word_class(tokens, k))
        }
    if joined:
        head = tokens[verb].head
        linked = [k for k, t in enumerate(tokens) if t.head == verb and t.dep == "conj" and k != verb]
        if tokens[verb].dep == "conj" and 0 <= head < len(tokens) and head != verb:
            linked.append(head)
        found |= {c for k in linked if (c := _word_class(tokens, k))}
    return found


def outcome(side: SentenceFeatures, value: Span) -> tuple[frozenset[str], bool]:
    """The outcome classes of the act a value belongs to, and whether its verb is a neutral one.

    Read up from the value: the first word of a class on the way ("four deaths", "killed four
    workers"), or at the first verb, the classes of its arguments ("suffered injuries", "left three
    dead"). A count hangs from its own verb only; a date or a place from that verb and those joined
    to it. An empty set when the value's act is of no known class.
    """
    parse = side.parse
    if parse is None:
        return frozenset(), False
    tokens = parse.tokens
    slot = slot_head(tokens, value.start, value.end)
    if slot is None:
        return frozenset(), False
    node, below = slot[2], slot[2]
    for _hop in range(_HOPS):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            break
        below, node = node, head
        if tokens[node].pos in ("VERB", "AUX"):
            classes = _verb_classes(tokens, node, below, joined=value.kind != "number")
            neutral = not classes and tokens[node].lemma.lower() in _NEUTRAL_VERBS
            return frozenset(classes), neutral
        if tokens[node].pos == "ADP":
            continue
        found = _word_class(tokens, node)
        if found:
            return frozenset({found}), False
    return frozenset(), False


class ActClasses:
    """The outcome classes of values, each read once per value of a sentence (``SentenceFeatures.readings``).

    A value is asked for each pair it is in, and its sentence for each link it is in: the reading is
    kept on the sentence, so every link of a story reads it once.
    """

    def _of(self, side: SentenceFeatures, value: Span) -> tuple[frozenset[str], bool]:
        # ``outcome`` reads the value's place and whether it is a count (how far up it reads).
        key = (_READING, value.start, value.end, value.kind == "number")
        read = side.readings
        found = read.get(key)
        if found is None:
            found = read[key] = outcome(side, value)
        return cast(tuple[frozenset[str], bool], found)

    def relation(self, a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span) -> str:
        """``DIFFERENT`` when the two values' acts are of disjoint known classes ("killed" and "hurt"),
        ``NEUTRAL`` when one is of a known class and the other's verb says nothing of it ("were
        involved"), else ``UNKNOWN`` (one class, or nothing known).
        """
        (cx, nx), (cy, ny) = self._of(a, x), self._of(b, y)
        if cx and cy:
            return UNKNOWN if cx & cy else DIFFERENT
        if (cx and ny) or (cy and nx):
            return NEUTRAL
        return UNKNOWN

    def one_outcome(self, a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span) -> bool:
        """True when the two values' acts share a known outcome class ("killed" and "died", "hurt" and "injured")."""
        return bool(self._of(a, x)[0] & self._of(b, y)[0])
