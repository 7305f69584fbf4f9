"""Compatible paraphrases two outlets write of one person, company or place, and the true conflicts beside them.

Short texts written for the test, compared with the real spaCy model. Each
compatible case has a counterpart that must still differ, so the rule that
accepts the paraphrase cannot hide every difference of its kind.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading


def test_the_head_of_a_company_and_its_chief_executive_are_compatible():
    comparison = compare_sheet(
        "Orla Brandt, the chief executive of Halden Shipping, announced 300 job cuts on Monday.",
        "Halden Shipping head Orla Brandt announced 300 job cuts on Monday, blaming weak demand.",
    )
    assert sheet_reading(comparison, "Brandt", "role") == ("compatible", {"a0": "chief executive", "a1": "head"})
    assert not attribute_conflict_types(comparison, "conflict")


def test_a_chief_executive_and_a_spokeswoman_still_conflict():
    comparison = compare_sheet(
        "Orla Brandt, the chief executive of Halden Shipping, announced 300 job cuts on Monday.",
        "Halden Shipping spokeswoman Orla Brandt announced 300 job cuts on Monday.",
    )
    status, _cells = sheet_reading(comparison, "Brandt", "role")
    assert status == "conflict"


def test_a_police_officer_who_speaks_for_the_police_is_compatible():
    comparison = compare_sheet(
        "Police officer Dan Reyes said the coast road would stay closed overnight.",
        "Dan Reyes, a spokesman for the county police, said the coast road would stay closed overnight.",
    )
    assert sheet_reading(comparison, "Reyes", "role") == ("compatible", {"a0": "officer", "a1": "spokesman"})
    assert not attribute_conflict_types(comparison, "conflict")


def test_an_officer_is_compatible_with_any_grade_of_the_service():
    comparison = compare_sheet(
        "Police officer Tom Reeve said the two climbers were found on Sunday.",
        "Police Inspector Tom Reeve said the two climbers were found on Sunday.",
    )
    assert sheet_reading(comparison, "Reeve", "role") == ("compatible", {"a0": "officer", "a1": "Inspector"})


def test_an_officer_and_a_spokesman_for_no_named_body_are_only_a_possible_difference():
    comparison = compare_sheet(
        "Officer Tom Reeve said the two climbers were found on Sunday.",
        "Tom Reeve, a spokesman for the mountain rescue team, said the two climbers were found on Sunday.",
    )
    status, _cells = sheet_reading(comparison, "Reeve", "role")
    assert status == "possible"


def test_an_office_held_in_the_past_is_compatible_with_a_trade_held_now():
    comparison = compare_sheet(
        "Ben Osei, who was mayor of the town, opened the library on Saturday.",
        "Businessman Ben Osei opened the library on Saturday.",
    )
    status, _cells = sheet_reading(comparison, "Osei", "role")
    assert status == "compatible"
    held_now = compare_sheet(
        "Ben Osei, who is mayor of the town, opened the library on Saturday.",
        "Businessman Ben Osei opened the library on Saturday.",
    )
    status, _cells = sheet_reading(held_now, "Osei", "role")
    assert status == "possible"  # a mayor may run a business: two descriptions of one man, not shown exclusive


def test_ages_a_year_apart_are_compatible_and_years_apart_a_conflict():
    near = compare_sheet(
        "Farmer Joel Reiss, 52, won the county ploughing contest on Saturday.",
        "Farmer Joel Reiss, 53, won the county ploughing contest on Saturday.",
    )
    # the sheet's row says a birthday lies between two undated reports (``agegap``; the aligned
    # sentences' numbers are compared apart, by the sentence conflicts)
    assert sheet_reading(near, "Reiss", "age") == ("compatible", {"a0": "52", "a1": "53"})
    far = compare_sheet(
        "Farmer Joel Reiss, 52, won the county ploughing contest on Saturday.",
        "Farmer Joel Reiss, 61, won the county ploughing contest on Saturday.",
    )
    assert sheet_reading(far, "Reiss", "age") == ("conflict", {"a0": "52", "a1": "61"})


def _base(a: str, b: str) -> tuple[str, dict[str, str]]:
    return sheet_reading(
        compare_sheet(
            f"Velta Motors, based in {a}, recalled 9,000 cars on Friday.",
            f"Velta Motors, based in {b}, recalled 9,000 cars on Friday.",
        ),
        "Velta",
        "base",
    )


def test_a_city_and_the_country_or_state_holding_it_are_compatible_a_town_no_list_knows_possible():
    # The gazetteer knows the city lies there; of a town it does not know, only that it may
    assert _base("Munich", "Germany") == ("compatible", {"a0": "Munich", "a1": "Germany"})
    assert _base("Tulsa", "Oklahoma") == ("compatible", {"a0": "Tulsa", "a1": "Oklahoma"})
    assert _base("Marlowby", "Oklahoma") == ("possible", {"a0": "Marlowby", "a1": "Oklahoma"})


def test_a_city_in_the_country_named_is_compatible_and_in_another_a_conflict():
    assert _base("Berlin", "Germany") == ("compatible", {"a0": "Berlin", "a1": "Germany"})
    assert _base("Paris", "Germany")[0] == "conflict"
    assert _base("France", "Germany")[0] == "conflict"
    assert _base("Texas", "Arizona")[0] == "conflict"


def test_an_employer_and_its_group_are_compatible_two_companies_conflict():
    group = compare_sheet(
        "Jane Roe, a pilot for Corvel Airlines, landed the damaged plane safely in Oslo on Monday.",
        "Jane Roe, a pilot for Corvel Group, landed the damaged plane safely in Oslo on Monday.",
    )
    assert sheet_reading(group, "Roe", "employer") == (
        "compatible",
        {"a0": "Corvel Airlines", "a1": "Corvel Group"},
    )
    assert not attribute_conflict_types(group, "conflict")
    two = compare_sheet(
        "Jane Roe, a pilot for Bluewing Airways, landed the damaged plane safely in Oslo on Monday.",
        "Jane Roe, a pilot for Skyline Airways, landed the damaged plane safely in Oslo on Monday.",
    )
    assert sheet_reading(two, "Roe", "employer")[0] == "conflict"


def test_two_employers_of_two_different_posts_are_only_a_possible_difference():
    comparison = compare_sheet(
        "Jane Roe, a pilot for Bluewing Airways, spoke to reporters on Monday.",
        "Jane Roe, a lawyer for the Harlow Council, spoke to reporters on Monday.",
    )
    assert sheet_reading(comparison, "Roe", "role")[0] == "conflict"
    assert sheet_reading(comparison, "Roe", "employer") == (
        "possible",
        {"a0": "Bluewing Airways", "a1": "Harlow Council"},
    )


def test_a_recruit_is_a_stage_of_a_career_held_with_any_position():
    comparison = compare_sheet(
        "Quarterback Andrew Lake threw three touchdowns on Sunday.",
        "Andrew Lake, a top recruit, threw three touchdowns on Sunday.",
    )
    assert sheet_reading(comparison, "Lake", "role") == ("compatible", {"a0": "Quarterback", "a1": "top recruit"})


def test_an_age_given_by_its_decade_holds_the_years_of_that_decade_only():
    within = compare_sheet(
        "Martha Reed, in her 50s, was pulled from the river on Monday.",
        "Martha Reed, 52, was pulled from the river on Monday.",
    )
    assert sheet_reading(within, "Reed", "age") == ("compatible", {"a0": "50s", "a1": "52"})
    outside = compare_sheet(
        "Martha Reed, in her fifties, was pulled from the river on Monday.",
        "Martha Reed, 64, was pulled from the river on Monday.",
    )
    assert sheet_reading(outside, "Reed", "age") == ("conflict", {"a0": "fifties", "a1": "64"})
    two = compare_sheet(
        "Martha Reed, in her early 30s, was pulled from the river on Monday.",
        "Martha Reed, who is in her 50s, was pulled from the river on Monday.",
    )
    assert sheet_reading(two, "Reed", "age") == ("conflict", {"a0": "30s", "a1": "50s"})


def test_two_people_served_who_share_a_first_name_are_no_group_and_conflict():
    comparison = compare_sheet(
        "Ann Cole, communications director to Rep. Stephen Fincher, resigned on Monday.",
        "Ann Cole, communications director to Rep. Stephen Certner, resigned on Monday.",
    )
    assert sheet_reading(comparison, "Cole", "employer") == (
        "conflict",
        {"a0": "Stephen Fincher", "a1": "Stephen Certner"},
    )


def test_two_teams_named_after_one_city_are_no_group_and_conflict():
    comparison = compare_sheet(
        "Sam Rolfe, a pitcher for the Chicago Cubs, was hurt on Sunday.",
        "Sam Rolfe, a pitcher for the Chicago White Sox, was hurt on Sunday.",
    )
    assert sheet_reading(comparison, "Rolfe", "employer") == (
        "conflict",
        {"a0": "Chicago Cubs", "a1": "Chicago White Sox"},
    )
