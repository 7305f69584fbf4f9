"""The bodies a person's name is given as working for: "Ann Roe of the Harbour Trust", "Ann Roe, a director at it".

``surnames`` reads a person one article names with another surname than another article does, and asks for
evidence beyond the given name that the two names are one person's. A named body both names are given, in the
words the press uses to say whom someone speaks or works for ("X of the Center for Y", "X, director at the
Center for Y", "X, an officer for the Y Police"), is such evidence: an outlet that gets a surname wrong still
writes the body it was told the person is with. Read from the parse of the name's own sentence: a preposition of
belonging ("of", "at", "for", "with") hung on the name itself or on its apposition, whose object is a name the
story resolves to a body. A body named before the name as a modifier ("Rovers spokesman X") is not read: there
a team or a party names many people alike. Also read here for that rule: the word that makes a "leader" in
apposition a chamber's leadership post ("the Senate minority leader", ``leadership``), an office named
"<title> of <noun>" ("chief of staff", ``compound_office``), and a tie of one family the name is given in
apposition ("his grandson Rob Roe", ``kin_post``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tuicompare.engine.context import parsed_slot
from tuicompare.engine.features import Span
from tuicompare.engine.notroles import KIN
from tuicompare.engine.rolenouns import role_noun
from tuicompare.models import Sentence, Token

__all__ = ["bodies_of", "compound_office", "kin_post", "leadership"]

#: Prepositions by which a name or its apposition says whom the person works or speaks for.
_OF_BODY = frozenset({"of", "at", "for", "with"})


def bodies_of(span: Span, sentence: Sentence | None, bodies: Iterable[tuple[Span, int]]) -> set[int]:
    """The body entities a person mention is given as working for, read from its sentence's parse.

    Args:
        span: A person's mention ("Kassie Roe").
        sentence: Its parsed sentence (None: nothing read).
        bodies: The body names of that sentence, each with its resolved entity.

    Returns:
        The entities of the bodies hung by "of", "at", "for" or "with" on the name, or on a noun in
        apposition to it ("Kassie Roe, climate director at the Center").
    """
    found = parsed_slot(sentence, span.start, span.end)
    if found is None:
        return set()
    tokens, (_first, _last, root) = found
    hosts = {root} | _appositions(tokens, root)
    out: set[int] = set()
    for body, entity in bodies:
        slot = parsed_slot(sentence, body.start, body.end)
        if slot is None:
            continue
        b = slot[1][2]
        prep = tokens[b].head
        if tokens[b].dep != "pobj" or not 0 <= prep < len(tokens) or tokens[prep].lemma.lower() not in _OF_BODY:
            continue
        if tokens[prep].dep == "prep" and tokens[prep].head in hosts:
            out.add(entity)
    return out


def _appositions(tokens: Sequence[Token], root: int) -> set[int]:
    """The nouns in apposition to a name's root, either way ("X, a director", "the director, X")."""
    out = {i for i, t in enumerate(tokens) if t.head == root and t.dep == "appos" and t.pos == "NOUN"}
    head = tokens[root].head
    if tokens[root].dep == "appos" and 0 <= head < len(tokens) and tokens[head].pos == "NOUN":
        out.add(head)
    return out


#: The words that make a party's leader in a chamber one seat ("the Senate minority leader").
_LEADERSHIP = frozenset({"majority", "minority"})


def leadership(span: Span, sentence: Sentence | None) -> set[str]:
    """The word of a chamber's leadership on a person's "leader" in apposition ("Jo Roe, the Senate minority leader").

    The role reader keeps "leader" alone there; ``roles.held_together`` needs "minority" to know the post is one a
    senator holds. Read only for a mention whose role is a leader.
    """
    if "leader" not in span.role:
        return set()
    found = parsed_slot(sentence, span.start, span.end)
    if found is None:
        return set()
    tokens, (_first, _last, root) = found
    return {
        t.lemma.lower()
        for i in _appositions(tokens, root)
        if tokens[i].lemma.lower() == "leader"
        for t in tokens
        if t.head == i and t.dep in ("compound", "amod") and t.lemma.lower() in _LEADERSHIP
    }


