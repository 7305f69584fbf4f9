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

from tuicompare.engine.asserted import unasserted
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


def phrase_root(tokens: Sequence[Token], first: int, last: int) -> int:
    """The token heading the words ``first`` to ``last``: the first whose head lies outside them (or is itself).

    ``last`` when every head lies inside (a parse that loops). A plain loop, not ``next()`` over a
    generator: asked for every slot, several times.
    """
    for i in range(first, last + 1):
        head = tokens[i].head
        if head < first or head > last or head == i:
            return i
    return last


def slot_head(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int, int] | None:
    """The first and last token of a slot (article offsets) and the token heading it, or None.

    The head is the first token whose head lies outside the slot (or is itself).
    ``frames.frame``, ``argument_of``, ``anchor`` and ``coordination`` ask this of the same
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
        found = (first, last, phrase_root(tokens, first, last))
    _LAST_SLOT = (tokens, start, end, found)
    return found


#: The last ``slot_head`` query and its answer (a tuple replaced whole, so threads read it safely).
_LAST_SLOT: tuple[Sequence[Token] | None, int, int, tuple[int, int, int] | None] = (None, 0, 0, None)


def word_after_slot(parse: Sentence | None, start: int, end: int, lemma: str, ahead: int) -> Token | None:
    """The token of ``lemma`` within ``ahead`` tokens after a slot, only nouns (its unit) between, or None.

    "3.8 yards per carry", "three times since October": what follows a figure's unit says what the figure counts.

    Args:
        parse: The sentence's parse (None: no token follows).
        start: The slot's first character (article offset).
        end: The slot's end (article offset).
        lemma: The word looked for, lower case.
        ahead: How many tokens after the slot's last one are looked at.
    """
    if parse is None:
        return None
    tokens = parse.tokens
    slot = slot_head(tokens, start, end)
    if slot is None:
        return None
    for i in range(slot[1] + 1, min(slot[1] + 1 + ahead, len(tokens))):
        if tokens[i].lemma.lower() == lemma:
            return tokens[i]
        if tokens[i].pos != "NOUN":
            return None
    return None


def parsed_slot(parse: Sentence | None, start: int, end: int) -> tuple[Sequence[Token], tuple[int, int, int]] | None:
    """The parsed sentence's tokens and the slot ``start:end`` in them (``slot_head``), or None.

    None when the sentence has no parse or no token lies inside the slot: the many rules that read
    the words around one value ask for both, and have nothing to read in either case.
    """
    if parse is None:
        return None
    tokens = parse.tokens
    slot = slot_head(tokens, start, end)
    return None if slot is None else (tokens, slot)


def governed_through(tokens: Sequence[Token], start: int, end: int, preposition: str) -> int:
    """The token a slot hangs from through ``preposition`` ("resignation" of "the resignation in 1974" for
    "in", "northeast" of "two miles northeast of Healdsburg" for "of"), or -1 when the slot is no object of it.
    """
    slot = slot_head(tokens, start, end)
    if slot is None or tokens[slot[2]].dep != "pobj":
        return -1
    prep = tokens[slot[2]].head
    if not 0 <= prep < len(tokens) or tokens[prep].lemma.lower() != preposition:
        return -1
    head = tokens[prep].head
    return head if 0 <= head < len(tokens) and head != prep else -1


def role(sentence: Sentence, first: int, last: int) -> tuple[tuple[str, ...], tuple[int, int, str] | None]:
    """Role nouns attached to a name: a title before it or an apposition after it."""
    tokens = mend_hyphens(sentence)  # "X, a co-producer": one apposition, not "co", "-" and "producer"
    root = phrase_root(tokens, first, last)
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
    if roles and i >= 1 and tokens[i].dep == "cc" and tokens[i].head == i - 1 and _titled(sentence, tokens, i - 1):
        # "photographer and director Lena Voss": the parser hangs the first title apart, yet both are hers;
        # not a noun that names no one's role ("the ultimate team game and fellow Rover Lena Voss").
        roles.insert(0, i - 1)
    phrase = roles
    if roles:
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
            and not _stray_subject(sentence, tokens, root, j)
        ]
        if opens
        else []
    )
    if not roles and not appos:
        return (), None
    # Places and nationalities before a title qualify it ("U.S. Sen.", "Democratic governor"): not roles.
    where = [(ent.start, ent.end) for ent in sentence.entities if ent.label in _NOT_ROLE_LABELS]
    # "Ann Roe, a surgeon and the paper's medical reporter": the roles coordinated in the apposition are hers too.
    # Read only when there is an apposition (a title before the name alone has no coordinated roles to read).
    also = (
        [k for k, t in enumerate(tokens) if t.head == appos[0] and t.dep == "conj" and _titled(sentence, tokens, k)]
        if appos
        else []
    )
    lemmas = tuple(
        dict.fromkeys(
            tokens[j].lemma.lower()
            for j in roles + appos[:1] + also
            if _role_word(sentence, j) and not any(a <= tokens[j].start and tokens[j].end <= b for a, b in where)
        )
    )
    if not lemmas:
        return (), None
    if appos:
        j = appos[0]
        left = min([j] + [k for k, t in enumerate(tokens) if t.head == j and k < j])
        s, e = tokens[left].start, tokens[max([j, *also])].end
    else:
        s, e = tokens[phrase[0]].start, tokens[phrase[-1]].end
    return lemmas, (s, e, sentence.between(s, e))


def headed_title(parse: Sentence | None, start: int, end: int) -> str:
    """The bare title right before a name that the parser hangs the name on as its apposition, or ``""``.

    "the club's coach, Ann Poe,", "his coach Ann Poe": the parser makes the name the apposition of the noun, so
    ``role`` reads no title before it, where "Ann Poe, the club's coach," reads "coach" after it. Read only
    for the offices ``surnames`` gives a person: as the name's role it set outlets' "executive" against "CEO" as
    two roles and kept one person's two mentions apart (``bench_real.py --split tune``: a real false red).
    """
    found = parsed_slot(parse, start, end)
    if parse is None or found is None:
        return ""
    tokens, (first, _last, root) = found
    head = tokens[root].head
    if tokens[root].dep != "appos" or not 0 <= head < first or tokens[head].pos != "NOUN":
        return ""
    if head != first - 1 and not (head == first - 2 and parse.word(tokens[first - 1]) == ","):
        return ""
    # "Israel's defense minister, Jo Roe,": a qualified title names one of many seats of its word, which
    # ``roles.offices`` would drop ("minister" alone); only a bare title is read ("the club's coach").
    qualified = any(t.head == head and t.dep in ("compound", "amod") for t in tokens[max(head - 3, 0) : head])
    return tokens[head].lemma.lower() if not qualified and _titled(parse, tokens, head) else ""


def _titled(sentence: Sentence, tokens: Sequence[Token], i: int) -> bool:
    """True for a noun that names an office or a trade (``rolenouns.role_noun``): "director", not "game"."""
    from tuicompare.engine.rolenouns import role_noun  # rolenouns reads spans, which reads this module

    token = tokens[i]
    word = sentence.word(token)
    return token.pos == "NOUN" and role_noun(token.lemma.lower().strip("."), word)


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


def _stray_subject(sentence: Sentence, tokens: Sequence[Token], root: int, j: int) -> bool:
    """True when the parser's apposition after a name is the subject its sentence lacks.

    "With the signing of Jo Poe, the season was meant to be good": after an opening phrase ending in a
    name, the comma starts the main clause, whose subject the parser hung on the name as an apposition.
    So when the name sits in a prepositional phrase, the sentence's verb comes after the apposition with
    no comma closing it, and that verb has no subject of its own.
    """
    if tokens[root].dep != "pobj":
        return False
    verb = next((k for k, t in enumerate(tokens) if t.dep == "ROOT"), -1)
    if verb <= j or any(t.head == verb and t.dep in _SUBJECTS for t in tokens):
        return False
    return "," not in sentence.text[tokens[j].end - sentence.start : tokens[verb].start - sentence.start]


#: Dependency labels of a verb's own subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def adjacent_apposition(sentence: Sentence, last: int, head: int, tokens: Sequence[Token] | None = None) -> bool:
    """True for "NAME, a role ..." where the apposition starts right after the comma (``tokens``: mended ones)."""
    tokens = sentence.tokens if tokens is None else tokens
    if last + 1 >= len(tokens) or sentence.text[tokens[last + 1].start - sentence.start] not in ",(":
        return False
    left = min([head] + [k for k, t in enumerate(tokens) if t.head == head and k < head])
    return left == last + 2


def _first_conjunct(tokens: Sequence[Token], root: int) -> int:
    """The first of the names ``root`` is coordinated with ("Roe" of "Roe and Poe"), or ``root`` itself.

    The parser hangs only the first conjunct from the verb; the others hang from it and share its
    role: "said Roe and Poe" has both speak. Only a name coordinated with a name is followed.
    """
    for _hop in range(4):  # a list of names is short; a parse that loops must end
        head = tokens[root].head
        if tokens[root].dep != "conj" or not 0 <= head < len(tokens) or head == root:
            break
        if tokens[head].pos != "PROPN":
            break  # "the news agency and the Survey said": a body's name beside a noun, no person's
        root = head
    return root


def cue(sentence: Sentence, first: int, last: int) -> str:
    """``place`` or ``person`` when the words around a name say which it is.

    A name coordinated with another takes the other's speaker cue ("said Holm and Tarrant": both
    speak); not its place cue, which a person's name gets too ("baskets from Roe and Poe").
    """
    tokens = sentence.tokens
    root = phrase_root(tokens, first, last)
    own = _cue_at(tokens, root)
    if own or tokens[root].dep != "conj":
        return own
    return "person" if _cue_at(tokens, _first_conjunct(tokens, root)) == "person" else ""


def _cue_at(tokens: Sequence[Token], root: int) -> str:
    """``cue`` of the name headed by ``root``, read from the word it hangs from (and the one that word hangs from)."""
    head, dep = tokens[root].head, tokens[root].dep
    if dep not in ("nsubj", "pobj") or not 0 <= head < len(tokens):
        return ""
    lemma = tokens[head].lemma.lower()
    if dep == "nsubj":
        return "person" if lemma in SPEECH else ""
    if lemma in ("by", "to", "of"):  # read the word the preposition hangs from
        grand = tokens[head].head
        above = tokens[grand].lemma.lower() if 0 <= grand < len(tokens) else ""
        if (lemma == "by" and above in SPEECH) or (lemma == "to" and above == "accord"):
            return "person"  # "said by X", "according to X"
        if lemma == "of" and above in _PLACE_OF:
            return "place"  # "residents of X"
    return "place" if lemma in _PLACE_PREPS else ""


#: Clauses that name an act without stating it happened or not: a noun's clause ("their promise not to
#: reveal it") or a clause as subject ("what revealing it would do"). Their verbs deny and affirm nothing.
_NAMING_CLAUSES = frozenset({"acl", "csubj", "csubjpass"})


def predicates(sentence: Sentence) -> tuple[tuple[str, int, int, bool, str, tuple[str, ...]], ...]:
    """Verbs with their negation and their subject's words, for negation conflicts."""
    tokens = sentence.tokens
    negators: dict[int, int] = {}
    verbs: list[int] = []  # found in the same pass over the tokens
    # "will not leave until the end of the year" says when it leaves, not that it does not: no negation.
    awaited: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.pos == "VERB" and tok.dep not in _NAMING_CLAUSES:
            verbs.append(i)
        # The length first: ``lower`` makes a string, and this runs for every token of the corpus.
        if len(tok.lemma) in (4, 5) and tok.lemma.lower() in ("until", "till") and 0 <= tok.head < len(tokens):
            awaited.add(tok.head if tok.dep != "mark" else tokens[tok.head].head)
        if tok.dep == "neg" and 0 <= tok.head < len(tokens):
            follower = sentence.word(tokens[i + 1]).lower() if i + 1 < len(tokens) else ""
            if follower not in _NOT_A_NEGATION:
                negators[tok.head] = i
    out = []
    # One reader per sentence: the parse is read once for all its verbs.
    subject_words = subject_reader(tokens)
    naming = unasserted(tokens)  # "to help determine", "about returning": neither denied nor affirmed
    for i in verbs:
        if i in naming:
            continue
        tok = tokens[i]
        if i in negators and i not in awaited:
            j = negators[i]
            before = j - 1
            first = (
                before
                if before >= 0 and tokens[before].dep in ("aux", "auxpass") and tokens[before].head == i
                else min(i, j)
            )
            start, end = tokens[first].start, max(tok.end, tokens[j].end)
            text = sentence.between(start, end)
            out.append((tok.lemma.lower(), start, end, True, text, subject_words(i)))
        else:
            out.append(
                (
                    tok.lemma.lower(),
                    tok.start,
                    tok.end,
                    False,
                    sentence.word(tok),
                    subject_words(i),
                )
            )
    return tuple(out)
