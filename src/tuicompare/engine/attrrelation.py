"""How two articles' values of one attribute of an entity relate: the rules of the entity sheet.

``attrcompare`` builds the sheet and asks ``relate`` of each pair of articles
that give an attribute; the relations are the tiers of sentence conflicts:

- ``same`` / ``variant``: one value, spelled alike or not ("Rep." and
  "Representative", "R" and "Republican", two spellings of one place);
- ``compatible``: both can be true: a place and the place that contains it
  when some article of the story says so ("Ashby, a village in Kent"), one role
  worded two ways ("brigade commander", "commander of the brigade"), a generic
  role ("official") beside a specific one, an employer and a longer form of it
  or the initials of its head's title ("DA", "X County District Attorney's Office"),
  a profession and a post of one body ("attorney", "program director"),
  the head of a body and its chief executive, an officer and the police
  spokesman, a city and its country, "in her 50s" and "52";
- ``conflict``: another age, another role of one kind (``attrexclusive``), two
  different named places, another party or nationality; ``possible`` when the
  evidence is weak (see ``EntityTuning``) or when both may be true but the texts
  do not say so: ages a year apart, a place and another of a different level or kind
  (a sea and a land: "in the Gulf", "Iranian"), two employers of two different posts,
  two roles not shown to exclude each other ("comedian", "host"), a count qualified on one side
  only, a bare place or a body named by initials opening with the other's ("UNRWA", "United
  Nations") as employer, two records of one fighter ("12-3", "14-3": one may be before a
  bout), two districts of one region.

Two articles agree on an attribute when some value of one agrees with some
value of the other (a person holds several roles at once).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tuicompare.engine.attrages import aged_between, dated_alike, then_younger
from tuicompare.engine.attrcollect import Value, role_head, value_words
from tuicompare.engine.attrcount import results_apart
from tuicompare.engine.attrexclusive import bare_place, count_qualifiers, exclusive, expertise, held_in
from tuicompare.engine.attrnation import one_national_body
from tuicompare.engine.attrparse import Finding
from tuicompare.engine.attrsame import (
    abbreviates,
    body,
    clerical,
    grade,
    initials_open,
    initials_within,
    known_place,
    leads,
    levels_apart,
    member_grade,
    part_of_body,
    plays_in,
    posted_apart,
    shown_words,
    spelled_out,
    written_apart,
)
from tuicompare.engine.bodyforms import parts_of_one_name
from tuicompare.engine.containment import held_in_story
from tuicompare.engine.gazetteer import nested, relation
from tuicompare.engine.placekinds import part_of, water
from tuicompare.engine.rolekinds import generic_role, member_role, office_role, related_roles
from tuicompare.engine.rolenouns import BODY_NOUNS
from tuicompare.engine.roles import GENERIC, compatible, derived, opposed, role_words
from tuicompare.engine.spans import name_key
from tuicompare.engine.tuning import TUNING
from tuicompare.models import article_of

__all__ = ["RANK", "STATUSES", "StoryFacts", "employers_related", "relate"]

#: Statuses from best to worst agreement; an attribute takes the worst over its article pairs.
STATUSES = ("same", "variant", "compatible", "possible", "conflict")
#: Each status's place in ``STATUSES``: the lower, the better the agreement.
RANK = {s: n for n, s in enumerate(STATUSES)}


@dataclass(frozen=True, slots=True)
class StoryFacts:
    """What comparing two values needs to know of the story.

    Attributes:
        inside: For each entity, the keys of the places the text says contain it.
        containers: The keys of every place the text says holds another entity than the one compared.
        places: The name words of the story's places ("essex"), which name bodies of different employers.
        employers: The employers each article gives the entity compared, by article.
        people: The keys of the story's people as values ("e3"): a person served is no company.
        now: The roles and employers some article says the entity holds now, after others ("now an assistant
            coach with the Hawks").
        bodies: The written forms (normalised keys) of each entity of the story that is no person.
        employed: How the employers of two articles relate (``employers_related``), by pair of articles: asked by
            the employer row and by every pair of the two articles' roles, each answer reads every rule of
            ``relate``. A pure reading of the fields above, kept with them.
    """

    inside: Mapping[int, set[str]]
    containers: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    employers: Mapping[str, Value] = field(default_factory=dict)
    people: frozenset[str] = frozenset()
    now: frozenset[str] = frozenset()
    bodies: tuple[frozenset[str], ...] = ()
    employed: dict[tuple[str, str], tuple[str, float]] = field(default_factory=dict, compare=False, repr=False)


def _relation(
    name: str, ka: str, fa: list[Finding], kb: str, fb: list[Finding], story: StoryFacts
) -> tuple[str, float]:
    """How two values of one attribute relate, and how sure a difference is."""
    tuning = TUNING.entities
    sure = min(max(f.confidence for f in fa), max(f.confidence for f in fb))
    if name == "role" and ka == kb and posted_apart(fa, fb):
        return "possible", sure * tuning.role_factor  # "Moscow correspondent", "Kyiv correspondent" of one paper
    if ka == kb:
        texts = {name_key(f.text) for f in fa} | {name_key(f.text) for f in fb}
        if len(texts) == 1:
            return "same", 1.0
        if name == "role":
            words_a = {frozenset(role_words(f.words)) for f in fa}
            words_b = {frozenset(role_words(f.words)) for f in fb}
            if {name_key(f.posted) for f in fa} != {name_key(f.posted) for f in fb}:
                return "compatible", 1.0  # "Moscow correspondent" says where the "correspondent" is posted
            # a variant says the same words ("Sen.", "Senator"); "Director" beside "public safety director",
            # whose body the first gave the employer's row, says less
            shown_a, shown_b = {shown_words(f) for f in fa}, {shown_words(f) for f in fb}
            return ("variant" if words_a & words_b and shown_a & shown_b else "compatible"), 1.0
        return "variant", 1.0
    if name in ("role", "employer") and any(f.past for f in fa + fb):
        return "compatible", 1.0  # a former role or employer says nothing against a present one
    if name in ("role", "employer") and {ka, kb} & story.now:
        return "compatible", 1.0  # "now an assistant coach with X" (any article): the other post may be an earlier one
    if name == "role":
        head = {id(f): role_head(f) for f in fa + fb}  # each role's canonical head, read once for all the pairs
        if any(generic_role(f) or member_role(f, story.bodies) for f in fa + fb) or any(
            head[id(x)] == head[id(y)]
            # by the canonical heads: "chief executive officer" and "chief financial officer" both end in "officer"
            or (
                compatible([head[id(x)]], [head[id(y)]])
                and not ({x.head, y.head} & GENERIC)
                and not opposed(x.words, y.words)
            )
            or related_roles(x, y)
            or related_roles(y, x)
            or derived(x.words, y.words)
            or derived(y.words, x.words)
            or leads(head[id(x)], head[id(y)])  # "Acme head", "chief executive": whoever leads it is called either
            or clerical(x.head, y.head)  # "the Rev. X", "the pastor": the clergy's style and one of its offices
            or plays_in(head[id(x)], head[id(y)])  # "offensive lineman", "tackle"
            or (member_grade(x) and grade(y))  # "police officer", "Inspector": every grade is an officer's
            or (member_grade(y) and grade(x))
            for x in fa
            for y in fb
        ):
            return "compatible", 1.0
        factor = tuning.role_factor
        if not all(office_role(f) for f in fa + fb):
            factor *= tuning.description_factor
        graded = [(x, y) for x in fa for y in fb if _graded(x) != _graded(y)]
        if any(body(x) & body(y) for x, y in graded) or (graded and _one_body(fa, fb, story)):
            return "compatible", 1.0  # "Police Inspector" and "Police spokesman": a grade and a post of one body
        learned = [(x, y) for x in fa for y in fb if expertise(head[id(x)]) != expertise(head[id(y)])]
        learned = [(x, y) for x, y in learned if not opposed(x.words, y.words)]  # a defense attorney, a prosecutor
        if learned and _one_body(fa, fb, story):
            return (
                "compatible",
                1.0,
            )  # "a professor at X", "an X economist": a field of knowledge and a post of one body
        if graded:
            factor *= tuning.grade_factor  # "Inspector" and "spokesman": the post may be in the grade's service
        one, held = _one_body(fa, fb, story, named=True), {id(f): held_in(f, story.employers) for f in fa + fb}
        if not any(exclusive(x, y, held[id(x)], held[id(y)], one) for x in fa for y in fb):
            factor *= tuning.unshown_exclusion_factor  # "comedian", "host": two descriptions of one person
        return "conflict", sure * factor
    if name == "count":
        if fa[0].head.rstrip("s") != fb[0].head.rstrip("s"):
            return "compatible", 1.0  # "three terms" and "14,000 followers" count different things
        if any(f.past for f in fa) != any(f.past for f in fb):
            return "compatible", 1.0  # "has had 26 wives" counts every one there was, "has 20 wives" those now
        # A record changes with every bout or game: two may be told before and after one (possible at most),
        # unless no bout or two could make one of the other ("14-13-2" against "18-13-2": ``results_apart``).
        hedged = any("~" in f.words for f in fa + fb)
        if fa[0].head == "record":
            hedged = hedged or results_apart(ka, kb) <= tuning.record_results_apart
        if {count_qualifiers(f) for f in fa} != {count_qualifiers(f) for f in fb}:
            hedged = True  # "one final chance", "two chances": the qualified count counts a part of the other's
        return "conflict", sure * (tuning.hedged_count_factor if hedged else 1.0)
    if name == "age" and ka.isdigit() and kb.isdigit() and then_younger(ka, fa, kb, fb):
        return "compatible", 1.0  # "was 18 at the time of the shooting", "20" at the trial: an age told then
    if name == "age" and ka.isdigit() and kb.isdigit() and aged_between(fa, fb, int(kb) - int(ka)):
        return "compatible", 1.0  # "52" in 2019 and "53" in 2020: one age told a year apart
    if name == "age" and ka.isdigit() and kb.isdigit() and abs(int(ka) - int(kb)) == 1:
        if dated_alike(fa, fb):  # "in June 2017 Tom Avery, 53" against "52 ... in June 2017": one year
            return "conflict", sure * tuning.next_age_factor
        return "compatible", 1.0  # a birthday between two reports written months apart (``agegap``)
    if name == "age" and (ka.endswith("s") or kb.endswith("s")):  # "in her 50s": a decade holds its years
        decade, other = (ka, kb) if ka.endswith("s") else (kb, ka)
        start = int(decade[:-1])
        if other.isdigit() and start <= int(other) < start + 10:
            return "compatible", 1.0
    if name == "nationality" and _nation_within(fa, fb):
        return "compatible", 1.0  # "British" and "English": a nation within a state
    if name in ("location", "base"):
        if kb in _contains(ka, story.inside) or ka in _contains(kb, story.inside):
            return "compatible", 1.0
        wa, wb = value_words(fa), value_words(fb)
        if wa == wb or abbreviates(fa, fb) or abbreviates(fb, fa):
            return "variant", 1.0  # "Aoraki - Mount Cook national park" and "Aoraki Mount Cook National Park"
        if wa <= wb or wb <= wa:
            return "compatible", 1.0  # "Palmer" and "downtown Palmer"
        if any(part_of(x.text, y.text) or part_of(y.text, x.text) for x in fa for y in fb):
            return "compatible", 1.0  # "Northeast Philly" and "Philadelphia": a part of the place named
        if any(relation(x.text, y.text) == "holds" or held_in_story(x.text, y.text, {}) for x in fa for y in fb):
            # "Tulsa" and "Oklahoma": the gazetteer's city in its state; "South Ashcombe" and a great city
            # the gazetteer puts Ashcombe in, as one of its quarters
            return "compatible", 1.0
        if any(water(x.text) != water(y.text) for x in fa for y in fb):
            # "in the Gulf" and "Iranian": an island or a port lies in a sea and in a land at once; the texts may
            # not say which land borders which sea, so at most a possible difference, as two levels
            return "conflict", sure * tuning.place_level_factor
        levels = levels_apart(fa, fb, story.containers, ka, kb)
        if levels == "compatible":
            return "compatible", 1.0  # "Berlin" and "Germany"
        if levels == "possible" or (levels is None and any(nested(x.text, y.text) for x in fa for y in fb)):
            # "Munich" and "Germany", a quarter and its borough: one may hold the other, the texts do not say
            return "conflict", sure * tuning.place_level_factor
        return "conflict", sure  # "Cairo" and "Iraq", "Chicago" and "Detroit": surely two places
    if name == "employer":
        wa, wb = value_words(fa), value_words(fb)
        if wa == wb or spelled_out(fa, fb) or written_apart(fa, fb):
            return "variant", 1.0  # "FLDS Church", "Fundamentalist LDS Church": one body, by its initials
        if one_national_body(wa, wb):
            return "variant", 1.0  # "Sudanese Army", "Sudan Armed Forces": the country by its adjective
        if parts_of_one_name((name_key(f.text) for f in fa), (name_key(f.text) for f in fb), story.bodies):
            return "variant", 1.0  # "NHP", "Highway Patrol": forms of one body the story writes in full
        if initials_within(fa, fb) or initials_within(fb, fa):
            return "compatible", 1.0  # "DA", "Bristol County District Attorney's Office": the office by its head
        if any(part_of_body(f) for f in fa + fb):
            return "compatible", 1.0  # "the Trustworthy Computing group" works within "Microsoft" or another body
        named = all(any(c.isupper() for c in f.text) for f in fa + fb)
        if wa <= wb or wb <= wa or not named or _kind_only(wa, wb) or _kind_only(wb, wa):
            return "compatible", 1.0  # "the group" says nothing against "AARP", nor "Police" against "NYPD"
        if all(f.kind == "person" for f in fa) != all(f.kind == "person" for f in fb):
            return "compatible", 1.0  # "aide to John Mitchell", "White House aide": the one served works in some body
        if not {ka, kb} & story.people and _one_name(fa, fb, story.places):
            return "compatible", 1.0  # "Corvel Airlines", "Corvel Group": a company named by its group or a unit
        if any(f.kind == "team" for f in fa + fb):
            return "compatible", 1.0  # "Sixers chairman", "chairman of the team's owner": which owns which, unsaid
        # "Oregon": any body of it; "UNRWA" against "UN": a body of the other's initials and more, maybe a part.
        if any(bare_place(f, story.places) for f in fa + fb) or initials_open(fa, fb) or initials_open(fb, fa):
            return "conflict", sure * tuning.role_factor * tuning.unshown_exclusion_factor
        return "conflict", sure * tuning.role_factor
    return "conflict", sure


#: The nations within a state, by the state's adjective: a Scot is British.
_NATIONS_WITHIN = {"british": frozenset({"english", "scottish", "scots", "welsh", "northern irish"})}


def _nation_within(fa: list[Finding], fb: list[Finding]) -> bool:
    """True when one nationality is a state's and the other a nation's within it ("British", "Scottish")."""
    a, b = {name_key(f.text) for f in fa}, {name_key(f.text) for f in fb}
    return any(y in _NATIONS_WITHIN.get(x, ()) or x in _NATIONS_WITHIN.get(y, ()) for x in a for y in b)


def _kind_only(a: set[str], b: set[str]) -> bool:
    """True when ``a`` names only a kind of body ("Police") and ``b`` a body by a name with no such word ("NYPD")."""
    return bool(a) and a <= BODY_NOUNS and not b & BODY_NOUNS


def _graded(f: Finding) -> bool:
    """True for a grade of a uniformed service, or the grade of any member of one ("Inspector", "officer")."""
    return grade(f) or member_grade(f)


def _one_body(fa: list[Finding], fb: list[Finding], story: StoryFacts, named: bool = False) -> bool:
    """True when the two articles name agreeing employers ("Police officer", "a spokesman for the county police").

    With ``named``, both employers must be names ("Acme Films", "Acme"): an employer in lower case ("this
    year", "the firm") agrees with any other by saying less, which shows no two posts held in one body.
    """
    x, y = article_of(fa[0].sentence), article_of(fb[0].sentence)
    a, b = story.employers.get(x), story.employers.get(y)
    if a is None or b is None:
        return False
    texts = [f.text for v in (a, b) for fs in v.by_key.values() for f in fs]
    if named and not all(any(c.isupper() for c in t) for t in texts):
        return False
    return employers_related(story, x, y)[0] in ("same", "variant", "compatible")


def employers_related(story: StoryFacts, a: str, b: str) -> tuple[str, float]:
    """``relate("employer", ...)`` of the employers articles ``a`` and ``b`` give the entity (``story.employers``),
    related once per pair of articles and kept (``StoryFacts.employed``): the sheet's employer row asks it, and so
    does every pair of the two articles' roles (``_one_body``, named or not).
    """
    found = story.employed.get((a, b))
    if found is None:
        found = story.employed[a, b] = relate("employer", story.employers[a], story.employers[b], story)
    return found


def _one_name(fa: list[Finding], fb: list[Finding], places: frozenset[str]) -> bool:
    """True when two employers open with the same name that names no place ("Corvel Airlines", "Corvel Group").

    A group's companies carry its name; a place's bodies and teams do too ("Essex Police", "Essex County
    Council", "New York Mets", "New York Yankees"), and so do the numbered units of a force ("177th Caspian
    Fleet Regiment", "177th division of the Caspian Fleet"), which are different employers.
    """
    if any(c.isdigit() for f in fa + fb for c in f.text) or any(f.kind == "person" for f in fa + fb):
        return False  # two people served ("aide to Stephen X", "to Stephen Y") share a first name, no group
    for x in fa:
        for y in fb:
            wx, wy = name_key(x.text).split(), name_key(y.text).split()
            shared = []
            for u, v in zip(wx, wy, strict=False):
                if u != v:
                    break
                shared.append(u)
            if shared and all(w.isalpha() for w in shared) and not _placed(" ".join(shared), places):
                return True
    return False


def _placed(words: str, places: frozenset[str]) -> bool:
    """True when words open a place's name: a place of the story, a country, a US state or a time-zone city."""
    return bool(set(words.split()) & places) or known_place(words)


def _contains(key: str, inside: Mapping[int, set[str]]) -> set[str]:
    """Every place the text says contains ``key`` (transitively)."""
    seen: set[str] = set()
    todo = [key]
    while todo:
        k = todo.pop()
        if not k.startswith("e") or not k[1:].isdigit():
            continue
        for parent in inside.get(int(k[1:]), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


def relate(name: str, a: Value, b: Value, story: StoryFacts) -> tuple[str, float]:
    """The best relation between two articles' values: one agreeing value suffices.

    Counts pair only with counts of the same thing when both articles give one ("33 KOs" agrees with no record),
    and each thing both count is settled on its own: the row takes the worst of them, so a record told two ways
    is not hidden by a title both count alike ("two-time champion, 27-7-2" against "two-time champion, 45-7-2").
    """
    pairs = [(ka, fa, kb, fb) for ka, fa in a.by_key.items() for kb, fb in b.by_key.items()]
    if name == "count":
        # A count agrees only with a count of the same thing: "45-1, 33 KOs" against "43-1" pairs the records.
        alike = [(ka, fa, kb, fb) for ka, fa, kb, fb in pairs if ka.partition("=")[0] == kb.partition("=")[0]]
        things = {ka.partition("=")[0] for ka, _, _, _ in alike}
        groups = [[q for q in alike if q[0].partition("=")[0] == t] for t in sorted(things)] or [pairs]
    else:
        groups = [pairs]
    best, sure = max((_best(name, g, story) for g in groups), key=lambda r: (RANK[r[0]], r[1]))
    if best == "same" and a.by_key.keys() != b.by_key.keys():
        best = "compatible"  # one value agrees and one article says more: the cells differ, so not "same"
    return best, sure


def _best(
    name: str, pairs: list[tuple[str, list[Finding], str, list[Finding]]], story: StoryFacts
) -> tuple[str, float]:
    """The best relation over pairs of two articles' values (one agreeing pair suffices), before "same" is checked."""
    best, sure = "conflict", 0.0
    apart: list[tuple[str, str, float]] = []  # each pair of differing values, and how sure it is
    given_a: set[str] = set()  # a's values b also gives (the same, or spelled otherwise), and b's that a gives
    given_b: set[str] = set()
    for ka, fa, kb, fb in pairs:
        rel, conf = _relation(name, ka, fa, kb, fb, story)
        if RANK[rel] < RANK[best] or (rel == best and conf > sure):
            best, sure = rel, conf
        if rel == "conflict":
            apart.append((ka, kb, conf))
        elif rel in ("same", "variant"):
            given_a.add(ka)
            given_b.add(kb)
    if best == "conflict" and sure < TUNING.entities.possible_below:
        best = "possible"
    # One region does not settle two districts of it; at most possible: which level each name is may go unsaid.
    # Only two values neither of which the other article also gives are two places of one level: "Porta Nuova,
    # Sicilian" against "Sicilian" names a district the other article does not deny.
    left = [conf for ka, kb, conf in apart if ka not in given_a and kb not in given_b]
    unsettled = max(left, default=0.0) if name == "location" and RANK[best] <= RANK["compatible"] else 0.0
    if unsettled >= TUNING.entities.possible_below:
        best, sure = "possible", unsettled * TUNING.entities.place_level_factor
    return best, sure
