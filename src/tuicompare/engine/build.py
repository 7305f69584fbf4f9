"""Assemble a ``Comparison`` from the engine's stages, story by story, with deterministic ids."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from tuicompare.engine.align import Link, align
from tuicompare.engine.assemble import assemble
from tuicompare.engine.attrcompare import compare_attributes
from tuicompare.engine.claims import claim_text, is_checkable, stances
from tuicompare.engine.clustering import cluster_bags
from tuicompare.engine.conflictmerge import accepted_conflicts, one_to_one
from tuicompare.engine.containment import contained, story_holds
from tuicompare.engine.cutnames import cut_names, name_starts
from tuicompare.engine.doers import other_doers
from tuicompare.engine.elsewhere import article_keys, stated_elsewhere, told_together
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.filing import Collector, add_attribute, add_conflict, add_office
from tuicompare.engine.groupobservations import group_observations
from tuicompare.engine.heldroles import held_together, roles_given
from tuicompare.engine.holders import office_conflicts
from tuicompare.engine.homestates import home_state_conflicts
from tuicompare.engine.kept import kept_features, kept_terms, kept_weights
from tuicompare.engine.linkconflicts import carried_agreements, link_conflicts
from tuicompare.engine.links import SentenceKeys, cross_links, link_observations
from tuicompare.engine.listed import listed_people
from tuicompare.engine.namefacts import one_fact_names
from tuicompare.engine.observations import Observation, just_under
from tuicompare.engine.peopledoubt import doubtful_people, naming_articles
from tuicompare.engine.placelevels import body_places, place_levels
from tuicompare.engine.provisional import provisional
from tuicompare.engine.published import publication_date
from tuicompare.engine.samereferent import same_referent
from tuicompare.engine.scopes import other_stretches
from tuicompare.engine.slotroles import slot_roles
from tuicompare.engine.surnames import surname_conflicts
from tuicompare.engine.termparts import other_terms, stated_terms
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.windows import count_windows
from tuicompare.errors import Cancelled
from tuicompare.lazy import OnFirstLookup
from tuicompare.models import (
    Analysis,
    Article,
    Claim,
    Comparison,
    Entity,
    Group,
    LoadWarning,
    Mention,
    Sentence,
    SentenceLink,
    Story,
)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("comparison cancelled")


def build_comparison(
    articles: Sequence[Article],
    analyses: Sequence[Analysis],
    *,
    warnings: Sequence[LoadWarning] = (),
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    stories: Sequence[Sequence[str]] | None = None,
) -> Comparison:
    """See ``tuicompare.engine.compare``."""
    by_id = {a.article: a for a in analyses}
    ordered = [by_id[a.id] for a in articles if a.id in by_id]
    published = {a.id: publication_date(a.date) for a in articles}
    # Kept with each analysis: a comparison of the same analyses again reads no sentence again.
    features = {a.article: kept_features(a, published.get(a.article)) for a in ordered}
    sentences = {s.id: s for a in ordered for s in a.sentences}
    flat: dict[str, SentenceFeatures] = {f.id: f for feats in features.values() for f in feats}
    order = {a.article: n for n, a in enumerate(ordered)}
    if stories is None:
        clusters = story_clusters(ordered, articles, published)
    else:
        clusters = [[aid for aid in story if aid in features] for story in stories]
        clusters = [c for c in clusters if c]
    parts = []
    for n, members in enumerate(clusters, 1):
        _check(cancelled)
        parts.append(_part(members, features, flat, sentences, order))
        if progress is not None:
            progress(n, len(clusters))
    return assemble(articles, ordered, parts, warnings=warnings, furniture=_furniture(ordered, flat))


def compare_story(
    articles: Sequence[Article], analyses: Sequence[Analysis], *, corpus_order: Sequence[str] | None = None
) -> Comparison:
    """Compare the articles of one story, with local ids ("s1", "g1", "e1", "c1", "k1").

    ``assemble.place`` gives the result its ids in a corpus; ``assemble.assemble``
    of every story's part equals ``compare`` over the corpus with the same stories.

    Args:
        articles: The story's articles, in the story's order.
        analyses: Their analyses (matched by article id; articles without one are left out).
        corpus_order: Article ids in corpus order, when it differs from the story's
            order (a story grouped by hand): conflict values are ordered by it.

    Returns:
        A comparison holding one story, its groups, entities, conflicts, claims and
        its articles' news furniture, without articles or analyses.
    """
    by_id = {a.article: a for a in analyses}
    ordered = [by_id[a.id] for a in articles if a.id in by_id]
    features = {a.article: kept_features(a, publication_date(x.date)) for x, a in _paired(articles, by_id)}
    sentences = {s.id: s for a in ordered for s in a.sentences}
    flat: dict[str, SentenceFeatures] = {f.id: f for feats in features.values() for f in feats}
    rank = {aid: n for n, aid in enumerate(corpus_order or [a.article for a in ordered])}
    order = {a.article: rank.get(a.article, len(rank)) for a in ordered}
    members = [a.article for a in ordered]
    part = _part(members, features, flat, sentences, order)
    return dataclasses.replace(part, furniture=_furniture(ordered, flat))


def story_clusters(
    ordered: Sequence[Analysis], articles: Sequence[Article], published: Mapping[str, date | None]
) -> list[list[str]]:
    """``clustering.cluster_stories`` of the analysed articles, from each one's kept bag of terms (``kept.kept_terms``).

    Args:
        ordered: The analyses, in corpus order.
        articles: The articles (their headlines and dates as given).
        published: Article id -> publication date, as the features were read with.
    """
    given = {a.id: a for a in articles}
    bags = {a.article: kept_terms(a, published.get(a.article), title=given[a.article].title) for a in ordered}
    weights = {a.article: kept_weights(a, published.get(a.article), title=given[a.article].title) for a in ordered}
    return cluster_bags(bags, dates={a.id: a.date for a in articles}, weights=weights)


def _paired(articles: Sequence[Article], by_id: Mapping[str, Analysis]) -> list[tuple[Article, Analysis]]:
    return [(a, by_id[a.id]) for a in articles if a.id in by_id]


def _part(
    members: Sequence[str],
    features: Mapping[str, Sequence[SentenceFeatures]],
    flat: Mapping[str, SentenceFeatures],
    sentences: Mapping[str, Sentence],
    order: Mapping[str, int],
) -> Comparison:
    """One story compared with local ids (its furniture left to the caller)."""
    out = Collector()
    _story("s1", members, features, flat, sentences, order, out)
    return Comparison(
        articles=(),
        analyses=(),
        stories=tuple(out.stories),
        groups=tuple(out.groups),
        entities=tuple(out.entities),
        conflicts=tuple(out.conflicts),
        claims=tuple(out.claims),
        attributes=tuple(out.attributes),
        links=tuple(out.links),
    )


def _furniture(analyses: Sequence[Analysis], flat: dict[str, SentenceFeatures]) -> tuple[Mention, ...]:
    """The news furniture of every sentence, in corpus order, as mentions to show dimmed."""
    return tuple(
        Mention(s.id, s.between(a, b), a, b)
        for analysis in analyses
        for s in analysis.sentences
        for a, b in flat[s.id].furniture_ranges
    )


def _story(
    sid: str,
    members: Sequence[str],
    features: Mapping[str, Sequence[SentenceFeatures]],
    flat: Mapping[str, SentenceFeatures],
    sentences: Mapping[str, Sentence],
    order: Mapping[str, int],
    out: Collector,
) -> None:
    texts = {x.id: sentences[x.id].text for f in members for x in features[f]}

    def text_of(sentence_id: str) -> str:
        return texts.get(sentence_id, "")

    out.stories.append(Story(sid, tuple(members)))
    story_features = {art: features[art] for art in members}
    spans = [span for art in members for f in features[art] for span in f.spans]
    resolved = resolve(spans, text_of)
    entity_of: dict[Span, int] = {}
    entity_ids = []
    for k, entity in enumerate(resolved):
        entity_ids.append(f"e{len(out.entities) + 1}")
        out.entities.append(
            Entity(
                f"e{len(out.entities) + 1}",
                entity.label,
                entity.name,
                tuple(Mention(s.sentence, s.text, s.start, s.end) for s in entity.spans),
            )
        )
        entity_of.update((s, k) for s in entity.spans)
    alignment = align(story_features, entity_of)
    aligned = alignment.groups
    row_of = {s: n for n, g in enumerate(aligned) for s in g.sentences}
    active = {art: [f for f in story_features[art] if f.active] for art in members}
    in_row: list[Link] = []
    people = {k for k, e in enumerate(resolved) if e.label == "person"}
    # No two articles with sentences to align (a story of one article): no link joins two sentences, so there is
    # nothing to observe, and the readings only observations use (values, slot roles, terms) are not made.
    paired = any(a and b for a, b, _sim in alignment.pairs)
    sentence_keys = SentenceKeys(active, entity_of, people) if paired else None
    ranked = cross_links(alignment, sentence_keys, row_of, in_row) if sentence_keys else []
    row_extra: dict[int, list[Link]] = {}
    for pair in in_row:
        row_extra.setdefault(row_of[pair.a], []).append(pair)
    out.links.extend(SentenceLink(sid, k.a, k.b, k.score) for k, _rank in ranked)
    compared = [k for k, rank in ranked if rank < TUNING.links.compared_per_article]
    labels = [e.label for e in resolved]
    forms = {str(k): e.keys for k, e in enumerate(resolved)}  # each entity's written forms, as observations name it
    named_by = {str(k): naming_articles(e.spans) for k, e in enumerate(resolved) if e.label == "person"}
    bodies = frozenset(key for e in resolved if e.label != "person" for key in e.keys)
    roles = slot_roles(spans, sentences, entity_of, labels, flat) if paired else None
    frames = roles.frame if roles is not None else {}
    # Roles the story gives one person at once ("coach and general manager").
    given = roles_given(spans, entity_of) if paired else {}
    # Each group's observations, read once: for the one-to-one pairing of names and for its conflicts.
    keys = article_keys(story_features, entity_of) if paired else {}
    told = told_together(story_features, texts) if paired else frozenset()  # figures a sentence tells revised
    terms = stated_terms(story_features, frames) if paired else {}  # the lengths of a term each article states
    written = {art: "\n".join([texts[f.id] for f in features[art]]) for art in members}
    # What the story says holds what ("Banstead, Surrey"): read over every article's text, so only once a place
    # difference asks.
    held_by = OnFirstLookup(lambda: story_holds(written.values()))
    # The opening runs of the story's names, read once a name difference asks ("Los Angeles" and "Angels").
    starts = OnFirstLookup(lambda: name_starts(x for sents in story_features.values() for x in sents))

    def judged(found: Sequence[Observation], cut: float) -> list[Observation]:
        if not found:
            return []
        # Differences the whole story explains: values each article states, names cut, nested places, two doers.
        named = other_terms(stated_elsewhere(found, keys, written, cut, told), terms, flat, frames)
        named = provisional(named, sentences, cut)  # "a preliminary magnitude of 4.4" against "4.2": maybe revised
        named = doubtful_people(
            same_referent(cut_names(named, flat, starts), flat, forms, bodies), cut, forms, named_by
        )
        named = held_together(named, given)
        named = contained(place_levels(body_places(named, text_of), cut), held_by, sentences, cut)
        named = listed_people(named, flat, cut)
        named = other_stretches(count_windows(named, sentences, flat, cut), sentences, cut, flat)
        return other_doers(named, sentences, flat, entity_of, keys, written, cut, labels)

    per_group = [
        judged(
            group_observations(g, flat, entity_of, labels, roles, text_of, row_extra.get(n, ())),
            TUNING.conflicts.possible_below,
        )
        for n, g in enumerate(aligned)
    ]
    observations = [o for found in per_group for o in found]
    rows = [g.sentences for g in aligned]
    referents = sentence_keys.referents if sentence_keys else {}
    linked = link_observations(compared, flat, rows, row_of, entity_of, labels, roles, referents)
    # One person's counts of one thing through a link are judged by a row's cut (``linkconflicts``): so are their
    # demotions. One the story explains (a count over a window) is an ordinary link's difference again: possible.
    as_row = [o for *_r, o in linked if o.row_cut]
    kept = {
        id(o)
        for o in judged([o for *_r, o in linked if not o.row_cut], TUNING.links.conflict_min)
        if o.kind != "variant"
    }
    sure = {id(o): o.confidence for o in as_row}
    for o in judged(as_row, TUNING.conflicts.possible_below):
        if o.confidence < sure[id(o)]:
            o.confidence, o.row_cut = min(sure[id(o)], just_under(TUNING.links.conflict_min)), False
        if o.kind != "variant":
            kept.add(id(o))
    linked = [found for found in linked if id(found[-1]) in kept]
    mentions: dict[str, set[str]] = {}
    for span, number in entity_of.items():
        mentions.setdefault(span.article, set()).add(str(number))
    accepted = one_to_one(observations, mentions)
    accepted_linked = one_to_one(observations + [o for *_r, o in linked], mentions)
    reported = []
    article_of = {s: flat[s].article for g in aligned for s in g.sentences}
    first_conflict = len(out.conflicts)
    group_of: dict[str, str] = {}
    carried = carried_agreements(linked, rows, row_of)
    for n, (group, seen) in enumerate(zip(aligned, per_group, strict=True)):
        gid = f"g{len(out.groups) + 1}"
        out.groups.append(Group(gid, sid, group.sentences, group.score))
        group_of.update((s, gid) for s in group.sentences)
        found = accepted_conflicts(seen, order, accepted) if len(group.links) else []
        reported.extend(found)
        # A linked sentence of another row stating one of this row's values names its outlet among the holders
        # shown, and so may change which value leads; the links' differences read the row's own sentences, the
        # stances the conflicts shown, so that no article contradicts a claim over a difference it is shown to win.
        held = accepted_conflicts([*seen, *carried[n]], order, accepted) if found and n in carried else found
        # Too unsure to show (``shown_min``), yet still known to the links and the stances.
        shown = [c for c in held if c.kind != "possible" or c.confidence >= TUNING.conflicts.shown_min]
        ids = [add_conflict(conflict, gid, out) for conflict in shown]
        if not is_checkable(group, flat):
            continue
        stance_of = stances(group, members, held, article_of, flat, entity_of)
        out.claims.append(
            Claim(
                f"k{len(out.claims) + 1}",
                claim_text(group, flat, texts, stance_of),
                gid,
                sid,
                stance_of,
                tuple(ids),
            )
        )
    first_group = len(out.groups) - len(aligned)
    for n, conflict in link_conflicts(linked, order, reported, accepted_linked, roles):
        add_conflict(conflict, f"g{first_group + n + 1}", out)
    story_sentences = {s: sentences[s] for s in texts}
    for row in compare_attributes(resolved, story_sentences, members):
        add_attribute(row, sid, entity_ids, group_of, out, first_conflict)
    if len(members) < 2:
        return  # the conflicts below are between articles: a story of one article has none
    # Last, so that an entity-sheet row is never filed under a conflict of names it does not hold.
    for conflict in office_conflicts(spans, entity_of, labels, order):
        add_office(conflict, group_of, out, first_conflict)

    def together(a: str, b: str) -> bool:
        return row_of.get(a, -1) == row_of.get(b, -2)

    # No slot roles: no two articles were paired, so no two names share a fact (``one_fact`` is never asked).
    one_fact = (
        one_fact_names((k for k, _rank in ranked), roles, entity_of, labels, len(texts), spans)
        if roles is not None
        else None
    )
    for conflict in surname_conflicts(spans, entity_of, labels, order, members, together, sentences, one_fact):
        add_office(conflict, group_of, out, first_conflict)
    for conflict in home_state_conflicts(spans, entity_of, labels, sentences, order):
        add_office(conflict, group_of, out, first_conflict)
