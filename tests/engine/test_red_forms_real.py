"""More ways one fact is written twice, seen as false red conflicts on real ECB+ coverage.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story (the classes come from ``bench_real.py --split fresh6``):
an address with its words shortened ("W. Lake Blvd." for "West Lake
Boulevard"), a body's name spelt the British and the American way
("Organisation ... Co-operation"), a prize named in the singular and the plural
("a Tony Award", "the Tony Awards"), a date set on a noun ("charged after a
shooting Friday": the shooting's date, not the charge's), an employer named
by initials that open with the other's ("UNRWA", "the United Nations"), an
acronym written as a word with its letters misordered ("Unwra"), and a verb
denied only until a time ("will not leave until the end of the year": it leaves
then). Each has a counter-case where the value really changed and the conflict
stays red (or possible, where it was). Two counts of one thing two orders of
magnitude apart ("14 points" in a game, "1,482 points" in a career) are a
possible difference. A role said to be held now ("Roe, now an assistant
coach,") says nothing against another the story gives (an earlier one). And a real disagreement the sheet now
finds: a boxer's record set after the name ("Ann Roe (12-3)"), two of which are
a possible difference (a record changes with every bout), compared with the
other article's record even where one article also counts another thing.
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison


def _kinds(comparison: Comparison) -> dict[frozenset[str], str]:
    return {frozenset(v.text for v in c.values): c.kind for c in comparison.conflicts if c.kind != "variant"}


def _reds(comparison: Comparison) -> set[frozenset[str]]:
    return {values for values, kind in _kinds(comparison).items() if kind == "conflict"}


_STRUCK = "The woman was struck as she walked into the hardware store at 200 {} on Monday evening, police said."


def test_an_address_with_shortened_words_is_no_conflict():
    comparison = compare_texts(_STRUCK.format("W. Lake Blvd."), _STRUCK.format("West Lake Boulevard"))
    assert _reds(comparison) == set()


def test_another_street_stays_a_conflict():
    comparison = compare_texts(_STRUCK.format("W. Lake Blvd."), _STRUCK.format("East Lake Boulevard"))
    assert frozenset({"W. Lake Blvd", "East Lake Boulevard"}) in _reds(comparison)


_OBSERVERS = "The observers of the {} in Europe watched the vote in the capital on Sunday."


def test_british_and_american_spellings_of_a_body_are_no_conflict():
    comparison = compare_texts(
        _OBSERVERS.format("Organisation for Security and Co-operation"),
        _OBSERVERS.format("Organization for Security and Cooperation"),
    )
    assert _kinds(comparison) == {}
    assert [c.kind for c in comparison.conflicts] == ["variant"]  # one name, spelt two ways


def test_a_body_with_another_word_stays_a_conflict():
    comparison = compare_texts(
        _OBSERVERS.format("Organization for Security and Cooperation"),
        _OBSERVERS.format("Organization for Safety and Cooperation"),
    )
    assert _reds(comparison) == {
        frozenset({"Organization for Security and Cooperation", "Organization for Safety and Cooperation"})
    }


def test_a_prize_in_the_singular_and_the_plural_is_no_conflict():
    comparison = compare_texts(
        "The singer won a Tony Award in 2006 for her role in the musical about a circus, her agent said on Monday.",
        "The singer won an Emmy in 2007 for hosting the 60th annual Tony Awards in 2006, her agent said on Monday.",
    )
    assert _reds(comparison) == set()


def test_a_date_set_on_the_event_charged_is_no_red_conflict_with_the_charge():
    comparison = compare_texts(
        "A man has been charged with murder after a shooting at an office party in Denver Friday, police said.",
        "A 52-year-old Denver man was charged Saturday with one count of murder in connection with the shooting,"
        " police said.",
    )
    assert _reds(comparison) == set()


def test_two_dates_of_the_charge_stay_a_conflict():
    sentence = "A 52-year-old Denver man was charged {} with one count of murder in connection with the shooting."
    comparison = compare_texts(sentence.format("Friday"), sentence.format("Saturday"))
    assert _reds(comparison) == {frozenset({"Friday", "Saturday"})}


def test_a_date_set_on_a_noun_no_event_follows_stays_a_conflict():
    sentence = "The Hawks placed running back Tom Reyes on Injured Reserve {}, ending his season two games early."
    comparison = compare_texts(sentence.format("Wednesday"), sentence.format("Saturday"))
    assert _reds(comparison) == {frozenset({"Wednesday", "Saturday"})}


_ATTACK = "The attack killed 30 people sheltering at the school, "
_DIRECTOR = _ATTACK + "the United Nations' director of operations in the region, Tom Berg, said."


def test_an_agency_named_by_initials_opening_with_its_parent_is_possible_at_most():
    comparison = compare_texts(_DIRECTOR, _ATTACK + "said Tom Berg, the head of UNRWA in the region.")
    assert _kinds(comparison).get(frozenset({"United Nations", "UNRWA"})) == "possible"


def test_a_body_with_other_initials_stays_a_conflict():
    comparison = compare_texts(_DIRECTOR, _ATTACK + "said Tom Berg, the head of NATO in the region.")
    assert frozenset({"United Nations", "NATO"}) in _reds(comparison)


_PRESENTER = "The new presenter, 31, will take over next spring, "


def test_not_leaving_until_a_date_is_no_negation_of_leaving():
    comparison = compare_texts(
        _PRESENTER + "replacing Ann Roe, who leaves the quiz show at the end of this year.",
        _PRESENTER + "as Ann Roe will not leave the quiz show until the end of this year.",
    )
    assert _kinds(comparison) == {}


def test_not_leaving_at_a_date_stays_a_negation():
    comparison = compare_texts(
        _PRESENTER + "replacing Ann Roe, who leaves the quiz show at the end of this year.",
        _PRESENTER + "but Ann Roe will not leave the quiz show at the end of this year.",
    )
    assert _reds(comparison) == {frozenset({"leaves", "will not leave"})}


_SCHOOL = "Two children died in a strike on a school run by {} on Tuesday."


def test_an_acronym_written_as_a_word_with_its_letters_misordered_is_no_difference():
    comparison = compare_texts(
        _SCHOOL.format("Wnca, the relief agency,"), _SCHOOL.format("the Northern Workers Care Agency")
    )
    assert _kinds(comparison) == {}


def test_an_acronym_of_other_initials_stays_a_possible_difference():
    comparison = compare_texts(
        _SCHOOL.format("Wnca, the relief agency,"), _SCHOOL.format("the Southern Workers Care Agency")
    )
    assert _kinds(comparison) == {frozenset({"Wnca", "Southern Workers Care Agency"}): "possible"}


_TRAINED = "Boxer Ann Roe (12-3, 9 KOs) has trained in Spain since May for the bout, her coach said."
_UNDERCARD = "On the undercard, former champion Ann Roe ({}) won a decision over Jo Poe in the eighth round."


def _sheet(comparison: Comparison, name: str) -> list[tuple[str, list[str]]]:
    return [(a.status, [v.text for v in a.values]) for a in comparison.attributes if a.name == name]


def test_two_records_of_one_boxer_are_a_possible_difference():
    comparison = compare_texts(_TRAINED, _UNDERCARD.format("14-3"))
    assert [status for status, _values in _sheet(comparison, "count")] == ["possible"]
    assert _reds(comparison) == set()
    assert any(kind == "possible" and "14-3" in values for values, kind in _kinds(comparison).items())


def test_one_record_told_twice_is_no_difference():
    comparison = compare_texts(_TRAINED, _UNDERCARD.format("12-3"))
    assert [status for status, _values in _sheet(comparison, "count")] == ["compatible"]
    assert _kinds(comparison) == {}


def test_a_count_of_one_thing_is_compared_past_a_count_of_another():
    comparison = compare_texts(
        "The three-term senator Ann Roe, who has 14,000 followers, spoke in Denver on Monday.",
        "The four-term senator Ann Roe spoke in Denver on Monday, her office said.",
    )
    assert _sheet(comparison, "count") == [("conflict", ["three-term; 14,000 followers", "four-term"])]


_GAME = "Lena Ortiz {} on Thursday night as the Owls beat the Hawks at home."


def test_a_count_two_orders_of_magnitude_off_is_a_possible_difference():
    comparison = compare_texts(
        _GAME.format("finished with 14 points"), _GAME.format("entered the game with 1,482 points")
    )
    assert _kinds(comparison) == {frozenset({"14", "1,482"}): "possible"}


def test_a_count_ten_times_another_stays_a_conflict():
    comparison = compare_texts(_GAME.format("finished with 14 points"), _GAME.format("finished with 140 points"))
    assert _reds(comparison) == {frozenset({"14", "140"})}


def test_the_years_a_post_was_held_are_no_record():
    comparison = compare_texts(
        "The club hired coach Ann Roe (1997-2001) and coach Jo Poe (1994-96) in turn, the paper said.",
        "The club hired coach Ann Roe (1998-2001) and coach Jo Poe (1994-96) in turn, the paper said.",
    )
    assert _sheet(comparison, "count") == []


_FORMER_STAR = "Former Owls star Ann Roe, {}an assistant coach with the Hawks, watched the game from the stands."
_POSING = "Ann Roe, an assistant coach with the Hawks, was posing for a picture with two fans when the ball went in."


def test_a_role_held_now_says_nothing_against_an_earlier_one():
    for earlier in (
        "The old record belonged to Ann Roe, a point guard for the Owls.",
        "The Owls' point guard Ann Roe set the scoring mark that the basket broke on Monday.",
    ):
        comparison = compare_texts(_FORMER_STAR.format("now "), _POSING, earlier)
        assert [status for status, _values in _sheet(comparison, "role")] == ["compatible"]
        assert not any(kind in ("conflict", "possible") for kind in _kinds(comparison).values())


def test_two_roles_none_said_held_now_stay_a_possible_difference():
    comparison = compare_texts(
        _FORMER_STAR.format(""), _POSING, "The old record belonged to Ann Roe, a point guard for the Owls."
    )
    assert [status for status, _values in _sheet(comparison, "role")] == ["possible"]
