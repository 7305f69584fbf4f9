"""Find conflicts and variants between the aligned sentences of a group.

Each link of a group (two sentences of different articles) has its slots
paired (see ``slots``), and each pair is compared (``observations``) only
when the two values may fill one role of one fact (``slotroles``: two
values that qualify two different entities never do; a shared verb, or one
entity both qualify, is evidence that they do). A pair of names of two
different entities is a conflict, of one entity spelled differently a
variant; numbers, dates, durations and unit designations conflict when
their normalised values differ; a person described by disjoint roles is a
role conflict. Every difference carries a confidence (``evidence``): below
``TUNING.conflicts.report_min`` it is not reported, below ``possible_below``
it is a possible difference. A value that the other article also states in
the same group is not a conflict (it moved, not changed), and a detail only
one source gives has no pair at all. Pairs of names are also kept
one-to-one per pair of articles (the strongest pairing of a name wins), so
a weak alignment cannot pair a name with a second value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.context import SPEECH
from tuicompare.engine.dsu import DisjointSet
from tuicompare.engine.evidence import negations, role_confidence, same_frame, slot_confidence, two_scenes
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.names import same_given_name
from tuicompare.engine.observations import Observation, name_pair, negation, value_keys, value_pair
from tuicompare.engine.participants import apart, other_people
from tuicompare.engine.roles import offices
from tuicompare.engine.slotroles import DIFFERENT, SAME, SlotRoles, anchored_alike, fact_relation
from tuicompare.engine.slots import paired_slots
from tuicompare.engine.tuning import TUNING

__all__ = [
    "FoundConflict",
    "FoundValue",
    "Observation",
    "accepted_conflicts",
    "group_observations",
    "observe",
]


@dataclass(frozen=True, slots=True)
class FoundValue:
    """One value of a found conflict, with its supporting mentions."""

    text: str
    spans: tuple[tuple[Span, str, int, int], ...]  # (span, text, start, end)


@dataclass(frozen=True, slots=True)
class FoundConflict:
    """A conflict or variant found in a group, before ids are assigned."""

    kind: str
    type: str
    values: tuple[FoundValue, ...]
    confidence: float = 1.0


def observe(
    a: SentenceFeatures,
    b: SentenceFeatures,
    weight: float,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    context_a: set[str],
    context_b: set[str],
    roles: SlotRoles | None = None,
    text_of: Callable[[str], str] | None = None,
) -> list[Observation]:
    """Slot observations of one link.

    ``context_*`` are the value keys of each side's group sentences; ``roles``
    gives the verb each slot depends on and what it qualifies (``slotroles``),
    ``text_of`` a sentence's text (for negations); both optional. Two slots
    that qualify two different things (the ages of two people) state two
    facts: they are never compared.
    """
    tuning = TUNING.conflicts
    roles = roles or SlotRoles()
    frames = roles.frame

    def same(x: Span, y: Span) -> bool:
        if x.kind == "name":
            known = entity_of.get(x)
            return known is not None and known == entity_of.get(y)
        return x.key is not None and x.key == y.key

    def family(span: Span) -> str:
        # Names pair within the voted type of their entity (people with people); places,
        # organisations and other names share one family, as spaCy mixes them up.
        if span.kind == "name":
            label = entity_label[entity_of[span]] if span in entity_of else "name"
            return label if label in ("person", "group") else "name"
        # A number pairs with a number of the same things ("3 years" never with "13 months"),
        # a duration with one in the same unit ("35 days" never with "three weeks").
        if span.vtype == "duration" and span.key:
            return f"duration:{measure(span)}"
        return f"{span.vtype}:{span.unit}" if span.kind == "number" and span.unit else span.vtype

    def same_type(x: Span, y: Span) -> bool:
        if x.kind != "name" or x not in entity_of or y not in entity_of:
            return True
        return entity_label[entity_of[x]] == entity_label[entity_of[y]]

    def counted(x: Span, y: Span) -> bool:
        # "two turkeys" and "five turkeys": numbers of one thing (money and shares are of everything);
        # "for 35 days" and "for 46 days": two lengths of time in one unit.
        if x.vtype == y.vtype == "duration" and x.key and y.key:
            return measure(x) == measure(y)
        return x.kind == "number" and x.unit == y.unit and x.unit not in ("", "money", "%")

    one_roles: dict[tuple[Span, Span], bool] = {}  # asked when a pair is scored, and again when it is observed

    def one_role(x: Span, y: Span) -> bool:
        if (x, y) not in one_roles:
            # A name fills a verb's role only as its argument: "Ann Roe, the aide to Jo Poe, wrote" has
            # Roe write, not Poe. A value hangs from its verb through the nouns it qualifies.
            verbs = roles.argument if x.kind == "name" else frames
            one_roles[x, y] = counted(x, y) or (
                same_frame(verbs.get(x, ""), verbs.get(y, "")) or fact_relation(x, y, roles, same_type(x, y)) == SAME
            )
        return one_roles[x, y]

    def people(x: Span, y: Span) -> bool:
        return (
            x in entity_of and y in entity_of and entity_label[entity_of[x]] == entity_label[entity_of[y]] == "person"
        )

    def bonus(x: Span, y: Span) -> float:
        # Two people given one office ("spokeswoman Ann Roe", "Jo Poe, a spokeswoman") fill one role too,
        # and so do two names of one given name ("Ann Roe", "Ann Poe": a surname changed or misspelt).
        titled = x.kind == "name" and bool(offices(x.role) & offices(y.role))
        given = x.kind == "name" and x.key is not None and y.key is not None and people(x, y)
        given = given and same_given_name(x.key or "", y.key or "")
        return tuning.frame_bonus * (bool(titled or one_role(x, y)) + given * tuning.given_name_share)

    out = []
    pairing = (tuning.min_context, bonus, tuning.claim_min, frames, tuning.actor_context, roles.argument)
    pairs = list(paired_slots(a, b, same, family, *pairing))  # who does what: ``slots._done_by_others``
    # Values the two sentences share ("AARP", "$5 billion") say they report one event: the one date
    # left on each side is then that event's date, however differently the words around it run.
    shared = tuning.shared_value_context * sum(1 for x, y, _c in pairs if same(x, y))

    # Each sentence set in a place the other article never names: figures of two events (``two_scenes``).
    scenes = two_scenes(a, b, pairs, entity_of, entity_label, roles.named)
    # The people each sentence names, and those who act in it (an argument of a verb): when each side's
    # actors are people the other side never names, the sentences tell of two people's acts ("Roe,
    # campaigning in Denver on Sunday" against "Poe, campaigning in Ohio on Friday").
    persons = [{s for s in side.spans if s in entity_of and entity_label[entity_of[s]] == "person"} for side in (a, b)]
    named = [{entity_of[s] for s in found} for found in persons]
    acting = [{entity_of[s] for s in found if roles.argument.get(s)} for found in persons]

    def actors(sentence: SentenceFeatures, verb: str) -> set[int]:
        return {entity_of[s] for s in sentence.spans if s in entity_of and verb and roles.argument.get(s, "") == verb}

    for x, y, context in pairs:
        if x.kind != "name" and not same(x, y):
            context = max(context, shared)
            # "X posted the video on Tuesday" against "the video was released Saturday by X": one
            # entity is an argument of the verb each value hangs from, so the values are of one act
            # (not when both verbs are of speech: "X said Monday", "X said Friday" are two statements).
            verbs = (frames.get(x, ""), frames.get(y, ""))
            if x.kind == "date" and not set(verbs) <= SPEECH and actors(a, verbs[0]) & actors(b, verbs[1]):
                context = max(context, tuning.actor_context)
        # A slot paired only because it was the last of its family needs a strong link.
        anchored = context >= tuning.min_context or weight >= tuning.elimination_link_min
        if x.kind != y.kind or x.key is None or y.key is None or (scenes and x.kind != "name"):
            continue
        # "..., Sheriff Ann Roe said" against "..., Undersheriff Jo Poe said" in sentences alike
        # enough to be one quote: the statement is given to another official.
        quoted = weight >= tuning.link_full and frames.get(x, "") in SPEECH and frames.get(y, "") in SPEECH
        two_people = not same(x, y) and fact_relation(x, y, roles, same_type(x, y)) == DIFFERENT
        if two_people and not (quoted and people(x, y)):
            continue
        lists = (roles.listed.get(x, 1), roles.listed.get(y, 1))
        if x.kind == "name" and not same(x, y) and min(lists) > 1 and lists[0] != lists[1]:
            continue  # lists of different lengths ("X, Y and Z" against "X and W"): an omission, not a change
        evidence = (weight, context, frames.get(x, ""), frames.get(y, ""), x, y, one_role(x, y))
        one_entity = x.kind == "name" and same_type(x, y) and anchored_alike(x, y, roles)
        confidence = slot_confidence(*evidence, anchored=one_entity)
        # Whether the two slots hold one fact: when the words around them agree, a value's own doubt
        # ("about $600 million from the Treasury" against "$420 million from the Treasury") is not
        # counted here; it makes a possible difference, not none.
        one_fact = slot_confidence(*evidence, hedged=context < tuning.min_context, anchored=one_entity)
        if x.kind == "name":
            found = name_pair(
                x,
                y,
                weight,
                entity_of,
                entity_label,
                context_a,
                context_b,
                anchored,
                quoted=quoted,
                two_people=two_people,
            )
        elif x.vtype == y.vtype:
            found = value_pair(x, y, weight, context_a, context_b, anchored)
        else:
            found = []
        if x.kind == "name" and entity_label[entity_of[x]] != entity_label[entity_of[y]]:
            confidence *= tuning.label_factor  # a place against an organisation: rarely one slot
            one_fact *= tuning.label_factor
        differs = not shared and not one_entity and any(o.kind in ("conflict", "possible") for o in found)
        differs = differs and weight < tuning.link_full  # sentences this alike state one fact, whoever they name
        if differs and apart(a, b, x, y, entity_of, entity_label):
            confidence *= tuning.participants_factor  # two participants' facts (``participants``): possible
        if other_people(a, b, x, y, acting, named, entity_of):
            confidence *= tuning.other_people_factor  # listed as a possible difference, not dropped
        if one_fact < tuning.report_min:
            # Too unsure that the two slots hold one fact: most such pairs are two facts in loosely
            # aligned sentences. Agreements still count (they support the values).
            found = [o for o in found if o.kind not in ("conflict", "possible") or o.type == "role"]
        # Two names qualifying one entity alike ("Ohio Gov. Jo Poe", "Iowa Gov. Jo Poe") are one slot
        # even when the other name is paired elsewhere (see ``one_to_one``).
        qualifies = x.kind == "name" and not same(x, y) and fact_relation(x, y, roles, same_type(x, y)) == SAME
        for o in found:
            o.confidence *= role_confidence(weight) if o.type == "role" else confidence
            o.qualifies = qualifies
        out.extend(found)
    if text_of is not None:
        out.extend(negations(a, b, weight, text_of, negation))
    return out


def measure(span: Span) -> str:
    """The unit of a duration's key ("day" of "35 day", ``>2 month``'s "month")."""
    return (span.key or "").partition(" ")[2]


def context_keys(sentences: Sequence[SentenceFeatures], entity_of: Mapping[Span, int]) -> set[str]:
    """Entity and value keys stated by some sentences (used to spot moved values)."""
    out = set()
    for s in sentences:
        for span in s.spans:
            if span.kind == "name" and span in entity_of:
                out.add(f"e{entity_of[span]}")
            elif span.key:
                out.update(value_keys(span))
    return out


def accepted_conflicts(
    observations: Sequence[Observation],
    article_order: Mapping[str, int],
    accepted: set[tuple[str, str, str, str]] | None = None,
) -> list[FoundConflict]:
    """``merge_observations`` of the observations whose name pairing ``accepted`` keeps (``one_to_one``)."""
    if accepted is not None:
        observations = [
            o for o in observations if o.kind != "conflict" or o.left[0] != "name" or _pair_key(o) in accepted
        ]
    return merge_observations(observations, article_order)


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
) -> list[Observation]:
    """Slot observations of a group's strongest links (see ``strongest_links`` and ``observe``)."""
    by_article: dict[str, list[SentenceFeatures]] = {}
    for sid in group.sentences:
        by_article.setdefault(features[sid].article, []).append(features[sid])
    ctx = {art: context_keys(sents, entity_of) for art, sents in by_article.items()}
    out = []
    for link in strongest_links([k for k in group.links if k.score >= TUNING.conflicts.link_min]):
        a, b = features[link.a], features[link.b]
        out.extend(observe(a, b, link.score, entity_of, entity_label, ctx[a.article], ctx[b.article], roles, text_of))
    return out


