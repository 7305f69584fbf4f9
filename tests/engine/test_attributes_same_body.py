"""The entity sheet on employers that do not disagree: one name written apart, a part of a company, a belief.

Short texts written for the test, compared with the real spaCy model, with the gold's conventions
(``benchmarks/gold/entities/README.md``): a body named two ways is a variant, a team or unit beside the
company holding it is compatible, and only a body employs.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_row, sheet_values


def test_a_name_written_apart_in_one_outlet_and_joined_in_another_is_one_employer():
    comparison = compare_sheet(
        "Maria Lenko, chief executive of Sea Micro, said the deal was done.",
        "Maria Lenko, chief executive of SeaMicro, said the deal was done.",
    )
    assert sheet_reading(comparison, "Lenko", "employer") == ("variant", {"a0": "Sea Micro", "a1": "SeaMicro"})


def test_a_unit_of_a_company_in_lower_case_is_compatible_with_a_company_but_two_companies_are_not():
    unit = compare_sheet(
        "Tomas Wolak, a manager in the Trusted Computing group, said a fix was ready.",
        "Tomas Wolak, a manager at Harlow Systems, said a fix was ready.",
    )
    assert sheet_row(unit, "Wolak", "employer").status == "compatible"
    companies = compare_sheet(
        "Tomas Wolak, a manager at Harlow Systems, said a fix was ready.",
        "Tomas Wolak, a manager at Corvel Group, said a fix was ready.",
    )
    assert sheet_row(companies, "Wolak", "employer").status in ("possible", "conflict")
    formations = compare_sheet(
        "Colonel Tomas Wolak, commander of the 12th division of the Northern Fleet, was killed on Monday.",
        "Colonel Tomas Wolak, commander of the 40th Northern Fleet Regiment, was killed on Monday.",
    )
    assert sheet_row(formations, "Wolak", "employer").status in ("possible", "conflict")


def test_gods_spokesman_names_no_employer_to_set_against_a_church():
    comparison = compare_sheet(
        "The sect teaches that Tomas Wolak is God's spokesman on earth.",
        "Tomas Wolak, leader of the Harlow Church, spoke on Monday.",
    )
    employer = sheet_row(comparison, "Wolak", "employer")
    assert sheet_values(employer) == {"a1": "Harlow Church"}
    assert employer.status == "single"


def test_a_seat_before_a_bodys_name_is_no_part_of_the_employer():
    comparison = compare_sheet(
        "Tomas Wolak is head of the Ohio-based Harlow Bible Church, officials said.",
        "Tomas Wolak, leader of the Harlow Bible Church, spoke on Monday.",
    )
    status, values = sheet_reading(comparison, "Wolak", "employer")
    assert values == {"a0": "Harlow Bible Church", "a1": "Harlow Bible Church"}
    assert status == "same"
