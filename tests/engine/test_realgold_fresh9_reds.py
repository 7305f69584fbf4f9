"""The entity sheet on fresh9's false red class: short texts written for the test.

Each test compares short articles with the real spaCy model and reads the sheet a reader would see
(see ``test_attributes.py``). The class is the twenty-fifth session's reading of fresh9's false red.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading

_KEYNOTE = (
    "Delivering the keynote at the trade show was Acme's top marketing executive, Philip Marlow, who spoke in "
    "place of the founder."
)


def test_an_executive_of_a_field_may_hold_any_post_of_that_body():
    # "a top marketing executive" says rank and field, not an office: the vice president of marketing is one
    comparison = compare_sheet(
        _KEYNOTE,
        "The battery is built into the case to make the laptop thinner, said Philip Marlow, Acme's senior vice "
        "president of marketing.",
    )
    assert sheet_reading(comparison, "Marlow", "role")[0] == "compatible"


def test_the_chief_executive_and_another_post_of_one_body_stay_red():
    # "chief executive" is an office: the chief executive is not the firm's chief financial officer
    comparison = compare_sheet(
        "Delivering the keynote at the trade show was Acme's chief executive, Philip Marlow.",
        "The battery is built into the case to make the laptop thinner, said Philip Marlow, Acme's chief "
        "financial officer.",
    )
    assert sheet_reading(comparison, "Marlow", "role")[0] == "conflict"
