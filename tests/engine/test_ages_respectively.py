"""Ages told in a list after a list of names: "Anna and Beth Carver, aged 16 and 13 respectively".

Short texts written for these tests, compared with the real spaCy model. The first age of the list is the first
person's, the second the second's; another outlet's age for one of them, told in a sentence of its own, is a
difference, and a list of ages shorter than its list of names gives no one an age.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.analysis import nlp
from tuicompare.engine.features import Span
from tuicompare.engine.respectiveages import respective_person
from tuicompare.engine.spans import collect_spans
from tuicompare.models import Article

LEAD = "The family attended the autumn parade in the city centre on Thursday. "
LISTED = "A critic wrote on Friday that Anna and Beth Carver, aged {} and {} respectively, should dress better."
APART = "Anna, {}, wore a plaid skirt and dark boots. Beth, {}, wore a red dress and white socks."


def _reds(first: str, second: str) -> set[frozenset[str]]:
    return tier_values(compare_texts(LEAD + first, LEAD + second, tail=NEUTRAL_TAIL), "conflict")


def test_the_first_persons_age_in_the_list_against_her_age_told_apart_is_red():
    assert frozenset({"16", "22"}) in _reds(LISTED.format(16, 13), APART.format(22, 13))


def test_the_listed_ages_told_apart_alike_are_no_difference():
    comparison = compare_texts(LEAD + LISTED.format(16, 13), LEAD + APART.format(16, 13), tail=NEUTRAL_TAIL)
    assert tier_values(comparison, "conflict") == tier_values(comparison, "possible") == set()


def _slots(text: str) -> list[Span]:
    sentence = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences[0]
    return [span for _first, _last, span in collect_spans(sentence)]


def _owners(text: str) -> list[tuple[str, str | None]]:
    """Each age slot of ``text``'s sentence and the name ``respective_person`` gives it."""
    sentence = nlp.analyze([Article("a", "a.txt", "t", text)])[0].sentences[0]
    own = _slots(text)
    ages = [s for s in own if s.unit == "age"]
    return [(a.text, getattr(respective_person(sentence, own, a), "text", None)) for a in ages]


def test_each_age_of_the_list_qualifies_the_name_at_its_place():
    assert _owners(LISTED.format(16, 13)) == [("16", "Anna"), ("13", "Beth Carver")]


def test_a_list_of_names_longer_than_its_ages_gives_no_one_an_age():
    longer = (
        "A critic wrote on Friday that Anna, Lou and Beth Carver, aged 16 and 13 respectively, should dress better."
    )
    assert [owner for _age, owner in _owners(longer)] == [None, None]
