"""Two dates hung on two verbs of one act fill one role: a red conflict (``verbclasses.one_act``, issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. Two loosely
linked sentences date one finding with "found" and "discovered": the verbs name one act, so its two
days are a contradiction, where a verb of another act ("flown home") leaves the pair unread. Verbs of
one event's several acts ("shot", "died") stay a possible difference
(``test_dates_of_two_acts.test_a_shooting_and_a_death_told_on_two_days_stay_a_possible_difference``).
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.verbclasses import one_act

_FOUND_SUNDAY = (
    "Rescuers found the missing hiker alive near Blue Lake on Sunday, cold and hungry but unhurt after her ordeal"
    " in the woods."
)


def _searched(verb: str) -> str:
    return f"Volunteers had combed the woods near Blue Lake for days before the missing hiker was {verb} on Monday."


def test_a_finding_dated_by_two_verbs_of_one_act_is_a_conflict():
    red, _possible = red_and_possible(_FOUND_SUNDAY, _searched("discovered"))
    assert frozenset({"Sunday", "Monday"}) in red


def test_another_verb_of_finding_is_a_conflict_too():
    red, _possible = red_and_possible(_FOUND_SUNDAY, _searched("located"))
    assert frozenset({"Sunday", "Monday"}) in red


def test_a_verb_of_another_act_leaves_the_two_days_apart():
    red, possible = red_and_possible(_FOUND_SUNDAY, _searched("flown home"))
    assert frozenset({"Sunday", "Monday"}) not in red | possible


def test_which_verbs_tell_one_act():
    assert one_act("find", "discover")  # one near-synonym set
    assert one_act("unveil", "launch")
    assert not one_act("find", "find")  # one verb: read as one verb already (``evidence.same_frame``)
    assert not one_act("shoot", "die")  # two acts of one event, which may fall on two days
    assert not one_act("announce", "launch")  # a statement's day
    assert not one_act("happen", "launch")  # a verb naming no act
    assert not one_act("", "launch")  # no verb read
