"""Which words of a role's phrase name the body its holder works for: the employer.

Read by ``attrrole`` as it reads a role, and by ``attributes`` and ``attrbefore``
beside it: the bodies a post is held at, in or with ("a professor at the
University of X", "the school, where she is the principal"), the tokens that
name one (``body_span``), and the tests that tell a body's name from a place, a
title or a common word ("Saints coach", "the 76ers", "a blogger for
biggovernment.com", "Police chief").
"""

from __future__ import annotations

import re

from tuicompare.engine.attrparse import Parse, plural, skip_det
from tuicompare.engine.attrplace import PLACE_LABELS
from tuicompare.engine.attrsame import known_place
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.firms import firm_noun
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import BODY_NOUNS, GROUP_NOUNS, PARTY_WORDS, role_noun
from tuicompare.engine.spans import name_key

#: A web address: a name, a dot, a top-level domain ("biggovernment.com", "bbc.co.uk").
_SITE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|co\.uk|[a-z]{2})")
#: Labels a body's name set beside its noun may carry ("the group Immigration Hub": the model says a facility).
_BODY_NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"})
#: Labels of words with digits that are no name: "1940s", "3rd", "10am".
_NOT_NUMBERED = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "PERSON", "GPE", "LOC", "NORP"})


#: Nouns naming an event ("the X Summit", "the Rovers game"): "at" one says where a person was, not an employer.
EVENT_NOUNS = frozenset(
    {"summit", "conference", "meeting", "hearing", "trial", "game", "match", "festival", "show", "rally"}
    | {"ceremony", "funeral", "concert", "fair", "expo", "convention", "games", "olympics", "championship"}
    | {"championships", "tournament", "race", "marathon", "debate", "talks", "vigil", "gala", "premiere"}
    | {"exhibition", "auction", "parade", "event", "protest", "celebration"}
)


def held_at(p: Parse, head: int, preps: list[int] | None = None) -> list[tuple[int, int]]:
    """The bodies a post is held at, in or with: "a professor at the University of X", "a bishop in the X
    Church", "a detective with the police", "director at security vendor CloudPassage" (the name set beside
    the body's noun); "from" only a named body ("a researcher from Trend Micro").

    ``preps``: the prepositions to read, when not the post's own (the parser hung them on the name).
    """
    out: list[tuple[int, int]] = []
    for prep in p.dep_kids(head, ("prep",)) if preps is None else preps:
        if p.lemma(prep) not in ("at", "in", "with", "from"):
            continue
        for obj in p.dep_kids(prep, ("pobj",)):
            if p.lemma(prep) == "at" and p.lemma(obj) in EVENT_NOUNS:
                continue  # "a delegate at the X Conference": where the person was, not whom they work for
            if p.lemma(prep) == "from":  # "a researcher from Trend Micro"; not "a defector from the party"
                out.extend(body_span(p, j) for j in _named_bodies(p, obj))
                continue
            if _held_in(p, obj):
                out.append(body_span(p, named_beside(p, obj)))  # "at the group Immigration Hub": the name
            elif p.t[obj].pos == "NOUN":
                out.extend(body_span(p, j) for j in p.dep_kids(obj, ("appos",)) if p.label.get(j) == "ORG")
    return out


def also_named(p: Parse, obj: int) -> list[tuple[int, int]]:
    """Bodies coordinated with the one at ``obj``: "of the City Press and Free Sunday newspapers" ("Free Sunday");
    people coordinated with a person served ("the lawyer for X and Y")."""
    out = []
    for c in p.dep_kids(obj, ("conj",)):
        # a person coordinated with a person served, or a body with a body
        named = p.label.get(c) == "ORG" or p.label.get(c) == p.label.get(obj) == "PERSON"
        if named and p.t[c].pos == "PROPN":
            out.append(body_span(p, c))
        elif p.t[c].pos == "NOUN":
            names = [k for k in p.dep_kids(c, ("compound",)) if p.t[k].pos == "PROPN" and k < c]
            if names:
                out.append((p.left(names[0]), names[-1]))
    return out


def where_body(p: Parse, verb: int) -> tuple[int, int] | None:
    """The body a "where" clause's post is held in: "the Mormon Hills School, where Cole is the superintendent"."""
    body = p.t[verb].head
    if p.t[verb].dep != "relcl" or not any(p.lemma(k) == "where" for k in p.dep_kids(verb, ("advmod",))):
        return None
    if p.label.get(body) in ("GPE", "LOC") and p.t[body].dep == "pobj" and p.lemma(p.t[body].head) == "in":
        body = p.t[p.t[body].head].head  # "the X School in Bountiful, where": the parser hangs it on the town
    return body_span(p, body) if _held_in(p, body) else None


