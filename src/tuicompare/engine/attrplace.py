"""Where a place lies and where an organisation sits, as the entity sheet reads them from the parse.

"a village in the Y district of Z" (Y, then Z), "the Kupiansk district",
"based in Reading", "headquartered in Swindon", "a Swindon-based firm"; and
whether "X, Y" is a place and its region or part of a list. Used by
``attributes``.
"""

from __future__ import annotations

from collections.abc import Sequence

from tuicompare.engine.attrparse import Finding, Parse, skip_det
from tuicompare.engine.attrsame import country
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.names import us_state
from tuicompare.engine.rolenouns import demonym
from tuicompare.engine.spans import name_key
from tuicompare.engine.tuning import TUNING

#: Verbs whose "in" says where an organisation sits ("based in", "headquartered in").
BASE_VERBS = frozenset({"base", "headquarter", "headquartered"})
#: Labels of named places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def places(p: Parse, noun: int, confidence: float, out: list[Finding], attribute: str = "location") -> None:
    """Named places a noun's "in"/"of" phrases put it in ("a village in the Y district of Z": Y, then Z), or a
    place noun's owner ("Khartoum, Sudan's capital", "Ashby, Kent's largest village")."""
    if p.lemma(noun) in PLACE_NOUNS:
        for j in p.dep_kids(noun, ("poss",)):
            if p.label.get(j) in ("GPE", "LOC"):
                out.append(p.finding(attribute, *_named(p, j), confidence))
    for prep in p.dep_kids(noun, ("prep",)):
        if p.lemma(prep) not in ("in", "of", "near", "outside"):
            continue
        for obj in p.dep_kids(prep, ("pobj",)):
            named = place_name(p, obj)
            if named is not None:
                out.append(p.finding(attribute, *named, confidence))
                places(p, obj, confidence, out, attribute)


def place_name(p: Parse, i: int) -> tuple[int, int] | None:
    """The tokens naming a place at ``i``: a proper noun with its compounds, or "the Y district"."""
    if i in p.label:
        ent = next(e for e in p.s.entities if e.start <= p.t[i].start < e.end)
        inside = [k for k, t in enumerate(p.t) if ent.start <= t.start and t.end <= ent.end]
        return skip_det(p, inside[0]), inside[-1]
    if p.t[i].pos == "PROPN":
        first = min([i] + [j for j in p.dep_kids(i, ("compound",)) if p.t[j].pos == "PROPN"])
        return first, i
    if p.lemma(i) in PLACE_NOUNS:
        names = [j for j in p.dep_kids(i, ("compound", "amod")) if p.t[j].pos == "PROPN" and j < i]
        if names:
            return min(names), i
    return None


def listed(p: Parse, j: int) -> bool:
    """True when "X, Y" is part of a list ("Arkansas, Colorado and Utah"), not a place and its region."""
    end = p.right(j, True) + 1
    if p.dep_kids(j, ("conj", "cc")):
        return True
    if end < len(p.t) and p.lemma(end) in ("and", "or"):
        return True
    if not (end + 1 < len(p.t) and p.word(end) == "," and p.t[end + 1].pos == "PROPN"):
        return False
    after = end + 1
    while p.t[after].dep == "compound" and p.t[after].head > after:
        after = p.t[after].head
    # "born in Nashville, Tennessee, Page said": the next name is a clause's subject, no third item of a list
    return p.t[after].dep not in ("nsubj", "nsubjpass")


def base(p: Parse, i: int, confidence: float, out: list[Finding]) -> None:
    """Where an organisation sits: "based in Reading", "headquartered in Swindon", "a Swindon-based firm"."""
    tuning = TUNING.entities
    for j in p.kids[i]:
        if p.lemma(j) not in BASE_VERBS:
            continue
        for k in p.kids[j]:
            if p.t[k].dep == "prep" and p.lemma(k) in ("in", "at", "near"):
                places(p, j, confidence, out, "base")
                break
            if p.t[k].dep in ("npadvmod", "compound", "nmod") and k < j:
                named = (p.left(k), k) if p.t[k].pos in ("PROPN", "NOUN") else None
                if named is not None and k in p.label:  # "Palo Alto-based": the whole name, not each word
                    named = place_name(p, k)
                if named is not None and p.word(named[0])[:1].isupper():
                    # "Plano, Texas-based EDS": the town before the comma is the seat, the hyphened name its region
                    named = _town_before(p, named[0]) or named
                    out.append(p.finding("base", *named, confidence * tuning.hyphen_factor))


def _town_before(p: Parse, region: int) -> tuple[int, int] | None:
    """The named place right before ``region`` and a comma ("Plano" of "Plano, Texas-based"), or None."""
    town = region - 2
    if town < 0 or p.word(region - 1) != "," or p.label.get(town) not in PLACE_LABELS:
        return None
    return place_name(p, town)


