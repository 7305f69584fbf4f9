"""A date on the first of two verbs "and" joins dates the second too (``conjoinedacts``, issue 10).

Short texts written for these tests, read with the real spaCy model. "walked into a party on Friday and shot
a man" gives the parse's "Friday" to "walked"; the shooting is dated by it as much, so against "after a
shooting at the party on Tuesday" the two days are one act's and the difference is red. A second clause
with its own subject, a conjoined verb with its own date, or a negated one, dates nothing of the first verb's.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.conjoinedacts import conjoined_verbs

_CHARGED = "A man has been charged with first-degree murder after a shooting at an office party in Dunmore on Tuesday."


def _walked(rest: str) -> str:
    return f"A former employee walked into a staff party at a Dunmore business on Friday{rest}."


def test_a_day_on_the_first_of_two_joined_verbs_dates_the_shooting():
    red, _possible = red_and_possible(_CHARGED, _walked(" and allegedly shot and killed a man"))
    assert frozenset({"Tuesday", "Friday"}) in red


def test_a_second_clause_with_its_own_subject_is_not_dated_by_the_first():
    red, _possible = red_and_possible(_CHARGED, _walked(", and a guard shot and killed a man"))
    assert not any("Friday" in pair for pair in red)


def test_a_joined_verb_with_its_own_date_keeps_it():
    red, _possible = red_and_possible(_CHARGED, _walked(" and shot and killed a man on Saturday"))
    assert not any("Friday" in pair for pair in red)


def test_a_negated_joined_verb_tells_no_act():
    red, _possible = red_and_possible(_CHARGED, _walked(" but did not shoot anyone"))
    assert not any("Friday" in pair for pair in red)


def test_the_joined_verbs_of_a_date():
    r = story_readings((_walked(" and allegedly shot and killed a man"),), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    friday = next(s for s in sentence.spans if s.text == "Friday")
    assert conjoined_verbs(sentence, friday) == frozenset({"shoot", "kill"})
