"""The entity sheet on classes first seen on the tenth fresh part and the audits (issue 11): texts written for the test.

A body's word kept inside a recognised name before a title is where the title
is held ("Police Constable X"); whoever pleads a cause holds no post ("an
advocate for patients"); a person "of" two coordinated bodies is of both; a
game's score after a name that is no subject is no record; a doer ranked among
doers is a statistic ("the leading rusher", though the team's possessive still
says whom he plays for), a player said to matter plays a part, not a
position ("a key player in the scandal"), and whoever leads a race holds no
office ("behind the leader, X").
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows


def test_a_body_word_inside_a_recognised_name_before_a_title_is_the_employer():
    comparison = compare_sheet(
        "Police Constable Dara Quint said the road was closed on Friday.",
        "Constable Dara Quint of the county police said the road was shut.",
    )
    status, cells = sheet_reading(comparison, "Quint", "role")
    assert cells["a0"] == "Constable" and status in ("same", "variant", "compatible")
    assert sheet_reading(comparison, "Quint", "employer")[1]["a0"] == "Police"
    assert not attribute_conflict_types(comparison)


def test_a_body_word_before_a_title_the_recogniser_left_out_of_the_name_is_the_employer():
    comparison = compare_sheet(
        "Police Sergeant Ann Cole said two cars collided.",
        "Ann Cole, a sergeant, said two cars collided.",
    )
    assert sheet_reading(comparison, "Cole", "employer") == ("single", {"a0": "Police"})
    assert sheet_reading(comparison, "Cole", "role")[1]["a0"] == "Sergeant"


def test_an_advocate_for_a_cause_holds_no_post_but_counsel_for_a_client_does():
    comparison = compare_sheet(
        "The society hopes to see Dr. Ines Moro serve as an advocate for all the country's patients."
        " Ted Lyle, an advocate of reform, spoke. Omar Reyes, an advocate for Ines Moro, spoke.",
        "Ines Moro, a surgeon, thanked them. Omar Reyes, a lawyer, left.",
    )
    assert sheet_reading(comparison, "Moro", "role") == ("single", {"a1": "surgeon"})
    assert not sheet_rows(comparison, "Lyle", "role")
    assert sheet_reading(comparison, "Reyes", "role")[1]["a0"] == "advocate"
    assert not attribute_conflict_types(comparison)


def test_a_person_of_two_coordinated_bodies_is_of_both():
    comparison = compare_sheet(
        "News that the mayor may pick Dr. Nils Orban of Harwick University and NBC as his adviser spread.",
        "The mayor had approached NBC's science correspondent, Dr. Nils Orban, about the post.",
    )
    status, cells = sheet_reading(comparison, "Orban", "employer")
    assert "NBC" in cells["a0"] and status != "conflict"
    assert not attribute_conflict_types(comparison, "conflict")


def test_a_score_after_a_verbs_object_is_no_record_but_a_bracketed_record_is():
    comparison = compare_sheet(
        "Ann Roe beat Lena Varga, 6-4, in the final on Sunday. Ida Kern, 12-3, fights on Friday.",
        "Lena Varga (20-5) lost the final to Ann Roe. Ida Kern (12-4) fights on Friday.",
    )
    assert sheet_reading(comparison, "Varga", "count") == ("single", {"a1": "20-5"})
    assert sheet_reading(comparison, "Kern", "count")[1] == {"a0": "12-3", "a1": "12-4"}


def test_a_ranked_doer_and_a_player_said_to_matter_hold_no_position():
    comparison = compare_sheet(
        "Dario Venn, the Hawks' leading rusher in 2010, was hurt. Colin Marsh, a city aide and key player in the"
        " zoning scandal, died. Bo Dent, a leading lawyer, spoke.",
        "Dario Venn was hurt. Colin Marsh, an aide, died. Bo Dent spoke.",
    )
    assert not sheet_rows(comparison, "Venn", "role")
    assert sheet_reading(comparison, "Venn", "employer") == ("single", {"a0": "Hawks"})  # whom he plays for
    assert "key player" not in sheet_reading(comparison, "Marsh", "role")[1]["a0"]
    assert sheet_reading(comparison, "Dent", "role") == ("single", {"a0": "leading lawyer"})


def test_whoever_leads_a_race_holds_no_office():
    comparison = compare_sheet(
        "Mr. Hale is polling far behind the leader, Vera Sand, in this state. Joan Pike, the leader of the union,"
        " spoke.",
        "Vera Sand, a senator, spoke. Joan Pike spoke.",
    )
    assert sheet_reading(comparison, "Sand", "role") == ("single", {"a1": "senator"})
    assert sheet_reading(comparison, "Pike", "role") == ("single", {"a0": "leader"})


def test_a_faith_is_no_nationality():
    comparison = compare_sheet(
        "Ann Cole had become a born-again Christian working for a ministry. Bo Dent, a Russian diplomat, spoke.",
        "Ann Cole, a teacher, spoke. Bo Dent left.",
    )
    assert not sheet_rows(comparison, "Cole", "nationality")
    assert sheet_reading(comparison, "Dent", "nationality") == ("single", {"a0": "Russian"})


def test_a_year_before_a_noun_is_no_count():
    comparison = compare_sheet(
        "She was the model for a character in the 1982 comic series The Rocketeer, critics said.",
        "Halcott Industries, which employs 2,400 people, made the film.",
    )
    assert not sheet_rows(comparison, "Rocketeer", "count")
    assert sheet_reading(comparison, "Halcott", "count") == ("single", {"a1": "2,400 people"})


def test_a_number_on_a_noun_for_people_beside_a_name_counts_a_group_not_the_person():
    comparison = compare_sheet(
        "At least we can point to one woman, Ann Cole, who would not bend. She handed the photo to the eldest of"
        " her five children, Art Lowe, so that he could see it.",
        "Ann Cole spoke. Art Lowe, who has two children, spoke.",
    )
    assert not sheet_rows(comparison, "Cole", "count")
    assert sheet_reading(comparison, "Lowe", "count") == ("single", {"a1": "two children"})


def test_a_for_phrase_before_the_verb_names_no_employer():
    comparison = compare_sheet(
        "However, unfortunately for the Hawks, Ken Ross of Fox Sports reports that two teams are out.",
        "Ann Cole, who writes for the Daily Post, agreed. Ken Ross spoke.",
    )
    assert sheet_reading(comparison, "Ross", "employer") == ("single", {"a0": "Fox Sports"})
    assert sheet_reading(comparison, "Cole", "employer") == ("single", {"a1": "Daily Post"})


def test_a_persons_partner_is_a_tie_but_a_partner_at_a_firm_holds_a_post():
    comparison = compare_sheet(
        "Deputy Tim Brennan, who had been Ortiz's partner for a year, spoke at the funeral.",
        "Ann Cole, a partner at the law firm Hale & Dorr, spoke. Tim Brennan left.",
    )
    assert not sheet_rows(comparison, "Brennan", "employer")
    assert "partner" not in sheet_reading(comparison, "Brennan", "role")[1]["a0"]
    assert sheet_reading(comparison, "Cole", "role") == ("single", {"a1": "partner"})


def test_a_peoples_word_in_a_places_name_is_no_nationality():
    comparison = compare_sheet(
        "The gang member shot Deputy Jerry Ortiz outside a Hawaiian Gardens apartment building in 2005.",
        "A Hawaiian Gardens gang member was convicted of the murder on Tuesday.",
    )
    assert not [a for a in comparison.attributes if a.name == "nationality"]


def test_the_body_after_a_persons_title_is_no_person_given_that_title():
    comparison = compare_sheet(
        "“It is the biggest night of the year,” said Paul Lee, president, ABC Entertainment Group.",
        "Paul Lee spoke on Monday.",
    )
    assert not sheet_rows(comparison, "ABC", "role")
    assert sheet_reading(comparison, "Lee", "role") == ("single", {"a0": "president"})


def test_a_crimes_doer_a_home_and_an_age_group_are_no_roles():
    comparison = compare_sheet(
        "Police said the suspect is Tony Lam, a 38-year-old Troy resident who was fired last week. The alleged"
        " killer, Jon Blay, was caught. A vigil was held for Ram Gale, an unarmed teenager shot by police.",
        "Tony Lam, an accountant, left. Jon Blay, a corrections officer, was caught. Ram Gale died.",
    )
    assert sheet_reading(comparison, "Lam", "role") == ("single", {"a1": "accountant"})
    assert not sheet_rows(comparison, "Lam", "employer")
    assert sheet_reading(comparison, "Blay", "role") == ("single", {"a1": "corrections officer"})
    assert not sheet_rows(comparison, "Gale", "role")


def test_a_town_and_a_body_before_a_cut_title_are_no_roles():
    comparison = compare_sheet(
        "The victims' conditions were not known, said Troy police Lt. Karl Webb. The fire is being investigated"
        " by John Bond, an inspector with the state, and Palmer police Sgt. Shay Croix.",
        "Karl Webb spoke. Shay Croix spoke.",
    )
    assert sheet_reading(comparison, "Webb", "role") == ("single", {"a0": "Lt"})
    assert all(v.text != "Troy" for row in sheet_rows(comparison, "Webb", "employer") for v in row.values)
    assert sheet_reading(comparison, "Croix", "role") == ("single", {"a0": "Sgt"})
    assert sheet_reading(comparison, "Croix", "employer") == ("single", {"a0": "police"})


def test_a_time_of_day_is_no_count_and_spaced_thousands_are_one_number():
    comparison = compare_sheet(
        "Police say that on Saturday around 11: 30 p. m. Kim Gray was standing outside. The injured were taken to"
        " Bandar Lisa, a city of 500, 000 people, on Sunday.",
        "Kim Gray spoke. Bandar Lisa, a city of 500,000 people, mourned.",
    )
    assert not sheet_rows(comparison, "Gray", "count")
    status, cells = sheet_reading(comparison, "Bandar", "count")
    assert cells["a0"] == "500, 000 people" and status in ("same", "variant")


def test_a_rank_a_calibre_and_a_width_are_no_counts():
    comparison = compare_sheet(
        "Sal Gravo, the No. 2 figure in the Rosso family, testified. Police said Ann Hill had a. 357 Magnum in her"
        " car. In 64-bit Halcott Windows, the fix fails.",
        "Sal Gravo spoke. Ann Hill spoke. Halcott Industries, which employs 2,400 people, grew.",
    )
    assert not sheet_rows(comparison, "Gravo", "count")
    assert not sheet_rows(comparison, "Hill", "count")
    assert all(v.text != "64-bit" for a in comparison.attributes for v in a.values)
    assert sheet_reading(comparison, "Halcott Industries", "count") == ("single", {"a1": "2,400 people"})


def test_a_family_is_no_post_and_an_instrumental_player_plays_a_part():
    comparison = compare_sheet(
        "Wilson's family and Bo Dalton also marched on Sunday. Mark Fell was an instrumental player in the downfall"
        " of the mayor.",
        "Bo Dalton, a welder, spoke. Mark Fell, an aide, spoke.",
    )
    assert sheet_reading(comparison, "Dalton", "role") == ("single", {"a1": "welder"})
    assert not sheet_rows(comparison, "Dalton", "employer")
    assert sheet_reading(comparison, "Fell", "role") == ("single", {"a1": "aide"})


def test_three_numbers_after_an_object_are_still_a_fighters_record():
    comparison = compare_sheet(
        "Former champion Ray Bowden returned with a decision win over Gus Palko, 14-13-2, 12 KOs, on Friday.",
        "Gus Palko (15-13-2) lost the bout on Friday.",
    )
    status, cells = sheet_reading(comparison, "Palko", "count")
    assert cells["a0"].startswith("14-13-2") and cells["a1"] == "15-13-2" and status == "possible"
