"""Watch a folder and triage every article file that appears in it.

The corpus is opened once; each new or rewritten file is loaded, triaged
and reported through callbacks, so the caller decides how to print. A bad
file is reported as a warning and the watch goes on.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath

from tuicompare.errors import ModelError
from tuicompare.load.formats import SUFFIXES
from tuicompare.models import LoadWarning
from tuicompare.pipeline import Options
from tuicompare.triage.corpus import TriageCorpus, load_new
from tuicompare.triage.result import ArticleTriage
from tuicompare.triage.run import triage_article

#: Milliseconds of quiet before a burst of file events is handled.
DEBOUNCE_MS = 400
#: Seconds between listings of the folder that catch what the watcher missed (the folder recreated).
RELIST_SECONDS = 2.0


def is_article_file(path: str) -> bool:
    """True for a visible file with an article suffix (dot-files are writers' temporaries)."""
    name = PurePath(path).name
    return not name.startswith(".") and PurePath(name).suffix.lower() in SUFFIXES


@dataclass
class WatchStats:
    """What a watch did: files seen, articles triaged, bad files, contradictions found."""

    files: int = 0
    articles: int = 0
    bad: int = 0
    contradictions: int = 0


class FolderTriage:
    """Triage files of a folder against an open corpus, each file version once.

    Args:
        corpus: The open corpus.
        options: Encoding and size limit for the new files.
        on_result: Called with each triaged article.
        on_warning: Called with each file (or record) that could not be triaged.
    """

    def __init__(
        self,
        corpus: TriageCorpus,
        options: Options,
        on_result: Callable[[ArticleTriage], None],
        on_warning: Callable[[LoadWarning], None],
    ) -> None:
        self.corpus = corpus
        self.options = options
        self.on_result = on_result
        self.on_warning = on_warning
        self.stats = WatchStats()
        self._seen: dict[str, tuple[int, int]] = {}

    def mark_seen(self, path: str) -> None:
        """Treat the current version of ``path`` as handled (files there before the watch)."""
        signature = _signature(path)
        if signature is not None:
            self._seen[path] = signature

    def handle(self, path: str) -> None:
        """Triage ``path`` unless this version of it was handled already."""
        signature = _signature(path)
        if signature is None or self._seen.get(path) == signature:
            return  # deleted before we got to it, or already triaged
        self._seen[path] = signature
        self.stats.files += 1
        articles, warnings = load_new(path, self.options, self.corpus.articles.keys())
        for warning in warnings:
            self.on_warning(warning)
        if not articles:
            self.stats.bad += 1
            if not warnings:
                self.on_warning(LoadWarning(path, "no article could be loaded"))
            return
        for article in articles:
            try:
                result = triage_article(self.corpus, article)
            except ModelError:
                raise
            except Exception as exc:  # one bad article must not stop the watch
                self.stats.bad += 1
                self.on_warning(LoadWarning(path, f"triage failed ({type(exc).__name__}: {exc})"))
                continue
            self.stats.articles += 1
            self.stats.contradictions += len(result.contradictions)
            self.on_result(result)


def _signature(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def existing_files(folder: Path) -> list[str]:
    """The article files in ``folder`` now, sorted by name."""
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and is_article_file(p.name))


def _catch_up(folder: Path, handler: FolderTriage, done: Callable[[], bool]) -> None:
    """Triage files the watcher missed: a folder deleted and recreated is no longer watched by inotify.

    Files changed within the last debounce interval may still be being written; the watcher
    (or the next listing) takes them.
    """
    try:
        paths = existing_files(folder)
    except OSError:
        return  # the folder is gone for now; it is listed again once it is back
    settled = time.time() - DEBOUNCE_MS / 1000
    for path in paths:
        if done():
            return
        with contextlib.suppress(OSError):
            if os.stat(path).st_mtime <= settled:
                handler.handle(path)


def watch_folder(
    folder: Path,
    handler: FolderTriage,
    *,
    existing: bool = False,
    timeout: float | None = None,
    max_files: int | None = None,
    stop: threading.Event | None = None,
    ready: Callable[[], None] | None = None,
) -> WatchStats:
    """Triage files as they appear in ``folder`` until stopped.

    Args:
        folder: The folder to watch (not recursive).
        handler: Triages each file.
        existing: Also triage the files already there, first.
        timeout: Stop after this many seconds.
        max_files: Stop after this many files were handled (good or bad).
        stop: Set it to stop the watch from another thread.
        ready: Called once the watcher is running (tests write files after it).

    Returns:
        The statistics of the run. Ctrl+C raises ``KeyboardInterrupt`` to the caller.
    """
    import watchfiles

    stop = stop or threading.Event()
    deadline = None if timeout is None else time.monotonic() + timeout

    def done() -> bool:
        if max_files is not None and handler.stats.files >= max_files:
            return True
        return stop.is_set() or (deadline is not None and time.monotonic() >= deadline)

    # Files there before the watcher starts are never "added": note them now.
    present = existing_files(folder)
    if not existing:
        for path in present:
            handler.mark_seen(path)
    timer = None
    if deadline is not None:
        timer = threading.Timer(max(0.0, deadline - time.monotonic()), stop.set)
        timer.daemon = True
        timer.start()
    try:
        changes = watchfiles.watch(
            folder,
            watch_filter=lambda _change, path: is_article_file(path),
            debounce=DEBOUNCE_MS,
            stop_event=stop,
            rust_timeout=200,
            yield_on_timeout=True,
            recursive=False,
        )
        first = True
        next_listing = time.monotonic() + RELIST_SECONDS
        for batch in changes:
            if first:
                first = False
                # Files written while the watcher started are caught by a second listing.
                later = [p for p in existing_files(folder) if p not in present]
                backlog = (present if existing else []) + later
                for path in backlog:
                    if done():
                        break
                    handler.handle(path)
                if ready is not None:
                    ready()
            for change, path in sorted(batch, key=lambda item: item[1]):
                if done():
                    break
                if change != watchfiles.Change.deleted:
                    handler.handle(path)
            if time.monotonic() >= next_listing and not done():
                next_listing = time.monotonic() + RELIST_SECONDS
                _catch_up(folder, handler, done)
            if done():
                break
    finally:
        if timer is not None:
            timer.cancel()
    return handler.stats
