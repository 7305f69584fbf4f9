"""One office, two holders: a named office given to different people by different articles.

"AARP policy chief Jo Poe" in one article and "Ann Roe, the AARP policy chief"
in another name two people for one post: one of them is wrong, wherever the
two sentences sit (outlets put the office holder in sentences that align
with nothing). The sentence comparison misses these when the sentences are
loosely worded (``links``); this reads the story as a whole instead.

Only an office with a qualifier counts ("Senate Majority Leader", "AARP
CEO"; not "Sen." or "the spokesman", which many people hold at once), never
a past one ("former governor"), and only when the story agrees on it: each
article gives the office to one person at most, two articles give it to two
people, and one of them is named by one article only (a person both outlets
name is someone each outlet also knows: two holders of a shared title, not
a changed name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tuicompare.engine.conflicts import FoundConflict, FoundValue
from tuicompare.engine.features import Span
from tuicompare.engine.names import HONORIFICS, TITLES
from tuicompare.engine.observations import past_role
from tuicompare.engine.roles import GENERIC, role_words
from tuicompare.engine.tuning import TUNING

__all__ = ["office_conflicts", "office_key"]

_WORD = re.compile(r"[a-z0-9]+")


def office_key(span: Span) -> str | None:
    """The office a person mention gives, as a comparable key, when it names one post ("aarp policy chief").

    The role's words must hold an office or a head noun ("chief", "leader") and
    a qualifier that is neither (the organisation, house or post: "AARP",
    "Senate", "majority"); a past role gives none.
    """
    if span.kind != "name" or not span.role or span.role_span is None or past_role(span.role_span[2]):
        return None
    words = role_words(span.role)
    heads = {w for w in words if w in TITLES or w in GENERIC}
    qualifiers = words - heads - HONORIFICS
    if not heads or not qualifiers:
        return None
    text = span.role_span[2].casefold().replace("\u2019s", "").replace("'s", "")
    tokens = [w for w in _WORD.findall(text) if w not in ("the", "a", "an", "his", "her", "their", "its")]
    return " ".join(tokens) if len(tokens) >= 2 else None


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
        One conflict per office held by two people, valued by the mentions that give it.
    """
    named: dict[int, set[str]] = {}
    holders: dict[str, dict[str, dict[int, list[Span]]]] = {}  # office -> article -> entity -> mentions
    for span in spans:
        entity = entity_of.get(span)
        if entity is None or labels[entity] != "person":
            continue
        named.setdefault(entity, set()).add(span.article)
        key = office_key(span)
        if key is not None:
            holders.setdefault(key, {}).setdefault(span.article, {}).setdefault(entity, []).append(span)
    out = []
    for by_article in holders.values():
        if any(len(people) > 1 for people in by_article.values()):
            continue  # one article gives the office to two people: it is not one post
        held: dict[int, list[Span]] = {}
        for people in by_article.values():
            for entity, mentions in people.items():
                held.setdefault(entity, []).extend(mentions)
        if len(held) != 2:
            continue
        (a, ma), (b, mb) = sorted(held.items())
        if not (len(named[a]) == 1 or len(named[b]) == 1):
            continue  # both people named across articles: two holders the outlets both know
        if {s.article for s in ma} & {s.article for s in mb}:
            continue
        values = []
        for mentions in (ma, mb):
            ordered = sorted(mentions, key=lambda s: (order.get(s.article, 0), s.start))
            texts = [s.text for s in ordered]
            display = max(sorted(set(texts)), key=lambda t: (texts.count(t), len(t)))
            values.append(FoundValue(display, tuple((s, s.text, s.start, s.end) for s in ordered)))
        values.sort(key=lambda v: (-len({s.article for s, *_ in v.spans}), order.get(v.spans[0][0].article, 0)))
        sure = TUNING.conflicts.office_holder
        kind = "conflict" if sure >= TUNING.conflicts.possible_below else "possible"
        out.append(FoundConflict(kind, "person", tuple(values), sure))
    return out
