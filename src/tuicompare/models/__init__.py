"""Domain objects shared by the loader, the analysis, the engine and the app.

Every object is a frozen dataclass: once computed, a comparison is read by
the report writers and the app but never changed. Character offsets always
index into ``Article.text``. ``articles`` holds what loading and analysis
produce, ``comparison`` what the engine computes from it; both are imported
from here.
"""

from __future__ import annotations

from tuicompare.models.articles import (
    Analysis,
    Article,
    EntitySpan,
    LoadWarning,
    Sentence,
    Token,
    article_of,
    split_sentence_id,
)
from tuicompare.models.comparison import (
    VERDICTS,
    AttributeStatus,
    AttributeValue,
    Claim,
    Comparison,
    Conflict,
    ConflictKind,
    ConflictValue,
    Entity,
    EntityAttribute,
    Group,
    Mention,
    Review,
    SentenceLink,
    Stance,
    Story,
    Verdict,
)

__all__ = [
    "VERDICTS",
    "Analysis",
    "Article",
    "AttributeStatus",
    "AttributeValue",
    "Claim",
    "Comparison",
    "Conflict",
    "ConflictKind",
    "ConflictValue",
    "Entity",
    "EntityAttribute",
    "EntitySpan",
    "Group",
    "LoadWarning",
    "Mention",
    "Review",
    "Sentence",
    "SentenceLink",
    "Stance",
    "Story",
    "Token",
    "Verdict",
    "article_of",
    "split_sentence_id",
]
