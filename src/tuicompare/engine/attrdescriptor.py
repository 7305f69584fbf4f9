"""What a noun phrase set beside a name says of it: an age, a party mark, a count, a role, a place's container.

Helpers of ``attributes.mention_findings``, which finds the noun phrase beside a name (an apposition
"Okafor, 52,", "Cole, the paper's Moscow correspondent", "Marlow, a market town in Buckinghamshire", a
party mark "(R-Texas)", a copular complement "Okafor is the chief executive") and hands it here to be read
by the kind of entity named: a person's role and employer, an organisation's seat, a place's container.
Kept apart so that finding the phrase and reading it are each one idea.
"""

from __future__ import annotations

import dataclasses

from tuicompare.engine.attrappos import party_letter
from tuicompare.engine.attrcount import count_finding, of_counts
from tuicompare.engine.attremployer import numbered_name
from tuicompare.engine.attrnorp import norp
from tuicompare.engine.attrparse import Finding, Parse, age_finding, not_held_now, plural
from tuicompare.engine.attrplace import PLACE_LABELS, base, listed, place_name, places, seat_words
from tuicompare.engine.attrrole import noun_role
from tuicompare.engine.entities import PLACE_NOUNS
from tuicompare.engine.firms import firm_noun
from tuicompare.engine.rolenouns import BODY_NOUNS, KIN, PARTY_LETTERS, PEOPLE_NOUNS, role_noun

#: Nouns for someone's offspring beside "son" and "daughter" (in ``KIN``).
_OFFSPRING = frozenset({"kid", "baby"})


def descriptor(p: Parse, noun: int, label: str, confidence: float, out: list[Finding]) -> None:
    """What a noun phrase set beside a name says of it: an age, a role, or for a place its container."""
    age = age_finding(p, noun, confidence)
    if age is not None:
        out.append(age)
    if p.t[noun].pos == "NUM":
        if label == "person":
            _one_of(p, noun, confidence, out)
        return
    if p.lemma(noun) in PARTY_LETTERS and noun > 0 and p.word(noun - 1) == "(" and p.right(noun, True) == noun:
        out.append(p.finding("party", noun, noun, confidence))  # "Inslee (D)": a party mark alone
        return
    of_counts(p, noun, confidence, out)  # "a village of 400 people"
    mark = party_letter(p, noun)
    if mark is not None:  # "(R-Texas)", "(D - W. Va.)": a party and a state, not a role nor a place
        out.append(p.finding("party", mark, mark, confidence))
        return
    if label == "place":
        if p.lemma(noun) in PLACE_NOUNS:
            places(p, noun, confidence, out)
        elif p.label.get(noun) == "NORP":
            pass  # "Ross of Utah, a Republican": a people's or a party's word contains no place
        elif p.label.get(noun) not in PLACE_LABELS and _holder_of_office(p, noun):
            pass  # "the governor of Qeshm, Mehdi Irannejad": the name after the place is the governor's
        elif (p.label.get(noun) in PLACE_LABELS or p.t[noun].pos == "PROPN") and not listed(p, noun):
            named = place_name(p, noun)
            if named is not None:
                out.append(p.finding("location", *named, confidence))
        return
    if p.t[noun].pos == "PROPN" and p.label.get(noun) in PLACE_LABELS:
        return
    # "one woman, Ann Cole", "the eldest of her five children, X": a number on a noun for people counts a group
    # the person is one of, nothing the person has
    people = label == "person" and p.lemma(noun) in PEOPLE_NOUNS | KIN | _OFFSPRING
    counted = None if role_noun(p.lemma(noun), p.word(noun)) or people else count_finding(p, noun, confidence)
    if counted is not None:  # "three term Texas Governor Rick Perry" read as "term, Rick Perry"; not "one senator, X"
        out.append(counted)
        return
    if p.t[noun].pos == "PROPN" and p.label.get(noun) == "NORP":
        norp(p, noun, confidence, out)
        return
    base(p, noun, confidence, out)
    if label == "organisation" and (firm_noun(p.lemma(noun)) or p.lemma(noun) in BODY_NOUNS):
        seat_words(p, noun, noun, confidence, out)  # "Knowsec, a Chinese security firm"
    if label == "person":
        mark = len(out)
        noun_role(p, noun, confidence, out)
        if any(p.lemma(k) == "now" for k in p.dep_kids(noun, ("advmod",))):  # "Roe, now an assistant coach,"
            # the body the post is held with is as recent as the post ("now an assistant coach with the Hawks")
            out[mark:] = [
                dataclasses.replace(f, now=True) if f.attribute in ("role", "employer") else f for f in out[mark:]
            ]


def _holder_of_office(p: Parse, noun: int) -> bool:
    """True when a name set beside a place follows "the <office> of <place>,": the office's holder, no place.

    In "the governor of Qeshm, Mehdi Irannejad, said" the parser may hang the name on the place as its
    apposition, as it would a region ("Khartoum, Sudan"); a name no place label marks, after a place that is
    the "of" of a role noun, names who holds the role.
    """
    place = p.t[noun].head
    of = p.t[place].head
    if place == noun or p.t[place].dep != "pobj" or p.lemma(of) != "of":
        return False
    office = p.t[of].head
    return office != of and role_noun(p.lemma(office), p.word(office))


def _one_of(p: Parse, noun: int, confidence: float, out: list[Finding]) -> None:
    """A person as "one of the Ns": the Ns' trade is a role ("one of the most popular players"), a team named
    by them the employer ("one of the most popular 76ers")."""
    if p.lemma(noun) != "one":
        return
    for of in p.dep_kids(noun, ("prep",)):
        for group in p.dep_kids(of, ("pobj",)) if p.lemma(of) == "of" else []:
            if numbered_name(p, group) or p.label.get(group) == "ORG":
                out.append(p.finding("employer", group, group, confidence))
            elif p.t[group].pos == "NOUN" and plural(p, group):
                mark = len(out)
                noun_role(p, group, confidence, out, group=True)
                not_held_now(out, mark)  # a group one is counted in, over a career: nothing against an office