def _pair_key(o: Observation) -> tuple[str, str, str, str]:
    (x, _), (y, _) = o.spans
    return (x.article, o.left[1], y.article, o.right[1])


def one_to_one(
    observations: Sequence[Observation], mentions: Mapping[str, set[str]] | None = None
) -> set[tuple[str, str, str, str]]:
    """Keep, per pair of articles, the strongest pairing of each name (greedy by weight).

    A person one article never names anywhere (``mentions``: article -> the
    entity ids it names) keeps its strongest pairing even when the other name
    of the pair is taken: "Jim Poe resigned" against "Ann Roe resigned", where
    the first article names Roe elsewhere but the second never names Poe, is a
    change of name, not a reordering.
    """
    mentions = mentions or {}
    total: dict[tuple[str, str, str, str], float] = {}
    people: set[tuple[str, str, str, str]] = set()
    qualified: set[tuple[str, str, str, str]] = set()
    for o in observations:
        if o.left[0] in ("name", "variant") and o.type != "role":
            key = _pair_key(o)
            total[key] = total.get(key, 0.0) + o.weight
            if o.type == "person":
                people.add(key)
            if o.qualifies and o.kind == "conflict":
                qualified.add(key)
    taken: set[tuple[str, str, str]] = set()
    accepted = set()
    for key in sorted(total, key=lambda k: (-total[k], k)):
        art_a, ent_a, art_b, ent_b = key
        left, right = (art_a, art_b, "L" + ent_a), (art_a, art_b, "R" + ent_b)
        if left not in taken and right not in taken:
            taken.update({left, right})
            accepted.add(key)
        elif key in qualified and ent_a != ent_b:
            accepted.add(key)  # "Iowa Gov. Jo Poe" against "Ohio Gov. Jo Poe", Ohio named elsewhere too
        elif key not in people or ent_a == ent_b:
            continue  # places and organisations: a region for its city, a house for its state
        elif left not in taken and ent_a not in mentions.get(art_b, {ent_a}):
            taken.add(left)
            accepted.add(key)
        elif right not in taken and ent_b not in mentions.get(art_a, {ent_b}):
            taken.add(right)
            accepted.add(key)
    return accepted


