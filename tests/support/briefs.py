"""Short articles written for the story tests, analysed once with the real spaCy model and opened alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.analysis import nlp
from tuicompare.engine import cluster_articles
from tuicompare.models import Analysis, Article

#: Articles by id, and their analyses by article id.
Briefs = tuple[list[Article], dict[str, Analysis]]


def analysed(texts: Mapping[str, str]) -> Briefs:
    """``texts`` (article id -> text, the first sentence its title) as articles, and their analyses."""
    articles = [Article(key, f"{key}.txt", text.split(". ")[0], text) for key, text in texts.items()]
    return articles, {a.article: a for a in nlp.analyze(articles)}


def opened(briefs: Briefs, keys: Sequence[str]) -> list[list[str]]:
    """The stories ``compare`` makes of the articles ``keys`` opened alone, in the clustering's order."""
    articles, analyses = briefs
    chosen = [a for a in articles if a.id in keys]
    return cluster_articles(chosen, [analyses[a.id] for a in chosen])
