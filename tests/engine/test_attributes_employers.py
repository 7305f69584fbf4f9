"""The entity sheet on employers named with a title: short texts written for the test.

Each test compares short articles with the real spaCy model and reads the
sheet a reader would see (see ``test_attributes.py`` for the first kinds).
The convention is the gold's (``benchmarks/gold/entities/README.md``): the
body a role is held in is the employer, the place an office is of is not.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_row, sheet_rows, sheet_values


def test_a_body_noun_before_a_title_is_the_employer_and_a_generic_body_is_compatible_with_it():
    comparison = compare_sheet(
        "Police chief Tomas Wolak announced the arrests in the harbour on Friday.",
        "Tomas Wolak, the city's deputy prosecutor, announced the arrests in the harbour on Friday.",
    )
    assert sheet_reading(comparison, "Wolak", "employer") == ("compatible", {"a0": "Police", "a1": "city"})
    assert [c.type for c in comparison.conflicts if c.type.startswith("attribute:")] == ["attribute:role"]


def test_the_port_authority_spokesperson_and_a_spokeswoman_for_the_port_authority_have_one_employer():
    comparison = compare_sheet(
        "Port authority spokesperson Lena Marsh confirmed the closure on Tuesday.",
        "Lena Marsh, a spokeswoman for the port authority, confirmed the closure on Tuesday.",
    )
    [employer] = sheet_rows(comparison, "Marsh", "employer")
    assert sheet_values(employer) == {"a0": "Port authority", "a1": "port authority"}
    assert employer.status in ("same", "variant")
    assert sheet_rows(comparison, "Marsh", "role")[0].status == "compatible"
    assert not [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_a_company_named_before_a_title_and_a_name_is_the_employer():
    comparison = compare_sheet(
        'UPDATE: Tesco CEO A. Barry Pell said in a statement, "It has long been the policy of the firm."',
        "Barry Pell, the chief executive of Tesco, said in a statement that the vote was close.",
    )
    assert sheet_reading(comparison, "Pell", "employer") == ("same", {"a0": "Tesco", "a1": "Tesco"})


def test_an_unlabelled_name_before_a_title_is_no_employer_unless_the_story_knows_it_as_an_organisation():
    # the recogniser leaves "Unison" unlabelled before the title, and the story resolves it as a person
    comparison = compare_sheet(
        "Unison said on Monday that it would close the harbour depot.\n\n"
        "UPDATE: Unison CEO A. Dana Pell said in a statement that the vote was close.",
        "Dana Pell said in a statement that the vote was close.",
    )
    assert not sheet_rows(comparison, "Pell", "employer")
    assert sheet_values(sheet_rows(comparison, "Pell", "role")[0]) == {"a0": "CEO"}


def test_president_pro_tem_is_one_title_whose_body_is_the_employer():
    comparison = compare_sheet(
        "On Monday, state Senate President Pro Tem Dale Hurst and House Speaker Ann Pryce, both Republicans, "
        "held a press conference.",
        "Senate President Pro Tem Dale Hurst opened the session on Monday.",
    )
    [role] = sheet_rows(comparison, "Hurst", "role")
    assert sheet_reading(comparison, "Hurst", "role") == ("same", {"a0": "President", "a1": "President"})
    [employer] = sheet_rows(comparison, "Hurst", "employer")
    assert employer.status == "same" and sheet_values(employer) == {"a0": "Senate", "a1": "Senate"}
    assert sheet_values(sheet_rows(comparison, "Pryce", "employer")[0]) == {"a0": "House"}


def test_a_possessive_set_beside_a_name_is_the_employer_of_the_role_after_it_but_not_of_kin():
    comparison = compare_sheet(
        "“The harbour will stay open,” Dana Pell, Ives’s chief of staff, told reporters on Monday.\n\n"
        "The mayor had been criticised by Lena Marsh, his former communications director.",
        "“The harbour will stay open,” Tara Quell, Ives’s wife, told reporters on Monday.",
    )
    assert sheet_values(sheet_rows(comparison, "Pell", "role")[0]) == {"a0": "chief of staff"}
    assert sheet_values(sheet_rows(comparison, "Pell", "employer")[0]) == {"a0": "Ives"}
    assert sheet_values(sheet_rows(comparison, "Marsh", "role")[0]) == {"a0": "former communications director"}
    assert not sheet_rows(comparison, "Quell", "employer") and not sheet_rows(comparison, "Quell", "role")


def test_staff_to_a_named_person_work_for_them_and_coordinated_trades_are_each_a_role():
    comparison = compare_sheet(
        "By Monday, Ms. Pell had resigned as communications director to Representative Tom Ives, "
        "a farmer and gospel singer best known for his hometown.",
        "Tom Ives said on Monday that Dana Pell, his spokeswoman, had resigned.",
    )
    assert sheet_values(sheet_rows(comparison, "Pell", "employer")[0]) == {"a0": "Tom Ives"}
    assert sheet_reading(comparison, "Ives", "role") == ("single", {"a0": "Representative; farmer; singer"})


def test_a_party_mark_after_a_name_is_its_party_however_the_parser_hangs_it():
    comparison = compare_sheet(
        '"Rise to the occasion," added Marsh, who works for Rep. Tom Ives, R-Tenn. The aide also took a shot at them.',
        "Democratic Rep. Tom Ives said on Monday that the aide had resigned.",
    )
    assert sheet_reading(comparison, "Ives", "party") == ("conflict", {"a0": "R", "a1": "Democratic"})


def test_a_web_site_someone_writes_for_is_the_employer():
    comparison = compare_sheet(
        "Lena Marsh, a conservative blogger for harbourwatch.com, wrote that the closure came last week.",
        "Lena Marsh, a blogger, wrote that the closure came last week.",
    )
    assert sheet_reading(comparison, "Marsh", "employer") == ("single", {"a0": "harbourwatch.com"})


def test_a_title_the_parser_joined_to_the_and_of_a_service_before_it_is_the_role_and_the_service_the_employer():
    comparison = compare_sheet(
        "Ashby Fire and Rescue Chief Tomas Wolak arrived and saw fire under the eaves of the building.",
        "Ashby Fire & Rescue Chief Tomas Wolak said the roof collapsed within minutes.",
    )
    assert sheet_reading(comparison, "Wolak", "role") == ("same", {"a0": "Chief", "a1": "Chief"})
    assert sheet_reading(comparison, "Wolak", "employer") == (
        "variant",
        {"a0": "Ashby Fire and Rescue", "a1": "Ashby Fire & Rescue"},
    )


def test_the_title_a_name_is_set_beside_is_its_role_even_when_tagged_a_proper_noun():
    comparison = compare_sheet(
        "The Austrian Chancellor, Lena Marsh, fighting accusations of holding up the deal, said the crisis was over.",
        "Austrian Chancellor Lena Marsh addressed parliament on Monday.",
    )
    assert sheet_reading(comparison, "Marsh", "role") == ("same", {"a0": "Chancellor", "a1": "Chancellor"})
    assert not sheet_rows(comparison, "Marsh", "nationality")  # "Austrian" is whose office it is, no nationality


def test_a_team_spelled_with_digits_is_the_employer_and_one_of_its_members_is_no_office_against_another():
    comparison = compare_sheet(
        "Tomas Wolak was hired as the 20th coach of the 49ers on Monday.",
        "The club replaced him with Tomas Wolak, one of the most popular players in franchise history.\n\n"
        "Wolak was one of the most popular 49ers from 1978 to 1989.",
    )
    assert sheet_reading(comparison, "Wolak", "employer") == ("same", {"a0": "49ers", "a1": "49ers"})
    [role] = sheet_rows(comparison, "Wolak", "role")
    assert sheet_values(role) == {"a0": "20th coach", "a1": "most popular players"}
    assert role.status == "compatible"
    assert not [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_a_decade_an_hour_or_a_technology_spelled_with_digits_is_no_employer():
    comparison = compare_sheet(
        "Tomas Wolak was the best-known coach of the 1980s, his agent said.\n\n"
        "Dana Pell, a 5G engineer, said the mast was safe.",
        "Tomas Wolak was named coach of the year at 10am on Monday.",
    )
    assert not sheet_rows(comparison, "Wolak", "employer")
    assert not sheet_rows(comparison, "Pell", "employer")


def test_a_role_shows_its_post_and_the_unit_it_is_held_in_is_compared_once_as_the_employer():
    # two different named units: the role cells read the same post, the employer row shows the difference
    comparison = compare_sheet(
        "Colonel Ivan Petrov, commander of the 177th division of the Northern Fleet, visited the harbour on Monday.",
        "Colonel Ivan Petrov, commander of the 177th Northern Fleet Regiment, visited the harbour on Monday.",
    )
    assert sheet_reading(comparison, "Petrov", "role") == (
        "same",
        {"a0": "Colonel; commander", "a1": "Colonel; commander"},
    )
    employer = sheet_row(comparison, "Petrov", "employer")
    assert employer.status in ("conflict", "possible")
    assert sheet_values(employer) == {
        "a0": "177th division of the Northern Fleet",
        "a1": "177th Northern Fleet Regiment",
    }
    # reported once, with the other conflicts (here linked to the sentence conflict that has it), never as a role
    assert employer.conflict in {c.id for c in comparison.conflicts}
    assert not [c for c in comparison.conflicts if c.type == "attribute:role"]


def test_one_unit_spelled_two_ways_is_a_variant_employer_under_the_same_post():
    comparison = compare_sheet(
        "Colonel Ivan Petrov, commander of the 4th Guards Brigade, visited the harbour on Monday.",
        "Colonel Ivan Petrov, commander of the 4th Guard Brigade, visited the harbour on Monday.",
    )
    assert sheet_reading(comparison, "Petrov", "role")[0] == "same"
    assert sheet_reading(comparison, "Petrov", "employer") == (
        "variant",
        {"a0": "4th Guards Brigade", "a1": "4th Guard Brigade"},
    )
    assert not [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_a_named_body_before_the_post_is_the_employer_and_not_part_of_the_role_cell():
    comparison = compare_sheet(
        "Northern Fleet commander Ivan Petrov visited the harbour on Monday.",
        "Baltic Fleet commander Ivan Petrov visited the harbour on Monday.",
    )
    assert sheet_reading(comparison, "Petrov", "role") == ("same", {"a0": "commander", "a1": "commander"})
    employer = sheet_row(comparison, "Petrov", "employer")
    assert employer.status in ("conflict", "possible")
    assert sheet_values(employer) == {"a0": "Northern Fleet", "a1": "Baltic Fleet"}


def test_cells_that_differ_because_one_source_says_more_are_never_called_same():
    more = compare_sheet(
        "Colonel Ivan Petrov, commander of the 4th Guards Brigade, visited the harbour on Monday.",
        "Colonel Ivan Petrov visited the harbour on Monday.",
    )
    alike = compare_sheet(
        "Colonel Ivan Petrov visited the harbour on Monday.",
        "Colonel Ivan Petrov visited the harbour on Tuesday.",
    )
    assert sheet_reading(more, "Petrov", "role") == ("compatible", {"a0": "Colonel; commander", "a1": "Colonel"})
    assert sheet_reading(alike, "Petrov", "role") == ("same", {"a0": "Colonel", "a1": "Colonel"})


def test_a_firm_the_recogniser_called_a_place_is_the_employer_of_its_chief_officer_but_a_country_is_not():
    # the recogniser tags "Brightline" a place here; a chief technology officer serves a firm, not a territory
    cto = "The flaw is limited to Japan, according to Dana Kowalczyk, chief technology officer of {}."
    same = compare_sheet(cto.format("Brightline"), cto.format("Brightline"))
    assert sheet_reading(same, "Kowalczyk", "employer") == ("same", {"a0": "Brightline", "a1": "Brightline"})
    country = compare_sheet(cto.format("Canada"), cto.format("Canada"))
    assert sheet_rows(country, "Kowalczyk", "employer") == []


def test_a_body_of_several_words_before_a_title_is_one_employer_and_its_initials_the_same():
    # A same-referent false alarm of the fifth fresh ECB+ gold: the parser hangs each word of the body's
    # name on the person's, and only its first word (a state) was read as the employer.
    for name in ("Dan Moss", "Jennings"):  # the parser hangs the body's words on the name or on the title
        comparison = compare_sheet(
            f'"He could have hurt many more people," Oregon State Police Lt. {name} said of the gunman on Friday.',
            f"Two officers were wounded in the shooting on Friday, according to OSP Lt. {name}.",
        )
        status, values = sheet_reading(comparison, name.split()[-1], "employer")
        assert values == {"a0": "Oregon State Police", "a1": "OSP"} and status in ("same", "variant")
        assert not [c for c in comparison.conflicts if c.kind in ("conflict", "possible")]


def test_the_lawyer_for_two_named_officers_serves_each_and_each_is_an_officer():
    # the clients are the people named, not the title they share; the plural title is each one's
    comparison = compare_sheet(
        "Nikos Payatis, the lawyer for policemen Stavros Kalogiannis and Petros Dimou, spoke on Monday.",
        "Nikos Payatis spoke to reporters on Monday.",
    )
    employer = sheet_row(comparison, "Payatis", "employer")
    assert {v.text for v in employer.values} == {"Stavros Kalogiannis; Petros Dimou"}
    assert sheet_reading(comparison, "Dimou", "role") == ("single", {"a0": "policemen"})
    assert sheet_reading(comparison, "Kalogiannis", "role") == ("single", {"a0": "policemen"})


def test_one_of_four_men_gives_no_role():
    comparison = compare_sheet(
        "Tom Avery was one of four men who were trying to reach the hut on Saturday.",
        "Tom Avery was trying to reach the hut on Saturday.",
    )
    assert not sheet_rows(comparison, "Avery", "role")


def test_a_team_the_recogniser_called_a_product_still_employs_its_player():
    # the small model calls some teams' names products ("the Raiders receiver"); the story knows the team
    comparison = compare_sheet(
        "Vince Jaxon, the Raiders receiver, was arrested on Monday. The Raiders organization said it was aware.",
        "The Raiders organization said receiver Vince Jaxon had been arrested.",
    )
    assert sheet_values(sheet_row(comparison, "Jaxon", "employer")) == {"a0": "Raiders"}
