"""Shared fixtures: isolated cache/config dirs, the seeds, one spaCy load per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tuicompare.models import Article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user cache and config dirs at a temporary folder for every test."""
    base = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.delenv("TUICOMPARE_MODEL", raising=False)
    monkeypatch.setenv("NO_COLOR", "")
    monkeypatch.delenv("NO_COLOR")


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
