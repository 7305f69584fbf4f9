"""A date on a verb that only carries an event noun dates that noun's event (issue 10, ``supportverbs``).

Short texts written for these tests, read with the real spaCy model. "Voters participated in the
elections Sunday" tells the voting's day: against "the country voted Tuesday in an election" the two days
are one act's, a red conflict (before, "participate" and "vote" were two verbs nothing joined: no
difference shown). "Stopped by the school Saturday" is a visit, red against "visited the school on
Wednesday" (no difference on main either); "filed for divorce in 1998" dates the divorce. The same day is no
conflict, a rally's day is no red against an election's, and the passive's "by" ("was stopped by police")
tells no visit.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.frames import NOUN_FRAME
from tuicompare.engine.supportverbs import carried_event

_VOTED = (
    "The small republic voted Tuesday in a parliamentary election that observers said offered voters"
    " little real choice."
)


def _participated(when: str) -> str:
    return (
        "The election commission said 80 per cent of registered voters had participated in the"
        f" parliamentary elections {when}, despite calls for a boycott."
    )


def test_participating_in_an_election_against_voting_in_it_is_red():
    red, _possible = red_and_possible(_participated("Sunday"), _VOTED)
    assert frozenset({"Sunday", "Tuesday"}) in red


def test_the_same_day_is_no_conflict():
    red, possible = red_and_possible(_participated("Tuesday"), _VOTED)
    assert not any("Tuesday" in value for pair in red | possible for value in pair)


def test_the_date_is_set_on_the_elections():
    r = story_readings((_participated("Sunday"),), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    sunday = next(s for s in sentence.spans if s.text == "Sunday")
    assert sentence.parse is not None
    assert carried_event(sentence.parse, sunday.start, sunday.end) == NOUN_FRAME + "election"


def test_taking_part_in_a_vote_dates_the_vote():
    r = story_readings(("Thousands of residents took part in the vote on Sunday.",), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    sunday = next(s for s in sentence.spans if "Sunday" in s.text)
    assert sentence.parse is not None
    assert carried_event(sentence.parse, sunday.start, sunday.end) == NOUN_FRAME + "vote"


def test_a_verb_that_carries_nothing_keeps_its_own_act():
    r = story_readings(("The actress filed the papers at a court in the city on Monday.",), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    monday = next(s for s in sentence.spans if "Monday" in s.text)
    assert sentence.parse is not None
    assert carried_event(sentence.parse, monday.start, monday.end) == ""


def test_participating_in_a_rally_is_no_red_conflict_with_an_election_day():
    red, _possible = red_and_possible(
        "Thousands of opposition supporters participated in a rally in the capital Sunday, police said.", _VOTED
    )
    assert not any("Sunday" in value for pair in red for value in pair)


def test_filing_for_divorce_dates_the_divorce():
    r = story_readings(("The singer filed for divorce in 1998, a court spokesman said.",), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    year = next(s for s in sentence.spans if s.text == "1998")
    assert sentence.parse is not None
    assert carried_event(sentence.parse, year.start, year.end) == NOUN_FRAME + "divorce"


def _frame_of(text: str, value: str) -> str:
    r = story_readings((text,), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    slot = next(s for s in sentence.spans if value in s.text)
    assert sentence.parse is not None
    return carried_event(sentence.parse, slot.start, slot.end)


def test_stopping_by_is_a_visit():
    assert _frame_of("The governor stopped by the flooded school Saturday and spoke to parents.", "Saturday") == (
        NOUN_FRAME + "visit"
    )


def test_stopped_by_police_is_no_visit():
    assert _frame_of("The driver was stopped by police on Saturday near the bridge.", "Saturday") == ""


def test_a_stop_by_against_a_visit_is_red():
    red, _possible = red_and_possible(
        "The governor, who was not in the town during the flood, stopped by the school Saturday.",
        "The governor visited the school on Wednesday to meet the teachers after the flood.",
    )
    assert frozenset({"Saturday", "Wednesday"}) in red
