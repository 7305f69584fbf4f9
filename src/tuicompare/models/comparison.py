"""What the engine computes over a corpus: stories, groups, entities, conflicts, claims, the entity sheet.

Also a reviewer's verdict on a conflict, which the front ends hand to the reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tuicompare.models._rich import rich_fields
from tuicompare.models.articles import Analysis, Article, LoadWarning, article_of

Stance = Literal["supports", "contradicts", "variant", "absent"]
ConflictKind = Literal["conflict", "possible", "variant"]
AttributeStatus = Literal["same", "variant", "compatible", "single", "possible", "conflict"]
#: A reviewer's verdict on a conflict; ``v`` in the app cycles them in this order.
Verdict = Literal["unreviewed", "confirmed", "false-alarm", "needs-follow-up"]
VERDICTS: tuple[Verdict, ...] = ("unreviewed", "confirmed", "false-alarm", "needs-follow-up")


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Story:
    """Articles about the same event, in corpus order."""

    id: str
    articles: tuple[str, ...]


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Group:
    """Sentences of one story that report the same thing.

    Groups of a story are ordered in reading order and cover every sentence
    of the story exactly once, so they are also the rows of the side-by-side
    view. A sentence with no counterpart is a group of its own.

    Attributes:
        id: Group id, unique in the comparison.
        story: Id of the story.
        sentences: Sentence ids (``ARTICLE:INDEX``), by article then index.
        score: Alignment confidence in [0, 1]; 0 for a lone sentence.
    """

    id: str
    story: str
    sentences: tuple[str, ...]
    score: float

    @property
    def articles(self) -> tuple[str, ...]:
        """Ids of the articles with a sentence in the group, without repeats."""
        return tuple(dict.fromkeys(article_of(s) for s in self.sentences))


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class SentenceLink:
    """Two sentences of different articles of one story, in different groups, that likely state one fact.

    Groups are a partition, so a sentence stating several facts sits in one row
    while another outlet states each of them in a sentence of its own: links say
    where a sentence's counterparts sit outside its row.

    Attributes:
        story: Id of the story.
        a: Sentence id (``ARTICLE:INDEX``) of the article earlier in the story.
        b: Sentence id of the other article.
        score: How alike the two sentences are, in [0, 1] (the alignment's similarity).
    """

    story: str
    a: str
    b: str
    score: float


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Mention:
    """Where an entity (or a conflicting value) appears: a span of a sentence.

    ``start`` and ``end`` are character offsets in the article text.
    """

    sentence: str
    text: str
    start: int
    end: int

    @property
    def article(self) -> str:
        """The article id part of the sentence id."""
        return article_of(self.sentence)


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Entity:
    """Mentions across articles resolved to one referent."""

    id: str
    label: str
    name: str
    mentions: tuple[Mention, ...]


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class ConflictValue:
    """One of the competing values of a conflict, and who holds it."""

    text: str
    articles: tuple[str, ...]
    sentences: tuple[str, ...]
    mentions: tuple[Mention, ...] = ()


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Conflict:
    """Differing values in corresponding slots of an aligned group.

    Attributes:
        id: Conflict id.
        kind: ``conflict`` (different referent or value, confidently),
            ``possible`` (a possible difference: below the confidence cut, never
            counted as a contradiction) or ``variant`` (same referent spelled differently).
        type: What differs: ``person``, ``place``, ``organisation``,
            ``number``, ``quantity``, ``date``, ``role``, ``negation``...
        group: Id of the aligned group.
        values: The competing values, most supported first.
        confidence: How sure the engine is that the values really differ, 0 to 1.
    """

    id: str
    kind: ConflictKind
    type: str
    group: str
    values: tuple[ConflictValue, ...]
    confidence: float = 1.0


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Claim:
    """A checkable fact carried by an aligned group, with each source's stance."""

    id: str
    text: str
    group: str
    story: str
    stances: dict[str, Stance] = field(hash=False)
    conflicts: tuple[str, ...] = ()

    @property
    def contested(self) -> bool:
        """True when some article contradicts the claim."""
        return "contradicts" in self.stances.values()

    @property
    def corroborated(self) -> bool:
        """True when two or more articles support it and none contradicts."""
        supports = sum(1 for s in self.stances.values() if s == "supports")
        return supports >= 2 and not self.contested

    @property
    def single_source(self) -> bool:
        """True when exactly one article states the claim: it supports it and every other article is absent.

        Derived from the stances, not from who has a sentence in the claim's row: another article's loosely
        aligned sentence that does not state the fact (``absent``) is no second source, so a fact-checker
        still has one article's word for it. An article that contradicts the claim or re-spells a name in it
        (``variant``) states the fact too, so such a claim is contested or has a second source, never single.
        """
        stances = list(self.stances.values())
        return stances.count("supports") == 1 and stances.count("absent") == len(stances) - 1


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class AttributeValue:
    """What one article says of one attribute of an entity.

    Attributes:
        article: The article id.
        text: The value as the article writes it (its most confident wording).
        mentions: Every place the article states it: the value's spans, the evidence.
        confidence: How surely the article's wording states the attribute, 0 to 1.
    """

    article: str
    text: str
    mentions: tuple[Mention, ...]
    confidence: float = 1.0

    @property
    def sentences(self) -> tuple[str, ...]:
        """The evidence sentence ids, in reading order, without repeats."""
        return tuple(dict.fromkeys(m.sentence for m in self.mentions))


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class EntityAttribute:
    """One attribute of one entity across the articles of its story: the entity sheet's row.

    Attributes:
        id: Attribute id ("a1"), unique in the comparison.
        entity: The entity's id.
        story: The story's id.
        name: ``role``, ``employer``, ``age``, ``location``, ``base``, ``party``, ``nationality``, ``count``.
        status: ``same`` (every source gives it alike), ``variant`` (the same value spelled
            differently), ``compatible`` (different wordings that can both be true: a district and
            the region containing it, "brigade commander" and "commander of the brigade"),
            ``single`` (one source only: compatible with the silence of the others),
            ``possible`` (a difference below the confidence cut) or ``conflict``.
        confidence: For ``conflict`` and ``possible``, how sure the difference is; else 1.0.
        values: One per article stating the attribute, in story order.
        conflict: Id of the conflict that reports this difference among the story's conflicts
            (typed ``attribute:NAME``, or the sentence conflict that already found it), if any.
    """

    id: str
    entity: str
    story: str
    name: str
    status: AttributeStatus
    confidence: float
    values: tuple[AttributeValue, ...]
    conflict: str | None = None

    @property
    def evidence(self) -> dict[str, tuple[str, ...]]:
        """Evidence sentence ids by article."""
        return {v.article: v.sentences for v in self.values}


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Comparison:
    """Everything the engine computed over a corpus.

    Attributes:
        furniture: News furniture (bylines, datelines, timestamps, photo credits,
            related links): spans of sentences that state nothing of the story and
            take part in no claim or conflict; shown dimmed. A span covering a whole
            sentence marks a furniture sentence; a shorter one a part of a sentence
            (a dateline before the lead).
        attributes: The entity sheet: what each article says about each entity of its story
            (roles, ages, places, bases, parties, nationalities) and whether the sources agree.
        links: Sentences of different rows that likely state one fact (see ``SentenceLink``),
            by story, then in the order the engine found them.
    """

    articles: tuple[Article, ...]
    analyses: tuple[Analysis, ...]
    stories: tuple[Story, ...]
    groups: tuple[Group, ...]
    entities: tuple[Entity, ...]
    conflicts: tuple[Conflict, ...]
    claims: tuple[Claim, ...]
    warnings: tuple[LoadWarning, ...] = ()
    furniture: tuple[Mention, ...] = ()
    attributes: tuple[EntityAttribute, ...] = ()
    links: tuple[SentenceLink, ...] = ()


@rich_fields
@dataclass(frozen=True, slots=True, repr=False)
class Review:
    """A reviewer's judgement of one conflict, as stored by ``tuicompare.review``.

    Attributes:
        verdict: One of `VERDICTS`.
        note: Free text written by the reviewer (untrusted: shown as plain text only).
        updated: When it last changed, seconds since the epoch (0 for never).
    """

    verdict: Verdict = "unreviewed"
    note: str = ""
    updated: float = 0.0

    @property
    def reviewed(self) -> bool:
        """True when the conflict has a verdict or a note."""
        return self.verdict != "unreviewed" or bool(self.note)
