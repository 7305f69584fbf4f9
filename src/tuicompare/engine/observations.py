"""The observations of two paired slots: agreement, variant, conflict or possible difference.

``name_pair`` compares two names (one entity: agreement or a variant of its
spelling, and its roles; two entities: a referent conflict unless one is a
form of the other), ``value_pair`` two numbers, dates, durations or unit
designations (``relations.relation``), ``negation`` builds the observation of a
verb negated on one side. ``conflicts.observe`` pairs the slots and calls them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from tuicompare.engine.amounts import relation
from tuicompare.engine.bodyroles import describes_body
from tuicompare.engine.countlists import listed_alike
from tuicompare.engine.dateacts import dated_beside
from tuicompare.engine.dates import stated_key
from tuicompare.engine.features import SentenceFeatures, Span, name_key
from tuicompare.engine.nameforms import abbreviated, runs_on
from tuicompare.engine.names import is_acronym, is_designated_form, is_name_part, referent_key, same_stem
from tuicompare.engine.relations import age_figure, ages_two_ways
from tuicompare.engine.roles import compatible, distinct_offices, grade_and_post, role_words
from tuicompare.engine.tuning import TUNING
from tuicompare.lookalikes import lookalikes

#: Words that put a role in the past.
#: Compiled once: asked for every pair of names compared.
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_WORD_OR_STOP = re.compile(r"[^\w.]")
_PAST = re.compile(r"(?i)\b(?:former|ex|onetime|one-time|then|erstwhile|retired|late)\b|^now\b")


@dataclass(slots=True)
class Observation:
    """Two corresponding slot values seen in one link of a group."""

    kind: str  # "conflict", "variant" or "agree"
    type: str
    left: tuple[str, ...]  # value node key
    right: tuple[str, ...]
    spans: tuple[tuple[Span, str], tuple[Span, str]]  # (span, display text) each side
    weight: float
    confidence: float = 1.0
    qualifies: bool = False  # two names qualifying one entity alike (``slotroles.SAME``)
    one_statement: bool = False  # the two sentences quote one statement word for word (``quotes``)
    # Through a link, judged by a row's cut: one person's counts of one thing, each of one act (``doercounts``),
    # or two stays in one place ("six years in the reserves": ``timespent``).
    row_cut: bool = False


@functools.lru_cache(maxsize=256)
def just_under(cut: float) -> float:
    """The highest confidence that still reads as under ``cut`` (confidences are shown to four digits).

    Cached: asked hundreds of times a story of the few cuts the tuning sets, and ``round`` to
    four digits costs a decimal conversion each time.
    """
    return round(cut, 4) - 0.0001


def demote(
    observations: Iterable[Observation], cut: float, type_: str, names: bool, holds: Callable[[Span, Span], bool]
) -> list[Observation]:
    """``observations``, each difference of ``type_`` whose two spans pass ``holds`` kept under ``cut``.

    The story explains such a difference (two places of different levels, a
    count over a window, two people of a list), so it stays a possible one at
    most: its confidence becomes at most just under ``cut``. Others pass as
    they are.

    Args:
        observations: Slot observations of groups or of links.
        cut: The confidence from which differences are conflicts.
        type_: The observation type concerned ("place", "person", "number").
        names: True for the differences of two names, False for those of two values.
        holds: The test on the two spans of a difference.
    """
    below = just_under(cut)
    out = []
    for o in observations:
        if o.kind in ("conflict", "possible") and o.type == type_ and (o.left[0] == "name") == names:
            (x, _), (y, _) = o.spans
            if holds(x, y):
                o.confidence = min(o.confidence, below)
        out.append(o)
    return out


def _name_type(label: str) -> str:
    return {"place": "place", "person": "person", "organisation": "organisation"}.get(label, "name")


def negation(first: SentenceFeatures, neg: tuple, second: SentenceFeatures, pos: tuple, conf: float) -> Observation:
    """The observation of a verb negated in ``first`` and affirmed in ``second``."""
    lemma, start, end, _neg, text = neg[:5]
    _lemma, s2, e2, _pos, text2 = pos[:5]
    no = (_marker(first.id, start, end), text)
    yes = (_marker(second.id, s2, e2), text2)
    left, right = ("negation", lemma, "no"), ("negation", lemma, "yes")
    return Observation("conflict", "negation", left, right, (no, yes), conf, conf)


def _marker(sentence: str, start: int, end: int) -> Span:
    """A span standing for a (negated) verb, so negations travel like other values."""
    return Span(sentence, start, end, "", "NEG", "negation", None, "negation")


def name_pair(
    x: Span,
    y: Span,
    weight: float,
    entity_of: Mapping[Span, int],
    entity_label: Sequence[str],
    ctx_a: set[str],
    ctx_b: set[str],
    anchored: bool,
    *,
    quoted: bool = False,
    two_people: bool = False,
    promised: bool = False,
) -> list[Observation]:
    """Observations of two corresponding names: agreement, variant, role or referent conflict.

    Two people in offices that exclude each other are two people, so no conflict;
    unless ``quoted``: each is the speaker of one statement in sentences alike
    enough to be one quote (the caller decides), where the outlets give the
    statement to different officials: a possible difference of attribution.
    ``two_people``: the caller read them as two people already (each qualified
    by another office: "County Sheriff Roe", "County Undersheriff Poe").
    ``promised``: one sentence gives the person a post to come ("As president,
    Senator Roe will ...", ``prospects``): its title is the one held then, no
    role conflict with the other's.
    """
    ex, ey = entity_of.get(x), entity_of.get(y)
    if ex is None or ey is None:
        return []
    assert x.key is not None and y.key is not None  # the caller skips keyless spans
    out = []
    if ex == ey:
        alike = same_form(x.key, y.key, entity_label[ex] == "person") and not _lookalike_spelling(x.text, y.text)
        kind = "agree" if alike else "variant"
        left, right = ("variant", str(ex), x.key), ("variant", str(ex), y.key)
        pair = ((x, x.text), (y, y.text))
        out.append(Observation(kind, _name_type(entity_label[ex]), left, right, pair, weight))
        # The entity as a whole agrees: both articles support it in any conflict of this slot.
        out.append(
            Observation("agree", _name_type(entity_label[ex]), ("name", str(ex)), ("name", str(ex)), pair, weight)
        )
        if role_words(x.role) and role_words(y.role) and entity_label[ex] == "person":
            rl, rr = ("role", str(ex), *sorted(role_words(x.role))), ("role", str(ex), *sorted(role_words(y.role)))
            assert x.role_span is not None and y.role_span is not None  # context.role sets both or neither
            roles = ((x, x.role_span[2]), (y, y.role_span[2]))
            # A title cut into the name, or a description of a body the recogniser called a person
            # ("X, a consulting firm"): no two offices.
            cut = _title_in_name(x, y) or _title_in_name(y, x) or describes_body(x.role) or describes_body(y.role)
            if not (compatible(x.role, y.role) or grade_and_post(x.role, y.role) or cut or promised) and not (
                past_role(x.role_span[2]) or past_role(y.role_span[2])
            ):
                out.append(Observation("conflict", "role", rl, rr, roles, weight))
            elif rl == rr:
                out.append(Observation("agree", "role", rl, rr, roles, weight))
        return out
    people = entity_label[ex] == entity_label[ey] == "person"
    stated_b, stated_a = f"e{ex}" in ctx_b, f"e{ey}" in ctx_a
    if not anchored or (stated_a and stated_b) or (not people and (stated_a or stated_b)):
        # Both sides state both values: a reordering, not a change. A person only one side names
        # ("the aide, Ann Roe" against "the aide, Jo Poe", Poe named again nearby) is a change.
        return out
    if same_form(x.key, y.key, "person" in (entity_label[ex], entity_label[ey])):
        return out  # "Obama" where the story has several Obamas: it may well be this one
    if abbreviated(_dotted(x.text), _dotted(y.text)):
        return out  # "Gov." and "Governor", "OSP Lt." and "Oregon State Police Lt.": one name shortened
    attribution = 1.0
    if two_people or distinct_offices(x.role, y.role):
        if not quoted:
            return out  # "Committee Chairman Ada Poe" and "Speaker Ann Roe": two people, each in their own office
        attribution = TUNING.conflicts.attribution_factor  # both may have said it: at most possible
    kind_type = _name_type(joint_label(x, y, entity_label[ex], entity_label[ey]))
    pair = ((x, x.text), (y, y.text))
    out.append(Observation("conflict", kind_type, ("name", str(ex)), ("name", str(ey)), pair, weight, attribution))
    return out


def _title_in_name(x: Span, y: Span) -> bool:
    """True when ``y``'s title is written in ``x``'s name, the recogniser having taken it in.

    "Sheriff Deputy Ann Roe" read as the name "Deputy Ann Roe" with the role "Sheriff", against
    "Deputy Roe": one title cut in two places, not two titles.
    """
    words = role_words(w.lower() for w in _LETTERS.findall(x.text))
    wanted = role_words(y.role)
    return bool(wanted) and wanted <= words


def _lookalike_spelling(a: str, b: str) -> bool:
    """True when one name is written with look-alike letters of another script the other lacks ("Putіn", "Putin").

    Such names are one name to the engine (``referent_key`` reads them alike),
    but a reader must hear of the disguised letter: they are a variant.
    """
    return {la.character for la in lookalikes(a)} != {la.character for la in lookalikes(b)}


def same_form(a: str, b: str, person: bool) -> bool:
    """True when two names of one referent differ only by titles, initials or length ("Mr. Obama", "Barack Obama").

    Also by abbreviated words or acronyms ("Gov.", "Governor"; ``nameforms``), and for a person by words a
    headline ran on ("Warren Jeffs Found Guilty").
    """
    ra, rb = referent_key(a, person), referent_key(b, person)
    return (
        ra == rb
        or is_name_part(ra, rb, person)
        or is_name_part(rb, ra, person)
        or is_acronym(ra.replace(" ", ""), rb)
        or is_acronym(rb.replace(" ", ""), ra)
        or (not person and (same_stem(ra, rb) or is_designated_form(ra, rb) or is_designated_form(rb, ra)))
        or abbreviated(ra, rb)
        or (person and (runs_on(ra, rb) or runs_on(rb, ra)))
    )


def _dotted(text: str) -> str:
    """A name's lower-case words with their full stops, which mark an abbreviation ("gov.", "lt.")."""
    return " ".join(_NOT_WORD_OR_STOP.sub(" ", text.casefold()).split())


def past_role(text: str) -> bool:
    """True for a role the person held before ("a former governor", "then-Senator"): it excludes no other role.

    So is a role said to be held now, after others ("now an assistant coach"): the other may be an earlier one.
    """
    return bool(_PAST.search(text))


#: Which of two differing labels or cues a name slot takes: the same whichever article came first.
_LABEL_ORDER = ("person", "place", "organisation")


def joint_label(x: Span, y: Span, label_x: str, label_y: str) -> str:
    """The type of a name slot holding two entities: their labels if they agree, else the slot's cues.

    Symmetric: read with the articles the other way round (triage puts the new article last, ``report``
    keeps the folder's order), a variant was an organisation's in one and a bare name's in the other
    (ECB+ tuning topic 9). A person's or a place's label, then a labelled one, wins over "other".
    """
    if label_x == label_y:
        return label_x
    cues = {cue for cue in (x.cue, y.cue) if cue}
    if cues:
        return _first_label(cues)
    labels = {label_x, label_y}
    return _first_label(labels - {"other"} or labels)


def _first_label(labels: set[str]) -> str:
    return min(labels, key=lambda label: (_LABEL_ORDER.index(label) if label in _LABEL_ORDER else 3, label))


def value_pair(
    x: Span,
    y: Span,
    weight: float,
    ctx_a: set[str],
    ctx_b: set[str],
    anchored: bool,
    one_count: bool = False,
    pair: tuple[SentenceFeatures, SentenceFeatures] | None = None,
) -> list[Observation]:
    """Observations of two corresponding values: agreement (a unit's spelling a variant), conflict or possible.

    ``pair``: the two compared sentences (of ``x`` and of ``y``), for a count stated elsewhere as a count of
    another thing (``_elsewhere``).

    ``one_count``: two counts of two nouns that are one count of people (``peoplecounts.one_count``), compared
    as counts of one noun ("two people were killed" against "killing five women").
    """
    assert x.key is not None and y.key is not None  # the caller skips keyless spans
    vtype = x.vtype
    if x.kind == "unit":
        nx, ux = x.key.split(" ", 1)
        ny, uy = y.key.split(" ", 1)
        vtype = "unit" if nx == ny and ux != uy else "number" if nx != ny else "unit"
    # relations.relation: units, hedges, relative dates, differences (one count of people: as of one noun).
    rel = relation(x, replace(y, unit=x.unit) if one_count else y) if x.kind != "unit" else None
    if rel is not None and rel.outcome == "unknown":
        return []
    left, right = ("value", vtype, x.key), ("value", vtype, y.key)
    if ages_two_ways(x, y):
        # "a 23-year-old" against "Jo Roe, 37,": one age read two ways, shown and merged as counts of years.
        left, right = ("value", "number", age_figure(x) or ""), ("value", "number", age_figure(y) or "")
        vtype = "number"
    if left == right or (rel is not None and rel.outcome != "differ"):
        out = [Observation("agree", vtype, left, right, ((x, x.display), (y, y.display)), weight)]
        if x.kind == "unit" and name_key(x.text) != name_key(y.text):
            # One unit, two spellings: "Guard" against "Guards".
            vl, vr = ("spelling", x.key, name_key(x.text)), ("spelling", x.key, name_key(y.text))
            out.append(Observation("variant", "unit", vl, vr, ((x, x.text), (y, y.text)), weight))
        return out
    answered = functools.partial(listed_alike, pair[0], x, pair[1], y) if pair is not None else None
    # A date both sentences also state alike ("a 2006 conviction" in both) is that slot's, not a move.
    both = (pair[0], pair[1]) if pair is not None and x.vtype == y.vtype == "date" else None
    moved_x = _elsewhere(x, ctx_b, answered) and not (both is not None and dated_beside(x, both[0], both[1]))
    moved_y = _elsewhere(y, ctx_a, answered) and not (both is not None and dated_beside(y, both[1], both[0]))
    if not anchored or moved_x or moved_y:
        return []
    kind = "conflict" if rel is None or rel.confidence >= TUNING.values.conflict_min else "possible"
    # The value's own confidence (hedges, units) multiplies the slot's (see group_observations).
    confidence = rel.confidence if rel is not None else 1.0
    return [Observation(kind, vtype, left, right, ((x, x.display), (y, y.display)), weight, confidence)]


def value_keys(span: Span) -> set[str]:
    """The context keys of a value (``context_keys``): its key, and a date's stated parts.

    "July" read as "~2013-07" (its year inferred from one outlet's publication
    date) is also the "????-07" of an outlet with none: one value stated.
    """
    out = {f"v{span.key}"}
    stated = stated_key(span.key) if span.vtype == "date" and span.key else None
    if stated is not None:
        out.add(f"v{stated}")
    return out


def _elsewhere(span: Span, context: set[str], answered: Callable[[str, str], bool] | None = None) -> bool:
    """True when the other outlet states the span's value in the row too (its ``value_keys``).

    A count of one thing (a context read with ``counted``; without, any value of that key counts) is
    stated elsewhere as a count of that thing or of nothing said, or as a count of another thing
    unless ``answered`` (``countlists.listed_alike``): "8 points, 11 rebounds" against "11 points,
    11 rebounds" differs in points, the rebounds answering each other.
    """
    stated = value_keys(span) | ({f"r{span.key}"} if span.vtype == "ordinal" else set())
    if stated.isdisjoint(context):
        return False
    key = span.key
    if span.kind != "number" or not span.unit or answered is None or key is None or f"n{key}" not in context:
        return True
    if not {f"n{key}|{span.unit}", f"n{key}|", f"o{key}"}.isdisjoint(context):
        return True
    prefix = f"n{key}|"
    return any(k.startswith(prefix) and not answered(key, k[len(prefix) :]) for k in context)


def context_keys(
    sentences: Sequence[SentenceFeatures], entity_of: Mapping[Span, int], counted: bool = False
) -> set[str]:
    """Entity and value keys stated by some sentences (used to spot moved values).

    ``counted``: also what each number counts (its unit), for ``_elsewhere``, and which values of
    other kinds share a number's key. A rank written into a compound word ("third-degree murder",
    "a first-round pick") then names a kind of thing and states no number: "third-degree" is no
    statement of the "three" (counts of a charge) the other outlet gives, so it excuses no difference as moved.
    """
    out = set()
    for s in sentences:
        for span in s.spans:
            known = entity_of.get(span) if span.kind == "name" else None
            if known is not None:
                out.add(f"e{known}")
            elif counted and compound_rank(s, span):
                out.add(f"r{span.key}")  # still a rank: another rank of that number is stated (``_elsewhere``)
            elif span.key:
                out.update(value_keys(span))
                if counted:
                    out.update(
                        (f"n{span.key}", f"n{span.key}|{span.unit}") if span.kind == "number" else (f"o{span.key}",)
                    )
    return out


def compound_rank(sentence: SentenceFeatures, span: Span) -> bool:
    """True for a rank written into one word with the noun after it: "third-degree", "first-round", "2nd-floor"."""
    parse = sentence.parse
    if span.vtype != "ordinal" or parse is None:
        return False
    after = parse.between(span.end, span.end + 2)
    return after[:1] == "-" and after[1:2].isalpha()
