"""The entity sheet on the sports pages and on posts held at a body: short texts written for the test.

Each test compares short articles with the real spaCy model and reads the
sheet a reader would see (see ``test_attributes.py`` for the first kinds):
positions of the line ("defensive tackle", "tight end"), an injury noted in
brackets beside a player's name, a trade the tagger misreads, an honour
counted by "N-time", and the body a post is held at, in or with.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading, sheet_rows, sheet_values
from tuicompare.engine.rolenouns import role_noun


def test_an_injury_in_brackets_is_no_role_and_the_line_positions_are_roles():
    comparison = compare_sheet(
        "Defensive tackle Ray Hollis (knee), receiver Tom Varga (shoulder) and linebacker Dale Ruiz (groin) "
        "sat out on Wednesday.",
        "Ray Hollis, the defensive tackle for the Harbour Sharks, was arrested on Sunday.",
    )
    status, cells = sheet_reading(comparison, "Hollis", "role")
    assert status in ("same", "variant", "compatible")
    assert cells == {"a0": "Defensive tackle", "a1": "defensive tackle"}
    assert sheet_values(sheet_rows(comparison, "Varga", "role")[0]) == {"a0": "receiver"}
    assert sheet_values(sheet_rows(comparison, "Ruiz", "role")[0]) == {"a0": "linebacker"}
    assert not attribute_conflict_types(comparison)


def test_a_noun_in_ee_is_a_role_only_where_a_verb_stands_before_it():
    assert role_noun("employee") and role_noun("nominee") and role_noun("retiree") and role_noun("trustee")
    assert not role_noun("knee") and not role_noun("degree") and not role_noun("committee")


def test_a_trade_the_tagger_reads_as_an_adjective_before_a_name_is_still_the_role():
    # the small model tags "receiver" an adjective after "while"
    comparison = compare_sheet(
        "Both tight ends were limited while receiver Tom Varga (knee) and defensive end Sam Okoro (shoulder) "
        "both were full.",
        "Wide receiver Tom Varga was a full participant in practice on Wednesday.",
    )
    status, cells = sheet_reading(comparison, "Varga", "role")
    assert status in ("same", "variant", "compatible")
    assert cells["a0"] == "receiver" and cells["a1"].endswith("receiver")
    assert sheet_values(sheet_rows(comparison, "Okoro", "role")[0]) == {"a0": "defensive end"}


def test_what_a_three_time_honour_counts_is_no_employer():
    comparison = compare_sheet(
        "Ray Hollis, a three-time Pro Bowl nose tackle, was stopped for speeding on Sunday.",
        "Ray Hollis, the defensive tackle for the Harbour Sharks, was arrested on Sunday.",
    )
    assert sheet_reading(comparison, "Hollis", "employer") == ("single", {"a1": "Harbour Sharks"})
    assert not attribute_conflict_types(comparison)


def test_the_body_a_post_is_held_with_or_at_is_the_employer_however_the_parser_hangs_it():
    comparison = compare_sheet(
        "Paul Marsh, security and forensic analyst with Brightlane Inc., says the flaw is serious.",
        "The flaw is serious, said Paul Marsh, security and forensic analyst at Brightlane Inc.",
    )
    status, cells = sheet_reading(comparison, "Marsh", "employer")
    assert status in ("same", "variant")
    assert cells == {"a0": "Brightlane Inc.", "a1": "Brightlane Inc."}


def test_with_a_body_named_after_at_what_follows_of_is_part_of_the_post():
    comparison = compare_sheet(
        "Greg Hale, director of research at cloud security vendor Brightlane Inc., said the bug was old.",
        "Greg Hale, a senior director for research at Brightlane Inc., said the bug was old.",
    )
    status, cells = sheet_reading(comparison, "Hale", "employer")
    assert status in ("same", "variant")
    assert cells == {"a0": "Brightlane Inc.", "a1": "Brightlane Inc."}
    assert sheet_values(sheet_rows(comparison, "Hale", "role")[0])["a0"] == "director of research"


def test_a_title_with_its_field_before_the_name_is_the_role_and_agrees_with_its_initialism():
    comparison = compare_sheet(
        "The keynote was given by vice-president of worldwide product marketing Ann Kowalski.",
        "Ann Kowalski, senior VP for global marketing at Fenwick Inc., spoke.",
        "Instead, Fenwick's vice president of worldwide marketing Ann Kowalski, appointed by the board, spoke.",
    )
    status, cells = sheet_reading(comparison, "Kowalski", "role")
    assert status in ("same", "variant", "compatible")
    assert cells == {
        "a0": "vice-president of worldwide product marketing",
        "a1": "senior VP",
        "a2": "vice president of worldwide marketing",
    }
    assert not attribute_conflict_types(comparison)


def test_the_group_a_list_of_names_is_said_to_be_gives_each_name_its_role():
    comparison = compare_sheet(
        "When the season opens, the only healthy running backs on the roster will be Ray Hollis and Tom Varga.",
        "The feature has original artists including Ann Kowalski, Greg Hale and Lina Ortiz showing how to play.",
    )
    for name in ("Hollis", "Varga"):
        assert sheet_values(sheet_rows(comparison, name, "role")[0])["a0"].endswith("running backs")
    for name in ("Kowalski", "Hale", "Ortiz"):
        assert sheet_values(sheet_rows(comparison, name, "role")[0]) == {"a1": "original artists"}


def test_a_height_is_no_count():
    comparison = compare_sheet(
        "Ray Hollis (5-foot-11, 220 pounds) has spent time with three teams this season.",
        "Ray Hollis was signed on Wednesday.",
    )
    assert not sheet_rows(comparison, "Hollis", "count")


def test_a_team_named_as_a_common_noun_is_the_employer_and_its_owner_is_no_other_one():
    comparison = compare_sheet(
        "Sharks' Ray Hollis placed on IR. The Sharks' leading rusher, Hollis, was hurt, Sharks coach Dale Ruiz said.",
        "Dale Ruiz, the chairman of Brightlane Inc., the team's owner, backed Ray Hollis.",
        "Harbour running back Ray Hollis was placed on injured reserve on Wednesday.",
    )
    assert sheet_values(sheet_rows(comparison, "Hollis", "employer")[0]) == {"a0": "Sharks"}
    assert sheet_reading(comparison, "Ruiz", "employer") == ("compatible", {"a0": "Sharks", "a1": "Brightlane Inc."})
    # a position and another word for a player of one team ("leading rusher") do not exclude each other
    assert sheet_rows(comparison, "Hollis", "role")[0].status != "conflict"


def test_a_chief_executive_is_the_ceo_and_no_other_chief_officer_of_the_firm():
    same = compare_sheet(
        "Dana Pell, the chief executive officer of Brightlane Inc., resigned on Monday.",
        "Brightlane Inc. CEO Dana Pell resigned on Monday.",
        "Dana Pell, Brightlane Inc.'s chief executive, resigned on Monday.",
    )
    assert sheet_rows(same, "Pell", "role")[0].status in ("same", "variant", "compatible")
    for other in (
        "Dana Pell, the chief financial officer of Brightlane Inc., resigned on Monday.",
        "Brightlane Inc. CFO Dana Pell resigned on Monday.",
    ):
        two = compare_sheet("Dana Pell, the chief executive officer of Brightlane Inc., resigned on Monday.", other)
        assert sheet_rows(two, "Pell", "role")[0].status == "conflict"
    officers = compare_sheet(
        "Dana Pell, the chief operating officer of Brightlane Inc., resigned on Monday.",
        "Dana Pell, the chief financial officer of Brightlane Inc., resigned on Monday.",
    )
    assert sheet_rows(officers, "Pell", "role")[0].status == "conflict"
    cfo = compare_sheet(
        "Dana Pell, the chief financial officer of Brightlane Inc., resigned on Monday.",
        "Brightlane Inc. CFO Dana Pell resigned on Monday.",
    )
    assert sheet_rows(cfo, "Pell", "role")[0].status in ("same", "variant", "compatible")


def test_a_body_noun_before_a_title_the_parser_hung_on_the_name_is_the_employer():
    comparison = compare_sheet(
        "A request to interview club President Dale Ruiz was declined by a spokesman.",
        "Dale Ruiz, the president of the Harbour Sharks, declined to comment.",
    )
    assert sheet_reading(comparison, "Ruiz", "employer") == ("compatible", {"a0": "club", "a1": "Harbour Sharks"})


def test_a_lineman_is_any_of_the_line_s_positions():
    comparison = compare_sheet(
        "Jaguars offensive lineman Ray Hollis was arrested on Sunday.",
        "Sharks tackle Ray Hollis was arrested on Sunday.",
    )
    assert sheet_rows(comparison, "Hollis", "role")[0].status == "compatible"
    assert not attribute_conflict_types(comparison)


def test_safety_before_a_name_is_the_players_position():
    comparison = compare_sheet(
        "Safety Mal Jenks (knee) and tight end Jim Gray (ankle) did not practice on Wednesday.",
        "Mal Jenks, a safety, did not practice on Wednesday.",
    )
    assert sheet_reading(comparison, "Jenks", "role") == ("same", {"a0": "Safety", "a1": "safety"})
