"""A bare title the parser hangs a name on ("the club's coach, Ann Poe,") gives the person that office when the
story's people are read as a whole (``context.headed_title``, ``surnames``).

Short articles written for these tests, compared as one story with the real spaCy model. One article names "the
club's coach, Ann Poe," where another names "Coach Ann Roe" and a third names neither: the parser makes "Ann Poe"
the apposition of "coach", so no role was read for her and nothing tied the two names of one coach together.
A title qualified by another word ("defense minister") names one of many seats and is not read so.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.context import headed_title

_ROE = (
    "Coach Ann Roe has been under pressure since the Gulls fell to last place in the league. "
    "The club's owners met on Sunday to review the season. "
    "Tickets for the next match are on sale now."
)
_NEITHER = (
    "The Gulls were beaten 3-0 at home on Saturday, their fourth defeat in a row. "
    "Fans booed as the players left the field. "
    "Tickets for the next match are on sale now."
)


def _poe(named: str) -> str:
    return (
        "The Harbor City Gulls lost their fourth straight game on Saturday. "
        f"Speaking in Portland, {named} told reporters the players had to defend better. "
        "Tickets for the next match are on sale now."
    )


def test_one_coach_named_with_two_surnames_is_a_conflict():
    red, _possible = red_and_possible(_poe("the club's coach, Ann Poe,"), _ROE, _NEITHER)
    assert frozenset({"Ann Poe", "Ann Roe"}) in red


def test_without_the_title_the_two_names_stay_apart():
    red, possible = red_and_possible(_poe("Ann Poe"), _ROE, _NEITHER)
    assert not any("Ann Poe" in pair for pair in red | possible)


def test_which_titles_before_a_name_are_read():
    r = story_readings(
        ["The club's coach, Ann Poe, said it was over. Israel's defense minister, Jo Roe, said it was over."],
        date(2024, 5, 6),
    )
    title = {s.text: headed_title(f.parse, s.start, s.end) for f in r.features.values() for s in f.spans}
    assert title["Ann Poe"] == "coach"
    assert title["Jo Roe"] == ""  # one of many ministers
