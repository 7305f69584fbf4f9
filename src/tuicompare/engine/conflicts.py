"""Observe the aligned sentences of a group: the first stage of finding conflicts and variants.

Each link of a group (two sentences of different articles) has its slots paired (see ``slots``), and each pair is
compared (``observations``) only when the two values may fill one role of one fact (``slotroles``: two values that
qualify two different entities never do; a shared verb, or one entity both qualify, is evidence that they do). A
pair of names of two different entities is a conflict, of one entity spelled differently a variant; numbers, dates,
durations and unit designations conflict when their normalised values differ; a person described by disjoint roles
is a role conflict. Every difference carries a confidence (``evidence``): below ``TUNING.conflicts.report_min`` it
is not reported. A value that the other article also states in the same group is not a conflict (it moved, not
changed; a date only when a sentence at least as like the other one states it, ``_closer_dates``), and a detail only
one source gives has no pair at all. The observations are then paired one to one and merged into conflicts by
``conflictmerge``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tuicompare.engine.actobjects import objects_apart
from tuicompare.engine.clockreadings import two_clock_readings
from tuicompare.engine.conjoinedacts import conjoined_act
from tuicompare.engine.context import SPEECH
from tuicompare.engine.conversions import restated as restated_sums
from tuicompare.engine.datekinds import bound_against_day
from tuicompare.engine.doercounts import one_holder
from tuicompare.engine.durationacts import duration_unit, lengths_of_two_states
from tuicompare.engine.eventclauses import EventClauses
from tuicompare.engine.evidence import (
    REPORTING,
    approximate,
    negations,
    role_confidence,
    same_frame,
    slot_confidence,
    tells_a_wish,
    two_scenes,
)
from tuicompare.engine.factsapart import told_of_two_facts
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.figureholders import homes_at_two_grains, named_together, titled, two_holders
from tuicompare.engine.figurepeople import unsure_holders
from tuicompare.engine.homestates import places_of_person
from tuicompare.engine.lifedates import one_dated_event
from tuicompare.engine.listedcounts import one_count
from tuicompare.engine.lowerbounds import two_lower_bounds
from tuicompare.engine.names import same_given_name
from tuicompare.engine.observations import Observation, just_under, name_pair, negation, value_pair
from tuicompare.engine.outcomes import DIFFERENT as TWO_ACTS
from tuicompare.engine.outcomes import NEUTRAL, ActClasses
from tuicompare.engine.participants import apart, other_people
from tuicompare.engine.placelevels import kin as place_kin
from tuicompare.engine.placewhere import one_where
from tuicompare.engine.prospects import post_to_come
from tuicompare.engine.quotes import share_a_quote, speakers_apart, strangers, two_statements
from tuicompare.engine.relations import ages_two_ways, beyond_hedge
from tuicompare.engine.renamedplaces import renamed_place
from tuicompare.engine.reportedacts import statement_against_act
from tuicompare.engine.roles import MANY_HOLD, offices
from tuicompare.engine.slotroles import DIFFERENT, SAME, SlotRoles, anchored_alike, fact_relation, owned_alike
from tuicompare.engine.slots import one_change, paired_slots
from tuicompare.engine.soledates import rare_names, sole_dates
from tuicompare.engine.solesums import sole_sums
from tuicompare.engine.tuning import TUNING
from tuicompare.engine.valuesapart import values_of_two_facts
from tuicompare.engine.verbclasses import acts_apart, one_act

__all__ = [
    "Observation",
    "observe",
]


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

    if len(a.seq) >= tuning.one_change_words and a.seq == b.seq and one_change(a.spans, b.spans, same):
        # The same words but for one value ("He was 77." against "He was 54."): one statement told with
        # another value, as sentences linked at ``link_full`` are, however weakly so short a pair links.
        weight = max(weight, tuning.link_full)

    restated = restated_sums(a, b)

    def family(span: Span) -> str:
        # Names pair within their entity's type (people with people); spaCy mixes up places and the rest: one family.
        if span.kind == "name":
            known = entity_of.get(span)
            label = entity_label[known] if known is not None else "name"
            return label if label in ("person", "group") else "name"
        # A number pairs with a number of the same things ("3 years" never with "13 months"),
        # a duration with one in the same unit ("35 days" never with "three weeks").
        if span.vtype == "duration" and span.key:
            # "a 23-year-old" is an age, as the "37" of "Jo Roe, 37," is: one family, compared as ages.
            return "number:age" if duration_unit(span) == "year-old" else f"duration:{duration_unit(span)}"
        # "$US1 million ($1.52 million)": the conversion pairs only with another conversion (``conversions``).
        tag = ":converted" if span in restated else ""
        return f"{span.vtype}:{span.unit}{tag}" if span.kind == "number" and span.unit else span.vtype

    # An entity is looked up once per question (``.get``): a span's hash is a Python call, asked for every pair.
    def same_type(x: Span, y: Span) -> bool:
        ex, ey = (entity_of.get(x), entity_of.get(y)) if x.kind == "name" else (None, None)
        return ex is None or ey is None or entity_label[ex] == entity_label[ey]

    def counted(x: Span, y: Span) -> bool:
        # "two turkeys" and "five turkeys": numbers of one thing (money and shares are of everything);
        # "for 35 days" and "for 46 days": two lengths of time in one unit.
        if x.vtype == y.vtype == "duration" and x.key and y.key:
            return duration_unit(x) == duration_unit(y)
        return x.kind == "number" and x.unit == y.unit and x.unit not in ("", "money", "%")

    one_roles: dict[tuple[Span, Span], bool] = {}  # asked when a pair is scored, and again when it is observed
    events = EventClauses(entity_of)  # the clauses of ``a`` and ``b``, read once for all their value pairs
    outcomes = ActClasses()  # the outcome class of each value's act ("killed", "hurt"), read once per value

    def two_acts(x: Span, y: Span) -> bool:
        # One verb acting on two things ("signed a bill" / "an order"; "resigned from the board" / "from the
        # company": ``actobjects``): two acts. Two verbs say nothing so ("delivered a speech", "set forth a vision").
        things = roles.objects
        if x not in things or y not in things or frames.get(x) != frames.get(y):
            return objects_apart(a, b, x, y, frames.get(x, ""), frames.get(y, ""))
        return not set(things[x].split()) & set(things[y].split())  # "title belts" and "titles": one thing

    def one_role(x: Span, y: Span) -> bool:
        known = one_roles.get((x, y))
        if known is None:
            # A name fills a verb's role only as its argument: "Ann Roe, the aide to Jo Poe, wrote" has
            # Roe write, not Poe. A value hangs from its verb through the nouns it qualifies.
            verbs = roles.argument if x.kind == "name" else frames
            known = one_roles[x, y] = counted(x, y) or (
                same_frame(verbs.get(x, ""), verbs.get(y, "")) or fact_relation(x, y, roles, same_type(x, y)) == SAME
            )
            known = one_roles[x, y] = known or one_where(a, b, x, y, labelled, home_places)  # "filed suit in Akron"
        return known

    def people(x: Span, y: Span) -> bool:
        return is_person(x) and is_person(y)

    def bonus(x: Span, y: Span) -> float:
        # Two people given one office ("spokeswoman Ann Roe", "Jo Poe, a spokeswoman") fill one role too,
        # and so do two names of one given name ("Ann Roe", "Ann Poe": a surname changed or misspelt).
        # Not a rank a body has many holders of ("Highway Patrol Officer Roe" and "Officer Poe": two officers).
        # Most names have no role, and then no office: ``offices`` is not asked (twice for every pair of slots).
        titled = x.kind == "name" and bool(x.role and y.role and offices(x.role) & offices(y.role) - MANY_HOLD)
        given = x.kind == "name" and x.key is not None and y.key is not None and people(x, y)
        given = given and same_given_name(x.key or "", y.key or "")
        return tuning.frame_bonus * (bool(titled or one_role(x, y)) + given * tuning.given_name_share)

    def labelled(span: Span, label: str) -> bool:
        known = entity_of.get(span)
        return known is not None and entity_label[known] == label

    def is_person(span: Span) -> bool:
        return (known := entity_of.get(span)) is not None and entity_label[known] == "person"  # ``labelled``, inline

    # "Sen. Ann Roe of Vermont": a state that says whose a person is, not where the sentence's act happens.
    # Read when a slot's kin is first asked (the slots left after the pairing of equal values, most pairs none).
    homes: set[Span] | None = None

    def home_places() -> set[Span]:
        nonlocal homes
        if homes is None:
            homes = {s for side in (a, b) for s in places_of_person(side, is_person)}
        return homes

    def kin(span: Span) -> str:
        # A country pairs with the one other country left, a US state with the state, a city with the city
        # ("thefts in France" against "robberies in Spain"), however many firms and streets the sentences name.
        known = entity_of.get(span) if span.kind == "name" and span not in home_places() else None
        if known is None or entity_label[known] != "place":
            return ""
        return place_kin(span)

    out: list[Observation] = []
    pairing = (tuning.min_context, bonus, tuning.claim_min, frames, tuning.actor_context, roles.argument, kin)
    pairs = list(paired_slots(a, b, same, family, *pairing))  # who does what: ``slothosts.done_by_others``
    if not pairs:  # no slot pairs: of all read below, only the negations (which read no slot) are left
        return list(negations(a, b, weight, text_of, negation)) if text_of is not None else out
    # What someone wants told on both sides ("is seeking", "hoping he could attract"): one wish, comparable.
    both_wish = tells_a_wish(a) and tells_a_wish(b)
    # The same words quoted on both sides: one statement, however loosely the rest of the sentences agree.
    statement = weight >= tuning.link_full or (text_of is not None and share_a_quote(text_of(a.id), text_of(b.id)))
    # Values the two sentences share ("AARP", "$5 billion") say they report one event: the one date
    # left on each side is then that event's date, however differently the words around it run.
    alike = [x for x, y, _c in pairs if same(x, y)]
    shared = tuning.shared_value_context * len(alike)
    sole = (tuning.sole_date_shared, rare_names(entity_of, tuning.sole_date_rare_share))  # ``soledates``

    # Each sentence set in a place the other article never names: figures of two events (``two_scenes``);
    # not when both name one person and share another slot besides (the participants of one act).
    one_scene = len(alike) >= tuning.one_scene_shared and any(is_person(x) for x in alike)
    scenes = not one_scene and two_scenes(a, b, pairs, entity_of, entity_label, roles.named)
    # The people each sentence names, and those who act in it (an argument of a verb): when each side's
    # actors are people the other side never names, the sentences tell of two people's acts ("Roe,
    # campaigning in Denver on Sunday" against "Poe, campaigning in Ohio on Friday").
    persons = [{s for s in side.spans if is_person(s)} for side in (a, b)]
    named = [{entity_of[s] for s in found} for found in persons]
    acting = [{entity_of[s] for s in found if roles.argument.get(s)} for found in persons]

    def actors(sentence: SentenceFeatures, verb: str) -> set[int]:
        return {entity_of[s] for s in sentence.spans if s in entity_of and verb and roles.argument.get(s, "") == verb}

    def _dates_of_two_acts(x: Span, y: Span) -> bool:
        # Asked only of two dates or places that are no red difference: the verbs each hangs from are read
        # against classes of general English, and an entity acting in both says the acts are one.
        verbs = (frames.get(x, ""), frames.get(y, ""))
        things = (roles.objects.get(x, ""), roles.objects.get(y, ""))
        return acts_apart(*verbs, things, bool(actors(a, verbs[0]) & actors(b, verbs[1])))

    for x, y, context in pairs:
        if x.kind != "name" and not same(x, y):
            context = max(context, shared, tuning.sole_date_context * sole_dates(a, b, x, y, pairs, same, *sole))
            # "X posted the video on Tuesday" against "the video was released Saturday by X": one entity is an argument
            # of each value's verb, so the values are of one act (not two of speech: "X said Monday", "X said Friday").
            verbs = (frames.get(x, ""), frames.get(y, ""))
            if x.kind == "date" and not set(verbs) <= SPEECH and actors(a, verbs[0]) & actors(b, verbs[1]):
                context = max(context, tuning.actor_context)
        # A slot paired only because it was the last of its family needs a strong link.
        anchored = context >= tuning.min_context or weight >= tuning.elimination_link_min
        if (
            (x.kind != y.kind and not ages_two_ways(x, y))
            or x.key is None
            or y.key is None
            or (scenes and x.kind != "name")
        ):
            continue
        if values_of_two_facts(a, b, x, y, frames, entity_of, events):
            continue  # read in the sentences: values of two facts, never paired (``valuesapart``)
        if weight < tuning.link_full and two_clock_readings(a, b, x, y):
            continue  # "with 29 seconds remaining" against "with 17 seconds left": two moments (``clockreadings``)
        acts = outcomes.relation(a, x, b, y) if x.kind != "name" or labelled(x, "place") else ""
        if acts == TWO_ACTS:
            continue  # "killed four workers" against "seven workers were hurt": two acts' counts (``outcomes``)
        # "..., Sheriff Ann Roe said" against "..., Undersheriff Jo Poe said" in sentences alike
        # enough to be one quote: the statement is given to another official.
        quoted = statement and frames.get(x, "") in SPEECH and frames.get(y, "") in SPEECH
        # Each sentence quoting its own words, or loosely linked speakers with no name in common: two statements,
        # whose speakers fill no one role (``quotes``; the texts are read last, for the few pairs of two speakers).
        quoted_apart = x.kind == "name" and not statement and speakers_apart(x, y, frames, entity_of, roles.named)
        strange = quoted_apart and weight < tuning.link_full and strangers(a, b, x, y, entity_of)
        if strange or (quoted_apart and text_of is not None and two_statements(text_of(a.id), text_of(b.id))):
            continue  # "“It takes time,” Poe said" against "“We were the best partner,” Roe said"
        titles = not statement and titled(x, y)  # "catcher Jo Poe" / "fielder Al Doe": two people (``figureholders``)
        two_people = not same(x, y) and (fact_relation(x, y, roles, same_type(x, y)) == DIFFERENT or titles)
        if two_people and not (quoted and people(x, y)):
            continue
        if x.kind != "name" and two_holders(a, b, x, y, entity_of, entity_label, roles.named):
            continue  # "she had worked there 15 years" against "Dorsey, who worked beside her, 37 years"
        if (
            x.kind == "name"
            and not statement
            and frames.get(x, "") in REPORTING
            and frames.get(y, "") in REPORTING
            and named_together(a, b, x, y, entity_of, entity_label, roles.named)
        ):
            continue  # two sources, each of his own report, one article names both (``figureholders``)
        lists = (roles.listed.get(x, 1), roles.listed.get(y, 1))
        if x.kind == "name" and not same(x, y) and min(lists) > 1 and lists[0] != lists[1]:
            continue  # lists of different lengths ("X, Y and Z" against "X and W"): an omission, not a change
        # "found the hiker Sunday" / "the hiker was discovered Monday": two verbs of one act (``verbclasses.one_act``;
        # "walked in Friday and shot a man" / "a shooting Tuesday": the verbs "and" joins, ``conjoinedacts``), "the
        # shootings happened Monday" / "the shooting took place Thursday": one event noun (``soledates``), "Roe died in
        # 2004" / "Roe, who died in 2006" (``lifedates``): two dates (or places) fill one role, however loosely.
        dated_or_placed = x.vtype == y.vtype == "date" or (labelled(x, "place") and labelled(y, "place"))
        acted = dated_or_placed and not one_role(x, y)
        acted = acted and (one_act(frames.get(x, ""), frames.get(y, "")) or conjoined_act(a, b, x, y, frames))
        acted = acted or one_dated_event(a, b, x, y, frames, (entity_of, entity_label), tuning.one_noun_dates)
        # One article's place where every other article names another (``renamedplaces``): one fact's place.
        renamed = dated_or_placed and x.vtype != "date" and renamed_place(x, y, entity_of, entity_label, roles.named)
        anchored = anchored or acted or renamed
        evidence = (weight, context, frames.get(x, ""), frames.get(y, ""), x, y, one_role(x, y))
        # Names qualifying one entity alike ("Ohio Gov."), numbers it owns alike, a doer's counts, a side's records.
        one_entity = same_type(x, y) and anchored_alike(x, y, roles) if x.kind == "name" else owned_alike(x, y, roles)
        one_entity = one_entity or one_holder(a, b, x, y, roles, (entity_of, entity_label), same_type(x, y))
        # A hedge does not soften figures beyond any rounding in agreeing words (``beyond_hedge``, read below).
        rounded = not (context >= tuning.min_context and beyond_hedge(x, y))
        # Two names speaking or writing one quoted statement: its source, one role of one fact.
        speakers = statement and frames.get(x, "") in REPORTING and frames.get(y, "") in REPORTING
        lone = tuning.sole_sums and sole_sums(a, b, x, y, one_role(x, y))  # "repay the $50,000" / "the $84,000"
        told = (one_entity or lone, both_wish, speakers, acted)
        confidence = sure = max(_confidence(evidence, rounded, told), tuning.possible_below * renamed)
        # "He has five touchdowns" against "his surge leaves him with 26": whose? Not when one verb holds both ("the
        # gunman killed 12", "the shooter killed 15"), nor for a date ("was arrested Tuesday", "arrested Roe Friday").
        unsure = (
            x.kind == "number" and weight < tuning.link_full and not same_frame(frames.get(x, ""), frames.get(y, ""))
        )
        two_facts = told_of_two_facts(a, b, x, y, frames, weight < tuning.link_full)  # ``factsapart``
        # "killed at least seven" against "at least six" under a strong link: both true of one toll (``lowerbounds``)
        two_facts = two_facts or (weight < tuning.elimination_link_min and two_lower_bounds(x, y))
        if two_facts and weight < tuning.link_full:
            # Loosely linked sentences: two facts, not one told two ways (audit false possibles: the break-in's year
            # against the resignation's, a quake's figure against an earlier quake's, points needed against scored).
            continue
        at_most_possible = (
            two_facts
            or (
                x.vtype == y.vtype == "duration" and lengths_of_two_states(a, b, x, y, frames)
            )  # "in a coma for a week"
            or (x.vtype == y.vtype == "date" and bound_against_day(a, b, x, y))  # "Beginning April 29" against "Today"
            or (x.vtype == y.vtype == "date" and statement_against_act(a, b, x, y, frames))  # "said Friday that it hit"
            or (x.kind == "name" and homes_at_two_grains(x, y, roles, entity_of, entity_label))  # "of Queens"
            or (unsure and unsure_holders(a, b, x, y, entity_of, entity_label))
            # "a bill signed by Poe on March 11" against "Poe signed an order on January 30": likely two acts,
            # but outlets name one thing two ways ("filed a lawsuit", "filed a challenge"): at most possible.
            or two_acts(x, y)
            or acts == NEUTRAL  # "killed four", "four were involved"
        )
        if at_most_possible:
            confidence = min(confidence, just_under(tuning.possible_below))
        # Whether the two slots hold one fact: when the words around them agree, a value's own doubt
        # ("about $600 million from the Treasury" against "$560 million from the Treasury") is not
        # counted here; it makes a possible difference, not none ("$420 million" is too far for any rounding:
        # ``relations.beyond_hedge``). Only an approximate value has a doubt of its own, worked out once.
        hedged = context < tuning.min_context
        doubt = hedged != rounded and (approximate(x) or approximate(y))
        one_fact = _confidence(evidence, hedged, told) if doubt else sure
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
                promised=bool(x.role and y.role) and (post_to_come(a, x) or post_to_come(b, y)),  # "As mayor, X will"
            )
        elif x.vtype == y.vtype or ages_two_ways(x, y):
            people_one = one_count(a, x, b, y, outcomes)  # "two people were killed", "killing five women"
            found = value_pair(x, y, weight, context_a, context_b, anchored, people_one, (a, b))
        else:
            found = []
        if x.kind == "name" and entity_label[entity_of[x]] != entity_label[entity_of[y]]:
            confidence *= tuning.label_factor  # a place against an organisation: rarely one slot
            one_fact *= tuning.label_factor
        differs = not shared and not one_entity and any(o.kind in ("conflict", "possible") for o in found)
        differs = differs and weight < tuning.link_full  # sentences this alike state one fact, whoever they name
        if differs and apart(a, b, x, y, entity_of, entity_label):
            confidence *= tuning.participants_factor  # two participants' facts (``participants``): possible
        if not (statement and x.kind != "name") and other_people(a, b, x, y, acting, named, entity_of):
            confidence *= tuning.other_people_factor  # possible; a shared quote's figure is one statement's
        # "revoked the rule today" against "allowed it on Dec. 16": days of two acts (``verbclasses``), not
        # a possible difference; nor "found dead in Kendal" against "appeared in Carlisle Crown Court", the
        # places of two acts. A red pair keeps the evidence that made it red.
        two_days = dated_or_placed and weight < tuning.link_full and confidence < tuning.possible_below
        if one_fact < tuning.report_min or (two_days and _dates_of_two_acts(x, y)):
            # Too unsure that the slots hold one fact (most are two facts); agreements still count.
            found = [o for o in found if o.kind not in ("conflict", "possible") or o.type == "role"]
        # Two names qualifying one entity alike ("Ohio Gov. Jo Poe", "Iowa Gov. Jo Poe") are one slot (``one_to_one``).
        qualifies = x.kind == "name" and not same(x, y) and fact_relation(x, y, roles, same_type(x, y)) == SAME
        for o in found:
            o.confidence *= role_confidence(weight) if o.type == "role" else confidence
            o.qualifies = qualifies
            o.one_statement = speakers and x.kind == "name"
        out.extend(found)
    if text_of is not None:
        out.extend(negations(a, b, weight, text_of, negation))
    return out


def _confidence(evidence: tuple, hedged: bool, told: tuple[bool, bool, bool, bool]) -> float:
    """``slot_confidence`` of a pair's evidence, with what the sentences tell (anchored, wish, one statement, act)."""
    anchored, both_wish, one_statement, act = told
    return slot_confidence(
        *evidence, hedged=hedged, anchored=anchored, both_wish=both_wish, one_statement=one_statement, one_act=act
    )
