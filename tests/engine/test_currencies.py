"""One amount in two currencies: "$136 million" against "€103 million".

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Outlets convert an amount into their readers' currency;
without the day's exchange rate the two figures cannot be compared, so
amounts in two different currencies are never a difference, while two
amounts in one currency still are.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, difference_sets

OPENING_A = "Thieves raided a watch shop in Lorvane on Monday morning, police said. "
OPENING_B = "A watch shop in Lorvane was raided by thieves early on Monday, according to police. "
CLOSING = " The thieves escaped in a stolen van that was later found burnt out."


def _found(sentence_a: str, sentence_b: str) -> list[tuple[str, set[str]]]:
    return difference_sets(compare_texts(OPENING_A + sentence_a + CLOSING, OPENING_B + sentence_b + CLOSING))


def test_an_amount_converted_into_another_currency_is_no_difference():
    found = _found(
        "They took watches worth $4.2 million from the display cases, the owner said.",
        "They took watches worth €3.2 million from the display cases, the owner said.",
    )
    assert found == []


def test_a_currency_named_in_words_is_a_currency_too():
    found = _found(
        "They took watches worth 3.2 million euros from the display cases, the owner said.",
        "They took watches worth £2.7 million from the display cases, the owner said.",
    )
    assert found == []


def test_two_amounts_in_one_currency_still_differ():
    found = _found(
        "They took watches worth $4.2 million from the display cases, the owner said.",
        "They took watches worth $6.8 million from the display cases, the owner said.",
    )
    assert [values for _kind, values in found] == [{"$4.2 million", "$6.8 million"}]
