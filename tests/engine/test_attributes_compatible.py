"""The entity sheet on two ways of naming one person's job, nationality or employer: no difference shown.

Short texts written for the test, compared with the real spaCy model. A
compatible pair called a conflict is the worst error a fact-checker can be
shown; each compatible case has a real-disagreement counterpart, so the rule
that makes it compatible cannot simply hide every difference of its kind.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading


def _status(first: str, second: str, name: str, attribute: str) -> str:
    return sheet_reading(compare_sheet(first, second), name, attribute)[0]


def test_a_field_of_knowledge_and_a_post_at_one_body_agree_but_two_posts_of_one_company_do_not():
    assert (
        _status(
            "Ben Osei, a professor at Dale University, spoke on Monday.",
            "Ben Osei, a Dale University economist, spoke on Monday.",
            "Osei",
            "role",
        )
        == "compatible"
    )
    assert (
        _status(
            "Ben Osei, the chief executive of Velta Motors, spoke on Monday.",
            "Ben Osei, a Velta Motors spokesman, spoke on Monday.",
            "Osei",
            "role",
        )
        == "conflict"
    )


def test_the_press_words_for_one_trade_agree_and_other_trades_differ():
    assert _status("Ben Osei, a firefighter, spoke.", "Ben Osei, a fireman, spoke.", "Osei", "role") == "variant"
    assert _status("Ben Osei, a pastor, spoke.", "Ben Osei, a minister, spoke.", "Osei", "role") == "compatible"
    assert _status("Ben Osei, a firefighter, spoke.", "Ben Osei, a police officer, spoke.", "Osei", "role") in (
        "possible",
        "conflict",
    )
    assert _status("Ben Osei, a pastor, spoke.", "Ben Osei, a surgeon, spoke.", "Osei", "role") == "conflict"


def test_a_soldier_holds_any_rank_but_two_ranks_differ():
    assert _status("Ben Osei, a soldier, spoke.", "Ben Osei, an army sergeant, spoke.", "Osei", "role") == "compatible"
    assert (
        _status("Ben Osei, an army sergeant, spoke.", "Ben Osei, an army captain, spoke.", "Osei", "role") == "conflict"
    )


def test_a_player_plays_any_position_but_two_positions_differ():
    assert (
        _status("Ben Osei, a Harbour Rovers player, spoke.", "Ben Osei, a quarterback, spoke.", "Osei", "role")
        == "compatible"
    )
    assert _status("Ben Osei, a quarterback, spoke.", "Ben Osei, a linebacker, spoke.", "Osei", "role") == "conflict"


def test_a_nation_within_a_state_agrees_with_the_state_but_not_with_another_state():
    assert (
        _status("Ben Osei, a British citizen, spoke.", "Ben Osei, an English engineer, spoke.", "Osei", "nationality")
        == "compatible"
    )
    assert (
        _status("Ben Osei, a British citizen, spoke.", "Ben Osei, a French engineer, spoke.", "Osei", "nationality")
        == "conflict"
    )


def test_a_client_served_agrees_with_a_body_employing_but_two_teams_coached_differ():
    assert (
        _status(
            "Ben Osei, a lawyer for Ana Petrov, spoke on Monday.",
            "Ben Osei, a lawyer for Dale Partners, spoke on Monday.",
            "Osei",
            "employer",
        )
        == "compatible"
    )
    assert (
        _status(
            "Ben Osei, the coach of the Harbour Rovers, spoke on Monday.",
            "Ben Osei, the coach of Dale United, spoke on Monday.",
            "Osei",
            "employer",
        )
        == "conflict"
    )
