"""What the loader and the analysis produce: articles, load warnings, and their spaCy analyses.

Character offsets always index into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tuicompare.models._rich import rich_fields


def article_of(sentence_id: str) -> str:
    """The article id part of a sentence id ``ARTICLE:INDEX`` (article ids may hold colons)."""
    return sentence_id.rsplit(":", 1)[0]


def split_sentence_id(sentence_id: str) -> tuple[str, int]:
    """A sentence id ``ARTICLE:INDEX`` as ``(article, index)``, which sorts in reading order.

    Raises:
        ValueError: The id does not end with ``:INDEX``.
    """
    article, index = sentence_id.rsplit(":", 1)
    return article, int(index)


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Article:
    """One loaded, sanitised article.

    Attributes:
        id: Stable id shown on screen: the file stem, or ``stem#N`` for the
            Nth record of a JSON Lines file (1-based).
        path: The source path as given (``-`` for standard input).
        title: The headline if the text starts with one, else the first sentence.
        text: The body text. A detected headline is removed from it, so
            sentences never include the headline.
        format: One of ``text``, ``markdown``, ``html``, ``json``, ``jsonl``.
        encoding: The encoding the bytes were decoded with.
        outlet: Publisher name, when the input says.
        url: Source URL, when the input says (never made clickable).
        date: Publication date as given, when the input says.
    """

    id: str
    path: str
    title: str
    text: str
    format: str = "text"
    encoding: str = "utf-8"
    outlet: str | None = None
    url: str | None = None
    date: str | None = None


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class LoadWarning:
    """A file (or record) that could not be loaded, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Token:
    """A token with what claim extraction needs.

    Attributes:
        start: Character offset in the article text.
        end: Character offset in the article text.
        lemma: spaCy lemma.
        pos: Coarse part of speech (``NOUN``, ``NUM``...).
        dep: Dependency label.
        head: Index of the head token within the same sentence.
    """

    start: int
    end: int
    lemma: str
    pos: str
    dep: str
    head: int


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class EntitySpan:
    """A named-entity mention as spaCy labelled it, with article offsets."""

    start: int
    end: int
    label: str
    text: str


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Sentence:
    """A sentence of an article, with its entities and tokens.

    Attributes:
        article: Id of the article it belongs to.
        index: Position of the sentence in the article, from 0.
        start: Character offset of the sentence in the article text.
        end: Character offset one past the sentence.
        text: ``article.text[start:end]``.
        entities: Entity mentions inside the sentence.
        tokens: Tokens of the sentence, in order.
        id: ``ARTICLE:INDEX``, made from ``article`` and ``index``.
    """

    article: str
    index: int
    start: int
    end: int
    text: str
    entities: tuple[EntitySpan, ...] = ()
    tokens: tuple[Token, ...] = ()
    # The sentence id used everywhere: ``ARTICLE:INDEX``. Made once here: the engine reads it thousands of times a
    # comparison (keys of its tables), and a property made a new string each time. Not compared (it follows from
    # ``article`` and ``index``) and not an argument, so equality, hashing and every caller stay as they were.
    id: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", f"{self.article}:{self.index}")

    def between(self, start: int, end: int) -> str:
        """The sentence's text between two offsets of the article (tokens and entities carry those)."""
        return self.text[start - self.start : end - self.start]

    def word(self, token: Token) -> str:
        """The text of one of the sentence's tokens."""
        return self.text[token.start - self.start : token.end - self.start]


@rich_fields
# ``weakref_slot``: the engine keeps what it reads of an analysis for as long as the analysis lives (``engine.kept``).
@dataclass(frozen=True, slots=True, weakref_slot=True, repr=False)
class Analysis:
    """The spaCy analysis of one article."""

    article: str
    sentences: tuple[Sentence, ...]
    model: str
    model_version: str

    @property
    def entity_count(self) -> int:
        """Number of entity mentions in the article."""
        return sum(len(s.entities) for s in self.sentences)
