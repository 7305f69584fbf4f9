"""A hedged day says when in the day, not which day (``daterelation.days_beyond_hedge``, issue 10).

Short texts written for these tests, read with the real spaCy model. "late Tuesday" against "Friday"
for one blast is a red difference, as "Tuesday" against "Friday" is; "late Tuesday" against "early
Wednesday" may be one night told two ways, so it stays possible.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.daterelation import days_beyond_hedge

_BLAST = (
    "A bomb exploded Friday at a bank branch in Dunmore, killing a police officer and a bomb squad technician,"
    " and critically injuring the police chief."
)


def _hedged(day: str) -> str:
    return (
        "A police officer and a bomb technician were killed, while the police chief remained in critical"
        f" condition after a bomb exploded {day} at a bank in Dunmore."
    )


def test_a_late_day_against_a_day_three_days_away_is_red():
    red, _possible = red_and_possible(_hedged("late Tuesday"), _BLAST)
    assert frozenset({"late Tuesday", "Friday"}) in red


def test_a_late_day_against_the_next_morning_stays_possible():
    blast = _BLAST.replace("exploded Friday", "exploded early Wednesday")
    red, _possible = red_and_possible(_hedged("late Tuesday"), blast)
    assert not any("late Tuesday" in pair for pair in red)


def test_days_beyond_a_hedge_count_around_the_week_and_the_month():
    assert days_beyond_hedge(":tue", ":fri", 1)
    assert days_beyond_hedge(":sat", ":mon", 1)  # two days over the weekend
    assert not days_beyond_hedge(":tue", ":wed", 1)
    assert days_beyond_hedge("~2013-04-16", "~2013-04-09", 1)
    assert not days_beyond_hedge("2013-04-16", "2013-04-17", 1)
    assert not days_beyond_hedge("2013", "2014", 1)  # years are not days
