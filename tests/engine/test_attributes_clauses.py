"""The entity sheet on clauses about several people, counts over time, bodies named by initials, trades and ages.

Short texts written for the test, compared with the real spaCy model and read
as a reader of the sheet would (conventions: ``benchmarks/gold/entities/README.md``).
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading, sheet_rows


def _attribute_conflicts(comparison):  # noqa: ANN001, ANN202
    return [c for c in comparison.conflicts if c.type.startswith("attribute:")]


def test_what_one_clause_counts_for_its_subject_is_not_the_age_or_count_of_the_next_subject():
    comparison = compare_sheet(
        "The inspector said Dorian Pell has 20 horses and Mara Quint has two.",
        "Mara Quint, 44, keeps her horses on the hill farm above the harbour.",
    )
    assert sheet_reading(comparison, "Quint", "age") == ("single", {"a1": "44"})
    assert not sheet_rows(comparison, "Quint", "count")
    assert sheet_reading(comparison, "Pell", "count") == ("single", {"a0": "20 horses"})
    assert not _attribute_conflicts(comparison)


def test_a_count_of_all_there_ever_were_says_nothing_against_the_count_now():
    comparison = compare_sheet(
        "Dorian Pell, who has had 26 horses, spoke at the harbour fair on Monday.",
        "The inspector said Dorian Pell has 20 horses on the hill farm.",
    )
    status, cells = sheet_reading(comparison, "Pell", "count")
    assert cells == {"a0": "26 horses", "a1": "20 horses"} and status == "compatible"
    assert not _attribute_conflicts(comparison)


def test_a_count_now_that_differs_is_still_a_conflict():
    comparison = compare_sheet(
        "Dorian Pell, who has 26 horses, spoke at the harbour fair on Monday.",
        "The inspector said Dorian Pell has 20 horses on the hill farm.",
    )
    assert sheet_reading(comparison, "Pell", "count")[0] == "conflict"


def test_a_body_named_by_its_initials_in_one_outlet_and_in_full_in_another_is_a_variant():
    comparison = compare_sheet(
        "Dorian Pell is the treasurer of the Northern Union of Harbour Pilots, a court heard on Monday.",
        "NUHP treasurer Dorian Pell told the court on Monday that the accounts were in order.",
    )
    status, cells = sheet_reading(comparison, "Pell", "employer")
    assert cells == {"a0": "Northern Union of Harbour Pilots", "a1": "NUHP"} and status == "variant"
    assert not _attribute_conflicts(comparison)


def test_two_bodies_whose_initials_differ_stay_a_difference():
    comparison = compare_sheet(
        "Dorian Pell is the treasurer of the Northern Union of Harbour Pilots, a court heard on Monday.",
        "NUFP treasurer Dorian Pell told the court on Monday that the accounts were in order.",
    )
    assert sheet_reading(comparison, "Pell", "employer")[0] in ("possible", "conflict")


def test_an_age_in_a_description_a_clause_acts_on_is_not_its_subjects():
    comparison = compare_sheet(
        "Prosecutor Dana Rossi laid out the case on Tuesday. He said Jermayne Tolliver aimed and missed,"
        " instead striking the 10-year-old girl less than two seconds later.",
        "Jermayne Tolliver, 16, sat beside his lawyer on Tuesday.",
    )
    assert sheet_reading(comparison, "Tolliver", "age") == ("single", {"a1": "16"})
    assert not sheet_rows(comparison, "Rossi", "age")


def test_an_age_in_a_description_a_clause_acts_on_still_reaches_the_one_holding_its_office():
    comparison = compare_sheet(
        "Mayor Ann Cole opened the harbour festival on Monday. Voters cheered the 52-year-old mayor.",
        "Mayor Ann Cole, 52, opened the harbour festival on Monday.",
    )
    assert sheet_reading(comparison, "Cole", "age") == ("same", {"a0": "52", "a1": "52"})


def test_a_broadcaster_named_with_a_possessive_before_a_name_is_the_employer():
    comparison = compare_sheet(
        "He repeated the claim when he was interviewed by Harbour TV's Larry Quint.",
        "Larry Quint asked him about the harbour on Monday.",
    )
    assert sheet_reading(comparison, "Quint", "employer") == ("single", {"a0": "Harbour TV"})


def test_where_a_group_is_based_is_read_from_the_noun_its_name_qualifies():
    comparison = compare_sheet(
        "Mary Batchelor is the director of the Utah-based pro-polygamy group Principle Voices.",
        "Principle Voices welcomed the charges on Wednesday.",
    )
    assert sheet_reading(comparison, "Principle Voices", "base") == ("single", {"a0": "Utah"})


def test_a_town_and_its_region_before_based_give_the_town_as_the_seat():
    comparison = compare_sheet(
        "Palo Alto-based Hewlett-Packard and Plano, Texas-based Harbour Data confirmed the talks on Monday.",
        "Harbour Data, which is based in Plano, confirmed the talks on Monday.",
    )
    assert sheet_reading(comparison, "Harbour Data", "base") == ("same", {"a0": "Plano", "a1": "Plano"})
    assert sheet_reading(comparison, "Hewlett", "base") == ("single", {"a0": "Palo Alto"})


def test_trades_and_religious_offices_are_roles_and_a_federation_an_employer():
    comparison = compare_sheet(
        "Little is known about James Oler, a mechanic. Blackmore fell out with the sect's prophet Warren Jeffs.",
        "Shops were damaged, said Vassilis Krokidis, vice president of the federation.",
    )
    assert sheet_reading(comparison, "Oler", "role") == ("single", {"a0": "mechanic"})
    assert sheet_reading(comparison, "Jeffs", "role") == ("single", {"a0": "prophet"})
    assert sheet_reading(comparison, "Jeffs", "employer") == ("single", {"a0": "sect"})
    assert sheet_reading(comparison, "Krokidis", "employer") == ("single", {"a1": "federation"})


def test_a_post_held_at_or_in_a_named_body_gives_the_employer_but_a_town_does_not():
    comparison = compare_sheet(
        "Ann Cole, an analyst at Morgan Stanley, said the deal was sound. Bob Reed, a teacher in Swindon, agreed.",
        "Officials at the Mormon Hills School in Bountiful, where Winston Blackmore is the superintendent,"
        " said he was arrested.",
    )
    assert sheet_reading(comparison, "Cole", "employer") == ("single", {"a0": "Morgan Stanley"})
    assert not sheet_rows(comparison, "Reed", "employer")
    assert sheet_reading(comparison, "Blackmore", "employer") == ("single", {"a1": "Mormon Hills School"})


def test_bodies_coordinated_after_of_are_each_an_employer():
    comparison = compare_sheet(
        "Giorgos Kyrtsos, publisher of the City Press and Free Sunday newspapers, said the riots revealed anger.",
        "Giorgos Kyrtsos was highly critical of the government.",
    )
    [row] = sheet_rows(comparison, "Kyrtsos", "employer")
    mentioned = {m.text for v in row.values for m in v.mentions}
    assert {"City Press", "Free Sunday"} <= mentioned


def test_a_sects_prophet_and_its_leader_are_compatible_roles():
    comparison = compare_sheet(
        "Warren Jeffs, the sect's prophet, was jailed in Arizona.",
        "Polygamist leader Warren Jeffs was jailed in Arizona.",
    )
    status, cells = sheet_reading(comparison, "Jeffs", "role")
    assert cells == {"a0": "prophet", "a1": "leader"} and status == "compatible"
    assert not _attribute_conflicts(comparison)


def test_a_record_a_score_a_time_or_a_measure_is_no_age():
    comparison = compare_sheet(
        "Tony Marsh (36 - 3, 24 KO) looked old on Saturday. The Harbour Colts (10 - 5) won at home.",
        "The 40-year-old Tony Marsh lost in Berne. The Harbour Colts were 4 - 4 on the road, police said at 11:30 p.m.",
    )
    assert sheet_reading(comparison, "Marsh", "age") == ("single", {"a1": "40"})
    assert not sheet_rows(comparison, "Colts", "age")


def test_an_age_set_beside_a_name_is_still_read_next_to_a_score():
    comparison = compare_sheet(
        "Tony Marsh, 36, won the fight 10 - 5 on points.",
        "Tony Marsh, aged 36, won the fight on Saturday.",
    )
    assert sheet_reading(comparison, "Marsh", "age") == ("same", {"a0": "36", "a1": "36"})


def test_a_name_given_an_age_is_a_person_whatever_the_recogniser_called_it():
    comparison = compare_sheet(
        "Climber Ewan Price, 41, was rescued from the ridge on Tuesday by a helicopter crew.",
        "Ewan Price, 29, was rescued from the ridge on Tuesday by a helicopter crew.",
    )
    assert sheet_reading(comparison, "Ewan Price", "age") == ("conflict", {"a0": "41", "a1": "29"})
    assert sheet_reading(comparison, "Ewan Price", "role") == ("single", {"a0": "Climber"})


def test_a_height_is_no_age():
    comparison = compare_sheet(
        "Deputies said Jose Orozco is 5 - foot - 8, with tattoos on his forehead.",  # as wire copy spaces it
        "Jose Orozco, 27, was found hiding in a house nearby.",
    )
    assert sheet_reading(comparison, "Orozco", "age") == ("single", {"a1": "27"})


def test_two_ages_a_year_apart_are_no_difference_in_either_tier():
    # A birthday may fall between two reports (``agegap``; every such report of the ECB+ audits was false):
    # the sheet calls the ages compatible and no sentence difference is reported (possible before s16-holders).
    comparison = compare_sheet(
        "Farmer Joel Reiss, 52, won the county ploughing contest on Monday.",
        "Joel Reiss, 53, won the county ploughing contest on Monday.",
    )
    assert sheet_rows(comparison, "Reiss", "age")[0].status == "compatible"
    assert not [c for c in comparison.conflicts if {v.text for v in c.values} == {"52", "53"}]


def test_two_ages_far_apart_stay_a_conflict_in_both_tiers():
    comparison = compare_sheet(
        "Farmer Joel Reiss, 52, won the county ploughing contest on Monday.",
        "Joel Reiss, 35, won the county ploughing contest on Monday.",
    )
    assert sheet_rows(comparison, "Reiss", "age")[0].status == "conflict"
    ages = [c for c in comparison.conflicts if {v.text for v in c.values} == {"52", "35"}]
    assert ages and all(c.kind == "conflict" for c in ages)


def test_a_body_named_only_by_its_kind_says_nothing_against_a_named_one_but_two_kinds_differ():
    comparison = compare_sheet(
        "Police Commissioner Ray Kelly said the gunman fired from a roof.",
        "NYPD Commissioner Ray Kelly said the gunman fired from a roof.",
    )
    assert sheet_reading(comparison, "Kelly", "employer") == ("compatible", {"a0": "Police", "a1": "NYPD"})
    assert not _attribute_conflicts(comparison)
    other = compare_sheet(
        "Army spokesman Khaled Saad said the rebels attacked the town.",
        "Police spokesman Khaled Saad said the rebels attacked the town.",
    )
    assert sheet_reading(other, "Saad", "employer")[0] == "conflict"


def test_a_title_the_tokenizer_cut_from_the_name_after_it_is_still_the_names():
    comparison = compare_sheet(
        "She said RCMP spokesman Sgt. Tim Shields would speak later. Police later arrested the two men.",
        "The community had come under investigation in the past.\n\nSgt. Tim Shields told reporters that"
        " police began an investigation in 2005.",
    )
    status, cells = sheet_reading(comparison, "Shields", "role")
    assert status == "compatible" and cells["a1"] == "Sgt"
    assert "Sgt" in cells["a0"] and "spokesman" in cells["a0"]
    assert not [
        e for e in comparison.entities if e.name == "Sgt" and any(a.entity == e.id for a in comparison.attributes)
    ]


def test_the_clergys_style_is_a_form_of_address_not_a_second_office():
    comparison = compare_sheet(
        "The church's pastor, Lenn Markby, declined to comment on the fire.",
        "We are praying for everyone, the Rev.\nLenn Markby said on Sunday.",  # a line break after the title
    )
    assert sheet_reading(comparison, "Markby", "role") == ("single", {"a0": "pastor"})
    assert not _attribute_conflicts(comparison)


def test_the_clergys_style_before_a_name_gives_no_role_but_a_priest_does():
    comparison = compare_sheet(
        "The Rev. Lenn Markby and the Reverend Ivo Daske led the service on Sunday.",
        "A priest, Ivo Daske, led the service on Sunday with Lenn Markby.",
    )
    assert not sheet_rows(comparison, "Markby", "role")
    assert sheet_reading(comparison, "Daske", "role") == ("single", {"a1": "priest"})


def test_a_word_ending_a_sentence_is_no_title_of_the_name_opening_the_next():
    comparison = compare_sheet(
        "Peter Capaldi will be the twelfth Doctor. Steven Moffat, the executive producer, chose him.",
        "Steven Moffat, the show's lead writer, announced the choice on Sunday.",
    )
    _status, cells = sheet_reading(comparison, "Moffat", "role")
    assert "Doctor" not in cells["a0"] and "producer" in cells["a0"]


def test_a_town_in_a_us_state_and_in_the_united_states_is_compatible():
    comparison = compare_sheet(
        "A tornado struck Tulsa, Oklahoma, late on Sunday, destroying 40 homes.",
        "A tornado struck Tulsa in the United States late on Sunday, destroying 40 homes.",
    )
    assert sheet_reading(comparison, "Tulsa", "location") == (
        "compatible",
        {"a0": "Oklahoma", "a1": "United States"},
    )
    assert not _attribute_conflicts(comparison)


def test_a_name_set_beside_a_persons_role_is_read_as_a_person_and_is_no_place():
    comparison = compare_sheet(
        "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work today.",
        "Professor Varoufakis blames angry youths for the violence.",
    )
    assert sheet_reading(comparison, "Yanis Varoufakis", "role") == ("single", {"a0": "professor of economics"})
    assert sheet_reading(comparison, "Yanis Varoufakis", "employer") == ("single", {"a0": "University of Athens"})
    assert not sheet_rows(comparison, "University of Athens", "location")


def test_a_firm_set_beside_a_word_that_only_ends_like_a_trade_gets_no_role():
    comparison = compare_sheet(
        "The undersea cable operator, Seacom Networks, said the cable was cut near Alexandria.",
        "Seacom Networks said repairs would take two weeks.",
    )
    assert not sheet_rows(comparison, "Seacom", "role")


def test_an_age_in_a_sentence_that_names_the_person_otherwise_is_someone_elses():
    comparison = compare_sheet(
        "Kimani Gray, 16, was shot on Saturday night in Brooklyn.",
        "The 30-year-old sergeant fired 11 shots, and seven bullets entered the body of Kimani Gray.",
    )
    assert sheet_reading(comparison, "Gray", "age") == ("single", {"a0": "16"})
    assert not _attribute_conflicts(comparison)


def test_a_verbs_particle_before_a_name_is_no_position():
    comparison = compare_sheet(
        "It is an honor to welcome back Ellen DeGeneres as the host of the awards.",
        "Comedian Ellen DeGeneres will host the awards next year.",
    )
    assert sheet_reading(comparison, "DeGeneres", "role") == ("single", {"a1": "Comedian"})
