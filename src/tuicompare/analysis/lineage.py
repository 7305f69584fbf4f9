"""Which stored story index a changed corpus can start from, so one added article is placed, not re-clustered.

A corpus's stories are stored under a key made of every article
(``stored.index_key``), so adding one article misses them. Beside each
index the cache keeps its articles (``lineage_key``: id, analysis key,
headline and date of each, and how many articles were placed since the
corpus was last clustered whole), and one record lists the indexes stored
most recently (``recent_key``). ``start_from`` finds the recent index that
the corpus differs least from: its stories less the articles that left or
changed are the stories to place the newcomers into. When too much has
changed since the last whole clustering, it says so, and the caller
clusters the corpus whole again. The lineage also names the record of the
story index's terms (``ondemand.termindex``) that placing reads instead of
every article's bag: written at the last whole clustering, or when an older
index without one was placed into, and carried on from index to index.

Every record is checked on read; a damaged one is passed over.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tuicompare.analysis import stored

__all__ = ["Start", "dump_lineage", "lineage_key", "recent_key", "remember", "start_from"]

#: How many recent story indexes are remembered (and tried) per tuning.
RECENT = 8
#: Articles placed (added, changed or removed) since the last whole clustering may reach this share of
#: the corpus, then it is clustered whole again: placement never regroups the other stories.
MAX_PLACED_SHARE = 0.05
#: Corpora smaller than this are always clustered whole: it takes well under a second.
MIN_CORPUS = 500

Member = tuple[str, str, str, str | None]


@dataclass(frozen=True, slots=True)
class Start:
    """Where placing starts from.

    Attributes:
        stories: The stored stories, less the articles that left the corpus or changed.
        new: The corpus's articles not in them (added or changed), in corpus order.
        placed: Articles placed since the last whole clustering, these included.
        terms: The key of the terms record to place from (``ondemand.termindex``), if the index has one.
    """

    stories: list[list[str]]
    new: list[str]
    placed: int
    terms: str | None = None


def lineage_key(index_key: str) -> str:
    """The key of the articles a stored story index was made for."""
    return stored.record_key("lineage", [index_key])


def recent_key(*context: str) -> str:
    """The key of the list of recently stored story indexes (``context``: the tuning in force)."""
    return stored.record_key("recent-indexes", list(context))


def dump_lineage(members: Sequence[Member], placed: int, terms: str | None = None) -> str:
    """The articles a story index was made for, how many were placed since the last whole clustering, its terms."""
    record = {"articles": [list(m) for m in members], "placed": placed, "terms": terms}
    return json.dumps(record, separators=(",", ":"))


def _load_lineage(data: str) -> tuple[dict[str, tuple[str, str, str | None]], int, str | None] | None:
    try:
        raw = json.loads(data)
    except ValueError:
        return None
    if not isinstance(raw, dict) or type(raw.get("placed")) is not int or not isinstance(raw.get("articles"), list):
        return None
    terms = raw.get("terms")  # written since the terms record exists: older lineages have none
    if terms is not None and not isinstance(terms, str):
        return None
    members: dict[str, tuple[str, str, str | None]] = {}
    for row in raw["articles"]:
        if not (isinstance(row, list) and len(row) == 4 and all(isinstance(v, str) for v in row[:3])):
            return None
        if row[3] is not None and not isinstance(row[3], str):
            return None
        members[row[0]] = (row[1], row[2], row[3])
    return members, raw["placed"], terms


def _load_recent(data: str | None) -> list[str]:
    try:
        raw = json.loads(data) if data else []
    except ValueError:
        return []
    return [k for k in raw if isinstance(k, str)][:RECENT] if isinstance(raw, list) else []


def remember(get: Callable[[list[str]], Mapping[str, str]], index_key: str, context: str) -> dict[str, str]:
    """The records that put ``index_key`` first in the recent list (to store with the index and its lineage)."""
    key = recent_key(context)
    recent = [index_key, *(k for k in _load_recent(get([key]).get(key)) if k != index_key)][:RECENT]
    return {key: json.dumps(recent)}


def start_from(get: Callable[[list[str]], Mapping[str, str]], members: Sequence[Member], context: str) -> Start | None:
    """The recent story index the corpus can be placed into, or ``None`` to cluster it whole.

    Args:
        get: Reads records by key (the cache's ``get_many``).
        members: The corpus's (id, analysis key, headline, date), in corpus order.
        context: The tuning in force (as for ``recent_key``).
    """
    if len(members) < MIN_CORPUS:
        return None
    budget = int(MAX_PLACED_SHARE * len(members))
    current = {m[0]: m[1:] for m in members}
    key = recent_key(context)
    for index_key in _load_recent(get([key]).get(key)):
        records = get([index_key, lineage_key(index_key)])
        if index_key not in records or lineage_key(index_key) not in records:
            continue
        lineage = _load_lineage(records[lineage_key(index_key)])
        if lineage is None:
            continue
        before, placed, terms = lineage
        kept = {a for a, m in before.items() if current.get(a) == m}
        new = [m[0] for m in members if m[0] not in kept]
        placed += len(new) + sum(a not in current for a in before)
        if placed > budget:
            continue
        try:
            stories = stored.load_index(records[index_key], list(before))
        except ValueError:
            continue
        stories = [[a for a in s if a in kept] for s in stories]
        return Start([s for s in stories if s], new, placed, terms)
    return None
