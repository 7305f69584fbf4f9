"""What single words around a role noun say: a title's words, a misread trade, a past or dated post.

Helpers of ``attrrole.noun_role``, each a test on one word of the noun phrase
that gives a role or on the words next to it: a word that makes a title with the
office after it ("Head Coach", "former"), a trade the tagger took for a verb
("tackle"), a hyphen written tight ("vice-president"), an office in capitals
("QB"), a people's noun ("Frenchwoman"), the "turned" of "champion turned
actress", a field that makes a title ("swimming champion"), and a post the text
dates to a year ("treasurer until 2004"). Vocabulary and parse, never names.
"""

from __future__ import annotations

from tuicompare.engine.attrparse import Parse
from tuicompare.engine.names import TITLES
from tuicompare.engine.rolenouns import OCCUPATIONS, TITLED_BY_FIELD, role_noun
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
        p.t[j].pos == "NOUN" and j < head for j in p.dep_kids(head, "compound")
    )


def dated(p: Parse, head: int) -> bool:
    """True for a post the text dates to a year ("the club's leading scorer in 2009", "treasurer until 2004").

    A post held in a given year says nothing of the one held now (a career: "the senator in 2004", "the
    president" later), so it weighs as a past one, not against a present post.
    """
    return any(
        p.lemma(k) in _DATING and any(_year(p, j) for j in p.dep_kids(k, "pobj")) for k in p.dep_kids(head, "prep")
    )


def _year(p: Parse, i: int) -> bool:
    """True for a year written as four digits ("2009"), or a date phrase ending in one ("May 2009")."""
    word = p.word(i)
    if word.isdigit() and len(word) == 4:
        return True
    return p.label.get(i) == "DATE" and any(
        p.word(j).isdigit() and len(p.word(j)) == 4 for j in range(p.left(i), p.right(i) + 1)
    )
