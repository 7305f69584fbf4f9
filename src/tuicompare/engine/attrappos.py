"""What the parser sets beside a name: appositions, party marks, a possessive split off, a coordinated title.

Helpers of ``attributes``: which words after a name are its appositions
("Okafor, 58, the chief executive, ..."), whether one is a party mark
("R-Texas"), a possessive the parser set apart ("Haueter, Farenthold's chief of
staff"), whether a bare title is coordinated with the name ("candidate and
former Governor X"), and the plural title before a list of names that is each
one's ("ex-coaches X and Y").
"""

from __future__ import annotations

import re

from tuicompare.engine.attrparse import Parse, plural
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import PARTY_LETTERS, PARTY_WORDS, role_noun

#: Parts of speech an apposition may start with ("a village", "52", "the paper's correspondent").
APPOS_START = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV"})


def coordinated_title(p: Parse, root: int, head: int, first: int) -> bool:
    """True when the name is coordinated with a bare title before it ("candidate and former Governor X").

    With a determiner ("the senator and Romney") the noun is someone else; a noun that names no office
    ("has 20 wives and Oler has two") is the object the name was coordinated with by a misparse.
    """
    title = p.t[head].pos == "NOUN" or (p.t[head].pos == "PROPN" and p.lemma(head) in TITLES)  # "Attorney General"
    title = title and role_noun(p.lemma(head), p.word(head))
    if p.t[root].dep != "conj" or not head < first or not title or p.dep_kids(head, ("det",)):
        return False
    between = range(p.right(head, True) + 1, p.left(root))
    return bool(between) and all(p.lemma(k) == "and" for k in between)


def dateline(p: Parse, root: int) -> bool:
    """True for a name in capitals opening the sentence: a dateline ("HARTFORD, Conn. —"), not a subject."""
    word = p.word(root)
    return p.left(root) == 0 and word.isupper() and len(word) > 2


def appositions(p: Parse, root: int, last: int) -> list[int]:
    """Appositions set off right after a name, one after another ("Okafor, 58, the chief executive, ...").

    The parser often hangs the apposition of a name inside a prepositional phrase
    on the phrase's head ("people in Ashby, a village in ..."): an apposition of
    that head starting right after the name's comma counts too.
    """
    candidates = [j for j in p.dep_kids(root, ("appos",)) if j > last]
    # "Farrow, R-Texas,": the parser may hang the party mark on the name as an adverbial
    candidates += [j for j in p.dep_kids(root, ("npadvmod",)) if j > last and party_mark(p, j)]
    if p.t[root].dep == "pobj":
        noun = p.t[p.t[root].head].head
        candidates += [j for j in p.dep_kids(noun, ("appos",)) if j > last and p.left(j) == last + 2]
    seat = _seat_after(p, root, last)
    if seat is not None:  # "Senator X of Ohio, the Democratic leader,": an office or a party word is X's
        last = p.right(seat, True)
        candidates = [
            j
            for j in candidates + p.dep_kids(seat, ("appos",))
            if j > last and (role_noun(p.lemma(j), p.word(j)) or p.lemma(j) in PARTY_WORDS)
        ]
    out: list[int] = []
    at = last + 1
    for j in sorted(set(candidates)):
        start = p.left(j)
        while start < j and p.word(start) == "(":  # "Inslee (D)": the bracket hangs on the apposition
            start += 1
        if out and start == at and possessor(p, out[-1]):
            out.append(j)  # "Haueter, Farenthold's chief of staff": the parser split the possessive off
            at = p.right(j) + 1
            continue
        if not out and start == at and _caption(p, root, start):
            out.append(j)  # "Robert Buckley the second climber to die ...": a caption with no comma
            at = p.right(j) + 1
            continue
        if at >= len(p.t) or any(p.t[k].pos != "PUNCT" for k in range(at, start)) or start == at:
            break
        if not appos_start(p, start) or any(
            p.t[k].pos in ("VERB", "AUX") and p.t[k].dep not in ("amod", "compound") for k in range(start, j)
        ):
            break  # "Pyrogov, highlighted Putin's engagement, ...": a misparsed clause, not an apposition
        if p.word(at) not in (",", "(", "-", "—", "–"):
            break
        if p.word(at) in ("—", "–") and dateline(p, root):
            break  # "HARTFORD, Conn. — Connecticut Attorney General ...": the story starts after the dash
        if _next_person(p, j):
            break  # "son Ben, 8, daughter Ava, 3": the next person of a list, with her own age, not his
        out.append(j)
        at = p.right(j) + 1
    tail = None if out else _closing_apposition(p, root, last)
    return [tail] if tail is not None else out


