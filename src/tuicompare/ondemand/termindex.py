"""A story index's terms kept in the cache, so placing a new article reads its own terms' postings, not every bag.

Placing one article into the stored stories of a big corpus needs the story
index of the whole corpus (``engine.place_articles``), and building it read
and parsed every article's bag of terms (10 MB of JSON, 0.6 s of a report on
10,000 articles) to use only the postings of the newcomer's heaviest terms
and the bags of the articles those reach. So at a whole clustering (or at
the first placing into an index without one) the index's terms are stored
as one record (``dump``): its articles, the key of each one's bag, and each
term's postings as positions. ``stored_index`` then gives an index of the
current corpus that reads from that record only what placing asks for: a
term's postings are those of the record's articles still in the corpus with
the same bag (``stored.bag_key``: content, headline, date and tuning), plus
those of the other articles (``fresh``: added or changed since, whose bags
are given), in corpus order; a bag is read from the cache when first asked
for. The stories placed are the ones a full index would give (tested).

The record is checked on read; a damaged one (or a position out of place,
found when its term is first read) gives ``None`` or ``ValueError``, and the
caller builds the full index from every bag instead.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, overload

from tuicompare.analysis import stored
from tuicompare.engine.stories import StoryIndex
from tuicompare.engine.story_terms import day_number

__all__ = ["dump", "stored_index", "terms_key"]


def terms_key(index_key: str) -> str:
    """The key of the terms record kept beside the story index stored under ``index_key``."""
    return stored.record_key("term-index", [index_key])


def dump(ids: Sequence[str], bag_keys: Sequence[str], bags: Mapping[str, Counter[str]]) -> str:
    """The record of an index's terms: its articles in corpus order, their bags' keys, each term's positions."""
    postings: dict[str, list[str]] = {}
    for n, article in enumerate(ids):
        position = str(n)
        for term in bags[article]:
            postings.setdefault(term, []).append(position)
    # Positions as one string per term: parsing 700,000 JSON numbers cost more than the few terms read.
    record = {"ids": list(ids), "keys": list(bag_keys), "postings": {t: " ".join(p) for t, p in postings.items()}}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _load(data: str) -> tuple[list[str], list[str], dict[str, str]] | None:
    try:
        raw = json.loads(data)
    except ValueError:
        return None
    if not isinstance(raw, dict):
        return None
    ids, keys, postings = raw.get("ids"), raw.get("keys"), raw.get("postings")
    if not (isinstance(ids, list) and isinstance(keys, list) and len(ids) == len(keys) == len(set(ids))):
        return None
    if not all(isinstance(v, str) for v in (*ids, *keys)):
        return None
    if not (isinstance(postings, dict) and all(isinstance(v, str) for v in postings.values())):
        return None
    return ids, keys, postings


def stored_index(
    data: str,
    corpus: Sequence[str],
    bag_keys: Mapping[str, str],
    dates: Mapping[str, str | None],
    fresh: Callable[[list[str]], Mapping[str, Counter[str]]],
    bag: Callable[[str], Counter[str]],
) -> StoryIndex | None:
    """The story index of ``corpus`` read from the terms record ``data``, or ``None`` when the record is damaged.

    Args:
        data: The terms record (``dump``).
        corpus: The corpus's article ids, in corpus order.
        bag_keys: Article id -> the key of its bag now (``stored.bag_key``).
        dates: Article id -> publication date as given.
        fresh: Gives the bags of the articles the record does not hold as they are now (read or made).
        bag: Gives one article's bag (read from the cache, or made) when the index first needs it.
    """
    loaded = _load(data)
    if loaded is None:
        return None
    ids, keys, postings = loaded
    kept = {a for a, key in zip(ids, keys, strict=True) if bag_keys.get(a) == key}
    new = [a for a in corpus if a not in kept]
    index = StoryIndex()
    # The engine's index reads these three tables; each is filled here when first read.
    state: Any = index
    state._bags = _Bags(corpus, fresh(new) if new else {}, bag)
    state._days = _Days(dates)
    state._postings = _Postings(ids, postings, kept, state._bags, new, {a: n for n, a in enumerate(corpus)})
    return index


