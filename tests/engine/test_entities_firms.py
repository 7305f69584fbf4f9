"""A company named by its trade ("the carmaker X", "the insurer X") is an organisation, not a person.

Short texts written for the test, compared with the real spaCy model; the
word lists are checked on words of each kind.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_rows
from tuicompare.engine.firms import firm_noun
from tuicompare.models import Comparison


def _label(comparison: Comparison, name: str) -> str:
    return next(e.label for e in comparison.entities if e.name == name)


def test_trade_nouns_of_companies_and_of_people():
    assert all(firm_noun(w) for w in ("carmaker", "drugmaker", "chipmaker", "maker", "insurer", "retailer"))
    assert not any(firm_noun(w) for w in ("lawmaker", "filmmaker", "policymaker", "spokesman", "lawyer", "producer"))


def test_a_company_named_after_its_trade_is_an_organisation_with_no_role():
    comparison = compare_sheet(
        "The carmaker Velta, based in Munich, said on Friday it would close its Leeds plant.",
        "Velta, the carmaker, said on Friday it would close its Leeds plant. Velta is based in Munich.",
    )
    assert _label(comparison, "Velta") == "organisation"
    assert not sheet_rows(comparison, "Velta", "role")
    assert sheet_reading(comparison, "Velta", "base") == ("same", {"a0": "Munich", "a1": "Munich"})


def test_a_company_that_speaks_is_still_a_company_and_its_officer_a_person():
    comparison = compare_sheet(
        "The insurer Marlow said on Friday that claims had doubled, and its chief executive Tom Hale said prices"
        " would rise.",
        "Marlow said on Friday that claims had doubled.",
    )
    assert _label(comparison, "Marlow") == "organisation"
    assert _label(comparison, "Tom Hale") == "person"
    assert not sheet_rows(comparison, "Marlow", "role")


def test_a_company_has_no_age_but_a_lawmaker_has_one():
    firm = compare_sheet(
        "The drugmaker Halvorsen, 40, said on Friday its trial had failed.",
        "Halvorsen said on Friday its trial had failed.",
    )
    assert _label(firm, "Halvorsen") == "organisation"
    assert not sheet_rows(firm, "Halvorsen", "age")
    person = compare_sheet(
        "The lawmaker Dana Pell, 52, said on Friday the bill would pass.",
        "Dana Pell said on Friday the bill would pass.",
    )
    assert _label(person, "Dana Pell") == "person"
    assert sheet_reading(person, "Pell", "age") == ("single", {"a0": "52"})


def test_a_full_name_the_recogniser_calls_a_person_stays_one_beside_a_trade_of_firms_and_people():
    for first, second in (
        ("Local winemaker Clara Benz said on Friday the harvest was poor.", "Clara Benz said it was poor."),
        ("Clara Benz, a cheesemaker, said on Friday the harvest was poor.", "Clara Benz said it was poor."),
    ):
        assert _label(compare_sheet(first, second), "Clara Benz") == "person"
