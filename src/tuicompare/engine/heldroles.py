"""Roles one person holds at once, as the story itself says: no difference between them.

"Coach Ann Roe" in one article and "general manager Ann Roe" in another read as two roles given to one
person, a red conflict. When any article of the story gives her both in one phrase ("coach and general
manager Ann Roe", "Ann Roe, the team's coach and general manager"), the story says she holds both at once:
each outlet named one of them. Told by the roles the story gives, never by the names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tuicompare.engine.features import Span
from tuicompare.engine.observations import Observation
from tuicompare.engine.roles import role_words

__all__ = ["held_together", "roles_given"]


def roles_given(spans: Iterable[Span], entity_of: Mapping[Span, int]) -> dict[str, list[frozenset[str]]]:
    """Each entity's roles as given in one phrase (``role_words``), by its number as observations name it.

    The parser hangs a coordinated title on the first ("coach and general manager": "coach", "manager"), so two
    roles are held together when their head words are both words of one phrase.
    """
    out: dict[str, list[frozenset[str]]] = {}
    for span in spans:
        entity = entity_of.get(span)
        words = role_words(span.role)
        if entity is not None and len(words) >= 2:
            out.setdefault(str(entity), []).append(words)
    return out


def held_together(observations: Sequence[Observation], given: Mapping[str, list[frozenset[str]]]) -> list[Observation]:
    """``observations`` without the role conflicts of two roles the story gives one person in one phrase.

    Args:
        observations: Slot observations of groups or of links.
        given: Each entity's roles as given in one phrase (``roles_given``).
    """
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.type == "role" and o.left[0] == "role" and o.left[1] == o.right[1]:
            heads = {_head(span.role) for span, _text in o.spans}
            if "" not in heads and any(heads <= both for both in given.get(o.left[1], ())):
                continue  # "coach" and "general manager" of "coach and general manager Ann Roe"
        out.append(o)
    return out


def _head(role: Sequence[str]) -> str:
    """A role's head word: its last ("manager" of "general manager"), as ``role_words`` writes it."""
    words = role_words(role[-1:]) if role else frozenset()
    return next(iter(words), "")