def merge_observations(observations: Sequence[Observation], article_order: Mapping[str, int]) -> list[FoundConflict]:
    """Merge the observations of a group into conflicts: one per connected set of values."""
    dsu: DisjointSet[tuple[str, ...]] = DisjointSet()
    support: dict[tuple[str, ...], dict[tuple, tuple[Span, str]]] = {}
    kinds: dict[tuple[str, ...], tuple[str, str]] = {}
    confidence: dict[tuple[str, ...], float] = {}
    for o in observations:
        for node, (span, text) in ((o.left, o.spans[0]), (o.right, o.spans[1])):
            support.setdefault(node, {})[(span.sentence, span.start, span.end)] = (span, text)
            kinds.setdefault(node, ("conflict" if o.kind == "agree" else o.kind, o.type))
        if o.kind != "agree":
            dsu.union(o.left, o.right)
            kinds[o.left] = kinds[o.right] = (o.kind, o.type)
            for node in (o.left, o.right):
                confidence[node] = max(confidence.get(node, 0.0), o.confidence)
        else:
            dsu.add(o.left)
    out = []
    for nodes in dsu.groups():
        if len(nodes) < 2:
            continue
        values = []
        for node in nodes:
            spans = sorted(support[node].values(), key=lambda st: (article_order[st[0].article], st[0].start))
            values.append((len({s.article for s, _ in spans}), -article_order[spans[0][0].article], spans))
        values.sort(key=lambda v: (-v[0], -v[1]))
        kind, ctype = kinds[nodes[0]]
        found = tuple(
            FoundValue(_display(spans), tuple((s, t, *_bounds(s, t)) for s, t in spans)) for _n, _o, spans in values
        )
        # The best evidence of any differing pair is the conflict's confidence.
        sure = max((confidence.get(n, 0.0) for n in nodes), default=0.0)
        if kind == "conflict" and sure < TUNING.conflicts.possible_below:
            kind = "possible"
        out.append(FoundConflict(kind, ctype, found, round(sure, 4) if kind != "variant" else 1.0))
    return out


def _display(spans: Sequence[tuple[Span, str]]) -> str:
    texts = [t for _s, t in spans]
    return max(sorted(set(texts)), key=lambda t: (texts.count(t), len(t)))


def _bounds(span: Span, text: str) -> tuple[int, int]:
    if span.role_span and text == span.role_span[2]:
        return span.role_span[0], span.role_span[1]
    return span.start, span.end
