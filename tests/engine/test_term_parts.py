"""Lengths of two parts of a prison term (``engine.termparts``) are two facts, never one changed.

Short articles written for these tests, analysed with the real spaCy model and
compared as one story. Each false-alarm case is paired with the real difference
the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible as _tiers


def test_time_served_is_not_the_part_of_the_term_left_unsuspended():
    red, possible = _tiers(
        "Hale was known as the fixer of the scheme, and served 4 1/2 months in federal prison for fraud.",
        "Hale pleaded guilty to one count of fraud and was sentenced to one to three years, with all but six "
        "months suspended.",
    )
    assert not any("six months" in values for values in red | possible)


def test_two_lengths_of_time_served_still_conflict():
    red, _possible = _tiers(
        "Hale was known as the fixer of the scheme, and served four months in federal prison for fraud.",
        "Hale was known as the fixer of the scheme, and served nine months in federal prison for fraud.",
    )
    assert frozenset({"four months", "nine months"}) in red


def test_two_parts_left_unsuspended_still_conflict():
    red, _possible = _tiers(
        "Hale pleaded guilty to fraud and was sentenced to four years, with all but six months suspended.",
        "Hale pleaded guilty to fraud and was sentenced to four years, with all but ten months suspended.",
    )
    assert frozenset({"six months", "ten months"}) in red


def test_the_term_imposed_is_not_the_time_served():
    red, possible = _tiers(
        "Hale pleaded guilty to fraud and was sentenced to 12 years in prison by the judge.",
        "Hale pleaded guilty to fraud and served eight years in prison, the judge said.",
    )
    assert not any("eight years" in values for values in red | possible)


def test_two_terms_imposed_still_conflict():
    red, _possible = _tiers(
        "Hale pleaded guilty to fraud and was sentenced to 12 years in prison by the judge.",
        "Hale pleaded guilty to fraud and was sentenced to eight years in prison by the judge.",
    )
    assert frozenset({"12 years", "eight years"}) in red


#: An article telling of two prison terms: an early one, and one imposed decades later in a sentence unlike the first.
_TWO_TERMS = (
    "Ross, who listed his trade as a plumber on Dock Street, was sentenced to seven years in prison. "
    "The harbour unions were quiet for years after the arrest. "
    "In a long ruling on his career, the judge imposed a sentence of {later} and a $1 million fine, short of the "
    "maximum."
)


def test_an_article_stating_two_terms_agrees_with_the_one_the_other_states():
    red, possible = _tiers(
        _TWO_TERMS.format(later="12 years"),
        "Ross was convicted of racketeering. He was sentenced to 12 years in prison.",
    )
    assert not any("seven years" in values for values in red | possible)


def test_a_term_neither_of_two_terms_still_conflicts():
    red, _possible = _tiers(
        _TWO_TERMS.format(later="15 years"),
        "Ross was convicted of racketeering. He was sentenced to 12 years in prison.",
    )
    assert any("12 years" in values for values in red)
