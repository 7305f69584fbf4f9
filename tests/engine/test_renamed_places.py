"""A town one article names at every mention, where the two other articles agree on another: a red conflict.

Short articles written for these tests, analysed with the real spaCy model and compared as one story of
three. Two outlets place a jewellery heist in one city, the third in another at each of its mentions; the
sentences that tell the theft name the city only as a modifier ("the Munich branch", "a Vienna avenue"), so the
words around the two names alone are too weak to pair them. When the one article names two towns no other
article names, it does not say which of them it put in the others' place.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, tier_values

OTHER = (
    "Armed robbers dressed as women took $90 million of rings and watches from a Vela boutique on a busy"
    " Vienna avenue in one of the largest jewel heists ever, officials said Friday."
    " The Vienna police said the robbers fled in a car."
)
THIRD = (
    "Police in Vienna are hunting four armed men who robbed the Vela jewellery shop on Thursday."
    " The men took rings and watches worth $90 million, the Vienna prosecutor said."
)


def _copy(city: str, also: str = "") -> str:
    return (
        f"Armed robbers stole diamonds valued at 70 million euros ($90 million) from the {city} branch of the"
        f" jeweller Vela, the city prosecutor's office said. The {city} shop had been robbed once before{also}."
    )


def test_a_town_renamed_at_every_mention_is_a_red_conflict():
    conflicts = tier_values(compare_texts(_copy("Munich"), OTHER, THIRD), "conflict")
    assert frozenset({"Munich", "Vienna"}) in conflicts


def test_two_towns_only_one_article_names_are_no_red_conflict():
    conflicts = tier_values(compare_texts(_copy("Munich", ", by a gang from Salzburg"), OTHER, THIRD), "conflict")
    assert not any("Vienna" in values for values in conflicts)
