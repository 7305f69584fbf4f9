"""What single words around a role noun say: a title's words, a misread trade, a past or dated post.

Helpers of ``attrrole.noun_role``, each a test on one word of the noun phrase
that gives a role or on the words next to it: a word that makes a title with the
office after it ("Head Coach", "former"), a trade the tagger took for a verb
("tackle"), a hyphen written tight ("vice-president"), an office in capitals
("QB"), a people's noun ("Frenchwoman"), the "turned" of "champion turned
actress", a field that makes a title ("swimming champion"), and a post the text
dates to a year ("treasurer until 2004"); and nouns that name no post where they stand: a doer ranked among
doers ("the leading rusher"), a player said to matter, whoever leads a race, whoever devised a plan ("the architect
of the policy"), whoever pleads a cause. Vocabulary
and parse, never names.
"""

from __future__ import annotations

from tuicompare.engine.attrparse import Parse
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import BODY_NOUNS, GENERIC, OCCUPATIONS, TITLED_BY_FIELD, role_noun
from tuicompare.engine.roles import initialism

#: Words before a role that make it a past one ("former aide", "ex-chairman", "then-President").
PAST = frozenset({"former", "ex", "then", "onetime", "erstwhile", "retired"})
#: Prepositions that date a post to a time ("the leading scorer in 2009", "treasurer during 2004").
_DATING = frozenset({"in", "during", "until", "till"})
#: Endings of the adjectives of a people that English joins to "man" ("English", "French", "Welsh"; not
#: "Congress", "Business").
_PEOPLE_STEMS = ("ish", "ch", "sh")


#: Words that make a title with the office after them ("Head Coach", "Vice President", "Defensive Tackle").
_TITLE_WORDS = frozenset(
    {"head", "chief", "assistant", "deputy", "vice", "senior", "general", "executive", "interim", "acting"}
)


def title_word(p: Parse, i: int) -> bool:
    """True for a word of a title in a title-case headline: an office, a trade or a word that makes one."""
    lemma = p.lemma(i)
    return lemma in _TITLE_WORDS or lemma in PAST or lemma in TITLES or role_noun(lemma, p.word(i))


def misread_trade(p: Parse, i: int) -> bool:
    """True for a listed trade the tagger took for a verb or an adjective before a name ("tackle", "receiver")."""
    return p.t[i].pos in ("VERB", "ADJ") and p.t[i].dep in ("compound", "amod") and p.lemma(i) in OCCUPATIONS


def elect_title(p: Parse, head: int) -> bool:
    """True for "elect" closing an office the tokenizer cut in three ("president-elect", "Governor-elect"): the
    office its holder is to take up, a title as the office is."""
    return p.word(head).lower() == "elect" and head >= 2 and hyphened(p, head - 1) and role_noun(p.lemma(head - 2))


def hyphened(p: Parse, i: int) -> bool:
    """True for a hyphen written tight between two words ("vice-president"), not a dash between spaces."""
    return (
        p.word(i) == "-"
        and i > 0
        and i + 1 < len(p.t)
        and p.t[i - 1].end == p.t[i].start
        and p.t[i].end == p.t[i + 1].start
    )


def capital_title(p: Parse, i: int) -> bool:
    """True for an office or position in capitals, whatever the recogniser called it ("QB" tagged as a place)."""
    return p.word(i).isupper() and initialism(p.lemma(i))


def people_noun(p: Parse, i: int) -> bool:
    """True for a noun naming one of a people by its adjective and "man"/"woman" ("Englishman", "Frenchwoman")."""
    word = p.word(i)
    stem = word.removesuffix("man").removesuffix("wo") if word.endswith("man") else ""
    return len(stem) > 3 and stem[:1].isupper() and stem.isalpha() and stem.endswith(_PEOPLE_STEMS)


def turned(p: Parse, j: int) -> bool:
    """True for the "turned" of "champion turned actress": it joins two roles, it is part of neither."""
    return p.lemma(j) == "turn" and p.t[j].pos == "VERB"


def field_title(p: Parse, head: int) -> bool:
    """True for "swimming champion", "world champion": a stance word a field before it makes a title."""
    return p.lemma(head) in TITLED_BY_FIELD and any(
        p.t[j].pos == "NOUN" and j < head for j in p.dep_kids(head, ("compound",))
    )


def dated(p: Parse, head: int) -> bool:
    """True for a post the text dates to a year ("the club's leading scorer in 2009", "treasurer until 2004").

    A post held in a given year says nothing of the one held now (a career: "the senator in 2004", "the
    president" later), so it weighs as a past one, not against a present post.
    """
    return any(
        p.lemma(k) in _DATING and any(_year(p, j) for j in p.dep_kids(k, ("pobj",)))
        for k in p.dep_kids(head, ("prep",))
    )


def _year(p: Parse, i: int) -> bool:
    """True for a year written as four digits ("2009"), or a date phrase ending in one ("May 2009")."""
    word = p.word(i)
    if word.isdigit() and len(word) == 4:
        return True
    return p.label.get(i) == "DATE" and any(
        p.word(j).isdigit() and len(p.word(j)) == 4 for j in range(p.left(i), p.right(i) + 1)
    )


