"""The entity sheet on descriptions that are no office: relations, human beings, bodies, forms of address.

Short texts written for the test, compared with the real spaCy model. The
conventions are the gold's (``benchmarks/gold/entities/README.md``, fresh3 and
fresh7): "founder" and "co-creator" are relations, "the man for the job" and
"the ninth person to be convicted" say no trade, an organisation gets no role,
"Doctor X" is "Dr. X", a land before a post is its jurisdiction, an envoy's
"to/for X" is where they are sent, and a people's word before a body describes
the body.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_row, sheet_rows, sheet_values

OTHER = "Tomas Wolak spoke to reporters on Monday."


def test_a_founder_or_creator_has_no_role_but_the_office_beside_it_is_one():
    founder = compare_sheet("Maria Lenko is founder and chief executive of the Harlow Rural Clinic.", OTHER)
    assert sheet_values(sheet_row(founder, "Lenko", "role")) == {"a0": "chief executive"}
    creator = compare_sheet("Tomas Wolak, co-creator of the show, said the script was ready.", OTHER)
    assert not sheet_rows(creator, "Wolak", "role")


def test_a_noun_for_any_human_being_is_no_role():
    person = compare_sheet("Tomas Wolak is the ninth person from the village to be convicted of fraud.", OTHER)
    assert not sheet_rows(person, "Wolak", "role")
    man = compare_sheet("Everyone agreed that Tomas Wolak is the man for the job.", OTHER)
    assert not sheet_rows(man, "Wolak", "role")
    trade = compare_sheet("Tomas Wolak is a businessman from the village.", OTHER)
    assert sheet_values(sheet_row(trade, "Wolak", "role")) == {"a0": "businessman"}


def test_an_organisation_described_as_a_group_gets_no_role_and_its_spokesman_works_for_its_name():
    group = compare_sheet(
        "The Harlow Trust, an activist group that works to end hunger, said the camp was hit.",
        "The Harlow Trust sent food to the camp on Monday.",
    )
    assert not sheet_rows(group, "Harlow", "role")
    spokesman = compare_sheet(
        "Maria Lenko, a spokeswoman for the British charity the Harlow Trust, said the camp was hit.",
        "Maria Lenko, a spokeswoman for the Harlow Trust, said food had arrived.",
    )
    employer = sheet_row(spokesman, "Lenko", "employer")
    assert sheet_values(employer) == {"a0": "Harlow Trust", "a1": "Harlow Trust"}
    assert employer.status == "same"


def test_doctor_capitalised_before_a_name_is_a_form_of_address_and_a_doctor_is_a_trade():
    address = compare_sheet("The region will soon have a new health chief, Doctor Maria Lenko, officials said.", OTHER)
    assert not sheet_rows(address, "Lenko", "role")
    trade = compare_sheet("Maria Lenko, a doctor at the Harlow clinic, treated the boy.", OTHER)
    assert sheet_values(sheet_row(trade, "Lenko", "role")) == {"a0": "doctor"}


def test_a_region_before_a_post_is_its_jurisdiction_not_an_employer():
    comparison = compare_sheet("Central Asia's chief negotiator Tomas Wolak said the border was calm.", OTHER)
    assert sheet_values(sheet_row(comparison, "Wolak", "role")) == {"a0": "chief negotiator"}
    assert not sheet_rows(comparison, "Wolak", "employer")


def test_an_envoy_is_not_employed_by_the_body_he_is_sent_to():
    comparison = compare_sheet(
        "Maria Lenko, U.S. Ambassador for the United Nations, said the strike was illegal.",
        "Maria Lenko, a spokeswoman for the United Nations, said the strike was illegal.",
    )
    assert not [v for v in sheet_row(comparison, "Lenko", "employer").values if v.article == "a0"]


def test_a_peoples_word_before_a_body_describes_the_body_not_the_spokesman():
    comparison = compare_sheet("Spanish government spokesman Tomas Wolak denied the report.", OTHER)
    assert sheet_values(sheet_row(comparison, "Wolak", "employer")) == {"a0": "government"}
    assert not sheet_rows(comparison, "Wolak", "nationality")
    own = compare_sheet("Spanish spokesman Tomas Wolak denied the report.", OTHER)
    assert sheet_values(sheet_row(own, "Wolak", "nationality")) == {"a0": "Spanish"}


def test_the_courts_word_of_a_judges_title_is_no_person_served():
    judge = compare_sheet("The trial was halted, said U. S. District Judge Maria Lenko on Friday.", OTHER)
    assert not sheet_rows(judge, "Lenko", "employer")
    aide = compare_sheet("Top Harlow aide Tomas Wolak resigned on Friday, a week after Ann Harlow lost.", OTHER)
    assert sheet_values(sheet_row(aide, "Wolak", "employer")) == {"a0": "Harlow"}


def test_an_adherent_of_a_practice_is_no_role_but_a_trade_in_ist_is():
    adherent = compare_sheet("Polygamist Tomas Wolak was sentenced to life in prison on Tuesday.", OTHER)
    assert not sheet_rows(adherent, "Wolak", "role")
    trade = compare_sheet("Economist Tomas Wolak was hired by the bank on Tuesday.", OTHER)
    assert sheet_values(sheet_row(trade, "Wolak", "role")) == {"a0": "Economist"}
