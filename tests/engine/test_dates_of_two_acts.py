"""Two dates hung on verbs of two acts are no possible difference (``verbclasses``, issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. A date
answers when its act happened: in loosely linked sentences, two dates whose verbs name two acts (no
shared class of general English, no entity acting in both, nothing both act on) are two facts. Verbs
of one act or of one event ("was shot", "died"), a verb of speech and a verb naming no act keep the
pair comparable.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.verbclasses import acts_apart

_FILM_2006 = (
    "Singers and actresses have copied her poses for years, while in 2006 a film, The Wild Dancer, featured"
    " Ann Roe in the title role."
)


def test_the_years_of_two_films_told_by_two_verbs_are_no_possible_difference():
    red, possible = red_and_possible(
        _FILM_2006,
        "She inspired a comic series, and the 1991 film based on the series had actress Jo Poe in the dancer's role.",
    )
    assert frozenset({"2006", "1991"}) not in red | possible


def test_the_same_verb_still_compares_the_two_years():
    red, possible = red_and_possible(
        _FILM_2006,
        "She inspired a comic series, and the 1991 film based on the series featured actress Jo Poe in the"
        " dancer's role.",
    )
    assert frozenset({"2006", "1991"}) in red | possible


def test_a_shooting_and_a_death_told_on_two_days_stay_a_possible_difference():
    # "shot" and "died": two verbs of one event, which shares its day; the dates stay comparable.
    red, possible = red_and_possible(
        "Neighbours have complained about the noise for years, and on Friday a guard, Ann Roe, was shot outside"
        " the club.",
        "The club had a record of fights, and on Saturday a guard named Jo Poe died outside its doors.",
    )
    assert frozenset({"Friday", "Saturday"}) in possible


def test_verbs_of_two_acts_are_apart_unless_something_joins_them():
    assert acts_apart("revoke", "allow", ("", ""), shared_actor=False)
    assert not acts_apart("revoke", "allow", ("", ""), shared_actor=True)  # one actor: one act told two ways
    assert not acts_apart("post", "release", ("video", "video"), shared_actor=False)  # one thing acted on
    assert not acts_apart("die", "kill", ("", ""), shared_actor=False)  # one outcome class
    assert not acts_apart("defeat", "score", ("", ""), shared_actor=False)  # the acts of one game
    assert not acts_apart("announce", "overturn", ("", ""), shared_actor=False)  # a statement's day
    assert not acts_apart("happen", "arrest", ("", ""), shared_actor=False)  # a verb naming no act
    assert not acts_apart("", "arrest", ("", ""), shared_actor=False)  # no verb read: nothing said
    assert acts_apart("charge", "noun:shooting", ("", ""), shared_actor=False)  # a noun's event


_HEARING = (
    "Tom Dunn, 25, charged with the murders of his aunt Mary Dunn, 61, and his cousin Ray Dunn, 19, appeared in"
    " Carlisle Crown Court this morning."
)


def test_the_place_of_a_finding_against_the_court_of_a_hearing_is_no_possible_difference():
    # A place answers where its act happened, as a date answers when: "found dead in Kendal", "appeared in court".
    red, possible = red_and_possible(
        "His aunt Mary Dunn, 61, and his cousin Ray Dunn, 19, were found dead in a house in Kendal on Sunday.",
        _HEARING,
    )
    assert frozenset({"Kendal", "Carlisle Crown Court"}) not in red | possible


def test_two_courts_of_one_appearance_still_differ():
    red, possible = red_and_possible(
        "Tom Dunn, 25, who is charged with killing his aunt and his cousin in a house on Sunday, appeared in"
        " Kendal Magistrates' Court.",
        _HEARING,
    )
    assert any("Carlisle Crown Court" in values for values in red | possible)
