"""Two numbers each an apposition or possession of one named entity fill one role (``slotroles.owned_alike``).

Short articles written for these tests, compared as one story with the real spaCy model. "The Hornets (11-4)"
against "the Hornets (8-4)" in two loosely alike sentences gives one team two records: the numbers say what one
entity has, as "Sen. Ann Roe of Maine" against "of Ohio" gives one senator two states (``anchored_alike``), so the
pair is read with full slot evidence however little else of the two sentences agrees. A count of a group ("23
Democrats", "33 Democrats") and sums of one entity ("the firm's $5 million") are not so read.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.slotroles import owned_alike

_WON = (
    "The Hornets beat the Falcons 31-24 on Sunday to win their eighth game in a row. "
    "The Hornets (11-4), on an eight-game winning streak, clinched a playoff berth. "
    "Their quarterback threw for three touchdowns."
)


def _sealed(record: str) -> str:
    return (
        "A late interception sealed the game for the Hornets on Sunday. "
        f"That was the difference between the Hornets ({record}) clinching a berth with their eighth straight"
        " victory and the Falcons falling to 5-10. "
        "The Falcons have lost six of their last seven games."
    )


def test_two_records_of_one_team_in_loosely_alike_sentences_are_a_difference():
    red, possible = red_and_possible(_WON, _sealed("8-4"))
    assert frozenset({"11-4", "8-4"}) in red | possible


def test_one_record_told_twice_is_no_difference():
    red, possible = red_and_possible(_WON, _sealed("11-4"))
    assert not any("11-4" in pair for pair in red | possible)


def test_which_numbers_one_entity_owns_alike():
    r = story_readings(
        [
            "Ann Roe, 37, was charged. The firm's $5 million loss was reported. 23 Democrats voted for it.",
            "Ann Roe, 52, was freed. The firm's $3 million profit was reported. 33 Democrats voted for it.",
        ],
        date(2024, 5, 6),
    )
    spans = {s.text: s for f in r.features.values() for s in f.spans}
    assert owned_alike(spans["37"], spans["52"], r.roles)  # one person's age, told twice
    assert not owned_alike(spans["$5 million"], spans["$3 million"], r.roles)  # a firm has many sums
    assert not owned_alike(spans["23"], spans["33"], r.roles)  # counts of a group, not what it has