def compound_office(span: Span, sentence: Sentence | None) -> set[str]:
    """An office named "<title> of <noun>" on a person's mention, as one post ("chief of staff", "secretary of state").

    English names many offices by a title and the field it heads ("chief of staff", "director of communications",
    "chief of police"); the role reader keeps the title alone ("chief", a generic word, no office) after the name
    and nothing before it ("acting chief of staff Jo Roe": the word before the name is "staff"). Read on the title
    the name hangs from ("chief of staff Jo Roe") or on a noun in apposition to it ("Jo Roe, the chief of staff"),
    when the field is a bare noun (no determiner, no modifier: "the director of the Harbour Trust" names a body,
    ``bodies_of``) and the title has no possessor ("his chief of staff": one of many people's).
    """
    found = parsed_slot(sentence, span.start, span.end)
    if found is None:
        return set()
    tokens, (first, last, root) = found
    n = len(tokens)
    # the title the name hangs from or is in apposition to ("chief of staff Jo Roe") and the nouns in apposition
    # after it ("Jo Roe, the acting chief of staff"), looked for near the name only: this is read per mention
    hosts = {i for i in range(max(first - 3, 0), first) if tokens[i].head == root and tokens[i].dep == "nmod"}
    hosts |= {i for i in range(last + 1, min(last + 10, n)) if tokens[i].head == root and tokens[i].dep == "appos"}
    if tokens[root].dep == "appos" and 0 <= tokens[root].head < first:
        hosts.add(tokens[root].head)  # "acting chief of staff Jo Roe" parsed as the title's apposition
    out: set[str] = set()
    for i in sorted(hosts):
        if i + 2 >= n or tokens[i + 1].lemma.lower() != "of" or tokens[i + 1].head != i or tokens[i + 1].dep != "prep":
            continue
        field = tokens[i + 2]
        if field.head != i + 1 or field.dep != "pobj" or field.pos not in ("NOUN", "PROPN"):
            continue
        title = tokens[i].lemma.lower().strip(".")
        if tokens[i].pos not in ("NOUN", "PROPN") or not role_noun(title):
            continue
        # a bare field ("staff", not "the Harbour Trust") and a title with no possessor ("the mayor's chief of staff")
        if any((t.head == i + 2 and k != i + 2) or (t.head == i and t.dep == "poss") for k, t in enumerate(tokens)):
            continue
        out.add(f"{title} of {field.lemma.lower()}")
    return out


#: Ties of one family a person is given ("his grandson", "her husband"); not those many share alike ("a friend",
#: "a cousin", "her child", "a neighbour").
_ONE_FAMILY = KIN - {"friend", "cousin", "child", "parent", "neighbour", "neighbor"}


def kin_post(span: Span, sentence: Sentence | None) -> set[str]:
    """A family tie in apposition to a person's name, with its possessor: "his grandson" of "his grandson Rob Roe".

    Read either way ("Rob Roe, his grandson"), or after "of" in apposition ("Rob Roe, the first of her three
    husbands"), as ``"kin grandson"``: the surname rule takes it as one post, since
    an outlet that gets a surname wrong still writes whose grandson the person is, and two grandsons of one given
    name in one story are rare. The role reader keeps kin out of roles (``notroles.KIN``), and a bare "grandson"
    with no possessor ("a grandson") says whose it is not.
    """
    found = parsed_slot(sentence, span.start, span.end)
    if found is None:
        return set()
    tokens, (first, _last, root) = found

    def kin(i: int) -> set[str]:
        word = tokens[i].lemma.lower()
        if word not in _ONE_FAMILY:
            return set()  # most nouns beside a name: no tie, and the sentence's words are not read for its possessor
        return {f"kin {word}"} if any(t.head == i and t.dep == "poss" for t in tokens) else set()

    out: set[str] = set()
    for i in _appositions(tokens, root):
        out |= kin(i)
    if first > 0 and tokens[first - 1].pos == "NOUN":
        out |= kin(first - 1)  # "his grandson Rob Roe said", however the parser hangs the two
    # "Rob Roe, the first of her three husbands", "Rob Roe, one of his sons": the tie after "of"
    for i, t in enumerate(tokens):
        if t.head == root and t.dep == "appos":
            for j, of in enumerate(tokens):
                if of.head == i and of.dep == "prep" and of.lemma.lower() == "of":
                    out |= {w for k, x in enumerate(tokens) if x.head == j and x.dep == "pobj" for w in kin(k)}
    return out
