"""Whether the article that renamed a person tells the other person's fact without its own person.

A part of ``surnames``' renamed-person rule: a full name one article gives only beside other things than the
other articles name theirs with, when that article tells the others' fact about their person without naming its
own, is at most a possible difference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.features import Span

__all__ = ["other_matters"]


def other_matters(
    mine: Sequence[Span],
    theirs: Sequence[Span],
    matters: Mapping[str, set[tuple[str, object]]],
    people: set[int],
    labels: Sequence[str],
) -> bool:
    """Whether the one article tells the other person's fact without its own person, whom it names elsewhere.

    Each sentence of a mention names something besides the two people (another entity, a figure, a date);
    no sentence of the one article naming its person shares any of it with a sentence of another article
    naming theirs; and the one article names, in a sentence without its person, a thing (no person) the
    other articles name only beside theirs. "Homeland star Ann Poe joked about the taxi" in an article that
    tells of "The Fires of Pompeii" with no Poe, against "he appeared opposite Ann Roe in The Fires of Pompeii
    in 2008": the article knows Roe's part and gave it to no Poe. A surname changed in one outlet's telling keeps the
    fact's other names and figures around it.
    """
    marks = {("entity", p) for p in people}
    own = [matters.get(s.sentence, set()) - marks for s in mine]
    other = [matters.get(s.sentence, set()) - marks for s in theirs]
    if not all(own) or not all(other) or any(a & b for a in own for b in other):
        return False
    article = mine[0].article
    elsewhere = {sid: m for sid, m in matters.items() if _article(sid) != article}
    # Only the name of a thing (a work, a place, a body) ties a sentence to the other person's fact: a figure or
    # a day ("13", "today") recurs by chance, and a headline lists people of several facts beside theirs.
    theirs_only = {
        m
        for sets in other
        for m in sets
        if _thing(m, labels) and all(marks & found for found in elsewhere.values() if m in found)
    }
    return any(not found & marks and found & theirs_only for sid, found in matters.items() if _article(sid) == article)


def _thing(matter: tuple[str, object], labels: Sequence[str]) -> bool:
    """Whether a sentence's matter is an entity that is no person (a work, a place, a body)."""
    entity = matter[1]
    return matter[0] == "entity" and isinstance(entity, int) and labels[entity] != "person"


def _article(sentence: str) -> str:
    """The article of a sentence id (``ARTICLE:INDEX``)."""
    return sentence.rsplit(":", 1)[0]
