"""Precision classes found by the twelfth session's audit (``benchmarks/gold/audit``, helper auditB).

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Each test pairs a false-alarm class with the real
difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible as _tiers


def test_an_area_is_not_set_against_a_distance():
    # "square" makes the first figure an area; the distances from the city are the values to compare.
    red, possible = _tiers(
        "Marrow, a 1,500-square-kilometer island off the coast west of Port Ellis and 1,500 kilometers north of "
        "Tarvia City, has about 90,000 people.",
        "Marrow, located 1,150 kilometers (700 miles) north of Tarvia City, has a busy fishing port.",
    )
    assert not any("1,500-square-kilometer" in values for values in red | possible)
    assert frozenset({"1,500 kilometers", "1,150 kilometers"}) in red | possible


def test_two_areas_still_differ():
    red, possible = _tiers(
        "The fire burned 40 square miles of forest near Dunmore on Monday, officials said.",
        "Officials said the fire burned 90 square miles of forest near Dunmore on Monday.",
    )
    assert frozenset({"40 square miles", "90 square miles"}) in red | possible


def test_a_decade_is_not_the_year_it_starts_with():
    red, possible = _tiers(
        "The Harbour gang was founded in the 1930's by Sal Moretti, and it ruled the docks for decades.",
        "Sal Moretti founded the Harbour gang in 1931, and it ruled the docks for decades.",
    )
    assert not any("1931" in values for values in red | possible)


def test_two_years_of_a_founding_still_conflict():
    red, possible = _tiers(
        "The Harbour gang was founded in 1929 by Sal Moretti, and it ruled the docks for decades.",
        "Sal Moretti founded the Harbour gang in 1931, and it ruled the docks for decades.",
    )
    assert frozenset({"1929", "1931"}) in red | possible


def test_a_time_later_is_not_a_length_of_time():
    # "A year later" dates a conviction from the one before; the five-year term is how long he served.
    red, possible = _tiers(
        "A year later, Ellison was convicted of heroin smuggling.",
        "Ellison served only a five-year heroin rap in 1959.",
    )
    assert not any("A year later" in values for values in red | possible)


def test_two_times_later_still_conflict():
    red, possible = _tiers(
        "Ellison fled the city after the robbery. Two days later, police arrested him at the border.",
        "Ellison fled the city after the robbery. Five days later, police arrested him at the border.",
    )
    assert frozenset({"Two days later", "Five days later"}) in red | possible


def test_a_surname_without_its_particle_is_a_misspelling_not_another_man():
    red, possible = _tiers(
        "Police said the gunman, Mark LaCalamita III, 38, walked into the office of his former employer on Monday "
        "and shot three people.",
        "The suspect's name is Mark Calamita, and police said he shot three people in the office of his former "
        "employer on Monday.",
    )
    assert red == set() and possible == set()


def test_two_surnames_of_one_given_name_still_conflict():
    red, _possible = _tiers(
        "Police said the gunman, Mark Roberts, 38, walked into the office of his former employer on Monday "
        "and shot three people.",
        "The suspect's name is Mark Robertson, and police said he shot three people in the office of his former "
        "employer on Monday.",
    )
    assert red == {frozenset({"Mark Roberts", "Mark Robertson"})}


def test_a_firm_named_after_a_man_has_no_surname_corp():
    # "Corp." ends a firm's legal name: the firm is no person renamed by one article.
    red, possible = _tiers(
        "Robbers in disguise stole jewels worth millions from a Rue Verte jewellery store in the capital.",
        "Four thieves, one of them dressed as a courier, took almost every ring on show at Mark Tollan jewellers "
        "on Rue Verte, near the old harbour of the capital.",
        "Mark Tollan Diamond Corp.'s famous jewellery shop near the old harbour was raided by up to four thieves "
        "on Friday morning.",
    )
    assert not any("Mark Tollan Diamond Corp." in values for values in red | possible)


def test_two_men_dying_in_two_years_is_no_difference():
    # "Bruni died": the surname the story writes in full for one man is his, though not recognised there.
    # Two people's own deaths in sentences naming no one in common, and an article naming both men: no
    # date given two ways (``doers``; a possible difference until the fifteenth session, which the ECB+
    # audits judged false).
    red, possible = _tiers(
        "Vito Lentini ran the family until his arrest. Mr. Lentini died in federal prison in 1992.",
        "Over time, Vito Lentini proved better at beating the law than Carlo Bruni. Bruni died in 2002 at age 61.",
    )
    assert red == set()
    assert frozenset({"1992", "2002"}) not in possible


def test_one_man_dying_in_two_years_is_still_a_red_conflict():
    red, _possible = _tiers(
        "Vito Lentini ran the family until his arrest. Mr. Lentini died in federal prison in 1992.",
        "Over time, Vito Lentini proved better at beating the law than Carlo Bruni. Lentini died in 2002 at age 61.",
    )
    assert red == {frozenset({"1992", "2002"})}


def test_a_birth_date_is_not_the_date_of_another_act():
    red, possible = _tiers(
        "Born in Marlow, Mr. Roe was nicknamed Bubba by his family and graduated from the state university with a "
        "degree in geology in 1951.",
        "Frederick Roe was born Oct. 11, 1928, in Marlow.",
    )
    assert not any("1951" in values for values in red | possible)


def test_two_birth_dates_still_conflict():
    red, _possible = _tiers(
        "Frederick Roe was born on Oct. 11, 1928, in Marlow, his family said.",
        "Frederick Roe was born on Oct. 11, 1929, in Marlow, his family said.",
    )
    assert red == {frozenset({"Oct. 11, 1928", "Oct. 11, 1929"})}
