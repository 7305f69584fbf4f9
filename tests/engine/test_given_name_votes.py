"""A person named in full and often by given name alone stays a person, whatever the given name's tags say.

The recogniser tags a bare given name that is also a town's name ("Savannah") as a place in sentence after
sentence, while it calls the full name ("Savannah Roe") a person. A given name alone joins the full name
only as a person's (``names.is_name_part``), so its place tags were outvoting the person it names: the sheet
typed her a place and showed "Savannah Roe" and "Savannah" as two spellings of one place. Beside a full name
tagged a person, a bare given name's tag and its place cue ("a letter to Savannah": a preposition of place
takes a person too) are not counted; without such a full name, the tags and cues vote as they did. A full name
read on a title-case headline is no such name: the recogniser reads "Hawks Beat Owls" as one person's, and the
teams' names, its first and last words, must not become a person's given name and surname.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, name_key
from tuicompare.engine.headlines import title_case_line


def _span(article: str, index: int, text: str, label: str, cue: str = "") -> Span:
    return Span(f"{article}:{index}", 0, len(text), text, label, "name", name_key(text), "name", (), None, cue)


def _label(spans: list[Span], lines: dict[str, str] | None = None) -> str:
    (entity,) = resolve(spans, None if lines is None else lines.__getitem__)
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


def test_a_team_named_in_a_title_case_headline_read_as_a_person_stays_a_team():
    comparison = compare_sheet(
        "Hawks Beat Owls 3 - 1\n\nThe Hawks beat the Owls on Sunday and clinched a playoff place.\n\n"
        "Hawks said the game was hard.\n\nThe win lifted the Hawks (10 - 5) into the playoffs.",
        "The Hawks won 3 - 1 against the Owls on Sunday.\n\n"
        "Tom Reed threw for 205 yards for the Hawks.\n\nThe Hawks now lead the division.",
    )
    (team,) = [e for e in comparison.entities if any(m.text == "Hawks" for m in e.mentions)]
    assert team.label == "organisation"
    assert {e.name: e.label for e in comparison.entities if e.name == "Tom Reed"} == {"Tom Reed": "person"}


def test_a_full_name_on_a_headline_line_does_not_make_its_first_word_a_given_name():
    spans = [_span("a", 0, "Hawks Beat Owls", "PERSON"), _span("b", 0, "Hawks", "PERSON")]
    spans += [_span(article, n, "Hawks", "ORG") for article in "ab" for n in range(1, 4)]
    body = {f"{article}:{n}": "The Hawks won again." for article in "ab" for n in range(4)}
    assert _label(spans, body | {"a:0": "Hawks Beat Owls 3 - 1"}) == "organisation"
    running = body | {"a:0": "Hawks Beat Owls spoke to the fans on Monday."}
    assert _label(spans, running) == "person"


def test_the_last_word_of_a_headline_read_as_a_person_is_no_surname():
    comparison = compare_sheet(
        "Hawks Beat Owls 20 - 13\n\nThe Hawks beat the Owls on Sunday and clinched a playoff place.\n\n"
        "The Hawks' defense stopped the Owls on fourth down.\n\nThe win lifted the Hawks (10 - 5) into the playoffs.",
        "The Hawks won 20 - 13 against the Owls on Sunday.\n\nTom Reed threw for 205 yards for the Hawks.",
    )
    owls = [e for e in comparison.entities if any(m.text == "Owls" for m in e.mentions)]
    assert owls and all(e.label != "person" for e in owls)


def test_a_headline_in_title_case_is_told_from_running_text():
    assert title_case_line("Hawks Beat Owls 3 - 1")
    assert title_case_line("Rovers Rally to Beat Owls in Extra Time")
    assert title_case_line("HAWKS BEAT OWLS")
    assert not title_case_line("Savannah Roe spoke at the fair on Monday.")
    assert not title_case_line("Ana Roe, 34, died.")
