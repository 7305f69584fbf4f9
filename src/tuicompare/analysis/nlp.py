"""The spaCy analysis: batching, parsing here or in worker processes, and caching.

The model's resolution and loading live in ``spacymodel``; their names are
also read from here (``nlp.resolve_model``, ``nlp.load_model``...), where
callers and tests have always found them.

Nothing here imports spaCy at module level: a run whose articles are all in
the cache never imports it, which is what makes a second run fast.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from tuicompare.analysis import records as docjson
from tuicompare.analysis.chunks import chunks, progress_weight
from tuicompare.analysis.spacymodel import load_model, model_labels, model_version, resolve_model
from tuicompare.errors import Cancelled
from tuicompare.lookalikes import latinise

if TYPE_CHECKING:
    from tuicompare.analysis.cache import AnalysisCache
    from tuicompare.analysis.parallel import Parsed
    from tuicompare.models import Analysis, Article

#: Version of the cached record layout; bump it when the records change.
#: 2: records carry the text's checksum and their counts, and are validated on read.
FORMAT_VERSION = 2
#: Chunks (lines) per spaCy batch; cancellation is checked between batches.
BATCH_SIZE = 64
#: Characters per spaCy batch: the parser's memory grows with the batch, and
#: 64 long lines at once took a gigabyte.
BATCH_CHARS = 60_000
#: Analyses written to the cache per transaction.
FLUSH_EVERY = 16
#: Below this many batches to parse, one process does the work: starting a
#: worker and loading its model costs about a second (bench_scale.py).
MIN_PARALLEL_BATCHES = 4
#: Longest piece of text given to spaCy at once. spaCy's own limit (a million
#: characters) is far too long: the parser's memory and time grow with the
#: doc, and one 300,000-character line took 45 s and 1 GB.
MAX_CHUNK = 20_000


def cache_key(text: str, model: str, version: str) -> str:
    """The cache key of an article's analysis: it changes with the text, model or format.

    A text with look-alike letters of another script inside Latin words is
    parsed with those letters made Latin (see `_plan`); its key says so, so a
    record parsed before that change is not reused for it.
    """
    digest = hashlib.sha256()
    parts: tuple[str, ...] = (str(FORMAT_VERSION), model, version, text)
    if latinise(text) != text:
        parts += ("latinised",)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def analyze(
    articles: Sequence[Article],
    *,
    model: str | None = None,
    cache: AnalysisCache | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    jobs: int | None = None,
) -> list[Analysis]:
    """Analyse articles with spaCy, reusing cached results.

    spaCy is imported only if some article is not in the cache.

    Args:
        articles: The articles to analyse.
        model: Model name or path; resolved with `resolve_model`.
        cache: Where analyses are looked up and stored; ``None`` for none.
        progress: Called with ``(done, total)`` in characters (`progress_weight`):
            after each article (articles of the same text at once), and after
            each batch that parses part of a long article, so that it moves
            within one; never backwards, ending at ``total``.
        cancelled: Polled between batches; returning true stops the analysis.
        jobs: Worker processes for parsing; ``None`` uses every available core,
            ``1`` parses in this process. Small jobs always run in this process.

    Returns:
        One `Analysis` per article, in article order.

    Raises:
        ModelError: The model is missing or broken.
        Cancelled: ``cancelled()`` returned true; finished analyses are cached.
    """
    name = resolve_model(model)
    version = model_version(name)
    keys = [cache_key(a.text, name, version) for a in articles]
    weights = [progress_weight(a.text) for a in articles]
    total = sum(weights)
    stored = cache.get_many(list(dict.fromkeys(keys))) if cache is not None else {}
    results: list[Analysis | None] = [None] * len(articles)
    done = 0

    def report(amount: int) -> None:
        nonlocal done
        done += amount
        if progress is not None and amount:
            progress(done, total)

    labels = model_labels(name) if stored else None
    invalid: list[str] = []
    for i, (article, key) in enumerate(zip(articles, keys, strict=True)):
        if key in stored:
            try:
                results[i] = docjson.loads(stored[key], article, name, version, labels)
            except ValueError as exc:
                invalid.append(str(exc))  # a damaged or forged entry is a miss: analysed again
                continue
            report(weights[i])
    if invalid and cache is not None:
        count = f"{len(invalid)} stored analyses were" if len(invalid) > 1 else "a stored analysis was"
        cache.warnings.append(
            f"analysis cache {cache.path}: {count} invalid (first: {invalid[0]}); analysed those articles again"
        )
    waiting: dict[str, list[int]] = {}
    for i, result in enumerate(results):
        if result is None:
            waiting.setdefault(keys[i], []).append(i)
    if waiting:
        _check(cancelled)
        # Characters already counted for a text still being parsed; its articles share them.
        credited = dict.fromkeys(waiting, 0)

        def moved(chars: dict[str, int]) -> None:
            amount = 0
            for key, n in chars.items():
                if key in credited:
                    amount += n * len(waiting[key])
                    credited[key] += n * len(waiting[key])
            report(amount)

        def parsed(key: str, rows: list[Any]) -> None:
            for i in waiting[key]:
                results[i] = docjson.to_analysis(rows, articles[i], name, version)
            # The rest of its weight: the blank lines and spaces no chunk holds.
            report(sum(weights[i] for i in waiting[key]) - credited.pop(key))
            _check(cancelled)

        texts = {key: articles[indexes[0]].text for key, indexes in waiting.items()}
        _parse(texts, name, cache, parsed, cancelled, jobs, moved)
    return [r for r in results if r is not None]


def parse_records(texts: dict[str, str], model: str) -> dict[str, str]:
    """The cache records of ``texts`` (by cache key) parsed in this process with the resolved ``model``."""
    records: dict[str, str] = {}
    _parse(texts, model, None, lambda key, rows: records.update({key: docjson.dumps(rows, texts[key])}), None, 1, None)
    return records


def _check(cancelled: Callable[[], bool] | None) -> None:
    """Raise `Cancelled` if the caller asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled("analysis cancelled")


