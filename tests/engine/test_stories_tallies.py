"""Two games of one team, each told with its own score, stay two stories; two reports of one game join.

Reports of two games of one team share the team, its coach, its arena and the words of a game, so
they are as alike as two reports of one game; but each game has its own final score, and its
reports give it. Two articles that each give a score, a record or a tally, share none of them and
share no other specific (a rare name, a figure) report two events (``story_anchors.tallies_clash``):
their similarity is 0, and ``compare`` keeps them apart. The texts are invented here.
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.support.briefs import Briefs, analysed, opened
from tuicompare.engine import tuning
from tuicompare.engine.story_anchors import tallies, tallies_clash

TEXTS = {
    "win_a": "The Chicago Bulls won 112-98 against the Miami Heat on Friday night at the United Center. Coach "
    "Billy Donovan said his team defended well in the second half and the crowd was loud all night. The "
    "Bulls scored the last ten points of the game.",
    "win_b": "The Chicago Bulls won 112-98 against the Miami Heat on Friday at the United Center. Coach Billy "
    "Donovan praised the defence in the second half. The Bulls scored the last ten points and Miami lost "
    "for the third time this week.",
    "loss": "The Chicago Bulls lost 105-101 against the Miami Heat on Sunday night at the United Center. Coach "
    "Billy Donovan said his team defended poorly in the second half and the crowd left early. The Heat "
    "scored the last eight points of the game.",
}


@pytest.fixture(scope="module")
def games() -> Briefs:
    return analysed(TEXTS)


def _opened(games: Briefs, keys: list[str]) -> list[list[str]]:
    """The stories ``compare`` shows for these articles opened alone, sorted."""
    return sorted(map(sorted, opened(games, keys)))


def test_two_reports_of_one_game_are_one_story(games):
    assert _opened(games, ["win_a", "win_b"]) == [["win_a", "win_b"]]


def test_two_games_of_one_team_with_their_own_scores_stay_apart(games):
    assert _opened(games, ["win_a", "loss"]) == [["loss"], ["win_a"]]


def test_all_three_open_as_the_game_and_the_other_game(games):
    assert _opened(games, ["win_a", "win_b", "loss"]) == [["loss"], ["win_a", "win_b"]]


def test_without_the_rule_the_two_games_would_be_one_story(games, monkeypatch):
    # What a reader got before: two games compared as one, every difference a false conflict.
    off = dataclasses.replace(tuning.TUNING.stories, tally_clash=False)
    monkeypatch.setattr(tuning, "TUNING", dataclasses.replace(tuning.TUNING, stories=off))
    assert _opened(games, ["win_a", "loss"]) == [["loss", "win_a"]]


def test_a_shared_specific_or_score_is_no_clash():
    one = {"#pair 31-24": 1.0, "@bears": 1.0}
    assert tallies(one) == frozenset({"#pair 31-24"})
    assert not tallies_clash(one, {"#pair 31-24": 1.0}, tallies(one), frozenset({"#pair 31-24"}))
    other = {"#pair 20-13": 1.0, "#4567": 1.0}
    assert tallies_clash(one, other, tallies(one), tallies(other))
    # The same rare figure (a crowd of 4,567) says one game, whatever the scores given.
    shared = {"#pair 20-13": 1.0, "#4567": 1.0}
    assert not tallies_clash({**one, "#4567": 1.0}, shared, tallies(one), tallies(shared))
    # An article without a score never clashes.
    assert not tallies_clash(one, {"@bears": 1.0}, tallies(one), frozenset())
