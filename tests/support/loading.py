"""Writing article files and loading them in the loader tests (``tests/test_corpus*.py``)."""

from __future__ import annotations

import re
from pathlib import Path

from tuicompare.load.corpus import LoadResult, load_corpus
from tuicompare.models import Article

#: The seed article with a headline of its own.
SEED_000 = "000_ba5c7385b1f8dd65"
#: What no loaded text may keep: controls, bidi and zero-width marks, lone surrogates.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)


def write(directory: Path, name: str, content: bytes | str) -> Path:
    """Write exact bytes (str is UTF-8) and return the path."""
    path = directory / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def load(*paths: Path | str, **kwargs) -> LoadResult:
    """Load ``paths`` (files, folders, globs or ``-``) as the CLI does."""
    return load_corpus([str(p) for p in paths], **kwargs)


def only(result: LoadResult) -> Article:
    """The one article of a load that warned of nothing."""
    assert not result.warnings, result.warnings
    assert len(result.articles) == 1, result.articles
    return result.articles[0]


def reasons(result: LoadResult) -> list[str]:
    """The load's warnings as the user reads them."""
    return [str(w) for w in result.warnings]


def seeds_and_rewrites(folder: Path, seed: int) -> Path:
    """Fill ``folder`` with the seeds and 8 generated rewrites of 2 stories (``seed`` picks them); return it."""
    from tests.support import SEEDS
    from tuicompare.evaluation.generate import generate_corpus, write_corpus

    for path in SEEDS.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    write_corpus(generate_corpus(2, 4, seed=seed), folder)
    return folder
