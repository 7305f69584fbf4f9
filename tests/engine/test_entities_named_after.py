"""A surname alone beside a body named after the person: the surname is still the person's short name."""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, name_key


def _span(article: str, index: int, text: str, label: str) -> Span:
    return Span(f"{article}:{index}", 0, len(text), text, label, "name", name_key(text), "name", (), None, "")


def test_a_movement_named_after_a_mayor_does_not_split_her_surname_from_her_full_name():
    comparison = compare_sheet(
        "Mayor Harriet Okafor signed the harbour bill on Monday.\n\nOkafor said the vote was a win for the town.",
        "The bill reached Mayor Harriet Okafor on Monday.\n\n"
        "Jo Lane, a leader in the Recall Okafor movement, said the deal was bad.\n\n"
        "Okafor, 52, said the vote was a win.",
    )
    people = [e.name for e in comparison.entities if "Okafor" in e.name]
    assert sorted(people) == ["Harriet Okafor", "Recall Okafor"]
    # the age given beside the surname alone sits in the row of the mayor the full name names
    assert sheet_reading(comparison, "Harriet Okafor", "age") == ("single", {"a1": "52"})


def test_a_surname_two_people_share_stays_apart_from_both_beside_a_body_too():
    spans = [
        _span("a", 0, "Jo Lane", "PERSON"),
        _span("a", 1, "Tom Lane", "PERSON"),
        _span("a", 2, "Recall Lane", "ORG"),
        _span("a", 3, "Lane", "PERSON"),
    ]
    assert sorted(sorted(e.keys) for e in resolve(spans)) == [["jo lane"], ["lane"], ["recall lane"], ["tom lane"]]