def hyphened_region(p: Parse, last: int) -> tuple[int, int] | None:
    """The region of a town named before it and a comma in "Plano, Texas-based EDS" ("Texas"), or None."""
    region = last + 2
    if region >= len(p.t) or p.word(last + 1) != "," or p.label.get(region) not in PLACE_LABELS:
        return None
    end = region
    while end + 1 < len(p.t) and p.label.get(end + 1) == p.label.get(region) and p.word(end + 1) != "-":
        end += 1
    based = p.t[end].head
    if p.t[end].dep != "npadvmod" or p.lemma(based) not in BASE_VERBS or based <= end:
        return None
    return region, end


#: Nouns for a site a name can qualify or end with ("the Watergate building", "Mount Sefton", "the Athens
#: suburb of Piraeus", "X National Park"): a name with one of them names a place whatever the recogniser said.
SITE_NOUNS = PLACE_NOUNS | {
    "building",
    "complex",
    "warehouse",
    "block",
    "plant",
    "factory",
    "mill",
    "mine",
    "hotel",
    "motel",
    "hut",
    "stadium",
    "arena",
    "airport",
    "station",
    "tower",
    "bridge",
    "dam",
    "park",
    "reserve",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "mount",
    "mountain",
    "peak",
    "glacier",
    "lake",
    "valley",
    "campus",
    "prison",
}


#: Nouns for a place that is part of another, in "the A suburb of B" (B lies in A); not a unit that takes
#: its name from the word before ("the Kupiansk district of Kharkiv Oblast": Kupiansk district lies in Kharkiv).
_PART_NOUNS = frozenset({"suburb", "neighbourhood", "neighborhood", "borough", "port", "town", "village", "city"})


def site_of(p: Parse, root: int) -> int | None:
    """The site noun a name qualifies ("the Watergate building", "the X Dairy warehouse building"), or None."""
    at = root
    for _ in range(4):  # a name, then at most a few nouns compounded before the site noun
        head = p.t[at].head
        if p.t[at].dep not in ("compound", "nmod") or head <= at:
            return None
        if p.lemma(head) in SITE_NOUNS:
            return head
        at = head
    return None


#: Institutions a name ends with that stand somewhere ("Peabody College in Nashville", "St Mary's Hospital"): the
#: name names a body and its seat, so an "in" right after it says where it stands, as for a building.
INSTITUTION_NOUNS = frozenset({"college", "school", "university", "hospital", "church", "cathedral", "museum"})


def sited(p: Parse, inside: Sequence[int], root: int) -> bool:
    """True when a name names a site by its own words or the noun it qualifies ("Mount Sefton", "X building"),
    or an institution by its last word ("Peabody College")."""
    own = any(p.lemma(i) in SITE_NOUNS for i in inside) or p.lemma(inside[-1]) in INSTITUTION_NOUNS
    return site_of(p, root) is not None or own


def around(p: Parse, first: int, last: int, root: int, confidence: float, out: list[Finding]) -> None:
    """The places the words around a place's name put it in, where the parser hung them elsewhere.

    - "New Zealand's Aoraki park", "Palmer's historic X building": a place owning it;
    - "the Athens Acropolis", "the Athens suburb of Piraeus": a place name qualifying it or its noun;
    - "the Watergate building in Washington": the "in" of the site noun it qualifies;
    - "from Essex in the UK", "a hut on Mount Sefton in the park": an "in" right after the name that the
      parser hung on the name's preposition or on the noun before it;
    - "a Biloxi, Miss., motel": a region after a comma that the parser made the name's head.
    """
    site = site_of(p, root)
    nouns = [root] + ([site] if site is not None else [])
    for noun in nouns:
        # a place name before another needs "the" to qualify it ("the Athens Acropolis"): "Kozacha Lopan" is one name
        placed = p.label.get(noun) in PLACE_LABELS or p.lemma(noun) in SITE_NOUNS  # not "the Vietnam War"
        qualified = ("poss", "compound", "nmod") if placed and p.dep_kids(noun, ("det",)) else ("poss",)
        for j in p.dep_kids(noun, qualified):
            if j >= first or listed(p, j):
                continue
            if p.label.get(j) in PLACE_LABELS:
                out.append(p.finding("location", *_named(p, j), confidence))
            elif p.t[j].dep == "poss" and p.t[j].pos == "PROPN":  # "Swindon's" tagged as a firm: if a place
                out.append(p.finding("location", *_named(p, j), confidence, kind="place"))
        if noun == site:
            places(p, site, confidence, out)
    if p.t[root].dep == "pobj":
        of = p.t[root].head
        owner = p.t[of].head
        if p.lemma(of) == "of" and p.lemma(owner) in _PART_NOUNS:  # "the Athens suburb of Piraeus"
            for j in p.dep_kids(owner, ("compound", "nmod")):
                if p.label.get(j) in PLACE_LABELS:
                    out.append(p.finding("location", *_named(p, j), confidence))
        if p.lemma(of) == "of" and p.lemma(owner) in PLACE_NOUNS:  # "the Sudanese state of X", "the French city of X"
            out.extend(p.finding("location", j, j, confidence) for j in national_adjectives(p, owner))
        after = last + 1
        # on the noun, not a verb: in "served in the Marines in Vietnam" the second "in" is the serving's
        on = p.t[after].head if after < len(p.t) else -1
        hung = on == of or (on == owner and p.t[owner].pos in ("NOUN", "PROPN"))
        # "cables run from Alexandria in northern Egypt": on the verb, only a named country or region holds
        moved = on == owner and p.t[owner].pos == "VERB" and p.lemma(of) in ("from", "to", "at", "near")
        if (hung or moved) and p.lemma(after) == "in":
            for obj in p.dep_kids(after, ("pobj",)):
                named = _place_object(p, obj)
                if named is not None and (hung or p.label.get(obj) == "GPE"):
                    out.append(p.finding("location", *named, confidence))
    head = p.t[root].head
    if head == last + 2 and p.word(last + 1) == "," and p.label.get(head) in PLACE_LABELS and not listed(p, head):
        out.append(p.finding("location", *_named(p, head), confidence))  # "a Biloxi, Miss., motel"
    elif _region_beside(p, root, last):
        out.append(p.finding("location", *_named(p, last + 2), confidence))  # "the Redmond, Wash. company"


