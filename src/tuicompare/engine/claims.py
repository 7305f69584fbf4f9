"""Turn aligned groups into claims with a stance for every article of the story."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tuicompare.engine.align import AlignedGroup
from tuicompare.engine.conflicts import FoundConflict
from tuicompare.engine.features import SentenceFeatures
from tuicompare.models import Stance

#: Claim texts longer than this are cut at a word boundary.
MAX_CLAIM_CHARS = 160


def is_checkable(group: AlignedGroup, features: Mapping[str, SentenceFeatures]) -> bool:
    """True when the group states a name, a number, a date or a unit."""
    return any(span.key for sid in group.sentences for span in features[sid].spans)


def stances(
    group: AlignedGroup,
    story_articles: Sequence[str],
    conflicts: Sequence[FoundConflict],
    article_of: Mapping[str, str],
) -> dict[str, Stance]:
    """Each story article's stance on a group's claim.

    An article that states a losing value of a conflict contradicts the claim;
    one that only spells a name differently is a variant; one with a sentence in
    the group otherwise supports it; the others are absent.
    """
    present = {article_of[s] for s in group.sentences}
    out: dict[str, Stance] = {}
    for art in story_articles:
        if art not in present:
            out[art] = "absent"
            continue
        stance: Stance = "supports"
        for conflict in conflicts:
            holds_main = any(s.article == art for s, *_ in conflict.values[0].spans)
            holds_other = any(s.article == art for v in conflict.values[1:] for s, *_ in v.spans)
            if holds_other and not holds_main:
                if conflict.kind == "conflict":
                    stance = "contradicts"
                    break
                if conflict.kind == "variant":
                    stance = "variant"  # a possible difference never changes a stance
        out[art] = stance
    return out


def claim_text(
    group: AlignedGroup,
    features: Mapping[str, SentenceFeatures],
    texts: Mapping[str, str],
    stance_of: Mapping[str, Stance],
) -> str:
    """The group's most supported sentence: from a supporting article, the most linked one."""
    degree = {sid: 0.0 for sid in group.sentences}
    for link in group.links:
        degree[link.a] += link.score
        degree[link.b] += link.score
    ranked = sorted(
        group.sentences,
        key=lambda sid: (stance_of.get(features[sid].article) != "supports", -degree[sid], group.sentences.index(sid)),
    )
    return trim(" ".join(texts[ranked[0]].split()))


def trim(text: str, limit: int = MAX_CLAIM_CHARS) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—-")
    return cut + "…"
