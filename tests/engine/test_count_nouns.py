"""Two counts of one thing named by different nouns: "two coaches" against "five trainers".

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. A count is read with the noun after it, which outlets
vary; two counts of different nouns in sentences whose words around them agree
are one slot, and a different figure is at least a possible difference
(``slots.counts_alike``). Counts whose surroundings share no word, and a bare
"one", are not paired.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, differences

OPENING_A = "The Harwick rowing club opened its new boathouse on the river on Saturday after two years of work. "
OPENING_B = "Harwick rowing club members gathered on Saturday to open the new boathouse on the river. "
CLOSING = " The boathouse cost the club about half a million pounds, raised mostly from members."


def _values(sentence_a: str, sentence_b: str) -> list[set[str]]:
    comparison = compare_texts(OPENING_A + sentence_a + CLOSING, OPENING_B + sentence_b + CLOSING)
    return [set(values) for _kind, values in differences(comparison)]


def test_two_counts_of_different_nouns_in_one_phrase_differ():
    found = _values(
        "For the new season the club hired two coaches for its junior squad.",
        "For the new season the club hired five trainers for its junior squad.",
    )
    assert {"two", "five"} in found


def test_the_same_count_of_different_nouns_is_no_difference():
    found = _values(
        "For the new season the club hired two coaches for its junior squad.",
        "For the new season the club hired two trainers for its junior squad.",
    )
    assert not any({"two"} <= values for values in found)


def test_counts_whose_words_around_share_nothing_are_not_compared():
    found = _values(
        "Two coaches will run the junior squad from the boathouse this spring.",
        "The junior squad will train at the boathouse with five volunteers this spring.",
    )
    assert not any({"Two", "five"} <= values for values in found)
