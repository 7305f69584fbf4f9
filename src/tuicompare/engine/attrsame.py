"""How two values of one attribute relate beyond their keys: a grade beside a post, a place's abbreviation.

Helpers of ``attrcompare``: "Police Inspector" is a grade and "Police
spokesman" a post of the same body, so both can be true; "Miss." is how the
press abbreviates "Mississippi".
"""

from __future__ import annotations

from tuicompare.engine.attrparse import Finding
from tuicompare.engine.rolenouns import BODY_NOUNS, role_noun
from tuicompare.engine.roles import GENERIC, RANKS, role_words


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
