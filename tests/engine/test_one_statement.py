"""Two outlets quoting one statement word for word but giving it to two people: a red conflict of its source.

Short articles written for these tests, analysed with the real spaCy model and compared as one
story of three. Two articles quote the county's roads chief; the third quotes the same words
(inside quotation marks) but names another speaker, in a sentence worded unlike theirs, so the
sentences link weakly and only the shared quotation says the two names fill one place: the
statement's source. Different words quoted, or a stock phrase of a few words, are two statements
(no red conflict); and the quoted passages are read from the marks, straight or curly, a quote left
open or closed without its opening included.
"""

from __future__ import annotations

from tests.support.texts import compare_texts, tier_values
from tuicompare.engine.quotes import quoted_runs, share_a_quote

OPENING = "The county closed the old river bridge on Monday after engineers found deep cracks in two of its piers."
DETOUR = "Drivers now take a detour of twelve miles through the hills to reach the market town."
QUOTE = "We will open the bridge again before the first snow falls"
FIRST = f'{OPENING} "{QUOTE}," said Tom Harlow, who runs the county roads office. {DETOUR}'
SECOND = f'{DETOUR} {OPENING} Tom Harlow told reporters at a meeting in the town hall: "{QUOTE}."'


def _third(quoted: str) -> str:
    return f"{OPENING} Speaking beside the closed crossing, Peter Voss promised that {quoted} {DETOUR}"


def test_one_quote_given_to_another_speaker_is_a_red_conflict():
    comparison = compare_texts(FIRST, SECOND, _third(f'"{QUOTE.lower()}."'))
    assert frozenset({"Tom Harlow", "Peter Voss"}) in tier_values(comparison, "conflict")


def test_another_quote_of_another_speaker_is_no_red_conflict():
    comparison = compare_texts(FIRST, SECOND, _third('the county "will find the money for every repair."'))
    assert frozenset({"Tom Harlow", "Peter Voss"}) not in tier_values(comparison, "conflict")


def test_a_few_quoted_words_alike_are_not_one_statement():
    comparison = compare_texts(FIRST, SECOND, _third('the bridge would "open again" in the spring.'))
    assert frozenset({"Tom Harlow", "Peter Voss"}) not in tier_values(comparison, "conflict")


def test_quoted_passages_are_read_from_straight_and_curly_marks():
    assert quoted_runs('"We are glad," she said, "and proud."') == [["we", "are", "glad"], ["and", "proud"]]
    assert quoted_runs("\u201cWe are glad to be here,\u201d she said.") == [["we", "are", "glad", "to", "be", "here"]]
    assert quoted_runs("she said. \u201cIt will be a long winter.") == [["it", "will", "be", "a", "long", "winter"]]
    assert quoted_runs("it was hard,\u201d she said.") == [["it", "was", "hard"]]
    assert quoted_runs("No quotation at all, she said.") == []


def test_a_shared_quotation_needs_five_words_in_a_row():
    assert share_a_quote('Roe said: "We will open the bridge again soon."', 'Poe: "we will open the bridge again."')
    assert not share_a_quote('Roe said: "We will open it soon."', 'Poe said: "We will open the road."')
    assert not share_a_quote("We will open the bridge again soon, Roe said.", 'Poe: "we will open the bridge again."')


def test_a_quotation_in_typewriter_marks_is_the_same_quotation():
    """A wire that types "``" and "''" quotes the same words as an outlet with curly marks."""
    curly = "Roe said: \u201cWe will open the bridge again soon.\u201d"
    assert share_a_quote("``We will open the bridge again soon,'' Roe said.", curly)
    assert not share_a_quote("``We will open it soon,'' Roe said.", curly)
