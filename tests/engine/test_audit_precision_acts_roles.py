"""Precision classes found by the twelfth session's audit (``benchmarks/gold/audit``, helper auditA, topics 1-15).

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Each test pairs a false-alarm class with the real
difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible as _tiers


def _negations(red: set[frozenset[str]], possible: set[frozenset[str]], word: str) -> set[frozenset[str]]:
    return {values for values in red | possible if any(word in v for v in values)}


def test_a_purpose_is_no_claim_that_the_cause_was_found():
    # "to help determine the cause" says why the inspector came: it agrees with "not yet determined".
    red, possible = _tiers(
        "Fire inspector Ann Roe visited the burned warehouse in Harbour Town on Tuesday to help determine the "
        "cause of the blaze.",
        "The cause of the blaze at the warehouse in Harbour Town has not been determined, fire inspector Ann Roe "
        "said on Tuesday.",
    )
    assert not _negations(red, possible, "determine")


def test_a_cause_determined_against_one_not_determined_still_conflicts():
    red, _possible = _tiers(
        "The cause of the blaze at the warehouse in Harbour Town has been determined, fire inspector Ann Roe said "
        "on Tuesday.",
        "The cause of the blaze at the warehouse in Harbour Town has not been determined, fire inspector Ann Roe "
        "said on Tuesday.",
    )
    assert _negations(red, set(), "determine")


def test_talks_about_returning_deny_nothing():
    # The subject of talks is no statement that he returns: it cannot contradict "will not be returning".
    red, possible = _tiers(
        "Director Mark Ellison will resume talks with the studio on Monday about returning for the sequel of "
        "the harbour film.",
        "Director Mark Ellison will not be returning for the sequel of the harbour film, the studio said on Monday.",
    )
    assert not _negations(red, possible, "return")


def test_returning_against_not_returning_still_conflicts():
    red, _possible = _tiers(
        "Director Mark Ellison will be returning for the sequel of the harbour film, the studio said on Monday.",
        "Director Mark Ellison will not be returning for the sequel of the harbour film, the studio said on Monday.",
    )
    assert _negations(red, set(), "return")


def _roles(red: set[frozenset[str]], possible: set[frozenset[str]], *words: str) -> set[frozenset[str]]:
    return {values for values in red | possible if any(w in v.lower() for v in values for w in words)}


def test_a_star_a_champion_and_a_pinup_are_one_famous_swimmer():
    red, possible = _tiers(
        "Ann Roe, swimming star, died on Thursday in Harbour Town at the age of 91.",
        "Ann Roe, the swimming champion turned actress, died on Thursday in Harbour Town at the age of 91.",
        "Pinup girl Ann Roe died on Thursday in Harbour Town at the age of 91, her publicist said.",
    )
    assert not _roles(red, possible, "star", "champion", "pinup")


def test_a_moviemaker_is_a_director():
    red, possible = _tiers(
        "Director Mark Ellison will not make the sequel of the harbour film, the studio said on Monday.",
        "Moviemaker Mark Ellison will not make the sequel of the harbour film, the studio said on Monday.",
    )
    assert not _roles(red, possible, "director", "moviemaker")


def test_an_actor_hosting_a_show_is_an_entertainer():
    red, possible = _tiers(
        "The academy named actor Mark Ellison as the host of the February awards show in Harbour Town.",
        "Mark Ellison is a consummate entertainer, the academy said as it named him host of the February awards "
        "show in Harbour Town.",
    )
    assert not _roles(red, possible, "actor", "entertainer")


def test_a_mayor_and_a_governor_still_conflict():
    red, _possible = _tiers(
        "Mayor Ann Roe opened the new bridge in Harbour Town on Thursday, cutting a ribbon before a crowd.",
        "Governor Ann Roe opened the new bridge in Harbour Town on Thursday, cutting a ribbon before a crowd.",
    )
    assert _roles(red, set(), "mayor", "governor")


def test_the_contract_a_player_seeks_is_no_red_conflict_with_the_one_offered():
    # What he wants against what he was offered: two facts, at most a possible difference.
    red, _possible = _tiers(
        "Free agent Mark Ellison is seeking a 10-year contract from the Sharks for at least $20 million a season.",
        "Free agent Mark Ellison has an eight-year contract offer from the Sharks worth $22 million a season.",
    )
    assert not any("10-year" in values for values in red)


def test_two_lengths_sought_still_conflict():
    red, _possible = _tiers(
        "Free agent Mark Ellison is seeking a 10-year contract from the Sharks for at least $20 million a season.",
        "Free agent Mark Ellison is seeking an eight-year contract from the Sharks for at least $20 million a season.",
    )
    assert frozenset({"10-year", "eight-year"}) in red


def test_the_first_games_of_a_series_are_no_season_total():
    red, possible = _tiers(
        "The Sharks won 40 games last season and then beat the Jets in the first round of the playoffs in Harbour "
        "Town.",
        "The Sharks took the first two games against the Jets in Harbour Town last season before losing four straight.",
    )
    assert frozenset({"40", "two"}) not in red | possible


def test_games_missed_told_with_their_place_in_the_season_still_conflict():
    # One verb: "the next four games" and "nine games" count the same games, one of them changed.
    red, _possible = _tiers(
        "Running back Mark Ellison hurt his knee against the Jets and missed the next four games after surgery in "
        "Harbour Town.",
        "Running back Mark Ellison hurt his knee against the Jets and missed nine games after surgery in Harbour Town.",
    )
    assert frozenset({"four", "nine"}) in red


def test_two_season_totals_still_conflict():
    red, _possible = _tiers(
        "The Sharks won 40 games last season and then beat the Jets in the first round of the playoffs in Harbour "
        "Town.",
        "The Sharks won 45 games last season and then beat the Jets in the first round of the playoffs in Harbour "
        "Town.",
    )
    assert frozenset({"40", "45"}) in red
