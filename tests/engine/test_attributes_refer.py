"""The entity sheet on descriptions with no name ("the 68-year-old congressman"): short texts written for the test.

Each test compares short articles with the real spaCy model and reads the
sheet a reader would see (see ``test_attributes.py`` for the first kinds).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_row, sheet_rows, sheet_values


def test_the_34_year_old_aid_worker_is_the_person_named_just_before():
    comparison = compare_sheet(
        "Hanna Lindqvist, 34, was released on Wednesday after three weeks in detention.",
        "Hanna Lindqvist was released on Wednesday after three weeks in detention.\n\n"
        "The 34-year-old aid worker thanked her family.",
    )
    assert sheet_reading(comparison, "Lindqvist", "age") == ("same", {"a0": "34", "a1": "34"})


def test_the_68_year_old_congressman_is_the_one_person_the_article_calls_a_representative():
    comparison = compare_sheet(
        "Rep. Bob Ives, a Democrat, faces Tara Quell, a nurse, in the November race for the harbour seat.\n\n"
        "Both campaigns held rallies in the town on Saturday.\n\n"
        "Observers expect that the 68-year-old congressman will keep his seat.",
        "Bob Ives, 68, held a rally in the harbour town on Saturday.",
    )
    [age] = sheet_rows(comparison, "Ives", "age")
    assert age.status == "same" and sheet_values(age) == {"a0": "68", "a1": "68"}
    assert not sheet_rows(comparison, "Quell", "age")


def test_a_description_two_people_fit_gives_no_one_an_age():
    comparison = compare_sheet(
        "Sen. Bob Ives met Sen. Tara Quell in the harbour town on Saturday.\n\n"
        "Both campaigns held rallies in the town on Saturday.\n\n"
        "Observers expect that the 68-year-old senator will keep the seat.",
        "Bob Ives, 70, held a rally in the harbour town on Saturday.",
    )
    [age] = sheet_rows(comparison, "Ives", "age")
    assert age.status == "single" and sheet_values(age) == {"a1": "70"}
    assert not sheet_rows(comparison, "Quell", "age")
    assert not [c for c in comparison.conflicts if c.type == "attribute:age"]


def test_a_description_whose_office_is_not_the_persons_is_someone_else():
    comparison = compare_sheet(
        "Mayor Ann Cole opened the harbour museum on Sunday.\n\nThe 40-year-old senator said it was a fine day.",
        "Ann Cole, 58, opened the harbour museum on Sunday.",
    )
    [age] = sheet_rows(comparison, "Cole", "age")
    assert age.status == "single" and sheet_values(age) == {"a1": "58"}
    assert not [c for c in comparison.conflicts if c.type == "attribute:age"]


def test_a_noun_before_a_name_that_starts_a_relative_clause_is_not_her_role():
    comparison = compare_sheet(
        "Ann Cole, the harbour master, opened the fair on Monday.",
        "This is what comes of a rival who, in the words of the mayor Ann Cole worked for on the harbour plan, "
        "lost the vote.",
    )
    [role] = sheet_rows(comparison, "Cole", "role")
    assert role.status == "single" and sheet_values(role) == {"a0": "harbour master"}
    # a noun set right before the name is still read as the name's role
    close = compare_sheet(
        "Ann Cole, the harbour master, opened the fair on Monday.",
        "The shipping firm hired the lawyer Ann Cole on Monday.",
    )
    assert sheet_reading(close, "Cole", "role") == ("conflict", {"a0": "harbour master", "a1": "lawyer"})


def test_a_first_name_the_recogniser_calls_a_place_still_gets_the_age_set_beside_it():
    # the story's vote calls "Soraya" a place, but one of its mentions is tagged as a person
    comparison = compare_sheet(
        "Soraya Varga came to the harbour fair on Monday with her sister.\n\n"
        "Soraya, 16, was dressed in a plaid skirt and black boots.\n\nAt times, Soraya looked bored.",
        "A photograph of Soraya at the harbour fair was shared widely on Monday.",
    )
    assert sheet_reading(comparison, "Soraya", "age") == ("single", {"a0": "16"})


def test_a_surname_the_recogniser_missed_still_carries_what_is_said_beside_it():
    # the tagger reads "Farrow" opening the second sentence as a common noun, and the recogniser skips it
    comparison = compare_sheet(
        "Rep. Tom Farrow resigned from Congress on Friday.\n\n"
        "Farrow, R-Texas, had previously announced that he would not seek re-election.",
        "Rep. Tom Farrow (D-Texas) resigned from Congress on Friday.",
    )
    assert sheet_reading(comparison, "Farrow", "party") == ("conflict", {"a0": "R", "a1": "D"})


def test_both_after_two_names_says_it_of_each_but_a_single_apposition_only_of_the_last():
    both = compare_sheet(
        "On Monday, state Senate President Pro Tem Dale Hurst and House Speaker Ann Pryce, both Republicans, "
        "held a press conference.",
        "Dale Hurst, a Democrat, held a press conference on Monday.",
    )
    [party] = sheet_rows(both, "Hurst", "party")
    assert party.status == "conflict" and sheet_values(party) == {"a0": "Republicans", "a1": "Democrat"}
    one = compare_sheet(
        "On Monday, Dale Hurst and Ann Pryce, a Republican, held a press conference.",
        "Dale Hurst, a Democrat, held a press conference on Monday.",
    )
    assert sheet_reading(one, "Hurst", "party") == ("single", {"a1": "Democrat"})


def test_a_dateline_place_is_not_where_the_entity_after_it_is():
    comparison = compare_sheet(
        "SWINDON, England — Northgate Logistics, based in Reading, opened a depot on Monday.\n\n"
        "ASHBY, Kent — Mayor Ann Cole opened the harbour museum on Sunday.",
        "Northgate Logistics, based in Reading, opened a depot on Monday.\n\n"
        "Ann Cole opened the harbour museum on Sunday.",
    )
    [base] = sheet_rows(comparison, "Northgate", "base")
    assert base.status == "same" and sheet_values(base) == {"a0": "Reading", "a1": "Reading"}
    assert not sheet_rows(comparison, "Cole", "location") and not sheet_rows(comparison, "Cole", "base")


def test_a_title_coordinated_with_another_after_a_dateline_is_the_persons_role():
    comparison = compare_sheet(
        "HARTFORD, Conn. — Connecticut Attorney General and U.S. Senate candidate Tom Reed is defending himself "
        "against a report.\n\nReed spoke to reporters in Hartford on Monday.",
        "Tom Reed, the state's attorney general, spoke in Hartford, Connecticut, on Monday.",
    )
    [role] = sheet_rows(comparison, "Reed", "role")
    assert sheet_values(role) == {"a0": "Attorney General; U.S. Senate candidate", "a1": "attorney general"}
    assert role.status == "compatible"  # one source says more: the cells differ, so not "same"
    [location] = sheet_rows(comparison, "Hartford", "location")
    assert sheet_values(location) == {"a1": "Connecticut"}  # the dateline's title is no place Hartford is in


def test_a_number_of_party_members_is_no_age_of_the_group():
    comparison = compare_sheet(
        "But by the time the harbour bill had the votes, with support from 33 Democrats, the revolt was in full force."
        "\n\nDemocrats said the vote was close.",
        "The hasty retreat by 40 Democrats on the harbour bill was humiliating.\n\nDemocrats said the vote was close.",
    )
    assert not [a for a in comparison.attributes if a.name == "age"]


def test_a_surname_the_recogniser_missed_goes_to_the_person_of_that_very_spelling_when_two_share_it():
    # "Banks" shortens "Maurice Banks" and "Mo Banks"; the story keeps a person "Banks", and the tagger
    # reads the "Banks" opening the last sentence as a common noun, with no name over it
    comparison = compare_sheet(
        "Maurice Banks was hired as coach of the Harbour Rovers on Monday. The players met Banks at the gym.\n\n"
        "Banks, 48, said he was proud of the players.",
        "Mo Banks will take over as new coach of the Harbour Rovers. The players met Banks at the gym.",
    )
    assert sheet_values(sheet_row(comparison, "Banks", "age")) == {"a0": "48"}


def test_the_age_a_death_states_is_the_persons_age_but_not_the_age_at_an_earlier_event():
    comparison = compare_sheet(
        "Lena Marsh, whose films were designed just for her, died yesterday in Ashby at the age of 91, "
        "her spokesman said.",
        "Lena Marsh died peacefully in her sleep on Thursday at 91.\n\nTara Quell was elected mayor at the age of 35.",
    )
    [age] = sheet_rows(comparison, "Marsh", "age")
    assert age.status == "same" and sheet_values(age) == {"a0": "91", "a1": "91"}
    assert not sheet_rows(comparison, "Quell", "age")
