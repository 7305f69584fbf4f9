"""An office named "<title> of <noun>" ("chief of staff") is read as one post on both sides of a name.

Short texts written for these tests, parsed with the real spaCy model. The role reader keeps "chief" alone after a
name ("Ann Roe, the chief of staff") and nothing before it ("chief of staff Ann Roe"), so a person renamed by one
outlet shared no office with the other outlet's name (``bodyties.compound_office``, read by ``surnames``). A field
with a determiner names a body ("the director of the Harbour Trust"), and a title with a possessor is one of many
people's ("the mayor's chief of staff"): neither is read.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.bodyties import compound_office

_TEXT = (
    "The wall could fall, acting chief of staff Ann Poe told reporters. "
    "Jo Roe, the secretary of state, said it would stand. "
    "Kim Lee, the director of the Harbour Trust, said nothing. "
    "Max Fry, the mayor's chief of staff, was away. "
    "Sal Orr, the director of communications, called it a storm."
)


def _offices() -> dict[str, set[str]]:
    r = story_readings([_TEXT], date(2024, 5, 6))
    return {s.text: compound_office(s, f.parse) for f in r.features.values() for s in f.spans}


def test_which_compound_offices_are_read():
    offices = _offices()
    assert offices["Ann Poe"] == {"chief of staff"}  # before the name
    assert offices["Jo Roe"] == {"secretary of state"}  # after it
    assert offices["Sal Orr"] == {"director of communication"}
    assert offices["Kim Lee"] == set()  # a body, not a field
    assert offices["Max Fry"] == set()  # another person's chief of staff


def test_a_chief_of_staff_and_a_chief_of_police_stay_two_people():
    # one title heading two fields is two offices: read as "chief" alone, they would be one seat
    first = (
        "The Harbor City Gulls lost their fourth straight game on Saturday. "
        "Speaking in Portland, Ann Poe, the chief of staff, told reporters the players had to defend better. "
        "Tickets for the next match are on sale now."
    )
    second = (
        "Ann Roe, the chief of police, has been under pressure since the Gulls fell to last place in the league. "
        "The club's owners met on Sunday to review the season. Tickets for the next match are on sale now."
    )
    third = (
        "The Gulls were beaten 3-0 at home on Saturday, their fourth defeat in a row. "
        "Fans booed as the players left the field. Tickets for the next match are on sale now."
    )
    red, _possible = red_and_possible(first, second, third)
    assert frozenset({"Ann Poe", "Ann Roe"}) not in red
