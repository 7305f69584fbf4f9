"""Figures of people the parse cannot tell apart: a false red class of the ECB+ audits (different holders).

A player's tally or a man's years belong to whoever the clause gives them to: "He has 53 catches for
605 yards and five touchdowns" against "his late-season flourish leaves him with 3,907 yards and 26
touchdowns"; "the guy they call Big Jo scored 7 points" against "Roe ended the game with 2,129
points". The engine does not resolve pronouns across sentences, so when a figure is held by "he",
"his ...", or a bare person noun ("the guy", "his son") that its own sentence does not tie to one named
person, nothing says the two figures are one person's: the two values may answer two questions, and are
a possible difference at most (``unsure_holders``). A pronoun may stand for any person its own sentence
names ("the employee, Mara Quill, ... where she had worked for 15 years"), so the same person's two
figures still conflict; sentences linked as strongly as one statement (``link_full``) state one
fact whoever holds it; and two figures of one verb ("the gunman killed 12", "the shooter killed 15")
are one act's, whoever is named; nor is a date's holder asked ("he was arrested Tuesday", "police
arrested Roe on Friday": one day, whoever acts). ``conflicts.observe`` asks neither.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.context import slot_head
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.namedcounts import named_members
from tuicompare.engine.rolenouns import KIN, PEOPLE_NOUNS, role_noun
from tuicompare.engine.statlines import one_stat_line
from tuicompare.models import Token

__all__ = ["UNKNOWN", "person_holder", "unsure_holders"]

#: How far up the parse the verb of a figure is looked for (figure, preposition, noun, preposition, verb).
_HOPS = 4
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERBS = frozenset({"VERB", "AUX"})
#: Lemmas of the pronouns that stand for one person ("He", "his", "him", "she", "her").
_PERSONAL = frozenset({"he", "she", "his", "him", "her", "hers"})
#: Person nouns that stand for many even in the singular form ("people were killed").
_MANY = frozenset({"people", "persons", "folk", "folks"})
#: A figure's holder is a person, but the sentence does not say which.
UNKNOWN = -1


def _person_noun(lemma: str) -> bool:
    """True for a common noun that names a human being ("guy", "son", "quarterback")."""
    return lemma in PEOPLE_NOUNS or lemma in KIN or role_noun(lemma)


def person_holder(
    side: SentenceFeatures, span: Span, entity_of: Mapping[Span, int], entity_label: Sequence[str]
) -> frozenset[str] | int | None:
    """The person a figure belongs to: a named one's marks, those a pronoun may stand for, ``UNKNOWN``, or None.

    The holder is the possessor of a noun the figure hangs from ("his 11 points", "Roe's 23 points"),
    else the subject of its verb ("He finished with 14 points"); a subject that is someone's ("his
    flourish leaves him with 26 touchdowns") is that someone. A pronoun stands for any person its
    sentence names (none known when it names no one; None when it names only things the vote did not
    make people); a person noun ("the guy", "his son") for no one known. None when the holder is no
    person ("the quake killed 12") or no holder is read.
    """
    parse = side.parse
    if parse is None:
        return None
    tokens = parse.tokens
    slot = slot_head(tokens, span.start, span.end)
    if slot is None:
        return None
    node, found = slot[2], None
    # A conjunct shares its head's place ("605 yards and five touchdowns"): that step is not counted.
    node = _first_conjunct(tokens, node)
    path = {slot[2], node}  # the figure's own nouns: "12 people were killed" counts them, they hold nothing
    for _hop in range(_HOPS):
        found = next((k for k, t in enumerate(tokens) if t.head == node and t.dep == "poss" and k != node), None)
        head = tokens[node].head
        if found is not None or not (0 <= head < len(tokens)) or head == node:
            break
        node = _first_conjunct(tokens, head)
        path |= {head, node}
        if tokens[node].pos in _VERBS:
            found = next((k for k, t in enumerate(tokens) if t.head == node and t.dep in _SUBJECTS and k != node), None)
            break
    if found is None or found in path:
        return None
    # "his late-season flourish", "his son": a thing or a kin of someone's stands for that someone.
    owner = next((k for k, t in enumerate(tokens) if t.head == found and t.dep == "poss" and k != found), None)
    at = tokens[found].start
    named = next((s for s in side.spans if s.kind == "name" and s.start <= at < s.end and s in entity_of), None)
    if named is not None:
        return _marks(named, entity_of) if entity_label[entity_of[named]] == "person" else None
    token = tokens[found]
    personal = token.pos == "PRON" and token.lemma.lower() in _PERSONAL
    if not personal and token.pos in ("NOUN", "PROPN") and _person_noun(token.lemma.lower()):
        # One person only: "the men were sentenced to 12 years" gives the figure to each of a group.
        word = parse.word(token).lower()
        personal = word == token.lemma.lower() and word not in _MANY
    if not personal and owner is not None and tokens[owner].lemma.lower() in _PERSONAL:
        return UNKNOWN  # someone's thing, and nothing says whose
    if not personal:
        return None
    if token.pos == "PRON":
        # "Mara Quill ... where she had worked", "Roe's lawyer said he was shot": someone the sentence names.
        # A name the vote did not make a person ("Roe's autopsy showed he ...") may be whom it stands for.
        names = [s for s in side.spans if s.kind == "name" and s in entity_of]
        people = frozenset().union(*(_marks(s, entity_of) for s in names if entity_label[entity_of[s]] == "person"))
        return None if names and not people else people
    return UNKNOWN


def _first_conjunct(tokens: Sequence[Token], node: int) -> int:
    """The first of the conjuncts ``node`` belongs to ("five" of "for 605 yards and five touchdowns": "605")."""
    for _step in range(len(tokens)):
        head = tokens[node].head
        if tokens[node].dep != "conj" or not (0 <= head < len(tokens)) or head == node:
            break
        node = head
    return node


def unsure_holders(
    a: SentenceFeatures,
    b: SentenceFeatures,
    x: Span,
    y: Span,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
) -> bool:
    """True when both figures are people's and nothing says they are one person's (see the module).

    Two counts that name the same things they count ("two turkeys named Mac and Cheese", "Mac and Cheese, the
    five turkeys") are one count of those things, whoever holds them (``namedcounts.named_members``); two lines of
    figures agreeing on two others are one holder's (``statlines.one_stat_line``).
    """
    if one_stat_line(a, b, x, y):
        return False
    first = person_holder(a, x, entity_of, entity_label)
    if first is None:
        return False
    second = person_holder(b, y, entity_of, entity_label)
    if second is None:
        return False
    if _people(first) & _people(second):
        return False
    return not named_members(a, x, entity_of) & named_members(b, y, entity_of)


def _marks(span: Span, entity_of: Mapping[Span, int]) -> frozenset[str]:
    """What tells a named person: the entity, and the surname ("Jo Roe" and "Roe's autopsy": one man)."""
    words = (span.key or "").split()
    return frozenset({f"#{entity_of[span]}", *words[-1:]})


def _people(held: frozenset[str] | int) -> frozenset[str]:
    """The people a holder may be: a named one, those its sentence names, or none known (``UNKNOWN``)."""
    return held if isinstance(held, frozenset) else frozenset()
