"""A date on "came" dates the event noun that came: "her arrest came Monday" is the arrest's day (issue 10).

Short texts written for these tests, read with the real spaCy model, one weak link between two sentences
(0.3, under ``LinkTuning.conflict_link_min``: only values tied to one entity are compared).
"came" names no act of its own, so its date is its subject's (``eventsubjects``): "Dara Venn's arrest
came on Monday" dates her arrest, which a weak link compares with "Dara Venn was arrested on Tuesday"
(``possessors``). Another event that came ("the ruling came on Monday") is not her arrest.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import weak_link_differences

_PUBLISHED = date(2024, 5, 10)
_ARRESTED = "Dara Venn was arrested on Tuesday, the harbour police said."


def test_the_day_her_arrest_came_against_the_day_she_was_arrested_differs():
    found = weak_link_differences(
        ("Police said Dara Venn's arrest came on Monday after a long search of the harbour.", _ARRESTED),
        _PUBLISHED,
        0.3,
    )
    assert frozenset({"Monday", "Tuesday"}) in found


def test_the_day_another_event_came_is_not_her_arrest_s_day():
    found = weak_link_differences(
        ("Police said Dara Venn's ruling came on Monday after a long search of the harbour.", _ARRESTED),
        _PUBLISHED,
        0.3,
    )
    assert not found
