"""The conflict gold mapped onto the articles it covers, loaded as the app loads them."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from tuicompare.evaluation.entity_gold import articles_by_key
from tuicompare.evaluation.realgold import StoryGold, load_story_gold, raw_text
from tuicompare.load.corpus import load_corpus
from tuicompare.models import Article


def mapped_story(gold_path: Path, paths: Mapping[str, Path]) -> tuple[dict[str, Article], StoryGold]:
    """Load the article files ``paths`` names (keyed as the gold keys its mentions) and map the gold onto them.

    Returns:
        The loaded articles by gold key, and the gold with its offsets re-found in their text.
    """
    articles = articles_by_key(paths, load_corpus([str(p) for p in paths.values()]).articles)
    return articles, load_story_gold(gold_path, articles, {k: raw_text(p) for k, p in paths.items()})
