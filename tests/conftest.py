"""Shared fixtures: isolated cache/config dirs, the seeds, one spaCy run per session, golden files."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from tests.support import SEEDS
from tests.support.golden import GoldenJSON, GoldenMarkdown
from tuicompare.engine import gazstore
from tuicompare.models import Analysis, Article, Comparison
from tuicompare.pipeline import Options


def pytest_configure(config: pytest.Config) -> None:
    """Let the tests' subprocesses see Ctrl+C as a terminal user's would.

    A shell starts background jobs (``make test &``, ``nohup``) with SIGINT
    ignored, and an ignored signal stays ignored across ``exec``: the
    tuicompare processes the Ctrl+C tests start would then never be
    interrupted. A Python handler, unlike ``SIG_IGN``, is reset by ``exec``.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user cache, config and data dirs at a temporary folder for every test."""
    base = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    # a session opened with --cache-dir by an earlier test must not send this test's gazetteer index there
    monkeypatch.setattr(gazstore, "_folder", None)
    monkeypatch.setattr(gazstore, "_store", True)
    monkeypatch.delenv("TUICOMPARE_MODEL", raising=False)
    monkeypatch.setenv("NO_COLOR", "")
    monkeypatch.delenv("NO_COLOR")


@pytest.fixture
def anyio_backend() -> str:
    """Run the async tests on asyncio (Textual's loop)."""
    return "asyncio"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The demo corpus shipped in ``seeds/``."""
    return SEEDS


@pytest.fixture(scope="session")
def model():
    """The real spaCy pipeline, loaded once per session (``load_model`` caches it)."""
    from tuicompare.analysis import nlp

    return nlp.load_model(nlp.resolve_model())


@pytest.fixture(scope="session")
def seed_articles(seeds_dir: Path) -> list[Article]:
    """The seeds as articles read directly, so analysis tests do not depend on the loader."""
    return [
        Article(id=p.name[:3], path=str(p), title="", text=p.read_text(encoding="utf-8"))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]


@pytest.fixture(scope="session")
def seed_options(tmp_path_factory: pytest.TempPathFactory) -> Options:
    """Pipeline options whose cache already holds the seeds' analysis (spaCy runs once per session)."""
    from tuicompare import pipeline

    options = Options(cache_dir=tmp_path_factory.mktemp("seed-cache"))
    pipeline.analyse(pipeline.load([str(SEEDS)], options).articles, options)
    return options


@pytest.fixture(scope="session")
def seed_corpus(seed_options: Options) -> tuple[tuple[Article, ...], list[Analysis]]:
    """The seed articles as the loader reads them, and their spaCy analyses (from the warm cache)."""
    from tuicompare import pipeline

    articles = pipeline.load([str(SEEDS)], seed_options).articles
    analyses, _warnings = pipeline.analyse(articles, seed_options)
    return articles, analyses


@pytest.fixture(scope="session")
def seed_comparison(seed_corpus: tuple[tuple[Article, ...], list[Analysis]]) -> Comparison:
    """The engine's comparison of the seeds: what ``tuicompare seeds/`` shows."""
    from tuicompare.engine import compare

    articles, analyses = seed_corpus
    return compare(articles, analyses)


@pytest.fixture
def golden_json(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Compare text with its golden ``.json`` file (``pytest --snapshot-update`` rewrites it)."""
    return snapshot.use_extension(GoldenJSON)


@pytest.fixture
def golden_markdown(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """Compare text with its golden ``.md`` file (``pytest --snapshot-update`` rewrites it)."""
    return snapshot.use_extension(GoldenMarkdown)
