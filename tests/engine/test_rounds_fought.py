"""The rounds a contest lasted, told as a count or as the ordinal of its last round.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. "The bout went 11 rounds" and "the challenge was ended in
the 15th round" tell one fact two ways (``roundsfought``); a scheduled length ("a
12-round bout") is no length fought, and an ordinal of anything else ("the third
game") is no count.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, tier_values
from tuicompare.models import Comparison

_A = "The champion beat the challenger in Berlin on Saturday, his promoter said. "
_B = "The champion defeated the challenger in Berlin on Saturday, his promoter said. "


def _compare(first: str, second: str) -> Comparison:
    return compare_texts(_A + first, _B + second, tail=NEUTRAL_TAIL)


def test_rounds_gone_against_another_last_round_is_a_conflict():
    comparison = _compare(
        "When the pair first met in 2008, the bout went 11 rounds.",
        "When the pair first met in 2008, the challenge was ended in the 15th round.",
    )
    assert frozenset({"11", "15th"}) in tier_values(comparison, "conflict")


def test_rounds_gone_against_the_same_last_round_is_no_difference():
    comparison = _compare(
        "When the pair first met in 2008, the bout went 11 rounds.",
        "When the pair first met in 2008, the challenge was ended in the 11th round.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_a_decision_after_another_round_is_a_conflict():
    comparison = _compare(
        "On the undercard, Tom Reed won an eighth-round decision over Al Poe.",
        "On the undercard, Tom Reed won a 15-round decision over Al Poe.",
    )
    assert frozenset({"eighth", "15"}) in tier_values(comparison, "conflict")


def test_a_scheduled_length_is_no_round_fought():
    comparison = _compare(
        "The challenger was stopped in the 11th round on Saturday.",
        "The challenger was stopped late in the scheduled 12-round bout on Saturday.",
    )
    assert tier_values(comparison, "conflict") == set()
    assert tier_values(comparison, "possible") == set()


def test_an_ordinal_game_is_no_count_of_games():
    comparison = _compare(
        "The champion won the third game of the series.",
        "The champion won three games of the series.",
    )
    assert tier_values(comparison, "conflict") == set()


def test_rounds_of_a_decision_win_are_no_margin():
    # "an fifteen": a slip of the article (as articles have) that makes the parse hang the figure on "win",
    # the way "a 12-point win" is a margin; a count of rounds fought is never by how much one won.
    comparison = _compare(
        "Former champion Tom Reed returned to the ring with an fifteen round decision win over Al Poe.",
        "On the undercard, former champion Tom Reed made a modest comeback with an eighth-round decision over Al Poe.",
    )
    assert frozenset({"fifteen", "eighth"}) in tier_values(comparison, "conflict")
