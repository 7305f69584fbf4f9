"""Differences found through links between rows (``links``): filed under a row, judged on a link's stricter evidence.

Linked pairs are compared for conflicts like a group's links, on stricter
evidence: two rows are weaker evidence of one fact than one row, so a
difference found only through a link is a possible difference unless its
confidence reaches ``LinkTuning.conflict_min`` (or the row's cut, when the two
names qualify one entity alike, two dates date one act, or two numbers count one
thing one person did), and what a group already reports is not
reported again. A row's own difference also names the outlets whose sentence in
another row states one of its values through a compared link
(``carried_agreements``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from tuicompare.engine.conflictmerge import FoundConflict, merge_observations
from tuicompare.engine.features import Span
from tuicompare.engine.linkdates import one_dated_act, sentence_slots
from tuicompare.engine.observations import Observation, past_role
from tuicompare.engine.roles import offices
from tuicompare.engine.slotroles import SlotRoles
from tuicompare.engine.tuning import TUNING
from tuicompare.models import article_of

__all__ = ["carried_agreements", "link_conflicts"]


def _pair(o: Observation) -> tuple[str, str, str, str]:
    """The key ``conflictmerge.one_to_one`` gives a pairing of two names."""
    (x, _), (y, _) = o.spans
    return (x.article, o.left[1], y.article, o.right[1])


def _one_post(o: Observation, roles: SlotRoles) -> bool:
    """Whether two differing names surely fill one post: both qualify one entity in one relation (one
    senator's state), or both are qualified by one entity and hold one office ("Leeds Mayor Jo Poe",
    "Mayor Ann Roe of Leeds"; not two officials of one organisation, "its director", "its chief";
    not a post one of them held before, "former Mayor Jo Poe").
    """
    if o.kind != "conflict" or not o.qualifies:
        return False
    (x, _), (y, _) = o.spans
    if any(s.role_span is not None and past_role(s.role_span[2]) for s in (x, y)):
        return False
    if roles.anchor_roles.get(x, frozenset()) & roles.anchor_roles.get(y, frozenset()):
        return True
    return bool(offices(x.role) & offices(y.role))


def _where(span: Span) -> tuple[str, int, int]:
    return (span.sentence, span.start, span.end)


def _spans(conflict: FoundConflict) -> list[set[tuple[str, int, int]]]:
    return [{(s.sentence, s.start, s.end) for s, *_ in v.spans} for v in conflict.values]


def link_conflicts(
    observations: Sequence[tuple[int, int, Observation]],
    article_order: Mapping[str, int],
    reported: Sequence[FoundConflict],
    accepted: set[tuple[str, str, str, str]] | None = None,
    roles: SlotRoles | None = None,
) -> list[tuple[int, FoundConflict]]:
    """Differences found through links, each with the row it is filed under (its pair's first row).

    Only conflicts and possible differences are kept (a respelling is the entity
    sheet's and the groups' business); one below ``LinkTuning.conflict_min`` is
    a possible difference, and one whose values two of ``reported`` values
    already hold is left out. ``accepted`` (``conflictmerge.one_to_one``) keeps the
    name pairings that may conflict, as in groups; with ``roles``, two names that
    fill one post (``_one_post``) are judged by the row's cut.
    """
    by_rows: dict[tuple[int, int], list[Observation]] = {}
    for ra, rb, o in observations:
        if accepted is not None and o.kind == "conflict" and o.left[0] == "name" and _pair(o) not in accepted:
            continue
        by_rows.setdefault((ra, rb), []).append(o)
    known = [_spans(c) for c in reported]
    # Two names that qualify one entity alike ("Sen. Roe of Maine", "Sen. Roe of Vermont") fill one role
    # whichever sentences they sit in: such a difference is judged by a row's cut, not a link's.
    anchored = [
        ({_where(o.spans[0][0])}, {_where(o.spans[1][0])})
        for _ra, _rb, o in observations
        if roles is not None and _one_post(o, roles)
    ]
    # Two dates of one act, each its sentence's one date, fill one role whichever rows they sit in too.
    if roles is not None and TUNING.conflicts.link_dated_act_as_row:
        dated = [o for _ra, _rb, o in observations if o.kind == "conflict" and o.type == "date"]
        if dated:
            slots = sentence_slots(roles)
            anchored += [
                ({_where(o.spans[0][0])}, {_where(o.spans[1][0])}) for o in dated if one_dated_act(o, roles, slots)
            ]
    # One person's counts of one thing, each of one act (``doercounts.mark_doer_counts``): that person's one tally.
    anchored += [({_where(o.spans[0][0])}, {_where(o.spans[1][0])}) for _ra, _rb, o in observations if o.row_cut]
    out: list[tuple[int, FoundConflict]] = []
    for (ra, _rb), found in sorted(by_rows.items()):
        for conflict in merge_observations(found, article_order):
            if conflict.kind not in ("conflict", "possible"):
                continue
            mine = _spans(conflict)
            if any(sum(1 for v in mine if any(v & k for k in theirs)) >= 2 for theirs in known):
                continue
            if conflict.confidence < TUNING.links.report_min:
                continue
            one_role = TUNING.links.anchored_as_row and any(
                sum(1 for v in mine if v & x or v & y) >= 2 for x, y in anchored
            )
            if conflict.kind == "conflict" and conflict.confidence < TUNING.links.conflict_min and not one_role:
                conflict = dataclasses.replace(conflict, kind="possible")
            out.append((ra, conflict))
            known.append(mine)
    return out


def carried_agreements(
    observations: Sequence[tuple[int, int, Observation]], rows: Sequence[Sequence[str]], row_of: Mapping[str, int]
) -> dict[int, list[Observation]]:
    """Each row's agreements through links from outlets the row lacks: another row's sentence stating its value.

    An outlet may fold a fact into a sentence that lines up with a neighbour of the sentence another
    outlet gives it ("... advances, including the capture of X" beside "Earlier, Y spoke of the capture
    of Z"): the rows are a partition, so that sentence sits in another row, and only a compared link
    (``links.link_observations``) joins it to the row's own sentence stating X. Given to the row's merge
    (``conflictmerge.merge_observations``), such an agreement names the outlet among the holders of that
    value when the row reports a difference over it, and adds nothing when it does not (an agreement
    alone is no difference). Only for an outlet with no sentence in the row: one that has one speaks
    through it (its other sentence may name the value for another fact, "X, a town in Y").
    """
    articles = [{article_of(sid) for sid in row} for row in rows]
    out: dict[int, list[Observation]] = {}
    for ra, rb, o in observations:
        if o.kind != "agree" or ra == rb:
            continue
        for span, _text in o.spans:
            other = rb if row_of[span.sentence] == ra else ra
            if span.article not in articles[other]:
                out.setdefault(other, []).append(o)
    return out
