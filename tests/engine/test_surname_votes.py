"""A person named in full and often by surname alone stays a person, whatever the surname's own tags say.

The recogniser tags a bare surname ("Marsh") as an organisation or a nationality far more often than a
full name ("Tony Marsh"), so a boxer named by surname in most sentences was voted an organisation: his
name then never paired with a person's in another article, and a renamed boxer went unreported. The
bare surname's tag counts for less when the entity has a full name tagged as a person; without such a
full name, the tags vote as they did.
"""

from __future__ import annotations

from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, name_key


def _span(article: str, index: int, text: str, label: str) -> Span:
    return Span(f"{article}:{index}", 0, len(text), text, label, "name", name_key(text), "name", (), None, "")


def _label(spans: list[Span]) -> str:
    (entity,) = resolve(spans)
    return entity.label


def test_a_full_name_tagged_a_person_outweighs_its_surname_tagged_a_firm():
    spans = [_span("a", 0, "Tony Marsh", "PERSON"), _span("b", 0, "Tony Marsh", "PERSON")]
    spans += [_span(article, n, "Marsh", "ORG") for article in "ab" for n in range(1, 5)]
    assert _label(spans) == "person"


def test_a_surname_tagged_a_nationality_stays_with_its_full_name():
    spans = [_span("a", 0, "Tony Marsh", "PERSON"), _span("b", 0, "Tony Marsh", "PERSON")]
    spans += [_span(article, n, "Marsh", "NORP") for article in "ab" for n in range(1, 4)]
    assert _label(spans) == "person"


def test_without_a_full_name_the_tags_vote_as_before():
    spans = [_span("a", n, "Marsh", "ORG") for n in range(3)] + [_span("b", 0, "Marsh", "PERSON")]
    assert _label(spans) == "organisation"


def test_a_firm_named_after_a_person_stays_a_firm():
    spans = [_span("a", 0, "Marsh Capital", "ORG"), _span("b", 0, "Marsh Capital", "ORG")]
    spans += [_span("a", 1, "Marsh", "ORG"), _span("b", 2, "Marsh", "ORG")]
    assert {e.label for e in resolve(spans)} == {"organisation"}
