"""An office a sentence gives a person by "as" ties a renamed person to the other outlet's holder of it.

Short articles written for these tests, analysed with the real spaCy model and compared as one story of three
(the harbour story of ``test_renamed_people``). One outlet names "former Secretary of State Laura Bennett",
another gives "Laura Whitfield" the office only by "her tenure as secretary of state" or "who served as
harbour master", and the third names neither, so no majority, row or fact ties the two names: the one office
does (``asoffices``). Where another person is named in the sentence, "her" may be theirs, and nothing is read.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import compare_harbour, named, story_readings
from tuicompare.engine.asoffices import as_offices

FIRST = "Former Secretary of State Laura Bennett warned in March that the wall could fall in a winter storm."
QUIET = "The ferry will keep sailing all winter, the harbour authority said."
THIRD = (
    "In a speech on the pier the councillor took aim at Laura Whitfield, calling her tenure as secretary of state "
    '"careless at best."'
)


def _read(text: str) -> dict[str, set[str]]:
    r = story_readings([text], date(2024, 5, 6))
    sentences = {sid: f.parse for sid, f in r.features.items() if f.parse is not None}
    spans = [s for f in r.features.values() for s in f.spans]
    found = as_offices(spans, r.entity_of, r.labels, sentences)
    return {s.text: found.get(r.entity_of[s], set()) for s in spans if s in r.entity_of}


def test_which_offices_are_read_by_as():
    offices = _read(
        "Critics attacked Laura Bennett, calling her tenure as secretary of state a failure. "
        "Mark Hughes, who served as mayor for ten years, died on Sunday. "
        "Karen Miller praised David Cooper, calling his term as mayor a success."
    )
    assert offices["Laura Bennett"] == {"secretary of state"}
    assert offices["Mark Hughes"] == {"mayor"}
    assert offices["David Cooper"] == set()  # two people named: "his" may be either's
    assert offices["Karen Miller"] == set()


def test_an_office_given_by_as_ties_a_renamed_person():
    comparison = compare_harbour(FIRST, QUIET, THIRD)
    assert {"Laura Bennett", "Laura Whitfield"} in named(comparison, "conflict")


def test_another_office_by_as_ties_nothing():
    comparison = compare_harbour(FIRST, QUIET, THIRD.replace("secretary of state", "harbour master"))
    assert {"Laura Bennett", "Laura Whitfield"} not in named(comparison, "conflict")
