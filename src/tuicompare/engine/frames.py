"""Where a slot sits in its sentence's parse: the verb it belongs to, the word it qualifies, its list.

Read from spaCy's dependency parse of one sentence, up from the slot's head
word (``context.slot_head``): "resigned on Friday" and "a staffer on Friday
resigned" both hang from "resign" (``frame``); "31" in "Jane Roe, 31," qualifies
"Roe" (``anchor``); "X, Y and Z" are the members of one list (``coordination``).
``slotroles`` reads these to tell whether two values fill one role of a fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.context import slot_head
from tuicompare.models import Sentence, Token

#: How far up the parse a slot's verb is looked for (slot, preposition, noun, preposition, verb).
FRAME_HOPS = 4


def _verb_above(sentence: Sentence, start: int, end: int, *, direct: bool) -> str:
    """The lemma of the nearest verb above a slot (article offsets), within `FRAME_HOPS`, or ``""``.

    With ``direct`` the way up may pass only prepositions and coordination (the
    slot is the verb's argument); otherwise also the nouns the slot qualifies.
    """
    verb = _verb_index(sentence, start, end, direct=direct)
    return sentence.tokens[verb].lemma.lower() if verb >= 0 else ""


def clause_verb(tokens: Sequence[Token], start: int, end: int, hops: int = FRAME_HOPS) -> int | None:
    """The index of the nearest verb or auxiliary above a slot (article offsets), within ``hops``, or None.

    Unlike ``frame``, the way up may pass any word: the verb whose clause the slot is in, for reading
    that clause's subject (who did what the value tells: ``doers``, ``figureholders``).
    """
    slot = slot_head(tokens, start, end)
    if slot is None:
        return None
    node = slot[2]
    for _hop in range(hops):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            return None
        node = head
        if tokens[node].pos in ("VERB", "AUX"):
            return node
    return None


#: Dependencies of a clause's subject, active or passive.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def clause_subject(tokens: Sequence[Token], start: int, end: int, hops: int = FRAME_HOPS) -> tuple[int, int] | None:
    """The indices of ``clause_verb``'s verb above a slot and of that verb's subject (active or passive), or None."""
    verb = clause_verb(tokens, start, end, hops)
    if verb is None:
        return None
    subject = next((k for k, t in enumerate(tokens) if t.head == verb and t.dep in _SUBJECTS and k != verb), None)
    return None if subject is None else (verb, subject)


def _verb_index(sentence: Sentence, start: int, end: int, *, direct: bool) -> int:
    """The index of the verb ``_verb_above`` reads, or -1.

    ``slot_roles`` asks ``frame`` and then ``frame_object`` of each slot, both through here: the last
    answer is kept (for that very token tuple).
    """
    global _LAST_VERB
    tokens = sentence.tokens
    last = _LAST_VERB
    if last[0] is tokens and last[1] == start and last[2] == end and last[3] == direct:
        return last[4]
    found = _find_verb(tokens, start, end, direct)
    _LAST_VERB = (tokens, start, end, direct, found)
    return found


#: The last ``_verb_index`` query and its answer (a tuple replaced whole, so threads read it safely).
_LAST_VERB: tuple[Sequence[Token] | None, int, int, bool, int] = (None, 0, 0, False, -1)


def _find_verb(tokens: Sequence[Token], start: int, end: int, direct: bool) -> int:
    slot = slot_head(tokens, start, end)
    if slot is None:
        return -1
    node = slot[2]
    for _hop in range(FRAME_HOPS):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            return -1
        if tokens[head].pos == "VERB":
            return head
        if direct and tokens[head].pos != "ADP" and tokens[node].dep != "conj":
            return -1
        node = head
    return -1


def _below(tokens: Sequence[Token], start: int, end: int, noun: int, verb: int) -> bool:
    """Whether ``noun`` is on the slot's way up to ``verb`` ("three" in "killed three people" counts it)."""
    slot = slot_head(tokens, start, end)
    node = slot[2] if slot is not None else -1
    for _hop in range(FRAME_HOPS):
        if not (0 <= node < len(tokens)) or node == verb:
            return False
        if node == noun:
            return True
        node = tokens[node].head if tokens[node].head != node else -1
    return False


def frame_object(sentence: Sentence, start: int, end: int) -> str:
    """The lemmas of the common noun the slot's verb acts on (its noun compounds first), or ``""``.

    "signed a bill on March 11" and "a bill signed on March 11" both give "bill": the verb's
    object, or the noun its participle qualifies. Two slots of one verb acting on two
    different things ("signed a bill", "signed an order") belong to two acts. A noun the
    slot itself is part of is no object of another thing.
    """
    verb = _verb_index(sentence, start, end, direct=False)
    if verb < 0:
        return ""
    tokens = sentence.tokens
    noun = next((k for k, t in enumerate(tokens) if t.head == verb and t.dep == "dobj" and k != verb), -1)
    if noun < 0 and tokens[verb].dep == "acl":
        noun = tokens[verb].head
    if (
        noun < 0
        or tokens[noun].pos != "NOUN"
        or start <= tokens[noun].start < end
        or _below(tokens, start, end, noun, verb)
    ):
        return ""
    # With the nouns before it ("title belts"): outlets name one thing by either word ("titles").
    words = [t.lemma.lower() for t in tokens if t.head == noun and t.dep == "compound" and t.pos == "NOUN"]
    return " ".join([*words, tokens[noun].lemma.lower()])


def frame(sentence: Sentence, start: int, end: int) -> str:
    """The verb a slot belongs to: "resign" for "resigned on Friday" and for "a staffer on Friday resigned".

    Two values fill the same role of a fact when they hang from the same verb;
    the nearest verb above the slot is read (through prepositions and the
    nouns the slot qualifies), or ``""`` when there is none within a few words
    of the parse or the slot's tokens are not found.
    """
    return _verb_above(sentence, start, end, direct=False)


def frame_index(sentence: Sentence, start: int, end: int) -> int:
    """The index in ``sentence.tokens`` of the verb ``frame`` reads, or -1."""
    return _verb_index(sentence, start, end, direct=False)


#: Marks a frame that is a noun a date is set on ("noun:shooting"), never a verb's lemma.
NOUN_FRAME = "noun:"


#: Prepositions that set one event before or after another ("charged after a shooting").
SEQUENCE = frozenset({"after", "before", "following", "since", "until", "till"})
#: ... or inside another: "failed to explain the law during an appearance Sunday" dates the appearance.
_DATED_NOUN_PREPOSITIONS = SEQUENCE | {"during"}


#: Prepositions of a date set on a noun ("his death in 2004", "a shooting on Friday").
_ON_NOUN = frozenset({"in", "on"})


#: Parts of a day a named day qualifies ("after a shooting Friday afternoon").
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _with_day_part(tokens: Sequence[Token], node: int) -> int:
    """The part of the day a day slot's word qualifies ("afternoon" of "Friday afternoon"), or the word itself.

    The recogniser tags "Friday" a date and "afternoon" a time, and the parse hangs the day on the part of
    the day: the date is set where that part is ("died after a shooting Friday afternoon": on the shooting).
    """
    head = tokens[node].head
    if tokens[node].dep != "compound" or not 0 <= head < len(tokens):
        return node
    return head if tokens[head].lemma.lower() in _DAY_PARTS else node


def dated_noun(sentence: Sentence, start: int, end: int) -> str:
    """The event noun a date slot dates, as ``NOUN_FRAME`` + its lemma, or ``""``.

    "noun:shooting" for "Friday" in "charged after a shooting at a party Friday":
    a date set on a noun that another event is said to follow or precede tells
    when that noun's event happened, not when the verb's did (the shooting was on
    Friday, the charge may be later), so the noun is the date's frame; so is a noun
    the verb's act happened during ("failed to explain the law during an appearance
    Sunday": the appearance's day, which "appeared Sunday" tells by its verb). A date
    set on any other noun ("placed on Injured Reserve Wednesday") keeps its verb. The
    date may be set on the noun by "in" or "on" too ("until his death in 2004").
    """
    tokens = sentence.tokens
    slot = slot_head(tokens, start, end)
    if slot is None:
        return ""
    day = _with_day_part(tokens, slot[2])
    node = tokens[day].head
    if tokens[day].dep == "pobj" and 0 <= node < len(tokens) and tokens[node].lemma.lower() in _ON_NOUN:
        node = tokens[node].head  # "until his death in 2004": "in" hangs on the noun, as "Friday" does
        if not (0 <= node < len(tokens)) or tokens[node].pos != "NOUN":
            return ""
    elif tokens[day].dep != "npadvmod":
        return ""
    for _hop in range(FRAME_HOPS):
        if not (0 <= node < len(tokens)) or tokens[node].pos not in ("NOUN", "PROPN"):
            return ""
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            return ""
        if tokens[head].pos == "ADP" and tokens[head].lemma.lower() in _DATED_NOUN_PREPOSITIONS:
            return NOUN_FRAME + tokens[node].lemma.lower()
        node = tokens[head].head if tokens[head].pos == "ADP" else head
    return ""


def argument_of(sentence: Sentence, start: int, end: int) -> str:
    """The verb a slot is a direct argument of (through prepositions only), or ``""``.

    "Jo Poe" in "Jo Poe resigned" or "resigned after talks with Jo Poe" is an
    argument of "resign"; in "Ann Roe, the aide to Jo Poe, resigned" it is not:
    it qualifies the aide, and only the aide is the verb's argument.
    """
    return _verb_above(sentence, start, end, direct=True)


def anchor(sentence: Sentence, start: int, end: int) -> tuple[int, str] | None:
    """The word a slot qualifies, and how: "Roe" for "31" in "Jane Roe, 31,", "Poe" for "Ohio" in "Ohio Gov. Jim Poe".

    The parse is read up from the slot, through prepositions and the other
    members of a list ("X and Y" qualify what X qualifies), to the first
    word that is not a verb; a slot that is the subject or object of a verb
    qualifies nothing (the verb is its ``frame``).

    Returns:
        The index of that word (the caller keeps it when it lies in another
        slot) and the relation: the slot's dependency label, with the
        preposition it went through ("compound", "appos", "prep:of"); or None.
    """
    tokens = sentence.tokens
    slot = slot_head(tokens, start, end)
    if slot is None:
        return None
    node = slot[2]
    relation = ""
    for _hop in range(FRAME_HOPS):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node or tokens[head].pos in ("VERB", "AUX"):
            return None
        if tokens[node].dep == "conj":
            node = head  # a list member qualifies what the list's first member qualifies
            continue
        relation = relation or tokens[node].dep
        if tokens[head].pos == "ADP":
            relation = f"prep:{tokens[head].lemma.lower()}"
            node = head
            continue
        return head, relation
    return None


def title_head(sentence: Sentence, index: int) -> int:
    """The name a title word belongs to: "Poe" for "Gov." in "Ohio Gov. Jim Poe"; else ``index`` itself."""
    tokens = sentence.tokens
    node = index
    for _hop in range(FRAME_HOPS):
        head = tokens[node].head
        if tokens[node].dep != "compound" or not (0 <= head < len(tokens)) or head == node:
            break
        node = head
    return node


def coordination(sentence: Sentence, start: int, end: int) -> tuple[int, ...]:
    """The tokens heading the members of the list a slot belongs to ("X, Y and Z"), or just its own.

    The parser links a list's members by ``conj``, and a member after a comma
    often by ``appos``; an apposition of one proper noun to another is read as
    a member too (the caller keeps the members that are names of one type).

    Returns:
        The index of each member's head word, in order; one index when the slot is in no list.
    """
    tokens = sentence.tokens
    slot = slot_head(tokens, start, end)
    if slot is None:
        return ()
    count = len(tokens)
    up, reach = _list_links(tokens)
    node = slot[2]
    for _hop in range(count):
        if node not in up:
            break
        node = up[node]
    return tuple(sorted({node, *reach.get(node, ())}))


def _list_links(tokens: Sequence[Token]) -> tuple[dict[int, int], dict[int, set[int]]]:
    """Per list member, the head it links to (by conj, or appos between proper nouns); others left out.

    Also, per token, the members whose chain of links reaches it within eight links (the members of
    its list, when it heads one). Most sentences have none, and then a slot is alone. ``slot_roles``
    asks ``coordination`` of every name of a sentence in turn, so the last answer is kept (for that
    very token tuple).
    """
    global _LAST_LINKS
    if _LAST_LINKS[0] is tokens:
        return _LAST_LINKS[1], _LAST_LINKS[2]
    count = len(tokens)
    up: dict[int, int] = {}
    for i, t in enumerate(tokens):
        if (
            (t.dep == "conj" or (t.dep == "appos" and t.pos == "PROPN"))
            and 0 <= t.head < count
            and t.head != i
            and (t.dep == "conj" or tokens[t.head].pos == "PROPN")
        ):
            up[i] = t.head
    # Each member walked once here rather than once for every slot of the sentence.
    reach: dict[int, set[int]] = {}
    for i in up:
        j, hops = i, 0
        while j in up and hops < 8:
            j, hops = up[j], hops + 1
            reach.setdefault(j, set()).add(i)
    _LAST_LINKS = (tokens, up, reach)
    return up, reach


#: The last ``_list_links`` query and its answer (read only by callers; a tuple replaced whole).
_LAST_LINKS: tuple[Sequence[Token] | None, dict[int, int], dict[int, set[int]]] = (None, {}, {})