def national_adjectives(p: Parse, noun: int) -> list[int]:
    """A country's adjective qualifying a place or body noun ("the Egyptian port city", "a Chinese security firm"):
    the country it lies or sits in. A people's adjective the recogniser calls a nationality, as written."""
    kids = p.dep_kids(noun, ("amod", "compound"))
    return [j for j in kids if j < noun and p.label.get(j) == "NORP" and demonym(p.word(j)) and not _named_on(p, j)]


def _named_on(p: Parse, j: int) -> bool:
    """True when a capitalised word opens the adjective: "South Sudanese" is not "Sudanese"."""
    k = j - 1
    return k >= 0 and p.word(k)[:1].isupper() and p.t[k].pos in ("PROPN", "ADJ", "NOUN")


def seat_words(p: Parse, noun: int, before: int, confidence: float, out: list[Finding]) -> None:
    """The country a body's noun places it in, before ``before``: "a Chinese security firm, X", "the Egyptian X news
    agency", "the U.S. advocacy group X" (a country's adjective, or a country's name compounded on the noun); set
    beside the name (``before`` is the noun), also the place its "in" names."""
    for j in national_adjectives(p, noun):
        if j < before:
            out.append(p.finding("base", j, j, confidence))
    for j in p.dep_kids(noun, ("compound", "nmod")):
        if j < before and p.label.get(j) == "GPE" and country(p.text(*_named(p, j))):
            out.append(p.finding("base", *_named(p, j), confidence))
    if before == noun:  # "X, a communications provider in India": the noun's own "in" (not "of": a parent firm's)
        for prep in p.dep_kids(noun, ("prep",)):
            named = [place_name(p, j) for j in p.dep_kids(prep, ("pobj",)) if p.label.get(j) in ("GPE", "LOC")]
            out.extend(p.finding("base", *n, confidence) for n in named if n is not None and p.lemma(prep) == "in")


def _region_beside(p: Parse, root: int, last: int) -> bool:
    """True when a state or a country follows a place's name and a comma, both qualifying one noun after them.

    In "the Bellevue, Neb. company" the parser hangs the town and the state side by side on "company"; a
    list of places hangs the same way ("the Texas, Oklahoma border"), so the second must be a region (a US
    state or a country) and the first not one.
    """
    region = last + 2
    if region >= len(p.t) or p.word(last + 1) != ",":
        return False
    noun = p.t[root].head
    if p.t[region].head != noun or noun <= region or listed(p, region):
        return False
    if p.t[root].dep not in ("nmod", "compound") or p.t[region].dep not in ("nmod", "compound"):
        return False
    return bool(_region(p.text(*_named(p, region)))) and not _region(p.text(*_named(p, root)))


def _region(text: str) -> str | None:
    """The US state or the country a place's name names ("Neb.", "Nebraska", "Canada"), or None."""
    return us_state(name_key(text.replace(".", ""))) or country(text)


def _place_object(p: Parse, obj: int) -> tuple[int, int] | None:
    """The tokens of a place an "in" names: a named place, or a site noun with its name ("the X national park")."""
    if obj in p.label:
        return place_name(p, obj) if p.label[obj] in PLACE_LABELS else None
    if p.lemma(obj) in SITE_NOUNS:
        names = [j for j in p.dep_kids(obj, ("compound", "nmod")) if p.t[j].pos == "PROPN" and j < obj]
        return (p.left(min(names)), obj) if names else None
    return place_name(p, obj) if p.t[obj].pos == "PROPN" else None


def _named(p: Parse, j: int) -> tuple[int, int]:
    """The tokens of the place name at ``j``, without a possessive's "'s"."""
    first, last = place_name(p, j) or (j, j)
    while last > first and p.t[last].dep == "case":
        last -= 1
    return first, last
