"""Nouns that name a firm by its trade ("the carmaker X", "drugmaker X", "X, the food maker"), not a person.

A title before a name or an apposition after it usually says the name is a
person's ("Lawyer X", "X, the senator"). Many trade nouns, though, are what the
press calls a company: "the carmaker Velta", "the food maker Brightwell", "the
insurer X". Such a noun says the name is an organisation, and it is no role of
anyone. Vocabulary of English, never names: the nouns of the business pages,
and the "-maker" compounds of a product ("carmaker", "chipmaker"), apart from
the ones that name a person ("lawmaker", "filmmaker").
"""

from __future__ import annotations

from collections.abc import Sequence

#: Nouns the press uses for a company and hardly ever for one person.
FIRM_NOUNS = frozenset(
    {
        "company",
        "firm",
        "corporation",
        "conglomerate",
        "multinational",
        "subsidiary",
        "maker",
        "manufacturer",
        "retailer",
        "wholesaler",
        "supplier",
        "airline",
        "carrier",
        "insurer",
        "lender",
        "bank",
        "chain",
        "giant",
        "startup",
        "utility",
        "broadcaster",
        "brand",
        "provider",  # "X, a communications provider in India": a service's provider is a firm, not an office
        "agency",  # "the X news agency", "an advertising agency": a body, never one person
    }
)
#: "-maker" words for a person, not a firm making a product ("lawmaker", "filmmaker", "peacemaker").
_PERSON_MAKERS = frozenset(
    {
        "law",
        "film",
        "movie",
        "policy",
        "peace",
        "decision",
        "match",
        "trouble",
        "play",
        "king",
        "home",
        "dress",
        "rain",
        "merry",
        "holiday",
        "noise",
        "deal",
        "difference",
        "money",
        "game",
    }
)


def firm_noun(lemma: str) -> bool:
    """True for a noun naming a company by its trade ("carmaker", "insurer", "food maker"'s "maker").

    Args:
        lemma: The noun's lemma, lower case.
    """
    word = lemma.lower().replace("-", "")
    if word in FIRM_NOUNS:
        return True
    stem = word.removesuffix("maker")
    return stem != word and len(stem) >= 3 and stem.isalpha() and stem not in _PERSON_MAKERS


def firm_title(role: Sequence[str]) -> bool:
    """True when the role words set beside a name end with a firm noun ("the food maker X": ``food``, ``maker``)."""
    return bool(role) and firm_noun(role[-1])
