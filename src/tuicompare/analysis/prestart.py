"""spaCy started in another process before anyone knows whether an article needs parsing.

``report`` on a big corpus that changed since its last listing starts the
process before reading the files (``prestart``); ``parallel.analyse_aside``
hands it the new articles, or it is stopped unused.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tuicompare.errors import ModelError

if TYPE_CHECKING:
    from tuicompare.analysis.cache import AnalysisCache


#: Corpora of fewer files start nothing: a few new articles among them are parsed about as quickly here.
MIN_FILES = 1000


def prestart(
    cache: AnalysisCache, jobs: int | None, corpus: Sequence[str], listing: tuple[int, str], model: tuple[str, str]
) -> tuple[dict[str, str], Prestarted | None]:
    """Start loading the model in another process if the big corpus changed since it was last listed.

    What changed in a corpus of thousands is most likely an article or two
    added, which then wait for spaCy's start; a corpus listed as before
    (each file's size, modification time and inode) starts nothing.

    Args:
        cache: The open analysis cache, which remembers each corpus's last listing.
        jobs: ``--jobs`` (``None``: every core); one means no other process.
        corpus: What names the corpus (its paths and the settings).
        listing: How many files it lists and a digest of the listing (``load.sources.listing_digest``).
        model: The resolved model's name and version.

    Returns:
        The record that remembers this listing (to store once the corpus's stories are found)
        and the process started, if any.
    """
    from tuicompare.analysis import stored  # here: the parsing process imports this module, and never needs it
    from tuicompare.analysis.parallel import default_jobs  # here: ``ondemand`` imports this module at every start

    files, digest = listing
    if not cache.writable or files < MIN_FILES or (default_jobs() if jobs is None else jobs) < 2:
        return {}, None
    key = stored.record_key("listing-digest", [*corpus, *model])
    if cache.get_many([key]).get(key) == digest:
        return {}, None
    return {key: digest}, Prestarted(model[0])


class Prestarted:
    """A process loading spaCy before anyone knows whether an article needs parsing (``analyse_aside``).

    A corpus of thousands whose files changed since its last report most
    likely gained an article or two, which wait for spaCy's start (a second
    and more) in another process: started before the files are read, that
    start overlaps reading them. ``stop`` ends the process unused (nothing
    was new after all: its CPU is then spent for nothing); it parses at most
    once. It never touches the cache.

    Args:
        model: The resolved model name.
    """

    def __init__(self, model: str) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self.model = model
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_prestarted_main, args=(child, model), daemon=True)
        self._process.start()
        child.close()

    def parse(self, texts: dict[str, str]) -> Callable[[], dict[str, str] | None]:
        """Hand over ``texts`` (by cache key); the function returned waits for their records (``None``: it died)."""
        try:
            self._conn.send(texts)  # read at once by the process, even while it loads the model
        except OSError:
            self.stop()
            return lambda: None

        def wait() -> dict[str, str] | None:
            try:
                found = self._conn.recv()
            except (EOFError, OSError):
                found = None
            finally:
                # Done (or interrupted: Ctrl+C does not wait for the parse, which stores nothing itself).
                self.stop()
            return found if isinstance(found, dict) else None

        return wait

    @property
    def running(self) -> bool:
        """Whether the process is still there."""
        return self._process.is_alive()

    def stop(self) -> None:
        """End the process (it keeps nothing: whatever it was doing is dropped)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._conn.close()


def _prestarted_main(conn: Any, model: str) -> None:
    """The prestarted process: load the model, then parse the one batch of texts sent, if any."""
    # Ctrl+C reaches the whole process group: the parent decides what happens.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import threading

    from tuicompare.analysis.nlp import parse_records
    from tuicompare.analysis.spacymodel import load_model_alone

    # The texts are received while the model loads: a sender of more than a pipe's buffer is not held up.
    received: list[Any] = []
    reader = threading.Thread(target=_receive, args=(conn, received), daemon=True)
    reader.start()
    try:
        load_model_alone(model)
    except ModelError:
        return  # the parent parses them itself (and reports the missing model)
    reader.join()
    if received:
        conn.send(parse_records(received[0], model))


def _receive(conn: Any, into: list[Any]) -> None:
    with contextlib.suppress(EOFError, OSError):  # the parent is gone, or closed the pipe
        into.append(conn.recv())
