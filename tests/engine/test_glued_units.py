"""A unit written onto a figure with no space ("17in", "17''", "3.7GHz") is the figure's unit (``figures``, issue 10).

Short texts written for these tests, read and compared with the real spaCy model. "the 17in laptop" read as a
bare 17 counts nothing, so another outlet's "12-inch laptop" was two values of two things; read as inches it is
the same measure, and two sizes of one laptop differ.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import NEUTRAL_TAIL, compare_texts, story_readings, tier_values

LEAD = "Lanterna Computers unveiled a new laptop at its trade show in Denver on Tuesday. "


def _units(text: str) -> list[tuple[str, str]]:
    r = story_readings((text,), date(2024, 5, 10))
    return [(s.text, s.unit) for f in r.features.values() for s in f.spans if s.kind == "number"]


def test_inches_written_onto_a_figure_are_inches():
    assert ("17", "inch") in _units("The firm showed a refresh of its 17in Vela Pro laptop.")
    assert ("17", "inch") in _units("He detailed the revisions to the 17'' Vela Pro laptop.")


def test_letters_written_onto_a_figure_are_its_unit():
    assert ("3.7GHz", "ghz") in _units("The new chips run at up to 3.7GHz under load.")


def test_an_ordinal_and_a_figure_before_a_preposition_get_no_such_unit():
    units = dict(_units("He won 17 in a row, and the 2nd game ended late."))
    assert units.get("17") == "" and units.get("2nd") == ""


def test_two_sizes_of_one_laptop_differ_red():
    # Not red on 7ebab1b: "17in" counted nothing, "12-inch" inches.
    comparison = compare_texts(
        LEAD + "The firm announced a refresh of its 17in Vela Pro laptop, with a battery that lasts eight hours.",
        LEAD + "The firm announced a refresh of its 12-inch Vela Pro laptop, with a battery that lasts eight hours.",
        tail=NEUTRAL_TAIL,
    )
    assert any({"17", "12-inch"} <= {v.strip() for v in values} for values in tier_values(comparison, "conflict"))
