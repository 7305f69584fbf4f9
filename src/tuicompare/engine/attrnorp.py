"""A people's or a party's word on a name or a title: a nationality, a party, or the jurisdiction of an office.

Helpers of ``attrrole``, ``attrbefore`` and ``attrdescriptor``. "Russian" before "engineer" says what the
engineer is; before "President" it says whose office the presidency is ("the British ambassador to Egypt" holds
Britain's office, whatever passport he carries), as "Texas" does in "Texas Governor" or "South Sudan's" in
"South Sudan's president": the office's jurisdiction, which the sheet does not give as the holder's nationality
(the entity golds' convention, ``benchmarks/gold/entities/README.md``). Vocabulary of English, never names.
"""

from __future__ import annotations

from tuicompare.engine.attrparse import Finding, Parse
from tuicompare.engine.rolenouns import BODY_NOUNS, ENVOYS, PARTY_WORDS, demonym

#: Offices a state (or a people) confers: its head and government, its legislators and governors, its officials and
#: envoys. A people's word before one names the state whose office it is. Trades and posts anyone may hold for
#: anyone ("engineer", "spokesman", "adviser", "diplomat" as a career) are not here: a people's word before them is
#: the holder's nationality.
STATE_OFFICES = ENVOYS | frozenset(
    {"president", "premier", "chancellor", "minister", "secretary", "governor", "mayor", "senator", "lawmaker"}
    | {"legislator", "parliamentarian", "congressman", "congresswoman", "official", "leader"}
    | {"king", "queen", "monarch", "emperor", "empress", "sultan", "emir", "shah", "tsar", "czar"}
)
#: Parts of speech a title runs through after the people's word ("Greek prime minister", "Russian Foreign Minister").
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def office_of_state(p: Parse, i: int) -> bool:
    """True when the people's word ``i`` opens the title of a state's office ("Egyptian Minister of X", "Russian
    President", "the Greek prime minister", "the French ambassador"): the office's jurisdiction.

    The title runs from the word after ``i`` through nouns and adjectives (a tight hyphen too: "vice-president")
    up to the name; a body's word on the way ("Spanish government spokesman") is read by the caller.
    """
    k = i + 1
    while k < len(p.t) and p.label.get(k) != "PERSON":
        if p.lemma(k) in STATE_OFFICES:
            return not _held_in_body(p, k)
        hyphen = p.word(k) == "-" and p.t[k - 1].end == p.t[k].start
        if p.t[k].pos not in _TITLE_POS and not hyphen:
            return False
        k += 1
    return False


def _held_in_body(p: Parse, office: int) -> bool:
    """True when the office's "of" or "at" names a body it is held in ("the first African American president of the
    Academy", "president of the Medical Association"): a post in that body, so the people's word before it is the
    holder's. A minister's "of" names a portfolio ("Minister of Communications"), as a secretary's with no article
    ("Secretary of State")."""
    lemma = p.lemma(office)
    for prep in p.dep_kids(office, ("prep",)):
        if p.lemma(prep) not in ("of", "at"):
            continue
        for obj in p.dep_kids(prep, ("pobj",)):
            portfolio = lemma == "minister" or (lemma == "secretary" and not p.dep_kids(obj, ("det",)))
            if not portfolio and (p.label.get(obj) == "ORG" or p.lemma(obj) in BODY_NOUNS):
                return True
    return False


def norp(p: Parse, i: int, confidence: float, out: list[Finding]) -> None:
    """A nationality or, for a party word, a party ("Russian", "Democrat"); none for the jurisdiction of an office."""
    lemma = p.lemma(i)
    kind = "party" if lemma in PARTY_WORDS or lemma.removesuffix("s") in PARTY_WORDS else "nationality"
    if kind == "party" and p.word(i).islower() and p.t[p.t[i].head].pos == "NOUN" and p.t[i].head != i:
        return  # "a conservative blogger": an outlook, not a party
    if kind == "nationality" and not demonym(p.word(i)):
        return  # "Seattle Mayor" tagged as a people: a town, not a nationality
    if kind == "nationality" and office_of_state(p, i):
        return  # "Russian President X": whose office it is, not what the holder's passport says
    out.append(p.finding(kind, i, i, confidence))