def _held_in(p: Parse, i: int) -> bool:
    """True for a body a post is held in: an organisation's name, or a body's noun that names no town."""
    return p.label.get(i) == "ORG" or (p.lemma(i) in BODY_NOUNS and p.label.get(i) not in ("GPE", "LOC"))


def body_span(p: Parse, obj: int) -> tuple[int, int]:
    """The tokens naming the body at ``obj``: its name as the recogniser cut it ("FLDS Church" of "the Utah-based
    FLDS Church"), else the noun phrase without its article ("the department")."""
    if obj not in p.label:
        return skip_det(p, p.left(obj)), p.right(obj, True)
    start = obj
    while start > 0 and p.label.get(start - 1) == p.label[obj] and p.t[start - 1].pos != "DET":
        start -= 1
    end = obj
    while end + 1 < len(p.t) and p.label.get(end + 1) == p.label[obj] and p.t[end + 1].head in range(start, end + 2):
        end += 1
    return start, end


def posting(p: Parse, j: int, head: int) -> bool:
    """True for a place name compounded on a title, or a name the recogniser left unlabelled there.

    Read only where a possessive names the employer ("the paper's Kyiv correspondent"), so a second name
    in the title is where the post is, not another employer.
    """
    return (
        p.t[j].dep == "compound"
        and p.t[j].pos == "PROPN"
        and all(p.t[k].pos == "PROPN" for k in range(j + 1, head))  # next to the title, or in a name next to it
        and (p.label.get(j) in PLACE_LABELS or unlabelled_name(p, j))
    )


def after_of(p: Parse, j: int) -> bool:
    """True for a name right after "of": the end of a longer name the parser cut ("Hall of Fame coach X")."""
    start = p.left(j)
    return start > 0 and p.lemma(start - 1) == "of"


def numbered_name(p: Parse, i: int) -> bool:
    """True for a name spelled with digits then a word ("the 76ers", "the 49ers"), which the tagger calls a noun.

    Not "3D", "5G" (a letter or two after the digits: a technology), nor a decade or a time.
    """
    word = p.word(i)
    digits = len(word) - len(word.lstrip("0123456789"))
    tail = word[digits:]
    return (
        p.t[i].pos in ("NOUN", "PROPN")
        and p.label.get(i) not in _NOT_NUMBERED
        and digits > 0
        and len(tail) >= 3
        and tail.isalpha()
    )


def capital_noun(p: Parse, j: int) -> bool:
    """True for a capitalised plural the tagger calls a common noun, unlabelled: a team's name ("Saints coach
    X", "Chargers' X"); only an employer where the story resolves it as an organisation (``kind`` "team"),
    which a word capitalised for opening a sentence is not, and compatible with any other employer (a
    team's owner, its league: ``attrrelation``)."""
    word = p.word(j)
    return (
        p.t[j].pos == "NOUN"
        and j not in p.label
        and word[:1].isupper()
        and word[1:].islower()
        and plural(p, j)
        and p.lemma(j) not in BODY_NOUNS
    )


#: Officers only a firm or a public body has, never a place: "chief technology officer of X" names its employer.
_FIRM_OFFICERS = frozenset({"ceo", "cfo", "coo", "cto", "cio", "founder", "cofounder", "co-founder"})


def firm_of(p: Parse, first: int, head: int, obj: int) -> bool:
    """True when a name the recogniser called a place is the body a firm's officer serves ("chief technology
    officer of Qualys"), and no country, US state or time-zone city ("president of Russia": a jurisdiction)."""
    chief = p.lemma(head) == "officer" and any(p.lemma(j) == "chief" for j in range(first, head))
    return (chief or p.lemma(head) in _FIRM_OFFICERS) and not known_place(name_key(p.text(p.left(obj), obj)))


def web_site(p: Parse, i: int) -> bool:
    """True for a web address written as a name ("a blogger for biggovernment.com")."""
    host = p.word(i).lower().removeprefix("www.")
    return bool(_SITE.fullmatch(host))


def body_noun(p: Parse, j: int) -> bool:
    """True for a body noun naming where a role is held ("Police chief", "Port authority spokesperson").

    Not a place noun ("district attorney": a jurisdiction) nor a name the recogniser labelled.
    """
    return p.t[j].dep == "compound" and j not in p.label and p.lemma(j) in BODY_NOUNS and p.lemma(j) not in PLACE_NOUNS


