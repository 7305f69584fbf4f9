"""Triage newly arrived articles against a corpus, without comparing the whole corpus.

Public API:
    :class:`TriageCorpus`: a corpus opened once (cached term bags, story index).
    :func:`triage_article` / :func:`triage_paths`: triage one article or files.
    :func:`to_json` / :func:`render_triage` / :func:`summary_line`: output.
"""

from __future__ import annotations

from tuicompare.triage.corpus import TriageCorpus
from tuicompare.triage.result import ArticleTriage, Dispute, Neighbour, SharedClaim
from tuicompare.triage.run import TriageReport, triage_article, triage_paths

__all__ = [
    "ArticleTriage",
    "Dispute",
    "Neighbour",
    "SharedClaim",
    "TriageCorpus",
    "TriageReport",
    "triage_article",
    "triage_paths",
]
