"""Two roles, counts or employers of one entity are red only when the texts show they exclude each other.

Short texts written for these tests: one person described two ways is at most a
possible difference; two posts of one kind (two fields of work, two elected
offices, two positions of a team, two posts of one body) stay a conflict.
"""

from __future__ import annotations

from tests.support.sheet import attribute_conflict_types, compare_sheet, sheet_reading


def test_a_trade_and_a_post_of_one_person_are_at_most_a_possible_difference():
    # (a comedian would be compatible with a host: one entertainer, test_audit_precision_acts_roles)
    comparison = compare_sheet(
        "Architect Dana Whitlow will present the music awards in Leeds next spring.",
        "Dana Whitlow, the host, will present the music awards in Leeds next spring.",
    )
    assert sheet_reading(comparison, "Whitlow", "role")[0] == "possible"
    assert "attribute:role" not in attribute_conflict_types(comparison, "conflict")


def test_a_position_and_a_description_of_a_player_are_not_red():
    comparison = compare_sheet(
        "First baseman Rory Tallis signed a five-year contract with the club on Tuesday.",
        "Rory Tallis, a slugger, signed a five-year contract with the club on Tuesday.",
    )
    assert sheet_reading(comparison, "Tallis", "role")[0] == "possible"


def test_posts_in_two_fields_of_work_stay_a_conflict():
    comparison = compare_sheet(
        "Mira Kovac, a newspaper correspondent, crossed the border on Sunday.",
        "Mira Kovac, a military adviser, crossed the border on Sunday.",
    )
    assert sheet_reading(comparison, "Kovac", "role")[0] == "conflict"


def test_two_elected_offices_stay_a_conflict():
    comparison = compare_sheet(
        "Governor Alan Brisk signed the water bill in Salem on Monday.",
        "Senator Alan Brisk signed the water bill in Salem on Monday.",
    )
    assert sheet_reading(comparison, "Brisk", "role")[0] == "conflict"


def test_a_bare_back_is_any_back_but_two_named_positions_conflict():
    any_back = compare_sheet(
        "Cornerback Jalen Oduya intercepted a pass in the fourth quarter on Sunday.",
        "Jalen Oduya, a back, intercepted a pass in the fourth quarter on Sunday.",
    )
    assert sheet_reading(any_back, "Oduya", "role")[0] != "conflict"
    two = compare_sheet(
        "Cornerback Jalen Oduya intercepted a pass in the fourth quarter on Sunday.",
        "Kicker Jalen Oduya intercepted a pass in the fourth quarter on Sunday.",
    )
    assert sheet_reading(two, "Oduya", "role")[0] == "conflict"


def test_a_count_qualified_on_one_side_only_is_a_possible_difference():
    comparison = compare_sheet(
        "The visitors had two chances to score before half-time, and Lena Marsh, who had one final chance, missed it.",
        "Lena Marsh, who had two chances, missed both of them before half-time.",
    )
    rows = [c for c in comparison.conflicts if c.type == "attribute:count"]
    assert rows and all(c.kind == "possible" for c in rows)
    same_thing = compare_sheet(
        "Lena Marsh, who had one chance, missed it before half-time.",
        "Lena Marsh, who had two chances, missed both of them before half-time.",
    )
    assert sheet_reading(same_thing, "Marsh", "count")[0] == "conflict"


def test_an_employer_given_as_a_bare_place_is_not_a_red_difference():
    # the parser hangs each word of "Oregon State Police" on the title; read whole, the body's initials are
    # the same body (session 11: only "Oregon" was read before, a possible difference)
    comparison = compare_sheet(
        "Oregon State Police Lt. Kai Lund said the suspect is dangerous.",
        "OSP Lt. Kai Lund said the suspect is dangerous.",
    )
    assert sheet_reading(comparison, "Lund", "employer") == ("variant", {"a0": "Oregon State Police", "a1": "OSP"})
    named = compare_sheet(
        "Trooper Kai Lund, who works for the Harlow Police, found the car near the bridge on Monday.",
        "Trooper Kai Lund, who works for the Essex Fire Service, found the car near the bridge on Monday.",
    )
    assert sheet_reading(named, "Lund", "employer")[0] == "conflict"


def test_two_posts_are_of_one_body_only_when_both_articles_name_it():
    named = compare_sheet(
        "Ann Cole, a producer for Acme Films, opened the harbour museum on Sunday.",
        "Ann Cole, a comedian for Acme, opened the harbour museum on Sunday.",
    )
    assert sheet_reading(named, "Cole", "role")[0] == "conflict"
    # "the firm" agrees with Acme Films by saying less: it shows no second post in that body
    unnamed = compare_sheet(
        "Ann Cole, a producer for Acme Films, opened the harbour museum on Sunday.",
        "Ann Cole, a comedian for the firm, opened the harbour museum on Sunday.",
    )
    assert sheet_reading(unnamed, "Cole", "role") == ("possible", {"a0": "producer", "a1": "comedian"})