def _seat_after(p: Parse, root: int, last: int) -> int | None:
    """The place of "X of Ohio" right after a name, when a comma follows it: the seat or state a person stands
    for ("Senator X of Ohio, the Democratic leader"); the apposition after it may be the person's."""
    at = last + 1
    if at >= len(p.t) or p.lemma(at) != "of" or p.t[at].head != root:
        return None
    seats = [j for j in p.dep_kids(at, ("pobj",)) if p.label.get(j) == "GPE"]
    if not seats or p.right(seats[0], True) + 1 >= len(p.t) or p.word(p.right(seats[0], True) + 1) != ",":
        return None
    return seats[0]


def _closing_apposition(p: Parse, root: int, last: int) -> int | None:
    """The noun of "..., the failed vice presidential candidate." closing the sentence after a name and a comma,
    which the parser hung on a verb before the name ("directed at Palin, the ... candidate": the object of "say").

    A phrase set off by a comma after a name and running to the sentence's end (through a relative clause of its
    own, "the former attorney general who later headed ...") is said of the name: a verb's object does not follow
    its verb's clause after a comma. Only with an article, so a list ("X, Y and Z") is not read as one.
    """
    at = last + 1
    if at + 2 >= len(p.t) or p.word(at) != "," or p.lemma(at + 1) not in ("the", "a", "an"):
        return None
    end = len(p.t) - 1
    while end > at and p.t[end].pos == "PUNCT":
        end -= 1
    # every word between the comma and the sentence's end hangs inside the phrase but its head noun: one noun
    # phrase, with its own relative clause at most ("X, the former attorney general who later ran Y."), not a clause
    heads = [k for k in range(at + 1, end + 1) if not at < p.t[k].head <= end]
    if len(heads) != 1:
        return None
    noun = heads[0]
    if p.t[noun].pos != "NOUN" or p.t[noun].head >= root or p.t[noun].dep not in ("dobj", "attr", "npadvmod"):
        return None
    return noun


def named_noun(p: Parse, root: int, first: int) -> int | None:
    """The noun a name is given to by a participle right before it: "an amateur photographer named X", "a pastor
    called X" (the noun says what X is, as an apposition does); None elsewhere."""
    verb = p.t[root].head
    if first == 0 or verb != first - 1 or p.lemma(verb) not in ("name", "call") or p.t[verb].dep != "acl":
        return None
    noun = p.t[verb].head
    return noun if p.t[root].dep in ("oprd", "dobj", "attr") and p.t[noun].pos == "NOUN" and noun < verb else None


def _caption(p: Parse, root: int, start: int) -> bool:
    """True for a name opening its sentence with "the ..." right after it and no comma: a caption's apposition."""
    return p.left(root) == 0 and p.lemma(start) == "the" and p.t[start].pos == "DET"


def party_mark(p: Parse, noun: int) -> bool:
    """True for a party letter and a state ("R-Texas"), read as the state with the letter as a compound."""
    return party_letter(p, noun) is not None


def party_letter(p: Parse, noun: int) -> int | None:
    """The party letter of a party mark at ``noun`` ("R" of "R-Texas", "D" of "D - W. Va."), or None.

    The letter opens the phrase and a hyphen follows it; the parser hangs it on the state's first word
    when the state has two ("W. Va."), so it is looked for at the start of the phrase, not among the kids.
    """
    if p.t[noun].pos != "PROPN":
        return None
    start = p.left(noun)
    while start < noun and p.word(start) == "(":
        start += 1
    if start < noun and p.lemma(start) in PARTY_LETTERS and p.word(start + 1) == "-":
        return start
    return next(
        (j for j in p.dep_kids(noun, ("compound",)) if p.lemma(j) in PARTY_LETTERS and p.word(j + 1) == "-"), None
    )


