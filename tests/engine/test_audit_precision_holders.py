"""Precision classes left on the audited real coverage (``benchmarks/gold/audit``), twelfth session.

Different holders of a figure, a person's home named at two grains, a body's short and full name
taken for two places, one article's several figures merged into one set, and a period's first day
against a day within it. Short articles written for these tests, analysed with the real spaCy model
and compared as one story; each false-alarm class is paired with the real difference the rule must
still let through.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences
from tests.support.texts import red_and_possible as _tiers
from tuicompare.engine.conflictmerge import merge_observations
from tuicompare.engine.features import Span
from tuicompare.engine.observations import Observation
from tuicompare.engine.samereferent import initials_of, national_arm

SHOOTER = (
    "The shooting came moments after the employee, Mara Quill, was suspended from her job at the bakery, "
    "where she had worked for 15 years."
)


def test_a_figure_of_someone_the_other_article_never_names_is_not_compared():
    # The second sentence gives its 37 years to a co-worker; it names the shooter too, in another role.
    red, possible = _tiers(
        SHOOTER,
        "Tom Dorsey has been at the bakery for 37 years and worked on the third floor with the victims and "
        "the alleged shooter, Mara Quill.",
    )
    assert frozenset({"15 years", "37 years"}) not in red | possible


def test_a_figure_of_the_person_both_articles_name_still_conflicts():
    red, _possible = _tiers(
        SHOOTER,
        "Mara Quill had worked at the bakery for 37 years and was suspended from her job moments before the shooting.",
    )
    assert red == {frozenset({"15 years", "37 years"})}


HOME = (
    "Rina Patel, 59, of {}, had just parked her car on Friday at 97th Avenue in Richmond Hill when she was "
    "hit by a van."
)
FOUND = (
    "Police found the unconscious Rina Patel, 59, of {}, lying in the road at 97th Avenue in Richmond Hill on Friday."
)


def test_a_home_named_at_two_grains_is_a_possible_difference_at_most():
    # A borough and a neighbourhood within it: no list says one holds the other.
    red, possible = _tiers(HOME.format("Queens"), FOUND.format("College Point"))
    assert not red
    assert possible <= {frozenset({"Queens", "College Point"})}


def test_two_states_given_as_a_home_still_conflict():
    red, _possible = _tiers(HOME.format("Ohio"), FOUND.format("Texas"))
    assert red == {frozenset({"Ohio", "Texas"})}


PHONES = "{} continues to add to its growing line-up of phones with the Q10, the company said."


def test_a_body_and_its_national_arm_are_one_name():
    red, possible = _tiers(PHONES.format("Verity Mobile USA"), PHONES.format("Verity Mobile"))
    assert not red and not possible


def test_the_words_tell_a_national_arm_and_initials_from_places():
    assert national_arm("verity mobile", "verity mobile usa")
    assert national_arm("mobile", "t mobile usa")  # the recogniser cut "T-" off the short name
    assert not national_arm("mexico", "new mexico") and not national_arm("britain", "great britain")
    assert not national_arm("verity mobile", "orbit telecom usa")
    assert initials_of("CU", "Creighton") and not initials_of("CU", "Denver")
    assert not initials_of("UK", "Uganda")  # a country's own initials


def _figures(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    return differences(compare_texts(*texts, tail=NEUTRAL_TAIL))


def _points(article: str, n: int, value: str) -> Span:
    return Span(
        f"{article}:{n}", 10 * n, 10 * n + len(value), value, "CARDINAL", "number", value, "number", unit="point"
    )


def _merged(*of_one_article: str) -> list[tuple[str, ...]]:
    """The sets ``merge_observations`` reports when one article's figures each differ from another's 23."""
    other = _points("a1", 0, "23")
    found = [
        Observation("conflict", "number", ("number", value), ("number", "23"), ((mine, value), (other, "23")), 0.8, 0.9)
        for n, value in enumerate(of_one_article)
        for mine in [_points("a0", n, value)]
    ]
    return [tuple(v.text for v in c.values) for c in merge_observations(found, {"a0": 0, "a1": 1})]


def test_four_figures_of_one_article_against_another_are_several_facts():
    # One article states four of the set's values (points of four quarters): not one total told differently.
    assert _merged("7", "14", "11", "9") == []
    assert _merged("7", "14", "11") != []  # a player's rushing and receiving yards beside a total still count


def test_one_figure_each_from_three_outlets_still_conflicts():
    found = _figures(
        "Ross scored 7 points in the first half of the game.",
        "Ross scored 14 points in the second half of the game.",
        "Ross scored 23 points in the game.",
    )
    assert ("conflict", ("7", "14", "23")) in [(kind, values) for kind, values in found]


ORDER = "{} business customers can order the new phone directly from their sales representative, the company said."


def test_the_day_a_period_starts_against_a_day_is_a_possible_difference_at_most():
    # "Beginning May 2" says when ordering opens; "On May 9" may be any day within it.
    red, possible = _tiers(ORDER.format("Beginning May 2,"), ORDER.format("On May 9,"))
    assert not red
    assert possible == {frozenset({"May 2", "May 9"})}


def test_the_day_a_period_of_one_act_starts_against_the_day_of_another_act_is_no_difference():
    # Registering opens May 2; ordering happens May 9: two verbs, two acts' days (not one fact told twice).
    red, possible = _tiers(
        "Beginning May 2, business customers interested in the new phone can register for it with their sales"
        " representative, the company said.",
        ORDER.format("On May 9,"),
    )
    assert not red
    assert not possible


def test_two_starts_of_one_period_still_conflict():
    red, _possible = _tiers(ORDER.format("Beginning May 2,"), ORDER.format("Starting May 9,"))
    assert red == {frozenset({"May 2", "May 9"})}
