"""One office, two holders: a named office given to different people by different articles.

"AARP policy chief Jo Poe" in one article and "Ann Roe, the AARP policy chief"
in another name two people for one post: one of them is wrong, wherever the
two sentences sit (outlets put the office holder in sentences that align
with nothing). The sentence comparison misses these when the sentences are
loosely worded (``links``); this reads the story as a whole instead.

Only an office with a qualifier counts ("Senate Majority Leader", "AARP
CEO"; not "Sen." or "the spokesman", nor a rank a body has many of, "Highway
Patrol Officer", which many people hold at once), named
in the same words on both sides ("Majority Leader" may be the House's),
never a past one ("former governor"), and only when the story agrees on it: each
article gives the office to one person at most, two articles give it to two
people, and one of them is named by one article only (a person both outlets
name is someone each outlet also knows: two holders of a shared title, not
a changed name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from tuicompare.engine.conflictmerge import FoundConflict, FoundValue
from tuicompare.engine.features import Span
from tuicompare.engine.names import HONORIFICS, TITLES
from tuicompare.engine.observations import past_role
from tuicompare.engine.roles import GENERIC, MANY_HOLD, role_words
from tuicompare.engine.tuning import TUNING

__all__ = ["office_conflicts", "office_key"]

_WORD = re.compile(r"[a-z0-9]+")
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})


def office_key(span: Span) -> tuple[frozenset[str], bool] | None:
    """The office a person mention gives, as its words ({"aarp", "policy", "chief"}), and whether it names one post.

    The words are those of the role as written (the parse drops an organisation
    from the role now and then: "AARP CEO" is sometimes just "CEO"), with long
    forms of titles; the office must have at least two words, one of them an
    office or a head noun ("chief", "leader"). It names one post when the
    parse finds a qualifier in it that is neither (the organisation, house or
    post: "AARP", "Senate", "majority"; not a place or a party, which many
    holders share: "Iowa Sen.", "Democratic governor"). A past role gives none.
    """
    if span.kind != "name" or not span.role or span.role_span is None or past_role(span.role_span[2]):
        return None
    text = span.role_span[2].casefold().replace("\u2019s", "").replace("'s", "")
    written = [w for w in _WORD.findall(text) if w not in _DETERMINERS]
    words = role_words(written)
    if len(words) < 2 or not any(w in TITLES or w in GENERIC for w in words):
        return None
    if role_words(written[-1:]) & MANY_HOLD:
        return None  # a rank many hold ("Highway Patrol Officer"): no one post
    parsed = role_words(span.role)
    return words, bool(parsed - {w for w in parsed if w in TITLES or w in GENERIC} - HONORIFICS)


def office_conflicts(
    spans: Sequence[Span],
    entity_of: Mapping[Span, int],
    labels: Sequence[str],
    order: Mapping[str, int],
) -> list[FoundConflict]:
    """Conflicts of people given one office by different articles (see the module docstring).

    Args:
        spans: Every slot of the story.
        entity_of: Name slot -> its resolved entity.
        labels: Entity -> its type; only people count.
        order: Article id -> its rank, to order the values.

    Returns:
        One conflict per pair of people given one office, valued by the mentions that give it.
    """
    named: dict[int, set[str]] = {}
    by_office: dict[frozenset[str], dict[str, dict[int, list[Span]]]] = {}  # office -> article -> holder -> mentions
    posts: set[frozenset[str]] = set()  # offices some mention's parse finds one post in
    for span in spans:
        entity = entity_of.get(span)
        if entity is None or labels[entity] != "person":
            continue
        named.setdefault(entity, set()).add(span.article)
        office = office_key(span)
        if office is not None:
            by_office.setdefault(office[0], {}).setdefault(span.article, {}).setdefault(entity, []).append(span)
            if office[1]:
                posts.add(office[0])
    pairs: list[dict[int, list[Span]]] = []
    for key, by_article in by_office.items():
        if key not in posts or any(len(people) > 1 for people in by_article.values()):
            continue  # no post named, or an article gives the office to two people: it is not one post
        held: dict[int, list[Span]] = {}
        for people in by_article.values():
            for entity, mentions in people.items():
                held.setdefault(entity, []).extend(mentions)
        if len(held) != 2:
            continue
        if all(len(named[e]) > 1 for e in held):
            continue  # both people named across articles: two holders the outlets both know
        pairs.append(dict(sorted(held.items())))
    out = []
    for held in pairs:
        out.append(person_conflict(reach_values(held.values(), order), TUNING.conflicts.office_holder))
    return out


def person_value(mentions: Sequence[Span], order: Mapping[str, int], shown: Sequence[Span] = ()) -> FoundValue:
    """The mentions as one value of a conflict, shown as the commonest text of ``shown`` (else of the mentions)."""
    ordered = sorted(mentions, key=lambda s: (order.get(s.article, 0), s.start))
    texts = [s.text for s in shown or ordered]
    display = max(sorted(set(texts)), key=lambda t: (texts.count(t), len(t)))
    return FoundValue(display, tuple((s, s.text, s.start, s.end) for s in ordered))


def reach_values(groups: Iterable[Sequence[Span]], order: Mapping[str, int]) -> tuple[FoundValue, ...]:
    """One value per group of mentions (``person_value``), the one more articles state first, then by article."""
    values = [person_value(mentions, order) for mentions in groups]
    values.sort(key=lambda v: (-len({s.article for s, *_ in v.spans}), order.get(v.spans[0][0].article, 0)))
    return tuple(values)


def person_conflict(values: tuple[FoundValue, ...], sure: float, of: str = "person") -> FoundConflict:
    """A conflict read over the whole story (of people, or of ``of``), red when ``sure`` reaches the conflicts' cut."""
    kind = "conflict" if sure >= TUNING.conflicts.possible_below else "possible"
    return FoundConflict(kind, of, values, sure)
