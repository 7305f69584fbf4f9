"""Counts of people told with two nouns: "twelve people were shot" against "killing seven employees".

Helper of ``slots.paired_slots``. A number pairs with a number of the same things
(its unit, the noun it counts), so that "14 points" never meets "11 rebounds". But
"people" (or "persons", "individuals") names any human being: a count of people
states the count of whatever kind of person the other outlet names ("employees",
"women", "worshippers"), when the words around the two figures say they are one fact.
Such a pair is never made as the last figure left on each side, only by context
(``ConflictTuning.min_context``, the bonus of one verb both hang from included), since
a sentence may count the dead and the arrested besides; nor with a count that is one
item of a list ("two women and one man died" against "three people died": a part of
the people counted, not their number).

So paired, two nouns keep a doubt (``ValueTuning.other_noun``: a possible difference at most), but
not when the figures hang from acts of one outcome class and one noun counts people of any kind
("two people have been killed" against "killing five women": ``one_count``, read by ``conflicts``):
one count, compared as a count of one noun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tuicompare.engine.context import parsed_slot
from tuicompare.engine.features import SentenceFeatures, Span
from tuicompare.engine.outcomes import ActClasses
from tuicompare.engine.rolenouns import KIN, PARTIES, PEOPLE_NOUNS, role_noun

#: Units that count human beings of any kind: neither sex, trade nor tie ("people", "persons").
GENERIC_PEOPLE = frozenset({"person", "people", "individual", "human"})


def counts_people(unit: str) -> bool:
    """Whether a number's unit (``Span.unit``) counts human beings: "employee", "woman", "passenger"."""
    return unit in PEOPLE_NOUNS or unit in KIN or unit in PARTIES or role_noun(unit)


#: Nouns that count whoever an act befell, of any kind: people, "two others" ("killed one and injured two
#: others"), "six victims", "the dead". Against a count of some kind of person ("killing five women") of one
#: act, they count the same people (``one_count``).
ANY_PEOPLE = GENERIC_PEOPLE | {"other", "victim", "casualty", "dead", "injured", "wounded"}


def one_count(a: SentenceFeatures, x: Span, b: SentenceFeatures, y: Span, acts: ActClasses) -> bool:
    """Whether two counts of two nouns are one count of people told two ways (compared as of one noun).

    "two people were killed" against "killing five women": one side counts people of any kind
    (``ANY_PEOPLE``), the other some kind of person, and the two figures hang from acts of one outcome
    class ("killed" and "died", "injured" and "hurt", "arrested" and "detained": ``outcomes``). Neither is
    one item of a list ("a man and two women" against "three people": a part of those counted), and no
    figure written with a slash (a spec, "1800/900"). Else the pair keeps the doubt of two nouns
    (``ValueTuning.other_noun``): "three victims" and "two officers" of one shooting are two counts.
    """
    if x.kind != "number" or y.kind != "number" or x.vtype != "number" or y.vtype != "number":
        return False
    if x.unit == y.unit or not (x.unit in ANY_PEOPLE or y.unit in ANY_PEOPLE):
        return False
    if not all(u in ANY_PEOPLE or counts_people(u) for u in (x.unit, y.unit)) or "/" in x.text + y.text:
        return False
    return acts.one_outcome(a, x, b, y) and not _listed(a, x) and not _listed(b, y)


def _alike(x: Span, y: Span) -> bool:
    """Two counts, one of people in general and one of some kind of person (two units)."""
    if x.kind != "number" or y.kind != "number" or x.vtype != "number" or y.vtype != "number":
        return False
    if not x.unit or not y.unit or x.unit == y.unit or x.key is None or y.key is None:
        return False
    return (x.unit in GENERIC_PEOPLE and counts_people(y.unit)) or (y.unit in GENERIC_PEOPLE and counts_people(x.unit))


def _listed(side: SentenceFeatures, span: Span) -> bool:
    """Whether a count's noun is coordinated with another ("two women and one man"): one part of a list."""
    found = parsed_slot(side.parse, span.start, span.end)
    if found is None:
        return False
    tokens, (_first, _last, head) = found
    noun = tokens[head].head if tokens[head].dep == "nummod" and 0 <= tokens[head].head < len(tokens) else head
    return tokens[noun].dep == "conj" or any(t.head == noun and t.dep == "conj" for t in tokens)


def people_counts(
    a: SentenceFeatures,
    b: SentenceFeatures,
    used: tuple[set[int], set[int]],
    score_of: Callable[[int, int], float],
    min_context: float,
) -> Iterator[tuple[Span, Span, float]]:
    """Pair the counts of people left unpaired whose contexts agree, best first, marking both used."""
    used_a, used_b = used
    pairs = [
        (score_of(n, m), n, m)
        for n, x in enumerate(a.spans)
        if n not in used_a and x.kind == "number"
        for m, y in enumerate(b.spans)
        if m not in used_b and _alike(x, y)
    ]
    # A list is read only for the few counts of people left (most sentences have none).
    pairs = [(s, n, m) for s, n, m in pairs if not _listed(a, a.spans[n]) and not _listed(b, b.spans[m])]
    for score, n, m in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if score >= min_context and n not in used_a and m not in used_b:
            used_a.add(n)
            used_b.add(m)
            yield a.spans[n], b.spans[m], score
