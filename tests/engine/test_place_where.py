"""Two places set by "in" on one verb say where one act happened (``placewhere``, issue 10).

Short texts written for these tests, read with the real spaCy model. A place is seldom its verb's argument:
"filed suit in Denver" sets the filing in Denver through a preposition, so two such places on one shared
verb had no evidence of one role and a changed city stayed unreported. A place that says where someone is
from ("a Denver man"), or where a statement was made ("said in Denver"), is no such place.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import red_and_possible, story_readings
from tuicompare.engine.placewhere import where_verb

_FIRST = (
    "Hours after the announcement, three conservation groups filed a lawsuit in Denver, arguing that the rule "
    "skips the public review the law requires."
)
_SECOND = "Several conservation groups filed a lawsuit in federal court in Tucson seeking to halt the regulations."


def _where(text: str, place: str) -> str:
    r = story_readings((text,), date(2024, 5, 10))
    sentence = r.features["a0:0"]
    span = next(s for s in sentence.spans if s.text == place)
    assert sentence.parse is not None
    return where_verb(sentence.parse, span.start, span.end)


def test_two_cities_of_one_filing_are_red():
    # Before ``placewhere``: nothing reported (the words around the two cities barely agree).
    red, _possible = red_and_possible(_FIRST, _SECOND)
    assert frozenset({"Denver", "Tucson"}) in red


def test_two_cities_of_a_suit_and_a_lawsuit_stay_possible():
    # "filed suit" against "filed a lawsuit": one verb acting on two things may be two acts (``actobjects``).
    red, _possible = red_and_possible(_FIRST.replace("filed a lawsuit", "filed suit"), _SECOND)
    assert frozenset({"Denver", "Tucson"}) not in red


def test_one_city_on_both_sides_is_no_difference():
    red, possible = red_and_possible(_FIRST, _SECOND.replace("Tucson", "Denver"))
    assert not any("Denver" in values for values in red | possible)


def test_a_place_set_by_in_on_its_verb():
    assert _where("The groups filed suit in Denver on Thursday.", "Denver") == "file"
    assert _where("The groups filed a lawsuit in federal court in Tucson.", "Tucson") == "file"
    assert _where("The groups filed suit in a Denver courtroom on Thursday.", "Denver") == "file"


def test_places_that_say_no_act_s_place():
    assert _where("A Denver man filed suit on Thursday.", "Denver") == ""  # where he is from
    assert _where("The coach came to Denver from Tucson last year.", "Tucson") == ""  # one end of a move
    assert _where("The mayor said in Denver that the rule was wrong.", "Denver") == ""  # a statement's place
