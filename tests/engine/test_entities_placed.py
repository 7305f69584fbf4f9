"""A person's name the recogniser ran on over "of" and a town: the town is not the person's surname."""

from __future__ import annotations

from tuicompare.engine.entities import resolve
from tuicompare.engine.features import Span, name_key
from tuicompare.engine.placedin import person_key


def _span(article: str, index: int, text: str, label: str) -> Span:
    return Span(f"{article}:{index}", 0, len(text), text, label, "name", name_key(text), "name", (), None, "")


def _groups(spans):
    return sorted(sorted(e.keys) for e in resolve(spans))


def test_a_town_tagged_a_person_elsewhere_does_not_join_a_name_run_on_over_it():
    # "Ann Roe, 23, of Dover" in two articles, the town tagged a person; the third ran "Ann Roe of Dover" together.
    spans = [
        _span("a", 0, "Ann Roe", "PERSON"),
        _span("a", 1, "Dover", "PERSON"),
        _span("b", 0, "Ann Roe", "PERSON"),
        _span("b", 1, "Dover", "PERSON"),
        _span("c", 0, "Ann Poe of Dover", "ORG"),
        _span("c", 2, "Poe", "PERSON"),
    ]
    entities = resolve(spans)
    assert _groups(spans) == [["ann poe", "poe"], ["ann roe"], ["dover"]]
    (poe,) = (e for e in entities if "poe" in e.keys)
    assert poe.label == "person"  # its "Poe" says so; the run-on span's ORG tag is the run-on's


def test_only_a_place_after_of_is_cut_from_a_persons_name():
    assert person_key("ann roe of dover") == "ann roe"
    assert person_key("ann roe of roe holdings") == "ann roe of roe holdings"  # no place
    assert person_key("catherine of aragon") == "catherine of aragon"  # one name before "of": her name
