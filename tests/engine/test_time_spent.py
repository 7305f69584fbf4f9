"""Two spans of time spent in one place are one stay's, whichever rows they sit in (``timespent``, issue 10).

Short texts written for these tests, read with the real spaCy model. A list of stays told without a verb
("eight months at Fort Avery and nine years in the reserves") hangs the second span from no verb, so a
difference through a link had no evidence of one role; "in the reserves" on both sides says which stay each
span measures: the difference is red. Stays in two places, or spans with no place, stay as they were.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import kind_of, story_readings, through_link
from tuicompare.engine.timespent import spent_in

_SERVED = "Jo Roe enlisted in 1990 and served for eight months at Fort Avery and nine years in the reserves."


def _listed(stay: str) -> str:
    return f"His office called the report unfair to his record of service: eight months at Fort Avery and {stay}."


def test_two_stays_in_one_place_differ_in_red():
    assert kind_of(through_link(_SERVED, _listed("four years in the reserves"), 0.45), "nine", "four") == "conflict"


def test_stays_in_two_places_are_not_red():
    found = through_link(_SERVED, _listed("four years in the navy"), 0.45)
    assert kind_of(found, "nine", "four") != "conflict"


def test_spans_with_no_place_are_not_red():
    found = through_link(_SERVED, _listed("four years of duty"), 0.45)
    assert kind_of(found, "nine", "four") != "conflict"


def test_the_place_a_span_is_spent_in():
    r = story_readings((_SERVED,), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    years = next(s for s in sentence.spans if s.text == "nine years")
    assert spent_in(sentence, years) == ("in", "reserve")
