"""A full name the recogniser calls a firm or a place, beside a person of its given name, is a person's.

The small model tags some unfamiliar full names by their first word ("Paris Hutcherson": a firm, every time).
When the story names a person of that very given name in full ("Engineer Paris Bennett"), the name is a
person's too, so a surname one outlet changed pairs with the others' and is a red conflict; before, the renamed
name was a firm and nothing compared it. Names of places, bodies and firms named after people ("Lincoln
Memorial", "Jordan Valley", "the carmaker Lincoln Poe", "Jordan Poe, a town") keep their kind; a preposition of
place ("born in Nashville, Ann Poe was") says nothing against a person.
"""

from __future__ import annotations

from tests.support.texts import compare_harbour, named
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, name_key

FIRST = "Engineer Paris Bennett warned in March that the wall could fall in a winter storm."
SECOND = "The wall could collapse in a bad storm, said Paris Bennett, an engineer who inspected it."


def _span(article: str, index: int, text: str, label: str, role: tuple[str, ...] = (), cue: str = "") -> Span:
    return Span(f"{article}:{index}", 0, len(text), text, label, "name", name_key(text), "name", role, None, cue)


def _labels(spans: list[Span]) -> dict[str, str]:
    return {e.name: e.label for e in resolve(spans)}


def test_a_renamed_person_the_recogniser_calls_a_firm_is_a_red_conflict():
    third = "Paris Hutcherson has checked the stones of the harbour every spring for a decade."
    comparison = compare_harbour(FIRST, SECOND, third)
    assert {e.name: e.label for e in comparison.entities if e.name.startswith("Paris")} == {
        "Paris Bennett": "person",
        "Paris Hutcherson": "person",
    }
    assert {"Paris Bennett", "Paris Hutcherson"} in named(comparison, "conflict")


def test_a_full_name_tagged_a_firm_is_a_person_beside_a_namesake_person():
    spans = [
        _span("a", 0, "Ann Roe", "PERSON"),
        _span("b", 0, "Ann Poe", "ORG"),
        _span("b", 1, "Ann Poe", "GPE", cue="place"),
    ]
    assert _labels(spans) == {"Ann Roe": "person", "Ann Poe": "person"}


def test_without_a_namesake_person_the_vote_stands():
    spans = [_span("a", 0, "Jo Roe", "PERSON"), _span("b", 0, "Ann Poe", "ORG"), _span("b", 1, "Ann Poe", "ORG")]
    assert _labels(spans)["Ann Poe"] == "organisation"


def test_a_place_or_a_body_named_after_a_person_keeps_its_kind():
    spans = [
        _span("a", 0, "Lincoln Chafee", "PERSON"),
        _span("b", 0, "Lincoln Memorial", "FAC"),
        _span("b", 1, "Jordan Valley", "LOC"),
        _span("a", 1, "Jordan Smith", "PERSON"),
        _span("c", 0, "Lincoln Poe", "ORG", role=("carmaker",)),
        _span("c", 1, "Jordan Poe", "GPE", role=("town",)),
    ]
    labels = _labels(spans)
    assert labels["Lincoln Memorial"] != "person"
    assert labels["Jordan Valley"] != "person"
    assert labels["Lincoln Poe"] == "organisation"
    assert labels["Jordan Poe"] == "place"


def test_a_firm_beside_its_short_form_read_as_a_person_stays_a_firm():
    # "Brindle Vaults" tagged a person shortens the firm; a surname changed is another word.
    spans = [_span("a", 0, "Brindle Vaults", "PERSON"), _span("b", 0, "Brindle Vaultworks", "ORG")]
    assert _labels(spans)["Brindle Vaultworks"] == "organisation"


def test_a_middle_name_the_two_share_does_not_keep_the_renamed_name_a_firm():
    spans = [_span("a", 0, "Ann Lee Roe", "PERSON"), _span("b", 0, "Ann Lee Poe", "ORG")]
    assert _labels(spans)["Ann Lee Poe"] == "person"


def test_a_word_leading_several_names_of_things_is_no_given_name():
    # "Matanuska" leads a firm's and a farm's names: one of them read as a person's makes no given name of it.
    spans = [
        _span("a", 0, "Matanuska Maid", "PERSON"),
        _span("b", 0, "Matanuska Creamery", "ORG"),
        _span("b", 1, "Matanuska Colony", "ORG"),
    ]
    labels = _labels(spans)
    assert labels["Matanuska Creamery"] == "organisation"
    assert labels["Matanuska Colony"] == "organisation"
