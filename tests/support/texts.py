"""Short texts written for the engine tests, compared as one story with the real spaCy model."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import SentenceFeatures, Span, article_features
from tuicompare.engine.groupobservations import group_observations
from tuicompare.engine.linkconflicts import link_conflicts
from tuicompare.engine.links import link_observations
from tuicompare.engine.observations import Observation
from tuicompare.engine.slotroles import SlotRoles, slot_roles
from tuicompare.models import Article, Comparison

#: A lead sentence stating two facts that SPLIT states in two sentences far apart (the links tests).
LEAD = " ".join(
    [
        "The Rivermouth harbour authority approved a $40 million plan on Tuesday to deepen the northern channel,"
        " and its chairwoman Ingrid Salo said dredging would begin in March.",
        "Local fishermen warned that the work would drive cod away from the bay for a generation.",
        "Container traffic through the port has doubled since 2015, according to the authority.",
        "A ferry operator said its timetable would not change.",
        "The town's mayor welcomed the decision in a brief statement.",
    ]
)
#: The same story told without a lead: LEAD's two facts are its first sentence and one appended by each test.
SPLIT = [
    "The harbour board of Rivermouth voted on Tuesday to spend $40 million on deepening the channel to the north.",
    "Fishing crews fear the cod will leave the bay for decades once the dredgers arrive.",
    "Since 2015 the number of containers handled at the port has doubled.",
    "Tourism officials hope that larger cruise ships will call at the town.",
    "The old lighthouse on the breakwater will be repainted this summer.",
    "A school near the quay will get new windows to keep out the noise.",
    "Residents can comment on the plan at the library until the end of the month.",
    "An environmental survey of the seabed was published last year.",
]


#: A sentence of another matter appended to short test articles, so each is long enough to be compared.
NEUTRAL_TAIL = "\n\nThe council will meet again next month to review the budget for the harbour district."


#: A council story's first outlet, its second sentence left to fill (``str.format``) with a person's sentence: the
#: renamed-person tests (``test_renamed_people``, ``test_renamed_in_one_fact``) tell one person two ways in it.
HARBOUR_BUDGET = (
    "The harbour authority approved a new budget for the northern docks on Tuesday after months of debate.",
    "{}",
    "The plan moves money from the ferry service to repairs of the old sea wall.",
)


#: The council story's second and third outlets, each with one sentence left to fill: the renamed-person tests
#: (``test_renamed_people``, ``test_renamed_one_person``, ``test_renamed_offices``) compare the three as one story.
HARBOUR_SECOND = (
    "After a long fight, the harbour authority passed its budget for the northern docks on Tuesday.",
    "Money for the ferry service will instead pay for repairs to the crumbling sea wall.",
    "{}",
)
HARBOUR_THIRD = (
    "Repairs to the old sea wall will be paid for with money taken from the ferry service.",
    "{}",
    "The harbour authority voted for the new budget for the northern docks on Tuesday.",
)


#: The harbour engineer as two outlets name her, for ``compare_harbour``'s first and second sentences.
HARBOUR_ENGINEER = "Engineer Laura Bennett warned in March that the wall could fall in a winter storm."
HARBOUR_INSPECTED = "The wall could collapse in a bad storm, said Laura Bennett, an engineer who inspected it."


def compare_filled(outlets: Sequence[Sequence[str]], fills: Sequence[str]) -> Comparison:
    """Outlets' sentences, each outlet's ``{}`` filled with its sentence of ``fills``, compared as one story."""
    return compare_texts(*(" ".join(o).format(f) for o, f in zip(outlets, fills, strict=True)))


def compare_harbour(first: str, second: str, third: str) -> Comparison:
    """The council story of three outlets (``HARBOUR_BUDGET``, ``HARBOUR_SECOND``, ``HARBOUR_THIRD``) with one
    person's sentence in each, compared as one story."""
    return compare_filled((HARBOUR_BUDGET, HARBOUR_SECOND, HARBOUR_THIRD), (first, second, third))


class StoryReadings(NamedTuple):
    """What the engine reads of a story before comparing it (``story_readings``)."""

    features: dict[str, SentenceFeatures]
    entity_of: dict[Span, int]
    labels: list[str]
    roles: SlotRoles


def compare_texts(*texts: str, tail: str = "") -> Comparison:
    """Compare ``texts`` (articles ``a0``, ``a1``, ...) as one story, each followed by ``tail``."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text + tail) for n, text in enumerate(texts)]
    return compare(articles, nlp.analyze(articles), stories=[[a.id for a in articles]])


def sentence_with(comparison: Comparison, article: str, words: str) -> str:
    """The id of the first sentence of ``article`` that holds ``words``."""
    return next(s.id for a in comparison.analyses if a.article == article for s in a.sentences if words in s.text)


def grouped_together(comparison: Comparison, first: str, second: str) -> bool:
    """True when the sentence holding ``first`` (article a0) and the one holding ``second`` (a1) share a group."""
    a, b = sentence_with(comparison, "a0", first), sentence_with(comparison, "a1", second)
    return any(a in g.sentences and b in g.sentences for g in comparison.groups)


def linked(comparison: Comparison, first: str, second: str) -> bool:
    """True when the sentence holding ``first`` (article a0) and the one holding ``second`` (a1) are linked rows."""
    a, b = sentence_with(comparison, "a0", first), sentence_with(comparison, "a1", second)
    return any({k.a, k.b} == {a, b} for k in comparison.links)


def differences(comparison: Comparison) -> list[tuple[str, tuple[str, ...]]]:
    """Each conflict or possible difference as its tier and its values' texts."""
    return [
        (c.kind, tuple(v.text for v in c.values)) for c in comparison.conflicts if c.kind in ("conflict", "possible")
    ]