#: Adjectives that rank a doer among others ("the leading rusher", "the top scorer"): a statistic, no post.
_RANKING = frozenset({"leading", "top"})
#: Adjectives that say a player matters in something ("a key player in the scandal"): a part played, no position.
_MATTERING = frozenset(
    {"key", "major", "central", "pivotal", "important", "significant", "minor", "bit", "instrumental", "crucial"}
)
#: Nouns for whoever is ahead in a race or a poll, and the prepositions that place someone against them.
_RACE_LEADS = frozenset({"leader", "frontrunner", "front-runner"})
_RACE_PLACES = frozenset({"behind", "ahead", "past"})
#: Counsel's words that also name whoever pleads a cause: "an advocate for patients" holds no post.
_PLEADERS = frozenset({"advocate"})


def ranked_doer(p: Parse, head: int) -> bool:
    """True for a doer ranked among doers ("the leading rusher", "the top passer"): a statistic, where the noun is
    no listed trade ("a leading lawyer" is a lawyer)."""
    lemma = p.lemma(head)
    ranked = any(p.word(j).lower() in _RANKING for j in p.dep_kids(head, ("amod",)))  # the lemma of "leading" is "lead"
    return ranked and not (lemma in TITLES or lemma in GENERIC or lemma in OCCUPATIONS)


#: Trades whose noun also names, by a figure of speech, whoever devised a plan ("the architect of the policy").
_DEVISERS = frozenset({"architect", "engineer"})
#: What a deviser devises when the trade is a figure: a plan, a policy, a deal, a campaign, not a building.
_DEVISED = frozenset(
    {"policy", "plan", "strategy", "deal", "law", "bill", "reform", "agreement", "accord", "treaty", "doctrine"}
    | {"approach", "program", "programme", "scheme", "campaign", "war", "budget", "overhaul", "compromise", "idea"}
    | {"plot", "attack", "invasion", "coup", "victory", "comeback", "recovery", "turnaround", "legislation"}
    | {"amendment", "settlement", "merger", "takeover", "bailout", "rescue", "crackdown", "vision"}
)


def no_position(p: Parse, head: int) -> bool:
    """True for a player said to matter ("a key player in the scandal": a part in events), whoever leads a race
    ("polling far behind the leader, X") or a trade's noun said of whoever devised a plan ("the chief architect of
    a foreign policy", "the engineer of the deal": a figure, as "founder" is a relation; "the architect of the
    stadium" is one): no position, no office."""
    lemma = p.lemma(head)
    if lemma == "player" and any(p.word(j).lower() in _MATTERING for j in p.dep_kids(head, ("amod",))):
        return True
    if lemma in _DEVISERS:
        devised = [
            o for prep in p.dep_kids(head, ("prep",)) if p.lemma(prep) == "of" for o in p.dep_kids(prep, ("pobj",))
        ]
        if any(p.t[o].pos == "NOUN" and o not in p.label and p.lemma(o) in _DEVISED for o in devised):
            return True
    at = p.t[head]
    return lemma in _RACE_LEADS and at.dep == "pobj" and p.lemma(at.head) in _RACE_PLACES


def pleads_a_cause(p: Parse, head: int) -> bool:
    """True for a pleader whose "for" or "of" names no one by name: a cause or a kind of people ("an advocate for
    patients", "of reform"), not a client ("an advocate for Ann Cole", "for the Acme Corp.")."""
    if p.lemma(head) not in _PLEADERS:
        return False
    objs = [
        obj
        for prep in p.dep_kids(head, ("prep",))
        if p.lemma(prep) in ("for", "of")
        for obj in p.dep_kids(prep, ("pobj",))
    ]
    return bool(objs) and all(p.t[obj].pos == "NOUN" and obj not in p.label for obj in objs)


#: Kinds of people a team, a class or a ward is for ("the men's basketball coach", "a girls' soccer coach").
_SIDES = frozenset({"man", "woman", "boy", "girl", "child", "kid", "junior", "youth", "lady", "gentleman"})


def division(p: Parse, i: int) -> bool:
    """True for a possessive naming whom a post's team or class is for ("head men's basketball coach"): part of
    the title, no body employing its holder."""
    return p.t[i].dep == "poss" and p.lemma(i) in _SIDES and p.word(i).islower()


#: Words that open a rank's compound title ("Rear Admiral", "Vice Admiral"): no body, though tagged as one.
_RANK_PREFIXES = frozenset({"rear", "vice"})
#: Titles the word before them makes one office ("Surgeon General", "Inspector General", "Rear Admiral").
_COMPOUND_HEADS = frozenset({"general", "admiral"})


def title_part(p: Parse, j: int, head: int) -> bool:
    """True for a capitalised word right before a title that opens one compound title with it, whatever the
    recogniser tagged it: the first word of "Surgeon General" or "Inspector General", or a rank's prefix ("Rear
    Admiral"), not a body employing the holder."""
    lemma = p.lemma(j)
    return (
        j == head - 1
        and p.word(j)[:1].isupper()
        and p.word(head)[:1].isupper()
        # only before "General" and "Admiral", which the word before makes one office: "Interior Secretary",
        # "State Trooper", "Saints Head Coach" name a body before a title
        and (lemma in _RANK_PREFIXES or (lemma not in BODY_NOUNS and p.lemma(head) in _COMPOUND_HEADS))
    )
