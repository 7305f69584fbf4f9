"""A date both compared sentences state alike in another slot does not excuse a changed date as moved.

"Released in late 2006 after serving time on a 2006 conviction" against "released in late 2008 after serving
time on a 2006 conviction": the other sentence's 2006 is the conviction's, which both state, so the release's
"late 2006" is no value moved to another slot (``dateacts.dated_beside``, ``dateacts.dated_alike``); it is a
difference (a possible one: "late" years are approximate). A year the other sentence states only there still
reads as moved. Short sentences written for the test, read with the real spaCy model (issue 10).
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_RELEASED = (
    "Mr. Tom Dunn had been released from the Lorn County jail in late {} after serving time on a 2006 conviction"
    " for assault."
)


def _reported(first: str, second: str) -> set[frozenset[str]]:
    red, possible = red_and_possible(first, second)
    return red | possible


def test_a_release_year_beside_a_conviction_year_both_state_is_a_difference():
    assert frozenset({"late 2006", "late 2008"}) in _reported(_RELEASED.format(2006), _RELEASED.format(2008))


def test_the_same_release_year_is_no_difference():
    assert _reported(_RELEASED.format(2008), _RELEASED.format(2008)) == set()


def test_a_year_the_other_states_only_in_another_slot_still_reads_as_moved():
    # Only the second sentence names 2006: the first may have moved the conviction's year to its release.
    first = "Mr. Tom Dunn had been released from the Lorn County jail in late 2006 after serving time for assault."
    assert frozenset({"late 2006", "late 2008"}) not in _reported(first, _RELEASED.format(2008))


def test_a_year_stated_less_precisely_beside_another_event_s_month_is_no_difference():
    found = _reported(
        "A quake killed 26,000 people in Bam in December 2003.",
        "A quake killed 26,000 people in Bam in 2003, and 600 died in Zarand in February.",
    )
    assert not any("December 2003" in pair for pair in found)
