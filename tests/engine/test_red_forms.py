"""One fact written two ways is no red conflict; a changed value still is.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Each false red conflict class seen on real ECB+ coverage
(``bench_real.py --split fresh4|fresh5``) has a case here: a mixed fraction
("4 1/2 hours" is "4.5 hours"), an age against a length of service ("a
43-year-old", "a 20-year employee"), a range inside a bound ("up to 40 years",
"between five and 20 years"), an abbreviated title ("Gov.", "Governor"), an
acronym standing for an agency's words ("OSP Lt.", "Oregon State Police Lt."),
a headline's verb read into a name ("Ivan Petrov Found Guilty"), a verb in a
clause that only names an act ("their promise not to reveal it", "what revealing
it would do"), a person named on both sides beside another name ("Brandt was
sacked" against "Brandt ... got sacked by Lindqvist"), and a city against a state ("a San Antonio jury", "a Texas jury":
one may hold the other, a possible difference at most).
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison


def _reds(comparison: Comparison) -> set[frozenset[str]]:
    return {frozenset(v.text for v in c.values) for c in comparison.conflicts if c.kind == "conflict"}


def test_a_mixed_fraction_is_its_decimal():
    comparison = compare_texts(
        "The lone defence witness spent 4 1/2 hours on the stand on Wednesday before the jury left, the clerk said.",
        "The lone defence witness spent 4.5 hours on the stand on Wednesday before the jury left, the clerk said.",
    )
    assert _reds(comparison) == set()


def test_a_changed_length_after_a_mixed_fraction_stays_a_conflict():
    comparison = compare_texts(
        "The lone defence witness spent 4 1/2 hours on the stand on Wednesday before the jury left, the clerk said.",
        "The lone defence witness spent 7 hours on the stand on Wednesday before the jury left, the clerk said.",
    )
    assert frozenset({"4 1/2 hours", "7 hours"}) in _reds(comparison)


def test_a_range_inside_a_bound_is_no_conflict():
    comparison = compare_texts(
        "The smuggler faces a prison term of up to 40 years when the judge rules next month, prosecutors said.",
        "The smuggler faces a prison term of between five and 20 years when the judge rules next month,"
        " prosecutors said.",
    )
    assert _reds(comparison) == set()


def test_two_ranges_with_different_ends_conflict():
    comparison = compare_texts(
        "The smuggler faces a prison term of between five and 30 years when the judge rules next month,"
        " prosecutors said.",
        "The smuggler faces a prison term of between five and 20 years when the judge rules next month,"
        " prosecutors said.",
    )
    assert frozenset({"between five and 30 years", "between five and 20 years"}) in _reds(comparison)


def test_an_abbreviated_title_is_the_title():
    comparison = compare_texts(
        "A fire damaged the chapel attended by Idaho Gov. and former senator Ann Roe on Friday night in her home"
        " town of Eagle, the pastor said.",
        "A fire damaged the chapel attended by the Governor of Idaho, Ann Roe, on Friday night in her home town of"
        " Eagle, the pastor said.",
    )
    assert not any("Gov." in pair for pair in _reds(comparison))


def test_an_acronym_is_the_agency_it_stands_for():
    comparison = compare_texts(
        "The gunman was killed by officers, said OSP Lt. Gregg Hansen in a statement on Sunday.",
        "The gunman was killed by officers, said Oregon State Police Lt. Gregg Hansen in a statement on Sunday.",
    )
    assert _reds(comparison) == set()


def test_a_headline_verb_read_into_a_name_is_no_other_person():
    comparison = compare_texts(
        "Ivan Petrov Found Guilty On Fraud Charges\n\nA jury in Denver found banker Ivan Petrov guilty of fraud on"
        " Thursday.",
        "Ivan Petrov convicted of fraud charges\n\nA jury in Denver found banker Ivan Petrov guilty of fraud on"
        " Thursday.",
    )
    assert _reds(comparison) == set()


def test_a_clause_naming_an_act_is_no_denial():
    comparison = compare_texts(
        "The reporters kept their promise not to reveal the name of their source, the newspaper said on Monday.",
        "The reporters agonized over what revealing the name of their source would do, the newspaper said on Monday.",
    )
    assert not [c for c in comparison.conflicts if c.type == "negation"]


def test_a_city_against_a_state_is_no_red_conflict():
    comparison = compare_texts(
        "A Texas jury convicted the preacher of fraud on Thursday after a trial of three weeks.",
        "A San Antonio jury convicted the preacher of fraud on Thursday after a trial of three weeks.",
    )
    assert _reds(comparison) == set()


def test_two_states_still_conflict():
    comparison = compare_texts(
        "A Texas jury convicted the preacher of fraud on Thursday after a trial of three weeks.",
        "An Ohio jury convicted the preacher of fraud on Thursday after a trial of three weeks.",
    )
    assert frozenset({"Texas", "Ohio"}) in _reds(comparison)


_GAME = (
    "The Hawks beat the Owls 24-20 on Sunday. Owls quarterback Tom Brandt drove his team to the 9-yard line in the"
    " final minute. "
)


def test_a_person_both_sentences_name_leaves_the_other_name_in_another_role():
    # The second sentence names Brandt too: its Lindqvist is the one who sacked him, not Brandt's counterpart.
    comparison = compare_texts(
        _GAME + "But Brandt was sacked on second down and the clock ran out before he could call another play.",
        _GAME + "Brandt misfired on first down, then got sacked by Oscar Lindqvist to end the game.",
    )
    assert _reds(comparison) == set()


def test_another_person_in_the_same_role_stays_a_conflict():
    comparison = compare_texts(
        _GAME + "Brandt was sacked by Oscar Lindqvist on the last play to end the game.",
        _GAME + "Brandt was sacked by Piotr Eriksen on the last play to end the game.",
    )
    assert frozenset({"Oscar Lindqvist", "Piotr Eriksen"}) in _reds(comparison)


def test_a_city_of_another_country_still_conflicts():
    comparison = compare_texts(
        "The two ministers met in Cairo on Tuesday to sign the water treaty after a year of talks.",
        "The two ministers met in Iraq on Tuesday to sign the water treaty after a year of talks.",
    )
    assert frozenset({"Cairo", "Iraq"}) in _reds(comparison)


def test_a_city_against_its_country_is_no_red_conflict():
    comparison = compare_texts(
        "The two ministers met in Cairo on Tuesday to sign the water treaty after a year of talks.",
        "The two ministers met in Egypt on Tuesday to sign the water treaty after a year of talks.",
    )
    assert _reds(comparison) == set()


def test_an_age_is_no_length_of_service():
    comparison = compare_texts(
        "Ann Hiller, a 20-year employee of the bakery, was suspended on Monday after a dispute, the company said.",
        "Ann Hiller, a 43-year-old from Dover, was suspended on Monday after a dispute, the company said.",
    )
    assert _reds(comparison) == set()


def test_two_ages_still_conflict():
    comparison = compare_texts(
        "Ann Hiller, a 45-year-old from Dover, was suspended on Monday after a dispute, the company said.",
        "Ann Hiller, a 43-year-old from Dover, was suspended on Monday after a dispute, the company said.",
    )
    assert frozenset({"45-year-old", "43-year-old"}) in _reds(comparison)