def party_after(p: Parse, last: int) -> bool:
    """True when the press's party mark follows the name: ", R-Tenn." or " (D-N.Y.)", a capital letter and a state."""
    at = last + 1
    if at + 3 >= len(p.t) or p.word(at) not in (",", "("):
        return False
    letter = p.word(at + 1)
    return (
        len(letter) == 1
        and letter.isupper()
        and p.lemma(at + 1) in PARTY_LETTERS
        and p.word(at + 2) == "-"
        and p.t[at + 3].pos == "PROPN"
    )


#: The decades of a life written out ("in her fifties").
DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_DECADE = re.compile(r"[1-9]0['\u2019]?s")


def decade(p: Parse, i: int) -> bool:
    """True for the decade of someone's life: "50s" or "fifties" owned by a pronoun ("in her 50s")."""
    word = p.word(i).lower()
    return bool(_DECADE.fullmatch(word) or word in DECADE_WORDS) and any(
        p.t[k].pos == "PRON" for k in p.dep_kids(i, ("poss",))
    )


def decade_after(p: Parse, last: int) -> int | None:
    """The decade in ", in his 50s," right after a name, however the parser hung it ("Reed, in her 50s, was ...")."""
    at = last + 1
    if at + 3 >= len(p.t) or p.word(at) != "," or p.lemma(at + 1) != "in":
        return None
    return next((j for j in range(at + 2, min(at + 5, len(p.t))) if decade(p, j)), None)


def appos_start(p: Parse, i: int) -> bool:
    """True for a word an apposition may start with ("a", "52", "the paper's", "his former aide")."""
    return p.t[i].pos in APPOS_START or (p.t[i].pos == "PRON" and p.t[i].dep == "poss")


def possessor(p: Parse, j: int) -> bool:
    """True for a name ending in "'s" that the parser set beside a name on its own ("X, Farenthold's")."""
    end = p.right(j)
    return p.t[j].pos == "PROPN" and end > j and p.t[end].dep == "case" and p.word(end) in ("'s", "’s")


def group_titles(p: Parse, root: int) -> list[int]:
    """Plural titles before a list of names the name at ``root`` is in: each one's ("head coaches X, Y and Z").

    The parser hangs the list on its first name, by "conj" or, after a comma, by
    "appos"; the title is a plural noun compounded with that first name.
    """
    lead = root
    while p.t[lead].dep in ("conj", "appos") and p.t[lead].head < lead and _person(p, p.t[lead].head):
        lead = p.t[lead].head
    members = [j for j in p.kids[lead] if j > lead and p.t[j].dep in ("conj", "appos") and _person(p, j)]
    if not members:
        return []  # "coaches John Lucas": one name, and no list to share the title
    titles = [j for j in p.dep_kids(lead, ("compound",)) if j < lead and p.t[j].pos == "NOUN" and plural(p, j)]
    head = p.t[lead].head
    if p.t[lead].dep == "appos" and _right_before(p, head, lead) and p.t[head].pos == "NOUN" and plural(p, head):
        titles.append(head)  # "former coaches Peter Novak and Tomas Wolak": the parser set the names beside it
    return titles


def _right_before(p: Parse, head: int, lead: int) -> bool:
    """True when only the noun's own clause and commas stand between it and the list of names.

    "the two reporters who broke the story, Carl Bernstein and Bob Woodward": the names follow the
    clause that says what the reporters did.
    """
    clause = {k for c in p.dep_kids(head, ("relcl", "acl")) for k in range(p.left(c), p.right(c) + 1)}
    return head < lead and all(k in clause or p.t[k].pos == "PUNCT" for k in range(head + 1, p.left(lead)))


def _person(p: Parse, i: int) -> bool:
    return p.t[i].pos == "PROPN" and p.label.get(i) == "PERSON"


def _next_person(p: Parse, j: int) -> bool:
    """True when an apposition names another person: the next one of a list ("son Ben, 8, daughter Ava, 3").

    Either a person's name itself (not a possessive, "X, Farenthold's chief of
    staff", nor a title tagged as a name) or a noun the parser hung a name on
    right after it ("daughter Ava").
    """
    if _person(p, j) and p.lemma(j) not in TITLES and not possessor(p, j):
        return True
    return any(p.left(k) == j + 1 and _person(p, k) for k in p.dep_kids(j, ("appos", "compound")))
