"""The entity sheet on words near a name that say nothing about it.

Short texts written for the test, compared with the real spaCy model; the
sheet is read as a reader would (see ``test_attributes.py`` for the first
kinds). A value shown to a fact-checker that the text does not state of the
entity is worse than a missed one: a clause about another subject, a guess at
a post, the town a mayor governs and the town an event is held in are no
role, employer or location of the name beside them.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_rows, sheet_values


def test_the_town_a_mayor_governs_is_no_employer_even_where_the_recogniser_calls_it_an_organisation():
    comparison = compare_sheet(
        "Ben Osei, a former mayor of Kettering, opened the new library on Saturday.",
        "Lena Marsh, the governor of the Bank of Dunmore, opened the new library on Saturday.",
    )
    [role] = sheet_rows(comparison, "Osei", "role")
    assert "mayor" in sheet_values(role)["a0"]
    assert not sheet_rows(comparison, "Osei", "employer")
    # a body after the office's "of" is still whom it works for
    assert sheet_values(sheet_rows(comparison, "Marsh", "employer")[0]) == {"a1": "Bank of Dunmore"}


def test_a_guess_at_a_post_is_no_role():
    comparison = compare_sheet(
        "Tom Reyes is one of the more likely candidates for the job.",
        "Tom Reyes, a possible successor, met the board on Monday.",
    )
    assert not sheet_rows(comparison, "Reyes", "role")


def test_a_clause_the_parser_hung_before_a_title_is_not_part_of_the_title():
    comparison = compare_sheet(
        "Ana Petrov beat world champion Ben Osei in the final on Sunday.",
        "Ben Osei lost the final on Sunday.",
    )
    [role] = sheet_rows(comparison, "Osei", "role")
    assert sheet_values(role) == {"a0": "world champion"}
    assert not sheet_rows(comparison, "Petrov", "role")


def test_a_relative_clause_about_another_subject_gives_the_name_no_role_or_count():
    comparison = compare_sheet(
        "Ben Osei, whose wife is a surgeon, spoke on Monday.",
        "Ben Osei, whose daughter has three children, spoke again on Tuesday.",
    )
    assert not sheet_rows(comparison, "Osei", "role")
    assert not sheet_rows(comparison, "Osei", "count")


def test_a_relative_clause_about_the_name_itself_still_gives_its_role():
    comparison = compare_sheet(
        "Ben Osei, who is a surgeon, spoke on Monday.",
        "Ben Osei spoke again on Tuesday.",
    )
    assert sheet_values(sheet_rows(comparison, "Osei", "role")[0]) == {"a0": "surgeon"}


def test_the_subject_of_a_clause_after_a_title_does_not_hold_the_title():
    comparison = compare_sheet(
        "Ben Osei, the coach the Harbour Rovers fired on Sunday, spoke on Monday.",
        "The Harbour Rovers named a new coach on Tuesday.",
    )
    assert sheet_values(sheet_rows(comparison, "Osei", "role")[0]) == {"a0": "coach"}
    assert not sheet_rows(comparison, "Rovers", "role")


def test_an_event_held_in_a_town_has_no_location_but_a_building_named_for_an_event_does():
    comparison = compare_sheet(
        "Velta Motors unveiled the car at the Kettering Motor Show in Dale on Sunday.",
        "The plan to break into the offices in the Watergate building in Washington was made in May.",
    )
    assert not sheet_rows(comparison, "Motor Show", "location")
    [location] = sheet_rows(comparison, "Watergate", "location")
    assert sheet_values(location) == {"a1": "Washington"}


def test_a_title_case_headlines_verb_is_neither_part_of_a_title_nor_of_an_employer():
    comparison = compare_sheet(
        "Harbour Rovers Fire Coach Ben Osei, Hire Ana Petrov",
        "Velta Motors Names Engineer Tom Reyes Chief Executive",
    )
    assert sheet_values(sheet_rows(comparison, "Osei", "role")[0]) == {"a0": "Coach"}
    assert sheet_values(sheet_rows(comparison, "Reyes", "role")[0]) == {"a1": "Engineer"}
    assert not sheet_rows(comparison, "Osei", "employer") and not sheet_rows(comparison, "Reyes", "employer")


def test_a_title_before_a_name_in_a_sentence_keeps_its_body():
    comparison = compare_sheet(
        "Harbour Rovers head coach Ben Osei resigned on Monday.",
        "Ben Osei left the club on Monday.",
    )
    # the words before the title stay read as in any sentence (here shown in the role's text)
    assert sheet_values(sheet_rows(comparison, "Osei", "role")[0])["a0"].endswith("Rovers head coach")


def test_a_part_in_a_dealing_is_no_role_and_names_no_employer():
    comparison = compare_sheet(
        "Ben Osei, a shareholder in Velta Motors, spoke on Monday.",
        "Ben Osei, a customer of Velta Motors, spoke again on Tuesday.",
    )
    assert not sheet_rows(comparison, "Osei", "role")
    assert not sheet_rows(comparison, "Osei", "employer")


def test_an_event_a_person_attends_is_no_employer_but_a_body_at_which_they_work_is():
    comparison = compare_sheet(
        "Ben Osei, a delegate at the Dale Climate Conference, spoke on Monday.",
        "Ana Petrov, an economist at the Dale Institute, spoke on Monday.",
    )
    assert sheet_values(sheet_rows(comparison, "Osei", "role")[0]) == {"a0": "delegate"}
    assert not sheet_rows(comparison, "Osei", "employer")
    assert sheet_values(sheet_rows(comparison, "Petrov", "employer")[0]) == {"a1": "Dale Institute"}


def test_the_side_of_a_trial_before_counsel_is_part_of_the_role_not_a_defense_department():
    comparison = compare_sheet(
        "Defense attorney Ben Osei said the plan would work.",
        "Ben Osei, a lawyer for Ana Petrov, said the plan would work.",
    )
    [role] = sheet_rows(comparison, "Osei", "role")
    assert sheet_values(role) == {"a0": "Defense attorney", "a1": "lawyer"}
    assert sheet_values(sheet_rows(comparison, "Osei", "employer")[0]) == {"a1": "Ana Petrov"}