def _batches(pieces: list[tuple[str, int, str]]) -> Iterator[list[tuple[str, int, str]]]:
    """Consecutive pieces, at most `BATCH_SIZE` of them and `BATCH_CHARS` characters (but one) a batch."""
    batch: list[tuple[str, int, str]] = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) >= BATCH_SIZE or size + len(piece[2]) > BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[2])
    if batch:
        yield batch


def _plan(
    texts: dict[str, str], model: str, jobs: int | None, cancelled: Callable[[], bool] | None
) -> tuple[list[list[tuple[str, int, str]]], Generator[Parsed, None, None]]:
    """Cut the texts into batches of pieces and choose where they are parsed: worker processes when it pays, else here.

    Returns:
        The batches of pieces (key, offset, chunk) (see `_batches`), and the sentence
        records of each batch, in order, computed as they are consumed.
    """
    # Imported only when something is parsed: multiprocessing costs a warm start (cache keys only) 15 ms.
    from tuicompare.analysis.parallel import default_jobs, parse_batch, parse_in_processes

    def batches_of(limit: int) -> list[list[tuple[str, int, str]]]:
        # spaCy reads "Putіn" (a Cyrillic "і") as an unknown word and misses the name; it parses
        # the Latin look-alike instead, which has the same length, so every offset still holds.
        pieces = [
            (key, offset, latinise(chunk)) for key, text in texts.items() for offset, chunk in chunks(text, limit)
        ]
        return list(_batches(pieces))

    batches = batches_of(MAX_CHUNK)
    workers = min(default_jobs() if jobs is None else max(1, jobs), len(batches))
    if workers > 1 and len(batches) >= MIN_PARALLEL_BATCHES:
        # Workers raise their model's max_length to MAX_CHUNK, which already bounds memory.
        return batches, parse_in_processes(_unkeyed(batches), model, workers, cancelled)
    nlp = load_model(model)
    if nlp.max_length < MAX_CHUNK:
        batches = batches_of(nlp.max_length)
    return batches, (parse_batch(nlp, batch) for batch in _unkeyed(batches))


def _unkeyed(batches: list[list[tuple[str, int, str]]]) -> list[list[tuple[int, str]]]:
    """The batches as the parser takes them: (offset, chunk) pairs."""
    return [[(offset, chunk) for _, offset, chunk in batch] for batch in batches]


def _parse(
    texts: dict[str, str],
    model: str,
    cache: AnalysisCache | None,
    parsed: Callable[[str, list[Any]], None],
    cancelled: Callable[[], bool] | None,
    jobs: int | None,
    moved: Callable[[dict[str, int]], None] | None,
) -> None:
    """Run spaCy over texts, one line chunk per doc, batching across texts.

    Args:
        texts: Article texts by cache key.
        model: The resolved model name.
        cache: Where finished records are stored, a few per transaction.
        parsed: Called with ``(key, records)`` as soon as a text is done.
        cancelled: Polled between batches.
        jobs: Worker processes (see `analyze`).
        moved: Called after a batch that parsed part of a text but not its end, with those
            characters by key: how a long text's progress moves between its batches.
    """
    batches, results = _plan(texts, model, jobs, cancelled)
    remaining = dict.fromkeys(texts, 0)
    for batch in batches:
        for key, _, _ in batch:
            remaining[key] += 1
    records: dict[str, list[Any]] = {key: [] for key in texts}
    unsaved: dict[str, str] = {}

    def finish(key: str) -> None:
        rows = records.pop(key)
        unsaved[key] = docjson.dumps(rows, texts[key])
        if cache is not None and len(unsaved) >= FLUSH_EVERY:
            cache.put_many(unsaved)
            unsaved.clear()
        parsed(key, rows)

    try:
        for key in texts:  # a text with no words has no chunks: it is done already
            if remaining[key] == 0:
                finish(key)
        # Not strict: after a cancellation the workers stop early and _check below raises.
        for batch, batch_records in zip(batches, results, strict=False):
            if moved is not None:
                chars: dict[str, int] = {}
                pieces: dict[str, int] = {}
                for key, _, chunk in batch:
                    chars[key] = chars.get(key, 0) + len(chunk)
                    pieces[key] = pieces.get(key, 0) + 1
                # Only texts this batch leaves unfinished: a finished one is counted whole just below.
                unfinished = {key: n for key, n in chars.items() if remaining[key] > pieces[key]}
                if unfinished:
                    moved(unfinished)
            for (key, _, _), chunk_records in zip(batch, batch_records, strict=True):
                records[key].extend(chunk_records)
                remaining[key] -= 1
                if remaining[key] == 0:
                    finish(key)
            _check(cancelled)
        _check(cancelled)  # the workers stop handing out batches once cancelled
    finally:
        results.close()  # stops worker processes early on cancel, Ctrl+C or error
        # Whatever finished before a cancellation or an error is kept for next time.
        if cache is not None and unsaved:
            cache.put_many(unsaved)
