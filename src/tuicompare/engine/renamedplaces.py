"""A place one article names wherever the other articles all name another: one fact's place, told two ways.

When one outlet writes "a heist in Lyon" at every mention and never names Rome, while every other
outlet of the story names Rome and none names Lyon, two of their sentences that the alignment pairs
place by place tell of one place, however loosely the words around the two names agree ("from the Rome
branch of the jeweller", "from a boutique on a posh Lyon avenue"): the story itself says the one
article put another place where the others agree on theirs. Only two places of one level the gazetteer
knows for surely two (two countries, two US states, two towns: ``placelevels.level``,
``gazetteer.relation``): a town and its region, a country and its initials ("U.S.", "United States") or
a place some list holds in the other are no such pair. Only in a story of three articles or more, so that
the others' agreement is a majority and not one outlet's word against another's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.features import Span
from tuicompare.engine.gazetteer import readings, relation
from tuicompare.engine.placelevels import level

__all__ = ["renamed_place"]


def renamed_place(
    x: Span,
    y: Span,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    named: Mapping[str, frozenset[int]],
) -> bool:
    """True when one of two places is named by its own article alone, which never names the other, and
    every other article of the story names the other and never the first (see the module docstring).

    Args:
        x: A place slot of one article.
        y: A place slot of another article.
        entity_of: Name slot -> its resolved entity.
        entity_label: Entity -> its type.
        named: Article -> the entities it names anywhere (``slotroles.SlotRoles.named``).
    """
    ex, ey = entity_of.get(x), entity_of.get(y)
    if ex is None or ey is None or ex == ey or len(named) < 3 or x.article == y.article:
        return False
    if entity_label[ex] != "place" or entity_label[ey] != "place":
        return False
    for own, mine, theirs, span in ((x.article, ex, ey, x), (y.article, ey, ex, y)):
        others = [art for art in named if art != own]
        if theirs in named.get(own, ()) or any(mine in named[art] for art in others):
            continue
        if all(theirs in named[art] for art in others):
            alike = level(x) == level(y) != "subdivision" and relation(x.text, y.text) == "apart"
            return alike and _sole(own, mine, span, (x, y), entity_of, entity_label, named)
    return False


def _sole(
    own: str,
    mine: int,
    span: Span,
    pair: tuple[Span, Span],
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    named: Mapping[str, frozenset[int]],
) -> bool:
    """True when ``mine`` is the one place of its level only ``own`` names, ``own`` names no place that is or
    holds the other, and neither name is a person's.

    An article naming two such places ("Ohio" and "Iowa", the others naming "Utah") does not say
    which it put in the others' place; a place's name that is a word of a person's name in the story
    ("Jordan" beside "Ann Jordan") may be that person, mistyped.
    """
    only = {
        e
        for e in named[own]
        if e != mine and entity_label[e] == "place" and not any(e in named[art] for art in named if art != own)
    }
    at, other = level(span), pair[1] if pair[0] is span else pair[0]
    people: set[str] = set()
    for s, e in entity_of.items():
        if entity_label[e] == "person":
            people.update((s.key or "").split())
        elif e in only and s.article == own and level(s) == at and readings(s.text):
            return False
        elif s.article == own and entity_label[e] == "place" and relation(s.text, other.text) == "holds":
            return False  # "New York City" where the others write "New York": the others' place, named apart
    return not any((s.key or "") in people for s in pair)
