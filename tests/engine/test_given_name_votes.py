"""A person named in full and often by given name alone stays a person, whatever the given name's tags say.

The recogniser tags a bare given name that is also a town's name ("Savannah") as a place in sentence after
sentence, while it calls the full name ("Savannah Roe") a person. A given name alone joins the full name
only as a person's (``names.is_name_part``), so its place tags were outvoting the person it names: the sheet
typed her a place and showed "Savannah Roe" and "Savannah" as two spellings of one place. Beside a full name
tagged a person, a bare given name's tag and its place cue ("a letter to Savannah": a preposition of place
takes a person too) are not counted; without such a full name, the tags and cues vote as they did.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, name_key


def _span(article: str, index: int, text: str, label: str, cue: str = "") -> Span:
    return Span(f"{article}:{index}", 0, len(text), text, label, "name", name_key(text), "name", (), None, cue)


def _label(spans: list[Span]) -> str:
    (entity,) = resolve(spans)
    return entity.label


def test_a_daughter_called_by_her_given_name_is_a_person_and_no_place_variant():
    comparison = compare_sheet(
        "The senator's daughters, Savannah Roe and Lorraine Roe, spoke at the fair on Monday.\n\n"
        "Savannah wore a red coat. Lorraine wore blue.",
        "The senator's daughters, Savannah and Lorraine, came to the fair on Monday.\n\n"
        "Savannah smiled. Lorraine waved to Savannah.\n\nA reporter wrote to Savannah and Lorraine.",
    )
    kinds = {e.name: e.label for e in comparison.entities if "Roe" in e.name}
    assert kinds == {"Savannah Roe": "person", "Lorraine Roe": "person"}
    assert not [c for c in comparison.conflicts if c.type == "place"]


def test_a_given_name_tagged_a_place_after_a_preposition_stays_with_the_person():
    spans = [_span("a", 0, "Ana Roe", "PERSON"), _span("b", 0, "Ana", "PERSON")]
    spans += [_span("b", n, "Ana", "GPE", cue="place") for n in (1, 2)]
    assert _label(spans) == "person"


def test_a_given_name_tagged_a_place_in_most_sentences_stays_a_person():
    spans = [_span("a", 0, "Ana Roe", "PERSON"), _span("b", 0, "Ana", "PERSON", cue="person")]
    spans += [_span(article, n, "Ana", "GPE") for article in "ab" for n in range(1, 4)]
    assert _label(spans) == "person"


def test_without_a_full_name_a_town_after_a_preposition_is_still_a_place():
    spans = [_span("a", n, "Savannah", "GPE", cue="place") for n in range(2)] + [_span("b", 0, "Savannah", "PERSON")]
    assert _label(spans) == "place"
