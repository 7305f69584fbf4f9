"""The entity sheet on classes first seen on the ninth fresh part (issue 11): short texts written for the test.

Ties and stages are no posts ("an oil heir", "the rookie X", "a ten-year
veteran", "a member of the Ross group"); a given name is no rank of nobility
("Earl J. X"); a cabinet office's "of" names its portfolio ("secretary of
State"), an expert's name before the trade what they study ("a Kremlin
expert"); a people's word before a body and its post describes the body ("the
Maltese crime family boss"), and before a firm's name seats the firm ("Swiss
firm X"); a dash closes what the parser compounded on a title after it.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_an_heir_a_rookie_and_a_veteran_hold_no_post():
    comparison = compare_sheet(
        "Colin Marsh, a Texas oil heir, has died at 80. The team signed rookie Dario Venn and 11-year veteran"
        " Hal Prew on Monday.",
        "Colin Marsh, a rancher, died on Monday. Dario Venn, a cornerback, and Hal Prew, a linebacker, signed.",
    )
    assert sheet_reading(comparison, "Marsh", "role") == ("single", {"a1": "rancher"})
    assert sheet_reading(comparison, "Venn", "role") == ("single", {"a1": "cornerback"})
    assert sheet_reading(comparison, "Prew", "role") == ("single", {"a1": "linebacker"})


def test_a_member_of_a_circle_holds_no_post_but_a_member_of_a_board_does():
    comparison = compare_sheet(
        "Later Colin Marsh became a hard-core member of the 'Ross group' at the campaign."
        " Bo Dent, a member of the board of directors, resigned.",
        "Colin Marsh spoke on Monday. Ann Bell, a former member of the church, spoke.",
    )
    assert not sheet_rows(comparison, "Marsh", "role")
    assert not sheet_rows(comparison, "Marsh", "employer")
    assert not sheet_rows(comparison, "Bell", "role")
    assert sheet_reading(comparison, "Dent", "role") == ("single", {"a0": "member"})


def test_earl_before_a_middle_initial_is_a_given_name():
    comparison = compare_sheet(
        "Other names included Earl J. Silvers, an original case prosecutor.",
        "Earl J. Silvers, the prosecutor, denied it.",
    )
    status, cells = sheet_reading(comparison, "Silvers", "role")
    assert "Earl" not in cells["a0"] and "Earl" not in cells["a1"]
    assert not attribute_conflict_types(comparison)


def test_a_cabinet_portfolio_is_part_of_the_office_not_an_employer():
    comparison = compare_sheet(
        "Alan Hume, secretary of State, spoke. Tom Ruiz, Minister of Defence, agreed.",
        "Lena Dorr, the secretary of the Harbor Club, agreed. Alan Hume left.",
    )
    assert sheet_reading(comparison, "Hume", "role") == ("single", {"a0": "secretary of State"})
    assert not sheet_rows(comparison, "Hume", "employer")
    assert not sheet_rows(comparison, "Ruiz", "employer")
    assert sheet_reading(comparison, "Dorr", "employer") == ("single", {"a1": "Harbor Club"})


def test_a_name_right_before_expert_is_what_the_expert_studies():
    comparison = compare_sheet(
        "Oskar Lind, a Kremlin expert, spoke.",
        "Oskar Lind, an analyst, spoke.",
    )
    assert sheet_reading(comparison, "Lind", "role")[1]["a0"] == "Kremlin expert"
    assert not sheet_rows(comparison, "Lind", "employer")


def test_a_peoples_word_before_a_body_and_its_post_describes_the_body():
    comparison = compare_sheet(
        "Tony Vella, who died yesterday in federal prison at 77, was the Calabrese crime family boss who for three"
        " decades feigned lunacy.",
        "Tony Vella, the crime boss, died.",
    )
    assert not sheet_rows(comparison, "Vella", "nationality")
    assert sheet_reading(comparison, "Vella", "role")[1]["a0"] == "crime family boss"


def test_a_peoples_word_before_a_firm_noun_and_a_name_seats_the_firm():
    comparison = compare_sheet(
        "In May, thieves stole jewellery worth £910,000 from an employee of Swiss firm Lavorel that was due to"
        " lend it to film stars.",
        "Lavorel said nothing on Monday.",
    )
    assert not sheet_rows(comparison, "Lavorel", "nationality")
    assert sheet_reading(comparison, "Lavorel", "base") == ("single", {"a0": "Swiss"})


def test_a_dash_closes_the_name_the_parser_compounded_on_a_title():
    comparison = compare_sheet(
        "A close friend and associate of Tom Harlan - - President Dorsey's attorney general and later his"
        " campaign director - - Ellis became a key member of the cabinet in 1969.",
        "Tom Harlan and President Dorsey spoke.",
    )
    assert sheet_reading(comparison, "Dorsey", "role")[1]["a0"] == "President"
    assert not sheet_rows(comparison, "Dorsey", "employer")


def test_a_closing_apposition_runs_on_through_its_own_relative_clause():
    comparison = compare_sheet(
        "Mr. Dole served as special assistant to Tom Harlan, the former attorney general who later headed the"
        " campaign.",
        "Tom Harlan spoke on Monday.",
    )
    # the parser makes the phrase the object of "served"
    assert sheet_reading(comparison, "Harlan", "role") == ("single", {"a0": "former attorney general"})


def test_a_coroner_named_with_his_title_holds_it():
    comparison = compare_sheet(
        "His body was found Tuesday by a maid who entered his hotel room in Dunmore, Coroner Dale Moss said.",
        "The coroner, Dale Moss, said so.",
    )
    assert sheet_reading(comparison, "Moss", "role") == ("same", {"a0": "Coroner", "a1": "coroner"})


def test_a_name_set_after_the_subject_it_names_takes_the_age_of_its_death():
    comparison = compare_sheet(
        'One of the best-known crime bosses in the city, Tony "the Hat" Vella, who spent years avoiding prison,'
        " has died in jail, aged 77.",
        "Crime boss Tony Vella dies in prison at 77",
    )
    assert sheet_reading(comparison, "Vella", "age") == ("same", {"a0": "77", "a1": "77"})
