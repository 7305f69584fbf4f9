"""Where a place lies and where an organisation sits, as the entity sheet reads them from the parse.

"a village in the Y district of Z" (Y, then Z), "the Kupiansk district",
"based in Reading", "headquartered in Swindon", "a Swindon-based firm"; and
whether "X, Y" is a place and its region or part of a list. Used by
``attributes``.
"""

from __future__ import annotations

from tuicompare.engine.attrparse import Finding, Parse, skip_det
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.tuning import TUNING

#: Verbs whose "in" says where an organisation sits ("based in", "headquartered in").
BASE_VERBS = frozenset({"base", "headquarter", "headquartered"})
#: Labels of named places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def places(p: Parse, noun: int, confidence: float, out: list[Finding], attribute: str = "location") -> None:
    """Named places a noun's "in"/"of" phrases put it in ("a village in the Y district of Z": Y, then Z)."""
    for prep in p.dep_kids(noun, "prep"):
        if p.lemma(prep) not in ("in", "of", "near", "outside"):
            continue
        for obj in p.dep_kids(prep, "pobj"):
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
        first = min([i] + [j for j in p.dep_kids(i, "compound") if p.t[j].pos == "PROPN"])
        return first, i
    if p.lemma(i) in PLACE_NOUNS:
        names = [j for j in p.dep_kids(i, "compound", "amod") if p.t[j].pos == "PROPN" and j < i]
        if names:
            return min(names), i
    return None


def listed(p: Parse, j: int) -> bool:
    """True when "X, Y" is part of a list ("Arkansas, Colorado and Utah"), not a place and its region."""
    end = p.right(j, True) + 1
    if p.dep_kids(j, "conj", "cc"):
        return True
    if end < len(p.t) and p.lemma(end) in ("and", "or"):
        return True
    return end + 1 < len(p.t) and p.word(end) == "," and p.t[end + 1].pos == "PROPN"


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
                if named is not None and p.word(named[0])[:1].isupper():
                    out.append(p.finding("base", *named, confidence * tuning.hyphen_factor))
