"""The entity sheet on posts named by a verb, honours won several times and words that are no role.

Short texts written for the test, compared with the real spaCy model; the
sheet is read as a reader would (see ``test_attributes.py`` for the first
kinds). The conventions are the gold's (``benchmarks/gold/entities/README.md``):
"as ROLE" after a verb whose subject or object is the person is a role, a
post left is a past one, an honour or a relation is no role.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_rows, sheet_values


def test_a_post_after_a_firing_verb_or_a_stretch_of_service_is_a_role_of_the_person_fired():
    comparison = compare_sheet(
        "The Harbour Rovers fired Tomas Wolak on Monday after one season as coach.",
        "Tomas Wolak, who was fired as head coach of the Harbour Rovers, said he was proud of the players.",
    )
    [role] = sheet_rows(comparison, "Wolak", "role")
    assert sheet_values(role) == {"a0": "coach", "a1": "head coach"}
    assert role.status == "compatible"
    assert sheet_values(sheet_rows(comparison, "Wolak", "employer")[0]) == {"a1": "Harbour Rovers"}
    assert not attribute_conflict_types(comparison)


def test_the_post_a_person_is_hired_as_is_not_the_role_of_the_one_who_hires():
    comparison = compare_sheet(
        "Dana Pell hired Tomas Wolak as coach of the Harbour Rovers on Monday.",
        "Tomas Wolak met the players of the Harbour Rovers on Monday.",
    )
    assert sheet_values(sheet_rows(comparison, "Wolak", "role")[0]) == {"a0": "coach"}
    assert not sheet_rows(comparison, "Pell", "role")


def test_a_post_left_is_a_past_role_that_says_nothing_against_a_present_one():
    comparison = compare_sheet(
        "Lena Marsh, who left her job as a television host last year, opened the harbour festival.",
        "Lena Marsh, the mayor of Ashby, opened the harbour festival on Friday.",
    )
    [role] = sheet_rows(comparison, "Marsh", "role")
    # the town a mayor governs is part of the post, not an employer (``test_attributes_strangers.py``)
    assert sheet_values(role) == {"a0": "television host", "a1": "mayor of Ashby"}
    assert role.status == "compatible" and not attribute_conflict_types(comparison)


def test_a_post_a_person_would_take_is_no_role():
    comparison = compare_sheet(
        "Tomas Wolak would not take over as coach of the Harbour Rovers, his agent said.",
        "Tomas Wolak met the players of the Harbour Rovers on Monday.",
    )
    assert not sheet_rows(comparison, "Wolak", "role")


def test_honours_won_several_times_are_counts_of_different_things_and_no_role():
    comparison = compare_sheet(
        "Tomas Wolak, 48, a four-time all-star, was named coach on Monday.",
        "Tomas Wolak is also a five-time All-Defensive Team honoree.",
    )
    [count] = sheet_rows(comparison, "Wolak", "count")
    assert sheet_values(count) == {"a0": "four-time", "a1": "five-time"}
    assert count.status == "compatible"
    assert sheet_values(sheet_rows(comparison, "Wolak", "role")[0]) == {"a0": "coach"}
    assert not sheet_rows(comparison, "Wolak", "employer")


def test_the_same_honour_won_a_different_number_of_times_is_a_count_conflict():
    comparison = compare_sheet(
        "Tomas Wolak, a four-time all-star, was named coach on Monday.",
        "Tomas Wolak, a five-time all-star, was named coach on Monday.",
    )
    [count] = sheet_rows(comparison, "Wolak", "count")
    assert count.status == "conflict"


def test_an_owner_is_no_role_and_years_left_on_a_contract_are_no_count():
    comparison = compare_sheet(
        "Defence lawyer Tomas Wolak, the building's owner, was there to inspect the damage.",
        "Tomas Wolak, who still has two years left on his contract, inspected the damage.",
    )
    assert sheet_values(sheet_rows(comparison, "Wolak", "role")[0]) == {"a0": "Defence lawyer"}
    assert not sheet_rows(comparison, "Wolak", "employer")
    assert not sheet_rows(comparison, "Wolak", "count")


def test_a_publicist_and_a_spokesman_are_one_kind_of_job():
    comparison = compare_sheet(
        "The singer died on Thursday, spokesman Harlan Bolt said.",
        "The singer's publicist, Harlan Bolt, confirmed her death on Thursday.",
    )
    [role] = sheet_rows(comparison, "Bolt", "role")
    assert role.status == "compatible" and not attribute_conflict_types(comparison)


def test_a_post_to_come_is_a_role_that_says_nothing_against_the_one_held_now():
    comparison = compare_sheet(
        "Tomas Wolak will be the fifth coach of the Harbour Rovers in four years.",
        "Tomas Wolak is the treasurer of the harbour board.",
    )
    [role] = sheet_rows(comparison, "Wolak", "role")
    assert sheet_values(role) == {"a0": "fifth coach", "a1": "treasurer"}
    assert role.status == "compatible" and not attribute_conflict_types(comparison)


def test_a_post_a_promise_is_made_in_says_nothing_against_the_title_held_then():
    # "As governor, Senator Cole will ..." (a campaign's promise): the governor's post is one to come, so a
    # later article's "Governor Ines Cole" is the same person a post on, not another title for her
    comparison = compare_sheet(
        'A spokesman said then: "As governor, Senator Ines Cole will protect the harbour."',
        "In March, Governor Ines Cole signed the harbour bill.",
    )
    [role] = sheet_rows(comparison, "Cole", "role")
    assert role.status not in ("conflict", "possible")
    assert "role" not in attribute_conflict_types(comparison)


def test_a_post_named_after_the_subject_or_denied_is_no_post_to_come():
    held = compare_sheet(
        "Senator Ines Cole will not, as governor, protect the harbour.",
        "In March, Governor Ines Cole signed the harbour bill.",
    )
    assert sheet_rows(held, "Cole", "role")[0].status in ("conflict", "possible")


def test_two_posts_held_now_still_differ():
    comparison = compare_sheet(
        "Tomas Wolak is the coach of the Harbour Rovers.",
        "Tomas Wolak is the treasurer of the harbour board.",
    )
    assert sheet_rows(comparison, "Wolak", "role")[0].status in ("conflict", "possible")


def test_a_plural_title_before_a_list_of_names_is_each_ones_role():
    comparison = compare_sheet(
        "Wolak worked under head coaches Dana Pell (1994-96), Lena Marsh (1996-97), and Tara Quell (1997-2001).",
        "The club will pay former coaches Peter Novak ($2 million) and Tomas Wolak next season.",
    )
    for name in ("Pell", "Marsh", "Quell"):
        assert sheet_values(sheet_rows(comparison, name, "role")[0]) == {"a0": "head coaches"}, name
    assert sheet_values(sheet_rows(comparison, "Novak", "role")[0]) == {"a1": "former coaches"}
    assert sheet_values(sheet_rows(comparison, "Tomas Wolak", "role")[0]) == {"a1": "former coaches"}


def test_a_plural_noun_before_one_name_is_no_role():
    comparison = compare_sheet(
        "Fans cheered as residents Dana Pell and the mayor opened the harbour festival.",
        "Local farmers Dana Pell opened the harbour festival on Friday.",
    )
    assert not sheet_rows(comparison, "Pell", "role")


def test_a_champion_of_a_sport_turned_actress_has_both_roles_but_a_champion_of_a_cause_none():
    comparison = compare_sheet(
        "Lena Marsh, the tennis champion turned actress who starred in bright comedies of the 1960s, has died.",
        "Actress and champion swimmer Lena Marsh has died.\n\n"
        "Tara Quell, a champion of lower taxes, spoke at the harbour on Monday.",
    )
    [role] = sheet_rows(comparison, "Marsh", "role")
    assert sheet_values(role) == {"a0": "tennis champion; actress", "a1": "Actress; champion swimmer"}
    assert not attribute_conflict_types(comparison)
    assert not sheet_rows(comparison, "Quell", "role")


def test_a_champion_turned_senator_read_as_a_predicate_has_both_roles():
    comparison = compare_sheet(
        "Lena Marsh, the tennis champion turned senator, said on Monday that the harbour would stay open.",
        "Senator Lena Marsh said on Monday that the harbour would stay open.",
    )
    [role] = sheet_rows(comparison, "Marsh", "role")
    assert sheet_values(role) == {"a0": "tennis champion; senator", "a1": "Senator"}
    assert not attribute_conflict_types(comparison)


def test_a_team_before_a_title_is_the_employer():
    comparison = compare_sheet(
        '"He bleeds the harbour," team president Dana Pell said.',
        "Dana Pell, the president of the Harbour Rovers, said the coach would stay.",
    )
    [employer] = sheet_rows(comparison, "Pell", "employer")
    assert sheet_values(employer) == {"a0": "team", "a1": "Harbour Rovers"}
    assert employer.status == "compatible"


def test_a_successor_takes_the_post_and_the_one_replaced_held_it_before():
    comparison = compare_sheet(
        "Dana Pell replaced Tomas Wolak as coach of the Harbour Rovers on Monday.",
        "Tomas Wolak is now the treasurer of the harbour board.",
    )
    assert sheet_values(sheet_rows(comparison, "Pell", "role")[0]) == {"a0": "coach"}
    [role] = sheet_rows(comparison, "Wolak", "role")
    assert role.status == "compatible" and not attribute_conflict_types(comparison)


def test_a_stretch_of_service_between_two_people_is_nobodys_role():
    comparison = compare_sheet(
        "Dana Pell, in her first year as mayor, praised Tomas Wolak for the harbour plan.",
        "Tomas Wolak met the players of the Harbour Rovers on Monday.",
    )
    assert not sheet_rows(comparison, "Wolak", "role")


def test_staff_a_firm_will_employ_are_no_count_of_it_but_staff_it_employs_are():
    comparison = compare_sheet(
        "Harbour Rail, which will employ 3,000 people by 2030, opened a depot in Ashby on Monday.",
        "Harbour Rail, which employs 2,000 people, opened a depot in Ashby on Monday.",
    )
    [count] = sheet_rows(comparison, "Harbour Rail", "count")
    assert sheet_values(count) == {"a1": "2,000 people"}


def test_a_judge_and_a_justice_or_a_prosecutor_and_a_district_attorney_are_one_kind_of_job():
    comparison = compare_sheet(
        "Justice Tara Quell told the jury on Monday that the trial would resume.\n\n"
        "Assistant District Attorney Dana Pell asked for a delay.",
        "Judge Tara Quell told the jury on Monday that the trial would resume.\n\n"
        "Prosecutor Dana Pell asked for a delay.",
    )
    assert sheet_rows(comparison, "Quell", "role")[0].status == "compatible"
    assert sheet_rows(comparison, "Pell", "role")[0].status == "compatible"
    assert not attribute_conflict_types(comparison)


def test_a_leading_scorer_is_no_office():
    comparison = compare_sheet(
        "Tomas Wolak, the team's leading scorer, missed the game on Friday.",
        "Tomas Wolak, a junior, missed the game on Friday.",
    )
    assert sheet_values(sheet_rows(comparison, "Wolak", "role")[0]) == {"a1": "junior"}
    assert not attribute_conflict_types(comparison)
