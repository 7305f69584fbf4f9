"""Possible differences judged false on the audited real coverage (``benchmarks/gold/audit``), fifteenth session.

Ages told a year apart (a birthday between two reports), two people's own acts in sentences that share
no one, and two speakers each quoted saying something else. Short articles written for these tests,
analysed with the real spaCy model and compared as one story; each false-alarm class is paired with
the real difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.quotes import two_statements

PLEA = "A hearing is due in May for {}-year-old Carl Vane of Millbrook, who denies setting fire to a barn."
VERDICT = "A jury found {}-year-old Carl Vane of Millbrook guilty on Friday of setting fire to a barn."


def test_ages_a_year_apart_in_two_reports_are_no_difference():
    red, possible = red_and_possible(PLEA.format(26), VERDICT.format(27))
    assert not red and not possible


def test_ages_years_apart_still_conflict():
    red, _possible = red_and_possible(PLEA.format(26), VERDICT.format(29))
    assert red == {frozenset({"26-year-old", "29-year-old"})}


LEADER = "Vane, {}, runs a small farm cooperative in the valley, officials said."
MOVED = "Officials would not say when Vane, {}, who runs the cooperative, will be questioned."


def test_a_persons_age_a_year_apart_on_the_sheet_is_no_difference_and_three_years_a_conflict():
    red, possible = red_and_possible(LEADER.format(55), MOVED.format(54))
    assert not red and not possible
    red, _possible = red_and_possible(LEADER.format(55), MOVED.format(58))
    assert red == {frozenset({"55", "58"})}


def test_two_peoples_deaths_in_sentences_sharing_no_one_are_no_date_difference():
    # Each sentence tells its own man's death: nobody dated one death two ways. The first article names
    # both men, so the story knows them apart.
    red, possible = red_and_possible(
        "Tony Dolan, a rival of Frank Becker, ran a family for years. Mr. Dolan died in federal prison in 1992.",
        "Frank Becker led the family until his arrest. Boss Frank Becker died in prison in 2002 at age 61.",
    )
    assert frozenset({"1992", "2002"}) not in red | possible


def test_a_man_no_article_names_beside_the_other_keeps_the_date_difference():
    # No article names Cantor beside Becker: Cantor may be Becker renamed by one outlet, his year changed too.
    red, possible = red_and_possible(
        "Frank Becker led the family until his arrest. Frank Becker died in prison in 2002.",
        "Tom Cantor led the family for years. Tom Cantor died in prison in 1992.",
    )
    assert frozenset({"1992", "2002"}) in red | possible


def test_one_mans_death_dated_two_ways_still_conflicts():
    red, _possible = red_and_possible(
        "Frank Becker died in federal prison in 1992, his lawyer said.",
        "Boss Frank Becker died in prison in 2002 at age 61.",
    )
    assert red == {frozenset({"1992", "2002"})}


def test_two_players_figures_are_no_difference_and_one_players_still_conflict():
    red, possible = red_and_possible(
        "Tim Becker broke the record of Ray Dolan. Dolan, who now coaches the Hawks, finished his "
        "career in 1981 with 2,150 points.",
        "Tim Becker set the school's scoring record on Saturday. Becker finished the game with 20 points and "
        "nine rebounds.",
    )
    assert frozenset({"2,150", "20"}) not in red | possible
    red, _possible = red_and_possible(
        "Tim Becker finished the game with 24 points and nine rebounds.",
        "Tim Becker finished the game with 20 points and nine rebounds.",
    )
    assert red == {frozenset({"20", "24"})}


FLAW = "\u201cUsers should install the fix today, before the weekend,\u201d said"
PELL = f"{FLAW} Andrew Pell, director of security at Corvel."


def test_two_experts_each_quoted_saying_something_else_are_no_difference():
    red, possible = red_and_possible(
        PELL,
        "\u201cAttackers will have working code for this bug within days,\u201d said Rick Dunmore, "
        "intelligence director at Nexbyte.",
    )
    assert frozenset({"Andrew Pell", "Rick Dunmore"}) not in red | possible


def test_one_quote_given_to_two_people_still_conflicts():
    red, _possible = red_and_possible(
        PELL,
        f"{FLAW} Rick Dunmore, a security director.",
    )
    assert red == {frozenset({"Andrew Pell", "Rick Dunmore"})}


def test_two_statements_needs_a_quote_on_each_side_and_none_shared():
    assert two_statements("\u201cIt takes time,\u201d Poe said.", "``We were the best partner,'' Roe said.")
    assert not two_statements(
        "\u201cIt takes time,\u201d Poe said.", "Roe said it takes time."
    )  # one side quotes nothing
    said = "\u201cWe will rebuild the plant within a year,\u201d {} said."
    assert not two_statements(said.format("Poe"), said.format("Roe"))  # one statement, two speakers


def test_two_quotes_of_one_given_name_still_make_a_difference():
    # "Paul Pell" and "Paul Dunmore": a surname changed or misspelt, whatever each quotes.
    red, possible = red_and_possible(
        f"{FLAW} Paul Pell, a researcher at Corvel.",
        "\u201cAttackers will have working code for this bug within days,\u201d said Paul Dunmore, a researcher "
        "at Corvel.",
    )
    assert frozenset({"Paul Pell", "Paul Dunmore"}) in red | possible


def test_a_contract_given_for_another_player_is_no_difference_from_the_length_one_player_seeks():
    # "a five-year contract for Dan Drew": the length of Drew's contract, not the one Vell seeks.
    seeks = "Marco Vell hit 33 home runs last season. Marco Vell is seeking a 10-year contract worth $300 million."
    red, possible = red_and_possible(
        seeks,
        "Dan Drew joined the club a year before Marco Vell. The club agreed a five-year contract for Dan Drew, "
        "worth $60 million.",
    )
    assert frozenset({"10-year", "five-year"}) not in red | possible
    red, _possible = red_and_possible(
        seeks,
        "Marco Vell hit 33 home runs last season. Marco Vell wants a five-year contract worth $300 million.",
    )
    assert red == {frozenset({"10-year", "five-year"})}


BAILOUT = "Finance ministers backed a {} rescue loan for the island republic on Sunday, officials said."


def test_one_sum_converted_at_two_rates_is_no_difference():
    red, possible = red_and_possible(
        BAILOUT.format("\u20ac90 billion ($117 billion)"), BAILOUT.format("\u20ac90-billion ($128-billion)")
    )
    assert not red and not possible


def test_two_sums_converted_still_differ():
    red, _possible = red_and_possible(
        BAILOUT.format("\u20ac90 billion ($117 billion)"), BAILOUT.format("\u20ac150-billion ($200-billion)")
    )
    assert frozenset({"\u20ac90 billion", "\u20ac150-billion"}) in red
