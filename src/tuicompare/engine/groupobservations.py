"""The observations of an aligned group: its strongest links compared slot by slot (``conflicts.observe``).

A group holds the sentences of several articles that state one fact; comparing every pair of them
would cost the square of a large story's rewrites, so only each sentence's strongest links are
compared, and each article's row context (the values its sentences of the group state) is narrowed to
what the closer counterpart states before a value counts as moved rather than changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.conflicts import observe
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.observations import Observation, context_keys, value_keys
from tuicompare.engine.slotroles import SlotRoles
from tuicompare.engine.tuning import TUNING

__all__ = ["group_observations", "strongest_links"]


def strongest_links(links: Sequence[Link], per_sentence: int | None = None) -> list[Link]:
    """Each sentence's strongest links (at least one per linked sentence), strongest first.

    A large story links every sentence to every rewrite; a few links per
    sentence already give every article its say, at a fraction of the cost.
    """
    if per_sentence is None:
        per_sentence = TUNING.conflicts.links_per_sentence
    ranked = sorted(links, key=lambda k: (-k.score, k.a, k.b))
    count: dict[str, int] = {}
    out = []
    for link in ranked:
        if count.get(link.a, 0) < per_sentence or count.get(link.b, 0) < per_sentence:
            out.append(link)
            count[link.a] = count.get(link.a, 0) + 1
            count[link.b] = count.get(link.b, 0) + 1
    return out


def group_observations(
    group: AlignedGroup,
    features: Mapping[str, SentenceFeatures],
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    roles: SlotRoles | None = None,
    text_of: Callable[[str], str] | None = None,
    extra: Sequence[Link] = (),
) -> list[Observation]:
    """Slot observations of a group's strongest links (see ``strongest_links`` and ``observe``).

    ``extra`` (``links.cross_links``' ``in_row``): pairs of the group that are each other's strongest
    counterparts though no link of the group joins them directly (the row chained them through a third
    sentence); those at least ``LinkTuning.row_counterpart_min`` alike are compared too, with the row's context.
    """
    compared = strongest_links([k for k in group.links if k.score >= TUNING.conflicts.link_min])
    direct = {frozenset((k.a, k.b)) for k in group.links}
    compared += [
        k for k in extra if k.score >= TUNING.links.row_counterpart_min and frozenset((k.a, k.b)) not in direct
    ]
    if not compared:
        return []  # most rows of a story hold no link strong enough: their contexts are not read
    by_article: dict[str, list[SentenceFeatures]] = {}
    for sid in group.sentences:
        by_article.setdefault(features[sid].article, []).append(features[sid])
    ctx = {art: context_keys(sents, entity_of, counted=True) for art, sents in by_article.items()}
    scores = {(k.a, k.b): k.judged for k in group.links} | {(k.b, k.a): k.judged for k in group.links}
    out = []
    for link in compared:
        a, b = features[link.a], features[link.b]
        ctx_a = _closer_dates(ctx[a.article], by_article[a.article], a, b, scores, link.judged)
        ctx_b = _closer_dates(ctx[b.article], by_article[b.article], b, a, scores, link.judged)
        out.extend(observe(a, b, link.judged, entity_of, entity_label, ctx_a, ctx_b, roles, text_of))
    return out


def _closer_dates(
    context: set[str],
    sentences: Sequence[SentenceFeatures],
    mine: SentenceFeatures,
    other: SentenceFeatures,
    scores: Mapping[tuple[str, str], float],
    weight: float,
) -> set[str]:
    """An article's row context for comparing ``mine`` with ``other``, less the dates only its sentences
    less like ``other`` than ``mine`` is state.

    A date stated elsewhere in the row has moved, not changed, when the sentence stating it is the
    other sentence's counterpart at least as much as ``mine`` ("stole coins in July" twice, and "in
    May" of another theft). A date only a sentence less like ``other`` states is another mention:
    ``mine``, the closer counterpart, is what states the other's fact, with a date of its own.
    A sentence with no link to ``other`` is less like it (it joined the row through another one).
    Only when each of the two sentences states one date: which of several dates answers which is
    the pairing's guess ("disputed on Monday" against "issued Friday, disputing Thursday's report").
    """
    if _dates_in(mine) != 1 or _dates_in(other) != 1:
        return context
    weaker, kept = set(), set()
    for s in sentences:
        dates = {
            k for span in s.spans if span.kind == "date" and span.vtype == "date" and span.key for k in value_keys(span)
        }
        score = scores.get((s.id, other.id))
        if s.id != mine.id and (score is None or score < weight):
            weaker |= dates
        else:
            kept |= dates
    return context - (weaker - kept)


def _dates_in(sentence: SentenceFeatures) -> int:
    """How many dates (not durations, not vague ones) a sentence states."""
    return len({span.key for span in sentence.spans if span.kind == "date" and span.vtype == "date" and span.key})
