"""What the words around a slot say: roles, person/place cues, negated verbs.

Read from spaCy's dependency parse of one sentence: a title before a name or
an apposition after it is a role ("War correspondent Kotz", "Kots, a senior
Russian military advisor"); "residents of X" or "in X" says X is a place, "X
said" that X is a person; "did not confirm" is a negated verb.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import attrgetter

from tuicompare.engine.hyphens import mend_hyphens
from tuicompare.engine.names import TITLES
from tuicompare.engine.subjects import subject_reader
from tuicompare.models import Sentence, Token

#: Prepositions that put a name in the place role ("in X", "from X").
_PLACE_PREPS = frozenset({"in", "from", "to", "near", "at", "toward", "towards", "across", "outside", "into"})
#: Nouns after which "of X" names a place ("residents of X", "mayor of X").
_PLACE_OF = frozenset(
    {
        "resident",
        "city",
        "town",
        "village",
        "mayor",
        "governor",
        "outskirts",
        "centre",
        "center",
        "region",
        "capture",
        "liberation",
        "people",
    }
)
#: Verbs whose subject is a person.
SPEECH = frozenset({"say", "tell", "add", "promise", "thank", "warn", "criticise", "criticize", "urge", "speak"})
#: Entity labels of words that qualify a title without being one ("U.S. Sen.", "Democratic governor").
_NOT_ROLE_LABELS = frozenset({"GPE", "NORP", "LOC"})
#: How far up the parse a slot's verb is looked for (slot, preposition, noun, preposition, verb).
_FRAME_HOPS = 4
#: "not only X but also Y" and the like negate nothing.
_NOT_A_NEGATION = frozenset({"only", "merely", "just", "simply", "even", "least", "yet"})


_START = attrgetter("start")
_END = attrgetter("end")


def tokens_within(tokens: Sequence[Token], start: int, end: int) -> range:
    """The indices of the tokens lying inside ``start:end`` (article offsets), in order.

    Tokens follow each other without overlapping, so they are a run found by
    two binary searches instead of a pass over the sentence (this is asked
    for every slot, several times).
    """
    return range(bisect_left(tokens, start, key=_START), bisect_right(tokens, end, key=_END))


def slot_head(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int, int] | None:
    """The first and last token of a slot (article offsets) and the token heading it, or None.

    The head is the first token whose head lies outside the slot (or is itself).
    ``frame``, ``argument_of``, ``anchor`` and ``coordination`` ask this of the same
    slot one after another, so the last answer is kept (for that very token tuple).
    """
    global _LAST_SLOT
    last_query = _LAST_SLOT
    if last_query[0] is tokens and last_query[1] == start and last_query[2] == end:
        return last_query[3]
    inside = tokens_within(tokens, start, end)
    found: tuple[int, int, int] | None = None
    if inside:
        first, last = inside[0], inside[-1]
        node = next((i for i in inside if not (first <= tokens[i].head <= last) or tokens[i].head == i), last)
        found = (first, last, node)
    _LAST_SLOT = (tokens, start, end, found)
    return found


#: The last ``slot_head`` query and its answer (a tuple replaced whole, so threads read it safely).
_LAST_SLOT: tuple[Sequence[Token] | None, int, int, tuple[int, int, int] | None] = (None, 0, 0, None)


def role(sentence: Sentence, first: int, last: int) -> tuple[tuple[str, ...], tuple[int, int, str] | None]:
    """Role nouns attached to a name: a title before it or an apposition after it."""
    tokens = mend_hyphens(sentence)  # "X, a co-producer": one apposition, not "co", "-" and "producer"
    inside = range(first, last + 1)
    root = next((i for i in inside if not (first <= tokens[i].head <= last) or tokens[i].head == i), last)
    roles: list[int] = []
    # A name that itself qualifies a noun after it ("the four-term Ohio senator", "Ohio Sheriff Poe")
    # has no title before it: the words there qualify that noun.
    qualifier = tokens[root].dep in ("compound", "amod") and tokens[root].head > last
    i = -1 if qualifier else first - 1
    while (
        i >= 0
        and tokens[i].dep in ("compound", "amod")
        and tokens[i].pos in ("NOUN", "PROPN", "ADJ")
        and (first <= tokens[i].head <= last or tokens[i].head > i)
    ):
        roles.insert(0, i)
        i -= 1
    phrase = list(roles)
    roles = [r for r in roles if _role_word(sentence, r)]
    # Each token after the name read once (asked for every name of the corpus), and only when a comma or
    # bracket follows the name: ``adjacent_apposition`` accepts no apposition otherwise.
    after = tokens[last + 1].start - sentence.start if last + 1 < len(tokens) else len(sentence.text)
    opens = sentence.text[after : after + 1] in (",", "(")
    appos = (
        [
            j
            for j, t in enumerate(tokens[last + 1 :], last + 1)
            if t.head == root
            and t.dep == "appos"
            and t.pos == "NOUN"
            and adjacent_apposition(sentence, last, j, tokens)
        ]
        if opens
        else []
    )
    if not roles and not appos:
        return (), None
    # Places and nationalities before a title qualify it ("U.S. Sen.", "Democratic governor"): not roles.
    where = [(ent.start, ent.end) for ent in sentence.entities if ent.label in _NOT_ROLE_LABELS]
    lemmas = tuple(
        dict.fromkeys(
            tokens[j].lemma.lower()
            for j in roles + appos[:1]
            if _role_word(sentence, j) and not any(a <= tokens[j].start and tokens[j].end <= b for a, b in where)
        )
    )
    if not lemmas:
        return (), None
    if appos:
        j = appos[0]
        left = min([j] + [k for k, t in enumerate(tokens) if t.head == j and k < j])
        s, e = tokens[left].start, tokens[j].end
    else:
        s, e = tokens[phrase[0]].start, tokens[phrase[-1]].end
    return lemmas, (s, e, sentence.text[s - sentence.start : e - sentence.start])


def _role_word(sentence: Sentence, i: int) -> bool:
    """True for a word that can name a role: a noun, or a capitalised word ("Sen.", "Governor").

    The first word of a sentence is capitalised whatever it is (and the small
    model then often tags it a proper noun): there only a title is a role,
    not an adjective ("Controversial Ohio Sheriff ...").
    """
    token = sentence.tokens[i]
    if token.pos == "NOUN":
        return True
    starts = not sentence.text[: token.start - sentence.start].strip(" \"'\u201c\u2018(")
    if starts:
        return token.lemma.lower().strip(".") in TITLES
    return token.lemma[:1].isupper()


def adjacent_apposition(sentence: Sentence, last: int, head: int, tokens: Sequence[Token] | None = None) -> bool:
    """True for "NAME, a role ..." where the apposition starts right after the comma (``tokens``: mended ones)."""
    tokens = sentence.tokens if tokens is None else tokens
    if last + 1 >= len(tokens) or sentence.text[tokens[last + 1].start - sentence.start] not in ",(":
        return False
    left = min([head] + [k for k, t in enumerate(tokens) if t.head == head and k < head])
    return left == last + 2


def cue(sentence: Sentence, first: int, last: int) -> str:
    """``place`` or ``person`` when the words around a name say which it is."""
    tokens = sentence.tokens
    inside = range(first, last + 1)
    root = next((i for i in inside if not (first <= tokens[i].head <= last) or tokens[i].head == i), last)
    head = tokens[root].head
    if tokens[root].dep in ("nsubj", "agent", "pobj") and 0 <= head < len(tokens):
        lemma = tokens[head].lemma.lower()
        if tokens[root].dep == "nsubj" and lemma in SPEECH:
            return "person"
        if (
            tokens[root].dep == "pobj"
            and lemma == "by"
            and 0 <= tokens[head].head < len(tokens)
            and tokens[tokens[head].head].lemma.lower() in SPEECH
        ):
            return "person"
        grand = tokens[head].head
        if (
            tokens[root].dep == "pobj"
            and lemma == "to"
            and 0 <= grand < len(tokens)
            and tokens[grand].lemma.lower() == "accord"
        ):
            return "person"  # "according to X"
        if tokens[root].dep == "pobj" and lemma in _PLACE_PREPS:
            return "place"
        if (
            tokens[root].dep == "pobj"
            and lemma == "of"
            and 0 <= tokens[head].head < len(tokens)
            and tokens[tokens[head].head].lemma.lower() in _PLACE_OF
        ):
            return "place"
    return ""


def predicates(sentence: Sentence) -> tuple[tuple[str, int, int, bool, str, tuple[str, ...]], ...]:
    """Verbs with their negation and their subject's words, for negation conflicts."""
    tokens = sentence.tokens
    negators: dict[int, int] = {}
    verbs: list[int] = []  # found in the same pass over the tokens
    for i, tok in enumerate(tokens):
        if tok.pos == "VERB":
            verbs.append(i)
        if tok.dep == "neg" and 0 <= tok.head < len(tokens):
            follower = (
                sentence.text[tokens[i + 1].start - sentence.start : tokens[i + 1].end - sentence.start].lower()
                if i + 1 < len(tokens)
                else ""
            )
            if follower not in _NOT_A_NEGATION:
                negators[tok.head] = i
    out = []
    # One reader per sentence: the parse is read once for all its verbs.
    subject_words = subject_reader(tokens)
    for i in verbs:
        tok = tokens[i]
        if i in negators:
            j = negators[i]
            before = j - 1
            first = (
                before
                if before >= 0 and tokens[before].dep in ("aux", "auxpass") and tokens[before].head == i
                else min(i, j)
            )
            start, end = tokens[first].start, max(tok.end, tokens[j].end)
            text = sentence.text[start - sentence.start : end - sentence.start]
            out.append((tok.lemma.lower(), start, end, True, text, subject_words(i)))
        else:
            out.append(
                (
                    tok.lemma.lower(),
                    tok.start,
                    tok.end,
                    False,
                    sentence.text[tok.start - sentence.start : tok.end - sentence.start],
                    subject_words(i),
                )
            )
    return tuple(out)


