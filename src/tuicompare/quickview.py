"""A corpus opened before shows its first story before its files are read again.

Reading and hashing every file comes before the stories can be looked up
(the story index is keyed by the articles' content): about 2 s for 10,000
articles. So when the app has opened a corpus, the cache also keeps, under
a key made of the input files' paths, sizes, modification times and inodes
(``listing_key``), its articles' ids, paths, headlines, dates and analysis
keys and its stories (``remember``). The next opening of the same files
finds that record after only listing them, reads the files of the first
story alone, checks that their content still has the recorded analysis keys,
and shows that story (``early_view``), while the whole corpus is read and
compared as usual and then replaces it. The other articles are listed from
the record until then; anything that does not match gives ``None``.

The key is that of the arguments as given: a glob (``folder/*.txt``) and the shell's expansion of
it (the same files named one by one) are two listings, each with its own record, even when both
open the same articles in the same order (the records are then byte for byte the same). A record
looked up with the one form is not found after an opening with the other.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import glob
import json
import operator
import os
import stat
from collections.abc import Callable, Sequence

from tuicompare.analysis import stored
from tuicompare.load.corpus import load_path
from tuicompare.load.sources import digest_rows, listing_row
from tuicompare.models import Article, Comparison
from tuicompare.ondemand import Session, StoryComparisons

__all__ = ["early_view", "listing_key", "remember"]

#: The recorded fields of an article: ``Article``'s, in its order, less the text (between title and format).
_FIELDS = ("id", "path", "title", "format", "encoding", "outlet", "url", "date")


def listing_key(paths: Sequence[str], *context: str) -> str | None:
    """The key of the inputs as listed (path, size, time, inode of each); ``None``: standard input, unlistable folder.

    Folders and globs are listed the way the loader expands them, every entry
    included (a superset of what it reads), so any change to an input changes the key.
    The listing is digested by ``load.sources.listing_digest``, the one fingerprint of a listing:
    each argument is a row of its own (its path after a NUL, which no path holds), then its entries.
    """
    if any(p == "-" for p in paths):
        return None
    # Rows as ``listing_digest`` writes them, made directly: a ``Source`` per file cost a third of this on 10,000
    # files, and this is on the way to the first story.
    rows: list[str] = []
    for path in paths:
        named: os.stat_result | None = None
        if glob.has_magic(path):
            names = _glob_sorted(path)
        else:
            try:
                named = os.stat(path)  # one stat tells a folder and gives a file's row (a thousand named files)
            except OSError:
                return None
            if stat.S_ISDIR(named.st_mode):
                try:
                    entries = os.listdir(path)
                except OSError:
                    # A folder that cannot be listed has no key (no early view): the loader then says why, as for
                    # any unreadable input, instead of an unexpected PermissionError on the app's loading screen.
                    return None
                names = [path, *sorted(os.path.join(path, entry) for entry in entries)]
            else:
                names = [path]
        rows.append(listing_row("\0" + path, None, None))
        for name in names:
            try:
                info = named if named is not None and name is path else os.stat(name)
            except OSError:
                return None
            # ``listing_row(name, None, (size, time, inode))`` written out: the tuple's repr was a fifth of the listing.
            rows.append(f"{name}\1None\1({info.st_size}, {info.st_mtime_ns}, {info.st_ino})")
    return stored.record_key("listing", [*context, digest_rows(rows)])


def _glob_sorted(pattern: str) -> list[str]:
    """``sorted(glob.glob(pattern))``, read with one ``scandir`` when only the last part of the pattern has magic.

    The usual case, ``folder/*.txt``: ``glob`` joined and yielded every name through generators (half of its
    0.03 s on 10,000 files, on the way to the first story). Same names: hidden ones only for a pattern that
    starts with a dot, ``fnmatch``'s matching, the folder joined as ``os.path.join`` does, nothing when the
    folder cannot be listed. Any other pattern is left to ``glob``.
    """
    folder, name_pattern = os.path.split(pattern)
    if not folder or not name_pattern or glob.has_magic(folder):
        return sorted(glob.glob(pattern))
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        return []
    if not name_pattern.startswith("."):
        names = [n for n in names if not n.startswith(".")]
    prefix = os.path.join(folder, "")
    return sorted(prefix + n for n in fnmatch.filter(names, name_pattern))


def remember(session: Session, key: str, stories: StoryComparisons) -> None:
    """Store what ``early_view`` needs of the opened corpus, unless it is stored already."""
    if not session.writable or session.present([key]):
        return
    keys = stories.keys
    fields = operator.attrgetter(*_FIELDS)  # one C call per article: 80,000 getattr in a generator took 11 ms
    record = {
        "articles": [[*fields(a), keys[a.id]] for a in stories.articles],
        "stories": [list(s.articles) for s in stories.stories],
    }
    session.put_many({key: json.dumps(record, ensure_ascii=False, separators=(",", ":"))})


def early_view(
    session: Session,
    key: str,
    first: Callable[[Sequence[Article], Sequence[Sequence[str]]], int],
    *,
    encoding: str | None,
    max_bytes: int,
) -> Comparison | None:
    """The first story of the corpus recorded under ``key``, its articles read afresh, or ``None``.

    Args:
        session: The open analysis session.
        key: ``listing_key`` of the inputs.
        first: Picks the story to show from the articles and the stories (article ids).
        encoding: Forced encoding, as for loading.
        max_bytes: Size limit, as for loading.
    """
    record = session.get_many([key]).get(key)
    parsed = _parse(record) if record is not None else None
    if parsed is None:
        return None
    articles, keys, groups = parsed
    index = first(articles, groups)
    # The story's analyses only: the view reads no other (a fifth of a second on 10,000 articles).
    wanted = list(dict.fromkeys(keys[a] for a in groups[index]))
    if len(session.present(wanted)) != len(wanted):
        return None
    by_id = {a.id: a for a in articles}
    for member in groups[index]:
        stub = by_id[member]
        loaded = load_path(stub.path, encoding=encoding, max_bytes=max_bytes).articles
        if len(loaded) != 1:
            return None
        article = dataclasses.replace(loaded[0], id=stub.id)
        if session.key(article) != keys[member] or (article.title, article.date) != (stub.title, stub.date):
            return None
        by_id[member] = article
    articles = [by_id[a.id] for a in articles]
    return StoryComparisons(articles, session, stories=groups, keys=keys, analysed=True).story_view(index)


def _parse(record: str) -> tuple[list[Article], dict[str, str], list[list[str]]] | None:
    """The recorded articles (without text), their analysis keys and the stories; ``None`` if damaged."""
    try:
        raw = json.loads(record)
        if any(len(row) != len(_FIELDS) + 1 for row in raw["articles"]):
            return None
        # Positional, in the order of _FIELDS: keywords cost a tenth of a second on 10,000 rows at every start.
        articles = [Article(r[0], r[1], r[2], "", r[3], r[4], r[5], r[6], r[7]) for r in raw["articles"]]
        keys = {a.id: str(row[-1]) for a, row in zip(articles, raw["articles"], strict=True)}
        groups = [[str(a) for a in story] for story in raw["stories"]]
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    ids = [a.id for a in articles]
    flat = [a for g in groups for a in g]
    if (
        not groups
        or not all(groups)
        or len(set(flat)) != len(flat)
        or not set(flat) <= set(ids)
        or len(set(ids)) != len(ids)
    ):
        return None
    if not all(isinstance(getattr(a, f), str) for a in articles for f in ("id", "path", "title")):
        return None
    return articles, keys, groups
