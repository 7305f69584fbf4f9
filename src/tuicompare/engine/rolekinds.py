"""Which kind of role a role value is, for the entity sheet's comparison of roles (``attrrelation``).

A generic role excludes no other ("official", a bare "deputy"); a one-word role whose plural names a body
of the story is one of its members ("fellow Rover"); an office or occupation differs from a description
("a rare public statement"); and one role may name the other's office ("Senate Majority Leader", "Sen.").
"""

from __future__ import annotations

from tuicompare.engine.attrcollect import role_head
from tuicompare.engine.attrparse import Finding
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import role_noun
from tuicompare.engine.roles import GENERIC
from tuicompare.engine.spans import name_key

__all__ = ["generic_role", "member_role", "office_role", "related_roles"]

#: Generic heads that name an office once qualified ("council leader", "department head").
_OFFICE_HEADS = frozenset({"leader", "head", "chief"})
#: Nouns for whoever is second in a post, which alone do not say the post ("a deputy", "an assistant").
_SECOND = frozenset({"deputy", "assistant", "associate"})
#: Words that make an "executive" the chief executive's office ("chief executive", "CEO"); without one, "an
#: executive" is anyone in a body's management ("a top marketing executive", "a network executive").
_CHIEF_WORDS = frozenset({"chief", "ceo"})


def generic_role(f: Finding) -> bool:
    """A role that excludes no other ("official", "Senate candidate", a bare "deputy"); not "council leader".

    "Executive" is such a word too unless it is the chief's ("a senior executive", "a marketing executive": one
    of a body's managers, whatever the post), as "official" is of any office."""
    if f.head in _SECOND and len(f.words) == 1:
        return True  # "a deputy", "an assistant": second to someone in some post the words do not name
    if f.head == "executive" and not _CHIEF_WORDS & set(name_key(f.text).split()):  # the words drop "chief"
        return True  # "Acme's top marketing executive" may be its vice president of marketing, or its director
    return f.head in GENERIC and (f.head not in _OFFICE_HEADS or all(w in GENERIC for w in f.words))


def member_role(f: Finding, bodies: tuple[frozenset[str], ...]) -> bool:
    """True for a role that is one capitalised word whose plural names a body of the story: one of its members.

    "fellow Rover" where the story names the "Rovers": one of the team, whatever post he plays; it
    excludes no other role ("Prosecutor" names no body "Prosecutors").
    """
    word = f.text.strip()
    if len(f.words) != 1 or not word[:1].isupper() or not word.isalpha() or f.head in TITLES:
        return False
    plural = f"{word.lower()}s"
    return any(plural in key.split() for keys in bodies for key in keys)


def office_role(f: Finding) -> bool:
    """True when a role's head names an office or an occupation, not a description ("a rare public statement")."""
    return role_noun(role_head(f)) or role_noun(f.head)


def related_roles(a: Finding, b: Finding) -> bool:
    """True when one role names the other's office ("Senate Majority Leader" is a "senator", so a "Sen.").

    Only by a word before its head: the "officer" of "chief executive officer" is the title's own last word,
    which names no "chief financial officer".
    """
    stems = {w[:5] for w in a.words if len(w) >= 5 and w != a.head}
    head = role_head(b)  # the long form of an abbreviation: "Sen." is a "senator"
    return head[:5] in stems if len(head) >= 5 else False