def _verb_above(sentence: Sentence, start: int, end: int, *, direct: bool) -> str:
    """The lemma of the nearest verb above a slot (article offsets), within `_FRAME_HOPS`, or ``""``.

    With ``direct`` the way up may pass only prepositions and coordination (the
    slot is the verb's argument); otherwise also the nouns the slot qualifies.
    """
    tokens = sentence.tokens
    slot = slot_head(tokens, start, end)
    if slot is None:
        return ""
    node = slot[2]
    for _hop in range(_FRAME_HOPS):
        head = tokens[node].head
        if not (0 <= head < len(tokens)) or head == node:
            return ""
        if tokens[head].pos == "VERB":
            return tokens[head].lemma.lower()
        if direct and tokens[head].pos != "ADP" and tokens[node].dep != "conj":
            return ""
        node = head
    return ""


def frame(sentence: Sentence, start: int, end: int) -> str:
    """The verb a slot belongs to: "resign" for "resigned on Friday" and for "a staffer on Friday resigned".

    Two values fill the same role of a fact when they hang from the same verb;
    the nearest verb above the slot is read (through prepositions and the
    nouns the slot qualifies), or ``""`` when there is none within a few words
    of the parse or the slot's tokens are not found.
    """
    return _verb_above(sentence, start, end, direct=False)


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
    for _hop in range(_FRAME_HOPS):
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
    for _hop in range(_FRAME_HOPS):
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