class _Bags(dict[str, Counter[str]]):
    """Article id -> bag, read when first asked for; as long as the corpus."""

    def __init__(
        self, corpus: Sequence[str], fresh: Mapping[str, Counter[str]], bag: Callable[[str], Counter[str]]
    ) -> None:
        super().__init__(fresh)
        self._corpus = frozenset(corpus)
        self._bag = bag

    def __missing__(self, article: str) -> Counter[str]:
        if article not in self._corpus:
            raise KeyError(article)
        value = self[article] = self._bag(article)
        return value

    def __len__(self) -> int:
        return len(self._corpus)

    def __contains__(self, article: object) -> bool:
        return article in self._corpus


class _Days(dict[str, "int | None"]):
    def __init__(self, dates: Mapping[str, str | None]) -> None:
        super().__init__()
        self._dates = dates

    def __missing__(self, article: str) -> int | None:
        value = self[article] = day_number(self._dates[article])
        return value


class _Postings(dict[str, "_Posting"]):
    """Term -> the corpus's articles holding it, in corpus order (``_Posting``), made when first asked for."""

    def __init__(
        self,
        ids: Sequence[str],
        stored_postings: Mapping[str, str],
        kept: set[str],
        bags: _Bags,
        new: Sequence[str],
        position: Mapping[str, int],
    ) -> None:
        super().__init__()
        self._ids = ids
        self._stored = stored_postings
        self._kept = kept
        self._position = position
        # The record's articles that left or changed (a few: placing stops at a share of the corpus).
        self._dropped = [f" {n} " for n, a in enumerate(ids) if a not in kept]
        # The fresh articles' bags are in hand: their terms are indexed now.
        self._fresh: dict[str, list[str]] = {}
        for article in new:
            for term in bags[article]:
                self._fresh.setdefault(term, []).append(article)

    def __missing__(self, term: str) -> _Posting:
        positions = self._stored.get(term, "")
        length = len(self._fresh.get(term, ()))
        if positions:
            # Counted without reading the positions: blocking asks the length of every term of an article,
            # and the postings of only a few (a common word's, read in full, took most of placing).
            padded = f" {positions} "
            length += positions.count(" ") + 1 - sum(d in padded for d in self._dropped)
        value = self[term] = _Posting(self, term, length)
        return value

    def articles(self, term: str) -> list[str]:
        """The term's postings; ``ValueError`` when the record's positions are damaged."""
        found = list(self._fresh.get(term, ()))
        positions = self._stored.get(term)
        if positions:
            try:
                stored = [self._ids[int(p)] for p in positions.split(" ")]
            except (ValueError, IndexError) as error:
                raise ValueError(f"damaged terms record (term {term!r})") from error
            found += [a for a in stored if a in self._kept]
        found.sort(key=self._position.__getitem__)
        return found

    def get(self, term: str, default: Any = None) -> Any:
        found = self[term]
        return found if found else default

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and bool(self[term])


class _Posting(Sequence[str]):
    """One term's postings: its length known at once, its articles read when first looked at."""

    __slots__ = ("_articles", "_length", "_owner", "_term")

    def __init__(self, owner: _Postings, term: str, length: int) -> None:
        self._owner = owner
        self._term = term
        self._length = length
        self._articles: list[str] | None = None

    def __len__(self) -> int:
        return self._length

    def _list(self) -> list[str]:
        if self._articles is None:
            self._articles = self._owner.articles(self._term)
            if len(self._articles) != self._length:
                raise ValueError(f"damaged terms record (term {self._term!r})")
        return self._articles

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        return self._list()[index]

    def __iter__(self) -> Iterator[str]:
        return iter(self._list())
