"""A family tie in apposition to a name, with its possessor, is read as one post of the renamed-person rule.

Short texts written for these tests, parsed with the real spaCy model. "His granddaughter Laura Bennett" and
"Laura Whitfield, his granddaughter" in two outlets, with a third naming neither, are one person renamed: the
role reader keeps kin out of roles, so nothing tied the two names (``bodyties.kin_post``, read by ``surnames``).
So is "the first of her three husbands" in apposition. A tie many share ("a friend", "her cousin") or a kin word
with no possessor ("a granddaughter of the mayor") is not read.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import story_readings
from tuicompare.engine.bodyties import kin_post

_TEXT = (
    "His death was confirmed by Laura Whitfield, his granddaughter. "
    "The mayor died on Thursday at home, his granddaughter Mary Bennett said. "
    "Karen Miller, her cousin, was away. "
    "David Cooper, a grandson of the mayor, spoke first. "
    "In 1943 she married Paul Green, the first of her three husbands."
)


def test_which_family_ties_are_read():
    r = story_readings([_TEXT], date(2024, 5, 6))
    ties = {s.text: kin_post(s, f.parse) for f in r.features.values() for s in f.spans}
    assert ties["Laura Whitfield"] == {"kin granddaughter"}  # after the name
    assert ties["Mary Bennett"] == {"kin granddaughter"}  # before it
    assert ties["Karen Miller"] == set()  # a tie many share
    assert ties["David Cooper"] == set()  # no possessor: whose grandson is not said
    assert ties["Paul Green"] == {"kin husband"}  # after "of" in apposition
