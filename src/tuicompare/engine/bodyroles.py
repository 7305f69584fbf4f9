"""A role read beside a name that only says what kind of body the name is ("X, a consulting company").

The recogniser sometimes takes a firm for a person; the apposition the engine then reads as the person's
role describes the firm's business. Two such descriptions are no two offices of one person.
"""

from __future__ import annotations

from collections.abc import Iterable

from tuicompare.engine.firms import firm_noun
from tuicompare.engine.rolenouns import GROUP_NOUNS, role_noun

#: Nouns for a body the press uses beside ``firms.FIRM_NOUNS`` and ``GROUP_NOUNS`` ("a design consultancy").
_BODY_KINDS = frozenset({"consultancy", "enterprise", "outfit"})


def describes_body(role: Iterable[str]) -> bool:
    """True when a role read beside a name says what kind of body it names, and no office or trade.

    "X, a consulting company" and "X, a datacenter consulting service": the recogniser called a firm a
    person, and the apposition the engine took for a role describes the firm's business. Two such
    descriptions are no two offices of one person. A word naming a person's office or trade ("Bank Manager
    X": "manager") keeps the role a person's.

    Args:
        role: The role's lemmas, lower case.
    """
    words = [w.lower().strip(".") for w in role]
    body = any(firm_noun(w) or w in GROUP_NOUNS or w in _BODY_KINDS for w in words)
    return body and not any(role_noun(w) for w in words)
