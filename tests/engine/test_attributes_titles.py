"""The entity sheet on titles the parser hangs badly, trades inside names, and a people's noun before a name.

Short texts written for the test, compared with the real spaCy model. The
conventions are the gold's (``benchmarks/gold/entities/README.md``): a sports
position is a role, "Englishman" before a name is a nationality, a copula that
shares the person's subject states what the person is.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_row, sheet_rows, sheet_values


def test_a_position_the_parser_hung_elsewhere_and_one_in_capitals_are_roles_that_can_disagree():
    comparison = compare_sheet(
        "The drive ended when running back Tomas Wolak lost a fumble on the ten-yard line.",
        "QB Tomas Wolak threw two touchdown passes in the second half.",
    )
    role = sheet_row(comparison, "Wolak", "role")
    assert sheet_values(role) == {"a0": "running back", "a1": "QB"}
    assert role.status == "conflict"  # two positions of one team are two different jobs


def test_a_verb_before_a_name_is_no_title_even_when_its_lemma_is_one():
    comparison = compare_sheet(
        "The club owner backed Tomas Wolak after the defeat on Sunday.",
        "Tomas Wolak met the players on Monday.",
    )
    assert not sheet_rows(comparison, "Wolak", "role")


def test_a_trade_the_recogniser_kept_inside_a_name_is_a_role():
    comparison = compare_sheet(
        "Kicker Dario Pell missed a field goal in the third quarter.",
        "Dario Pell, the kicker, missed a field goal late in the game.",
    )
    role = sheet_row(comparison, "Pell", "role")
    assert sheet_values(role) == {"a0": "Kicker", "a1": "kicker"}
    assert role.status in ("same", "variant")


def test_a_second_copula_of_the_persons_subject_states_a_role_but_not_one_with_its_own_subject():
    shared = compare_sheet(
        "Police said Mr Wolak was well equipped but was an inexperienced climber.",
        "Tomas Wolak fell while climbing to a hut on Sunday.",
    )
    assert sheet_values(sheet_row(shared, "Wolak", "role")) == {"a0": "inexperienced climber"}
    other = compare_sheet(
        "Police said Mr Wolak was well equipped but Anna Pell was an inexperienced climber.",
        "Tomas Wolak fell while climbing to a hut on Sunday.",
    )
    assert not sheet_rows(other, "Wolak", "role")
    assert sheet_values(sheet_row(other, "Pell", "role")) == {"a0": "inexperienced climber"}


def test_a_peoples_noun_before_a_name_is_a_nationality_and_a_trade_in_man_stays_a_role():
    comparison = compare_sheet(
        "Englishman Tomas Wolak fell while climbing to a hut on Sunday.",
        "Businessman Tomas Wolak fell while climbing to a hut on Sunday.",
    )
    assert sheet_values(sheet_row(comparison, "Wolak", "nationality")) == {"a0": "Englishman"}
    assert sheet_values(sheet_row(comparison, "Wolak", "role")) == {"a1": "Businessman"}


def test_a_person_named_before_a_staff_role_is_the_employer_and_a_persons_case_is_not():
    comparison = compare_sheet(
        "Colin Marsh, top Dana Pell aide, dies at 75",
        "Colin Marsh, a witness in the Dana Pell case, died at 75 in his home.",
    )
    assert sheet_values(sheet_row(comparison, "Marsh", "employer")) == {"a0": "Dana Pell"}


def test_a_plural_title_whose_clause_comes_before_the_names_is_each_ones():
    comparison = compare_sheet(
        "The two Ashby Herald reporters who broke the Harbour story, Martin Kessel and Ruth Abara, have maintained"
        " that they would only reveal the identity of their source once he was dead.",
        "Martin Kessel and Ruth Abara met the mayor of Ashby on Monday.",
    )
    for name in ("Kessel", "Abara"):
        assert sheet_values(sheet_row(comparison, name, "role")) == {"a0": "reporters"}
        assert sheet_values(sheet_row(comparison, name, "employer")) == {"a0": "Ashby Herald"}


def test_a_team_the_recogniser_could_not_type_before_a_position_is_the_employer_but_the_end_of_a_longer_name_is_not():
    comparison = compare_sheet(
        "The Chiefs lost again on Sunday.",
        "The defense stuffed Chiefs quarterback Tomas Wolak short on a fourth-down play.",
    )
    assert sheet_values(sheet_row(comparison, "Wolak", "employer")) == {"a1": "Chiefs"}
    honour = compare_sheet(
        "The Chiefs lost again on Sunday.",
        "O'Brien is the son-in-law of Hall of Fame coach Tomas Wolak, who watched the Chiefs lose.",
    )
    assert not sheet_rows(honour, "Wolak", "employer")


def test_a_caption_that_sets_a_noun_beside_a_name_with_no_comma_gives_a_role():
    comparison = compare_sheet(
        "Tomas Wolak the second climber to die in the Harrow national park at the weekend",
        "Tomas Wolak, 32, fell about 600 metres while climbing on Saturday.",
    )
    assert sheet_values(sheet_row(comparison, "Wolak", "role")) == {"a0": "second climber"}


def test_a_name_in_brackets_after_a_person_is_a_credit_not_a_role_but_an_age_in_brackets_is_read():
    credit = compare_sheet(
        "The studio has a script from Tomas Wolak (Harbour Millionaire) that Ross has yet to revise.",
        "The studio hired Oscar winning Harbour Millionaire screenwriter Tomas Wolak to pen the script.",
    )
    role = sheet_row(credit, "Wolak", "role")
    assert sheet_values(role) == {"a1": "screenwriter"}
    aged = compare_sheet(
        "The studio has a script from Tomas Wolak (52) that Ross has yet to revise.",
        "The studio hired Tomas Wolak, 52, to pen the script.",
    )
    assert sheet_values(sheet_row(aged, "Wolak", "age")) == {"a0": "52", "a1": "52"}


def test_the_place_a_title_posts_one_to_is_part_of_the_role_and_two_places_are_a_possible_difference():
    apart = compare_sheet(
        "Anna Berg, the paper's Moscow correspondent, was expelled on Monday.",
        "Anna Berg, the paper's Kyiv correspondent, was expelled on Monday.",
    )
    alike = compare_sheet(
        "Anna Berg, the paper's Moscow correspondent, was expelled on Monday.",
        "Anna Berg, the paper's Moscow correspondent, was expelled late on Monday.",
    )
    row = sheet_row(apart, "Berg", "role")
    assert sheet_values(row) == {"a0": "Moscow correspondent", "a1": "Kyiv correspondent"}
    assert row.status in ("possible", "conflict")
    assert row.conflict in {c.id for c in apart.conflicts}
    assert sheet_reading(apart, "Berg", "employer") == ("same", {"a0": "paper", "a1": "paper"})
    assert sheet_reading(alike, "Berg", "role") == (
        "same",
        {"a0": "Moscow correspondent", "a1": "Moscow correspondent"},
    )


def test_a_title_naming_its_place_beside_one_that_does_not_is_compatible_and_a_jurisdiction_is_no_posting():
    more = compare_sheet(
        "Anna Berg, the paper's Moscow correspondent, was expelled on Monday.",
        "Anna Berg, the paper's correspondent, was expelled on Monday.",
    )
    assert sheet_reading(more, "Berg", "role") == ("compatible", {"a0": "Moscow correspondent", "a1": "correspondent"})
    # with no employer named, a place before an office is where it governs, not a posting: no difference
    offices = compare_sheet(
        "Texas Sen. Ted Crane spoke to reporters on Monday.",
        "U.S. Sen. Ted Crane spoke to reporters on Monday.",
    )
    assert sheet_row(offices, "Crane", "role").status in ("same", "variant", "compatible")


def test_one_lawyer_spelled_two_ways_keeps_one_role_row():
    # a Greek gamma before "i" is written "g" or "y": one person, whose role both articles give
    comparison = compare_sheet(
        "Lawyer Nikos Pagiatis said the bullet had ricocheted off a wall.",
        "Nikos Payatis, the lawyer for the two officers, spoke on Monday.",
    )
    assert sheet_reading(comparison, "Nikos", "role") == ("same", {"a0": "Lawyer", "a1": "lawyer"})
