"""How two values of one attribute relate beyond their keys: a grade beside a post, a place's abbreviation.

Helpers of ``attrcompare``: "Police Inspector" is a grade and "Police
spokesman" a post of the same body, so both can be true; "Miss." is how the
press abbreviates "Mississippi"; "the paper's Moscow correspondent" and its
"Kyiv correspondent" are one post at two places.
"""

from __future__ import annotations

from tuicompare.engine.attrparse import Finding
from tuicompare.engine.rolenouns import BODY_NOUNS, role_noun
from tuicompare.engine.roles import GENERIC, RANKS, role_words
from tuicompare.engine.spans import name_key


def grade(f: Finding) -> bool:
    """True for a role that is a grade alone ("Police Inspector", "Detective Sergeant"), with no post in it."""
    words = role_words(f.words)
    return bool(words & RANKS) and all(w in RANKS or w in GENERIC or w in body(f) for w in words)


def body(f: Finding) -> set[str]:
    """The words of a role that name neither an office nor a grade: the body it is held in ("police")."""
    return {w for w in role_words(f.words) if w not in RANKS and (w in BODY_NOUNS or not role_noun(w))}


def abbreviates(short: list[Finding], long: list[Finding]) -> bool:
    """True when a one-word abbreviation spells the start and some letters of a one-word name ("Miss.", "Mississippi").

    The press's abbreviations of states and regions ("Fla.", "Calif.", "Pa."): the first letter and the
    others in order.
    """
    for a in short:
        for b in long:
            word, full = a.text.lower(), b.text.lower()
            if not word.endswith(".") or " " in word or " " in full or not full.isalpha() or len(full) <= len(word):
                continue
            letters = iter(full[1:])
            if word[0] == full[0] and all(c in letters for c in word[1:-1]):
                return True
    return False


def shown_words(f: Finding) -> frozenset[str]:
    """The comparable words of a role as its cell shows it."""
    return role_words(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name_key(f.text).split())


def posted_apart(fa: list[Finding], fb: list[Finding]) -> bool:
    """True when both sides post one role to places and share none ("the paper's Moscow / Kyiv correspondent").

    At most a possible difference: a reporter may be posted to two places in turn, and a past post says
    nothing against a present one.
    """
    if any(f.past for f in fa + fb):
        return False
    a = {name_key(f.posted) for f in fa if f.posted}
    b = {name_key(f.posted) for f in fb if f.posted}
    return bool(a and b) and not a & b
