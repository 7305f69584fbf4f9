"""The doer of an event noun is its possessor: "his death in 2004" is the death of the man "his" means.

One outlet tells an act with its verb ("Roe, who died in 2006"), another with the act's noun and a
possessive ("who ruled for two decades until his death in 2004"). The engine reads the noun's date as the
noun's (``frames.dated_noun``) and the noun and its own verb as one act (``verbclasses.one_act``), but the
two dates' sentences are tied to one person only when that person is an argument of both: for the noun,
whoever the possessive names; for the verb, the one such a possessive names, its passive subject ("her
arrest": she was arrested) or the subject of a verb with no object ("his death": he died), never the doer of
a transitive act ("Roe arrested Poe" is not "Roe's arrest"). A possessive name ("Roe's death") is that
person; "his" or "her" is read as the subject of the clause the noun's phrase hangs from ("Roe ruled
until his death": Roe's death), the nearest person the pronoun can mean in its own sentence, else the person
an earlier sentence names (``links.SentenceKeys.referents``: "Police said her arrest came Monday"). A "who"
after a comma is the name right before the comma, however the parse hangs the clause. Anything else (no
possessive, "their", a subject that is no person) ties nothing: precision first. Measured on the tuning
splits (``bench_real.py --split fresh6``: one planted date found, two correct possible differences more,
every other split, the audits and the seeds identical; ``docs/measurements.md``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.doers import doer
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.frames import NOUN_FRAME, clause_subject
from tuicompare.engine.slotroles import SlotRoles
from tuicompare.engine.verbclasses import one_act
from tuicompare.models import Sentence

__all__ = ["dates_of_one_doer", "subject_person"]

#: How far up the parse a date's clause verb is looked for (as ``doers``).
_HOPS = 4
#: Possessive pronouns of one person.
_HIS_HER = frozenset({"his", "her"})
#: Relative pronouns (the clause's noun is their subject).
_RELATIVE = frozenset({"who", "which", "that"})


def _person(span: Span | None, entity_of: Mapping[Span, int], labels: Sequence[str]) -> int | None:
    """The person entity of a name span, or None."""
    entity = None if span is None else entity_of.get(span)
    return entity if entity is not None and labels[entity] == "person" else None


def _name_at(sentence: SentenceFeatures, index: int) -> Span | None:
    """The name span of ``sentence`` that holds its token ``index``, or None."""
    if sentence.parse is None:
        return None
    at = sentence.parse.tokens[index].start
    return next((n for n in sentence.spans if n.kind == "name" and n.start <= at < n.end), None)


def _subject(
    sentence: SentenceFeatures, slot: Span, entity_of: Mapping[Span, int], labels: Sequence[str], undergoer: bool
) -> int | None:
    """The person who is the subject of the clause ``slot`` is in, or None.

    A "who" is read as the name right before its comma ("the successor of Jo Roe, who ruled": Roe
    ruled, whatever noun the parse hangs the clause on: a relative clause follows its noun); else the
    subject is ``doers.doer``'s, or a passive subject's name. ``undergoer`` asks for the one an event noun's
    possessive names ("her arrest": she was arrested; "his death": he died): a passive subject or the
    subject of a verb with no object, never the doer of a transitive act ("Roe arrested Poe").
    """
    parse = sentence.parse
    if parse is None:
        return None
    tokens = parse.tokens
    found = clause_subject(tokens, slot.start, slot.end, _HOPS)
    if found is None:
        return None
    verb, subject = found
    passive = tokens[subject].dep == "nsubjpass"
    if undergoer and not passive and any(t.head == verb and t.dep == "dobj" for t in tokens):
        return None
    relative = tokens[subject].lemma.lower() in _RELATIVE and tokens[verb].dep == "relcl"
    if relative and tokens[subject].lemma.lower() == "who" and subject >= 2 and parse.word(tokens[subject - 1]) == ",":
        return _person(_name_at(sentence, subject - 2), entity_of, labels)
    if passive:
        return _person(_name_at(sentence, tokens[verb].head if relative else subject), entity_of, labels)
    names = [n for n in sentence.spans if n.kind == "name"]
    return _person(doer(slot, parse, names, entity_of), entity_of, labels)


def subject_person(
    sentence: SentenceFeatures, slot: Span, entity_of: Mapping[Span, int], labels: Sequence[str]
) -> int | None:
    """The person the act of ``slot``'s clause happens to, or None (``lifedates``).

    Its passive subject or the subject of a verb with no object ("Roe died", "Roe, who died", "Roe was born").
    """
    return _subject(sentence, slot, entity_of, labels, undergoer=True)


def _noun_index(parse: Sentence, slot: Span, noun: str) -> int | None:
    """The token of the event noun ``noun`` (a lemma) the date ``slot`` dates: the nearest one before it."""
    found = None
    for k, token in enumerate(parse.tokens):
        if token.start >= slot.start:
            break
        if token.pos == "NOUN" and token.lemma.lower() == noun:
            found = k
    return found


def _doers(
    sentence: SentenceFeatures,
    slot: Span,
    framed: str,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    referent: int | None = None,
) -> set[int]:
    """The people who do the act the date ``slot`` (framed by ``framed``) dates, as the parse says.

    ``referent`` is the person the sentence's pronoun means when the sentence does not name them
    (``pronouns.pronoun_referents``): "her arrest came Monday" after a sentence naming her.
    """
    parse = sentence.parse
    if parse is None:
        return set()
    person = None
    if not framed.startswith(NOUN_FRAME):
        person = _subject(sentence, slot, entity_of, labels, undergoer=True)
    elif (noun := _noun_index(parse, slot, framed.removeprefix(NOUN_FRAME))) is not None:
        owner = next((k for k, t in enumerate(parse.tokens) if t.head == noun and t.dep == "poss"), None)
        if owner is not None and parse.tokens[owner].pos == "PROPN":
            person = _person(_name_at(sentence, owner), entity_of, labels)
        elif owner is not None and parse.tokens[owner].lemma.lower() in _HIS_HER:
            person = _subject(sentence, slot, entity_of, labels, undergoer=False)
            person = referent if person is None else person
    return set() if person is None else {person}


def dates_of_one_doer(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    roles: SlotRoles,
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    referents: Mapping[str, int] | None = None,
) -> bool:
    """Whether two dates date one act, told by an event noun and its verb, of one person.

    Args:
        a: One sentence.
        b: The other (``x`` and ``y`` are slots of the two, in either order).
        x: A slot.
        y: The other sentence's slot.
        roles: The story's ``SlotRoles`` (each slot's frame).
        entity_of: Name slot -> its entity (``entities.resolve``).
        labels: Entity -> its voted type (``person`` only is a doer here).
        referents: Sentence id -> the person its "his" or "her" means when it names nobody the parse can
            take (``pronouns.pronoun_referents``); none by default.
    """
    if x.kind != "date" or y.kind != "date":
        return False
    frame_x, frame_y = roles.frame.get(x, ""), roles.frame.get(y, "")
    if NOUN_FRAME not in frame_x + frame_y or not one_act(frame_x, frame_y):
        return False
    sentence_x, sentence_y = (a, b) if x.sentence == a.id else (b, a)
    known = referents or {}
    doers_x = _doers(sentence_x, x, frame_x, entity_of, labels, known.get(sentence_x.id))
    doers_y = _doers(sentence_y, y, frame_y, entity_of, labels, known.get(sentence_y.id))
    return bool(doers_x) and not doers_x.isdisjoint(doers_y)