def difference_sets(comparison: Comparison) -> list[tuple[str, set[str]]]:
    """Each conflict or possible difference as its tier and the set of its values' texts (their order aside)."""
    return [(kind, set(values)) for kind, values in differences(comparison)]


def named(comparison: Comparison, kind: str) -> list[set[str]]:
    """The differences of one tier (``"conflict"`` or ``"possible"``), each as the set of its values' texts."""
    return [values for tier, values in difference_sets(comparison) if tier == kind]


def reported(comparison: Comparison, name: str) -> bool:
    """True when a conflict or a possible difference gives ``name`` as one of its values."""
    return any(name in values for tier in ("conflict", "possible") for values in named(comparison, tier))


def tier_values(comparison: Comparison, kind: str) -> set[frozenset[str]]:
    """The differences of one tier (``"conflict"``, ``"possible"``...), each as the set of its values' texts."""
    return {frozenset(v.text for v in c.values) for c in comparison.conflicts if c.kind == kind}


def red_and_possible(*texts: str) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    """Compare short texts as one story (``NEUTRAL_TAIL`` after each): its red conflicts and possible differences."""
    comparison = compare_texts(*texts, tail=NEUTRAL_TAIL)
    return tier_values(comparison, "conflict"), tier_values(comparison, "possible")


def story_readings(texts: Sequence[str], published: date) -> StoryReadings:
    """``texts`` (articles ``a0``, ``a1``, ...) analysed with the real model and read as the engine reads a
    story: features dated by ``published``, entities resolved, slot roles."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate(texts)]
    analyses = nlp.analyze(articles)
    feats = {a.id: article_features(an, published) for a, an in zip(articles, analyses, strict=True)}
    flat = {f.id: f for fs in feats.values() for f in fs}
    spans = [s for fs in feats.values() for f in fs for s in f.spans]
    resolved = resolve(spans)
    entity_of: dict[Span, int] = {s: k for k, e in enumerate(resolved) for s in e.spans}
    labels = [e.label for e in resolved]
    roles = slot_roles(spans, {s.id: s for an in analyses for s in an.sentences}, entity_of, labels)
    return StoryReadings(flat, entity_of, labels, roles)


def row_observations(
    texts: Sequence[str], published: date, group: AlignedGroup, extra: tuple[Link, ...] = ()
) -> list[Observation]:
    """What ``group_observations`` finds in one given row of ``texts`` (``story_readings``), with ``extra``
    links besides its own."""
    r = story_readings(texts, published)
    return group_observations(group, r.features, r.entity_of, r.labels, r.roles, extra=extra)


def weak_link_differences(texts: tuple[str, str], published: date, score: float) -> set[frozenset[str]]:
    """The values the one link ``a0:0`` - ``a1:0`` of similarity ``score`` finds different, the two sentences
    in rows 0 and 1 (``story_readings``)."""
    r = story_readings(texts, published)
    links = [Link("a0:0", "a1:0", score)]
    rows, row_of = [["a0:0"], ["a1:0"]], {"a0:0": 0, "a1:0": 1}
    found = link_observations(links, r.features, rows, row_of, r.entity_of, r.labels, r.roles)
    return {frozenset((o.spans[0][1], o.spans[1][1])) for *_rows, o in found if o.kind in ("conflict", "possible")}


def through_link(first: str, second: str, score: float = 0.4) -> dict[frozenset[str], str]:
    """The differences one link of similarity ``score`` between two one-sentence articles reports, by values
    (their texts), each with its tier ("conflict", "possible"); the articles are dated 10 May 2024."""
    r = story_readings((first, second), date(2024, 5, 10))
    rows, row_of = [["a0:0"], ["a1:0"]], {"a0:0": 0, "a1:0": 1}
    found = link_observations([Link("a0:0", "a1:0", score)], r.features, rows, row_of, r.entity_of, r.labels, r.roles)
    reported = link_conflicts(found, {"a0": 0, "a1": 1}, [], None, r.roles)
    return {frozenset(v.text for v in c.values): c.kind for _row, c in reported}


def kind_of(found: dict[frozenset[str], str], *parts: str) -> str:
    """The tier of the difference in ``found`` (``through_link``) whose values hold all of ``parts`` ("" if none)."""
    for values, kind in found.items():
        if all(any(part in v for v in values) for part in parts):
            return kind
    return ""
