"""What triage found about one new article, seen from that article.

The engine compares the new article with its story's articles; this module
turns that comparison around: which of the new article's values differ from
the corpus's (and who holds those), which claims it shares, which only it makes.
"""

from __future__ import annotations

from dataclasses import dataclass

from tuicompare.models import Analysis, Article, Claim, Comparison, Conflict, ConflictValue, Mention, article_of
from tuicompare.report.tiers import settle


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A corpus article close to the new one.

    Attributes:
        article: Corpus article id.
        similarity: Story similarity in [0, 1] (names and content words, TF-IDF).
        same_story: True when the engine put it in the new article's story.
        shared: The shared terms that weigh most (names are prefixed ``@``).
    """

    article: str
    similarity: float
    same_story: bool
    shared: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HeldValue:
    """One value of a disputed slot and the articles that state it."""

    text: str
    articles: tuple[str, ...]
    sentences: tuple[str, ...]
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Dispute:
    """A slot where the new article's value differs from some corpus article's.

    Attributes:
        kind: ``conflict`` (a contradiction), ``possible`` (a possible
            difference, below the engine's confidence cut) or ``variant``
            (another spelling).
        type: What differs: ``place``, ``number``, ``person``...
        conflict: Id of the engine's conflict (local to this triage).
        claim: Id of the claim the slot belongs to, if the group is a claim.
        claim_text: That claim's text.
        value: The new article's value (``articles`` lists only the new article).
        agreeing: Corpus articles that state the same value.
        others: The corpus's other values with their sources.
        introduced: True when no corpus article states the new article's value.
        confidence: How sure the engine is that the values differ, 0 to 1.
        also: The new article's other values in the same conflict (it gives more than one), as written.
    """

    kind: str
    type: str
    conflict: str
    claim: str | None
    claim_text: str | None
    value: HeldValue
    agreeing: tuple[str, ...]
    others: tuple[HeldValue, ...]
    introduced: bool
    confidence: float = 1.0
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SharedClaim:
    """A claim of the new article and the corpus articles that state it too (maybe none)."""

    claim: str
    text: str
    sentences: tuple[str, ...]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleTriage:
    """Everything triage reports about one new article.

    Attributes:
        article: The new article.
        analysis: Its analysis.
        story: Corpus articles of its story, in corpus order; empty for a new story.
        closest: The most similar corpus articles, best first.
        contradictions: Slots where it states a value no corpus article states,
            against the corpus's values: what it newly contradicts.
        sides: Slots the corpus already disputes, where it repeats one side's
            value: not new contradictions, but worth knowing.
        possible: Possible differences with the corpus (below the engine's
            confidence cut): listed, never counted as contradictions.
        variants: Slots where it spells a name differently.
        corroborated: Its claims that corpus articles also support.
        only_here: Its claims that no corpus article makes.
        comparison: The engine's comparison of it with its story's articles.
        dismissed: Disputes a reviewer already marked as a false alarm (in the
            review store): not raised again, only counted.
    """

    article: Article
    analysis: Analysis
    story: tuple[str, ...]
    closest: tuple[Neighbour, ...]
    contradictions: tuple[Dispute, ...]
    sides: tuple[Dispute, ...]
    variants: tuple[Dispute, ...]
    corroborated: tuple[SharedClaim, ...]
    only_here: tuple[SharedClaim, ...]
    comparison: Comparison
    possible: tuple[Dispute, ...] = ()
    dismissed: tuple[Dispute, ...] = ()

    @property
    def new_story(self) -> bool:
        """True when no corpus article reports the same story."""
        return not self.story


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One distinct disagreement: the disputes (one per aligned group) that differ the same way.

    An article that swaps one place name for another in five sentences has five
    disputes, one per sentence group; a reader needs the swap once, and how
    often it occurs.

    Attributes:
        kind: The disputes' kind (``conflict``, ``possible``, ``variant``).
        type: What differs.
        value: The new article's value, with every sentence stating it.
        agreeing: Corpus articles that state the same value in any of the disputes.
        others: The corpus's other values, most supported first, sources merged.
        disputes: The disputes, in the engine's order.
        confidence: The highest confidence of the disputes.
    """

    kind: str
    type: str
    value: HeldValue
    agreeing: tuple[str, ...]
    others: tuple[HeldValue, ...]
    disputes: tuple[Dispute, ...]
    confidence: float

    @property
    def sentence(self) -> str | None:
        """The id of a sentence of the new article that holds its value (the first mention's)."""
        return _first_sentence(self.value)

    @property
    def corpus_sentence(self) -> str | None:
        """The id of a corpus sentence that holds the most supported other value."""
        return _first_sentence(self.others[0]) if self.others else None

    @property
    def sentence_count(self) -> int:
        """How many of the new article's sentences carry the disagreement (at least one per dispute's group)."""
        return max(len(self.value.sentences), len({d.conflict for d in self.disputes}))


def _first_sentence(value: HeldValue) -> str | None:
    if value.mentions:
        return value.mentions[0].sentence
    return value.sentences[0] if value.sentences else None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def distinct(disputes: tuple[Dispute, ...]) -> tuple[Disagreement, ...]:
    """The disputes grouped into distinct disagreements, in order of first appearance.

    Two disputes are one disagreement when they have the same kind and type,
    the new article holds the same value and the corpus's most supported
    other value is the same: "Lysychansk" against "Severodonnetsk" in five
    sentences is one disagreement found in five sentences.
    """
    groups: dict[tuple[str, str, str, str], list[Dispute]] = {}
    for d in disputes:
        key = (d.kind, d.type, _norm(d.value.text), _norm(d.others[0].text) if d.others else "")
        groups.setdefault(key, []).append(d)
    out = []
    for members in groups.values():
        first = members[0]
        others: dict[str, list[HeldValue]] = {}
        for d in members:
            for v in d.others:
                others.setdefault(_norm(v.text), []).append(v)
        merged = [_merge(values) for values in others.values()]
        merged.sort(key=lambda v: -len(v.articles))  # stable: ties keep the first dispute's order
        out.append(
            Disagreement(
                kind=first.kind,
                type=first.type,
                value=_merge([d.value for d in members]),
                agreeing=tuple(dict.fromkeys(a for d in members for a in d.agreeing)),
                others=tuple(merged),
                disputes=tuple(members),
                confidence=max(d.confidence for d in members),
            )
        )
    return tuple(out)


def _merge(values: list[HeldValue]) -> HeldValue:
    """One value held in several groups: the first spelling, every source, sentence and mention."""
    return HeldValue(
        values[0].text,
        tuple(dict.fromkeys(a for v in values for a in v.articles)),
        tuple(dict.fromkeys(s for v in values for s in v.sentences)),
        tuple(dict.fromkeys(m for v in values for m in v.mentions)),
    )


def _held(value: ConflictValue, new: str) -> HeldValue:
    """The new article's share of a conflict value."""
    sentences = tuple(s for s in value.sentences if article_of(s) == new)
    return HeldValue(value.text, (new,), sentences, tuple(m for m in value.mentions if m.article == new))


def _dispute(conflict: Conflict, new: str, claim: Claim | None) -> Dispute | None:
    """The conflict from the new article's side, or ``None`` if it is not involved."""
    mine = [v for v in conflict.values if new in v.articles]
    if not mine:
        return None
    # An article giving two of the values (a post on Friday, an apology on Saturday) is read by the one no corpus
    # article gives: what it adds. Taken by the first, the other vanished, and a conflict `report` shows on the
    # same articles was no dispute at all when the corpus gave the first value alone.
    value = next((v for v in mine if not set(v.articles) - {new}), mine[0])
    others = []
    for v in conflict.values:
        if v is value:
            continue
        corpus_only = _strip(v, new)
        if corpus_only.articles:
            others.append(corpus_only)
    if not others:
        return None
    agreeing = tuple(a for a in value.articles if a != new)
    return Dispute(
        kind=conflict.kind,
        type=conflict.type,
        conflict=conflict.id,
        claim=claim.id if claim else None,
        claim_text=claim.text if claim else None,
        value=_held(value, new),
        agreeing=agreeing,
        others=tuple(others),
        introduced=not agreeing,
        confidence=conflict.confidence,
        also=tuple(v.text for v in mine if v is not value),
    )


def _strip(value: ConflictValue, new: str) -> HeldValue:
    """A value without the new article's own mentions."""
    return HeldValue(
        value.text,
        tuple(a for a in value.articles if a != new),
        tuple(s for s in value.sentences if article_of(s) != new),
        tuple(m for m in value.mentions if m.article != new),
    )


def from_comparison(
    comparison: Comparison, article: Article, analysis: Analysis, closest: list[tuple[str, float, tuple[str, ...]]]
) -> ArticleTriage:
    """Read a comparison of the new article with its candidates from the new article's side.

    Args:
        comparison: ``compare`` over the candidate articles plus the new one.
        article: The new article.
        analysis: Its analysis.
        closest: ``(article id, similarity, shared terms)`` of the nearest corpus articles.
    """
    # No stance read below (corroborated) may rest on a possible difference alone.
    comparison = settle(comparison)
    new = article.id
    story = next((s for s in comparison.stories if new in s.articles), None)
    members = tuple(a for a in story.articles if a != new) if story else ()
    groups = {g.id: g for g in comparison.groups if g.story == (story.id if story else None)}
    mine = {gid for gid, g in groups.items() if new in g.articles}
    claim_of_conflict = {cid: c for c in comparison.claims for cid in c.conflicts}
    claim_of_group = {c.group: c for c in comparison.claims}
    story_groups = set(groups)
    disputes = []
    for conflict in comparison.conflicts:
        if conflict.group not in story_groups:
            continue
        if conflict.type.startswith("attribute:"):
            # An entity-sheet difference hangs on the entity, not on one aligned group: the new
            # article's evidence may sit in a sentence that lines up with nothing, as in ``report``.
            found = _dispute(conflict, new, None)
        else:
            # Not only the conflicts of the new article's own groups: a linked row's conflict may hold its value
            # from a sentence of another row ("about $3.6 billion" stated apart), and ``report`` lists the new
            # article on that side, so triage does too (it was a dispute of the corpus's that it never named).
            found = _dispute(conflict, new, claim_of_conflict.get(conflict.id) or claim_of_group.get(conflict.group))
        if found is not None:
            disputes.append(found)
    corroborated, only = [], []
    for claim in comparison.claims:
        if claim.group not in mine:
            continue
        sentences = tuple(s for s in groups[claim.group].sentences if article_of(s) == new)
        sources = tuple(a for a in members if claim.stances.get(a) == "supports")
        if claim.stances.get(new) == "supports" and sources:
            corroborated.append(SharedClaim(claim.id, claim.text, sentences, sources))
        elif claim.single_source and claim.stances.get(new) == "supports":
            # As ``report`` calls it single-source: a corpus sentence on the row that does not state it is no source.
            only.append(SharedClaim(claim.id, claim.text, sentences))
    return ArticleTriage(
        article=article,
        analysis=analysis,
        story=members,
        closest=tuple(Neighbour(aid, score, aid in members, shared) for aid, score, shared in closest),
        contradictions=tuple(d for d in disputes if d.kind == "conflict" and d.introduced),
        sides=tuple(d for d in disputes if d.kind == "conflict" and not d.introduced),
        variants=tuple(d for d in disputes if d.kind == "variant"),
        corroborated=tuple(corroborated),
        only_here=tuple(only),
        comparison=comparison,
        possible=tuple(d for d in disputes if d.kind == "possible"),
    )
