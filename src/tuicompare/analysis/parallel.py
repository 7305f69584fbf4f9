"""spaCy parsing spread over worker processes, one batch of chunks per task.

spaCy's parser is CPU-bound and holds the GIL, so threads do not help; its own
``n_process`` forks the current process, which is unsafe once the app's
worker threads run. A ``spawn`` pool of workers, each loading the model once,
parses whole batches and sends back plain sentence records (lists of numbers
and strings, cheap to pickle). Only the parent touches the cache, so the
cache's single-writer guarantees are unchanged.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from tuicompare.analysis.records import doc_records
from tuicompare.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

    from tuicompare.analysis.cache import AnalysisCache
    from tuicompare.analysis.prestart import Prestarted
    from tuicompare.models import Article

#: A batch: (offset of the chunk in its article, chunk text) pairs.
Batch = list[tuple[int, str]]
#: Sentence records of each chunk of a batch, in batch order.
Parsed = list[list[Any]]

#: Batches waiting or running per worker: enough to keep every worker busy,
#: few enough that cancellation is prompt and memory stays bounded.
IN_FLIGHT_PER_WORKER = 2

_worker_nlp: Language | None = None


def default_jobs() -> int:
    """The number of CPU cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_batch(nlp: Language, batch: Batch) -> Parsed:
    """Parse one batch with a loaded pipeline: sentence records per chunk."""
    docs = nlp.pipe([chunk for _, chunk in batch], batch_size=len(batch))
    return [list(doc_records(doc, offset)) for (offset, _), doc in zip(batch, docs, strict=True)]


def _init_worker(model: str) -> None:
    # Ctrl+C reaches the whole process group: the parent decides what happens,
    # the workers just finish or get cancelled with the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from tuicompare.analysis.nlp import MAX_CHUNK
    from tuicompare.analysis.spacymodel import load_model_alone

    global _worker_nlp
    _worker_nlp = load_model_alone(model)
    _worker_nlp.max_length = max(_worker_nlp.max_length, MAX_CHUNK)


def _work(batch: Batch) -> Parsed:
    assert _worker_nlp is not None, "worker initialiser did not run"
    return parse_batch(_worker_nlp, batch)


def parse_in_processes(
    batches: Iterable[Batch],
    model: str,
    jobs: int,
    cancelled: Callable[[], bool] | None = None,
) -> Generator[Parsed, None, None]:
    """Parse batches on ``jobs`` worker processes, yielding results in batch order.

    Args:
        batches: The batches, in the order their results are wanted.
        model: The resolved model name each worker loads.
        jobs: How many worker processes.
        cancelled: Polled before each batch is handed out; the caller also
            checks it between results and closes the generator to stop.

    Raises:
        ModelError: A worker could not load the model or died.
    """
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(model,))
    pending: deque[Future[Parsed]] = deque()
    source = iter(batches)
    try:
        for batch in source:
            if cancelled is not None and cancelled():
                break
            pending.append(pool.submit(_work, batch))
            if len(pending) >= jobs * IN_FLIGHT_PER_WORKER:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except BrokenProcessPool as exc:
        raise ModelError(
            f"A spaCy worker process stopped unexpectedly ({exc}); run with --jobs 1 to analyse in one process."
        ) from exc
    finally:
        # Closing the generator early (cancel, Ctrl+C, an error) drops queued batches at once.
        pool.shutdown(wait=True, cancel_futures=True)


def analyse_aside(
    articles: Sequence[Article],
    model: str | None,
    cache: AnalysisCache,
    jobs: int | None,
    prestarted: Prestarted | None = None,
) -> Callable[[], None] | None:
    """Start parsing a few ``articles`` in another process; the function returned waits and caches them.

    What adding an article to a big corpus waits for is spaCy's start (a
    second and more), while the rest of the corpus is read from the cache:
    in another process, both go on at once on two cores. ``None`` when it
    would not pay: one core (or ``--jobs 1``), a model loaded here already,
    or so many articles that ``analyze`` spreads them over every core anyway. Whatever the other
    process did not deliver (it died) is parsed here, as usual, when asked for. ``prestarted``: a
    process already loading the model, used instead of starting one (stopped when not used).
    """
    from tuicompare.analysis.nlp import (
        BATCH_CHARS,
        MIN_PARALLEL_BATCHES,
        cache_key,
        load_model,
        model_version,
        resolve_model,
    )
    from tuicompare.analysis.prestart import Prestarted

    name = resolve_model(model)
    if prestarted is not None and prestarted.model != name:
        prestarted.stop()
        prestarted = None
    texts: dict[str, str] | None = None
    # One core, or spaCy ready in this process (where parsing is then quicker): nothing to gain.
    if (default_jobs() if jobs is None else jobs) >= 2 and not load_model.cache_info().currsize:
        version = model_version(name)
        texts = {cache_key(a.text, name, version): a.text for a in articles}
        if sum(map(len, texts.values())) > BATCH_CHARS * MIN_PARALLEL_BATCHES:
            texts = None  # so many that ``analyze`` spreads them over every core anyway
    if texts is None:
        if prestarted is not None:
            prestarted.stop()
        return None
    # One way to parse in another process: the one already loading the model, or one started now.
    wait = (prestarted or Prestarted(name)).parse(texts)

    def settle() -> None:
        records = wait()
        if records:  # None: the process died; what it did not deliver is parsed here when asked for
            cache.put_many(records)

    return settle
