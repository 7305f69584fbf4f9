"""Turn aligned groups into claims with a stance for every article of the story."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.align import AlignedGroup
from tuicompare.engine.conflictmerge import FoundConflict
from tuicompare.engine.elsewhere import stated_keys
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.tuning import TUNING
from tuicompare.models import Conflict, Stance

#: Claim texts longer than this are cut at a word boundary.
MAX_CLAIM_CHARS = 160


def is_checkable(group: AlignedGroup, features: Mapping[str, SentenceFeatures]) -> bool:
    """True when the group states a name, a number, a date or a unit."""
    return any(span.key for sid in group.sentences for span in features[sid].spans)


def _degree(group: AlignedGroup) -> dict[str, float]:
    degree = {sid: 0.0 for sid in group.sentences}
    for link in group.links:
        degree[link.a] += link.score
        degree[link.b] += link.score
    return degree


def stances(
    group: AlignedGroup,
    story_articles: Sequence[str],
    conflicts: Sequence[FoundConflict],
    article_of: Mapping[str, str],
    features: Mapping[str, SentenceFeatures] | None = None,
    entity_of: Mapping[Span, int] | None = None,
) -> dict[str, Stance]:
    """Each story article's stance on a group's claim.

    An article that states a losing value of a conflict contradicts the claim;
    one that only spells a name differently is a variant. Otherwise an article
    supports the claim only when its sentences state the claim's fact: they
    share at least half of the checkable values (names, numbers, dates) of the
    group's most linked sentence among the articles that hold every leading
    value (the claim states what most outlets state); when they share no number, date or unit
    (only names, or that sentence states none), one of the article's
    sentences must also be aligned with that sentence closely
    (``StanceTuning.names_link_min``), for two sentences naming the story's
    people are not one fact. A loosely related sentence
    that happens to sit in the group is ``absent`` from the claim, as is an
    article with no sentence in the group. A possible difference changes no stance.
    """
    present = {article_of[s] for s in group.sentences}
    holders = [
        (
            conflict.kind,
            {s.article for s, *_ in conflict.values[0].spans},
            {s.article for v in conflict.values[1:] for s, *_ in v.spans},
        )
        for conflict in conflicts
    ]
    losers = {art for kind, main, other in holders if kind == "conflict" for art in other - main}
    anchor: set[str] = set()
    top = ""
    if features is not None and entity_of is not None:
        degree = _degree(group)
        # The claim states the leading values: its anchor is a sentence of an article that holds them.
        top = max(
            group.sentences,
            key=lambda sid: (article_of[sid] not in losers, degree[sid], -group.sentences.index(sid)),
        )
        anchor = stated_keys([features[top]], entity_of)
    alike = {frozenset((k.a, k.b)): k.score for k in group.links}
    # Who states what, read once per group (a wire story has hundreds of articles and conflicts).
    sentences_of: dict[str, list[str]] = {}
    for s in group.sentences:
        sentences_of.setdefault(article_of[s], []).append(s)
    out: dict[str, Stance] = {}
    for art in story_articles:
        if art not in present:
            out[art] = "absent"
            continue
        stance: Stance = "supports"
        if features is not None and entity_of is not None:
            mine = sentences_of[art]
            # The top sentence alone (most rows: one sentence an article): its keys are the anchor, read above.
            shared = anchor if mine == [top] else stated_keys([features[s] for s in mine], entity_of) & anchor
            if anchor and len(shared) * 2 < len(anchor):
                stance = "absent"  # a loosely related sentence: it does not state the claim
            elif art != article_of[top] and not any(k.startswith("v") for k in shared):
                closest = max(alike.get(frozenset((top, s)), 0.0) for s in sentences_of[art])
                if closest < TUNING.stances.names_link_min:
                    stance = "absent"  # the same people, named in another fact
        for kind, main, other in holders:
            if art in other and art not in main and kind != "possible":
                if kind == "conflict":
                    stance = "contradicts"
                    break
                stance = "variant"
        out[art] = stance
    return out


def upheld(stance_of: Mapping[str, Stance], shown: Sequence[Conflict]) -> dict[str, Stance]:
    """The stances with every article that holds only a losing value of a conflict shown on the claim contradicting it.

    ``stances`` reads the differences as they stand when the row is filed; an office, surname or home state
    two articles give one person (``filing.add_office``) may later make a possible difference of the row a
    conflict. A claim must not then mark ✓ the article a red conflict of its own row shows differing from it
    (one outlet's spokesman "Tomas Brandt", another's "Nadia Okonjo"): the rule of ``stances`` (a losing
    value of a conflict contradicts) is applied again to the conflicts as filed.

    Args:
        stance_of: The claim's stances by article (``stances``).
        shown: The conflicts filed on the claim, with their final kinds.

    Returns:
        The stances, a loser of a ``conflict`` contradicting (possible differences change none).
    """
    out = dict(stance_of)
    for conflict in shown:
        if conflict.kind != "conflict":
            continue
        first, *others = conflict.values
        for value in others:
            for art in value.articles:
                if art in out and art not in first.articles:
                    out[art] = "contradicts"
    return out


def claim_text(
    group: AlignedGroup,
    features: Mapping[str, SentenceFeatures],
    texts: Mapping[str, str],
    stance_of: Mapping[str, Stance],
) -> str:
    """The group's most supported sentence: from a supporting article, the most linked one (never furniture)."""
    degree = _degree(group)
    ranked = sorted(
        group.sentences,
        key=lambda sid: (
            features[sid].furniture,
            stance_of.get(features[sid].article) != "supports",
            -degree[sid],
            group.sentences.index(sid),
        ),
    )
    return trim(" ".join(texts[ranked[0]].split()))


def trim(text: str, limit: int = MAX_CLAIM_CHARS) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—-")
    return cut + "…"