def unlabelled_name(p: Parse, j: int) -> bool:
    """True for a capitalised proper noun the recogniser left unlabelled, neither a title nor a role.

    A name it called a product counts as unlabelled: the small model calls teams so ("the Chargers
    receiver"); an employer found so holds only where the story knows the name as an organisation.
    """
    return (
        p.t[j].pos == "PROPN"
        and p.label.get(j, "PRODUCT") == "PRODUCT"
        and p.word(j)[:1].isupper()
        and p.lemma(j) not in TITLES
        and not role_noun(p.lemma(j), p.word(j))
    )


def named_beside(p: Parse, noun: int) -> int:
    """The name set right beside a body's common noun, else the noun: "a spokesman for the advocacy group the
    Enough Project" works for the Enough Project, not for "advocacy group" (which another outlet's "for the
    Enough Project" would seem to contradict); "at the group Immigration Hub", "at the company Velta Systems".

    The noun says the name is a body's, so any label the recogniser gave the name will do (the small model
    calls such names a facility or a product) but a person's, a place's or a time's.
    """
    if p.t[noun].pos != "NOUN" or not (p.lemma(noun) in GROUP_NOUNS or firm_noun(p.lemma(noun))):
        return noun
    names = [
        j
        for j in p.dep_kids(noun, ("appos",))
        if p.left(j) > noun  # the name follows the noun
        and p.t[j].pos == "PROPN"
        and p.label.get(j, "ORG") in _BODY_NAME_LABELS
    ]
    return names[0] if names else noun


def of_body(p: Parse, root: int, last: int) -> list[tuple[int, int]]:
    """The organisation a person's name is "of", right after it: "the Rev. X of the Harlow Bible Church", "Isaacs of
    Samaritan's Purse", as "CNN's Larry King" names the body X speaks for.

    Only a name the recogniser called an organisation: "Senator X of Tennessee" is where X comes from or stands
    for, and a party is no employer ("X of the Labour Party" says the party).
    """
    at = last + 1
    if at >= len(p.t) or p.lemma(at) != "of" or p.t[at].head != root or p.t[at].dep != "prep":
        return []
    out = []
    for obj in p.dep_kids(at, ("pobj",)):
        if p.t[obj].pos != "PROPN" or p.label.get(obj, "ORG") != "ORG":
            continue
        start, end = _recognised(p, obj) or body_span(p, obj)
        if obj not in p.label and not any(p.label.get(k) == "ORG" for k in range(start, end + 1)):
            continue  # "Samaritan's Purse" with only its first word recognised holds; an unknown name does not
        # "Dr. X of Emory University and CNN": each body coordinated with the first is one X is of, whether the
        # parser hangs the second on the first or on the name
        later = [body_span(p, c) for c in p.dep_kids(root, ("conj",)) if _joined_body(p, end, c)]
        for a, b in [(start, end), *(span for span in also_named(p, obj) if p.label.get(span[1]) == "ORG"), *later]:
            if not any(p.lemma(k) in ("party", *PARTY_WORDS) for k in range(a, b + 1)):
                out.append((a, b))
    return out


def _joined_body(p: Parse, end: int, c: int) -> bool:
    """True for a recognised organisation's name right after ``end`` and "and" ("of Emory University and CNN")."""
    left = p.left(c)
    return p.label.get(c) == "ORG" and p.t[c].pos == "PROPN" and left == end + 2 and p.lemma(end + 1) in ("and", "&")


def _recognised(p: Parse, obj: int) -> tuple[int, int] | None:
    """The tokens of the organisation the recogniser found at ``obj``, without its article ("Union of Concerned
    Scientists" whole, where the parser hangs its second half on the inner "of"), or None."""
    at = p.t[obj].start
    for e in p.s.entities:
        if e.label == "ORG" and e.start <= at < e.end:
            inside = p.within(e.start, e.end)
            return (skip_det(p, inside[0]), inside[-1]) if inside else None
    return None


def _named_bodies(p: Parse, obj: int) -> list[int]:
    """The organisation named after "from", or the name set beside its noun ("from the software security company
    Trend Micro"): a post "from" a named firm is held there; a common noun alone ("the party") may be a body left."""
    if p.label.get(obj) == "ORG":
        return [obj]
    return [j for j in p.dep_kids(obj, ("appos",)) if p.label.get(j) == "ORG"] if p.t[obj].pos == "NOUN" else []
