"""A figure inside one quoted statement that two outlets give to two speakers: red, not two people's facts.

Short articles written for these tests, compared as one story with the real spaCy model. When both
sentences quote the same words (``quotes.share_a_quote``), the figure inside the quotation is the
statement's: the two speakers named disagree on who said it, they do not make the figure two people's
(``participants.other_people`` is not asked of it). Sentences that share no quotation and name two
people keep the possible difference of two people's acts.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_SAID = '"I am not sure all {} of the guests were targeted, but it looked planned," {} said.'


def test_a_figure_of_one_quote_given_to_two_speakers_is_a_conflict() -> None:
    red, _possible = red_and_possible(_SAID.format("three", "Roe"), _SAID.format("seven", "Poe"))
    assert frozenset({"three", "seven"}) in red


def test_one_quote_with_one_figure_is_no_difference_of_the_figure() -> None:
    red, possible = red_and_possible(_SAID.format("three", "Roe"), _SAID.format("three", "Poe"))
    assert frozenset({"three", "seven"}) not in red | possible
    assert all("three" not in pair for pair in red | possible)


def test_two_people_acts_without_a_shared_quote_stay_possible() -> None:
    red, possible = red_and_possible(
        "Roe, campaigning in Denver, said three towns had voted for him.",
        "Poe, campaigning in Ohio, said seven towns had voted for him.",
    )
    assert frozenset({"three", "seven"}) not in red
    assert frozenset({"three", "seven"}) in possible


def test_a_figure_quoted_by_one_side_only_stays_possible() -> None:
    red, possible = red_and_possible(
        '"We lost three games in a row and it hurt," Roe said of the season.',
        '"It hurt," Poe said after his team lost seven games in a row this season.',
    )
    assert frozenset({"three", "seven"}) not in red
    assert frozenset({"three", "seven"}) in possible
