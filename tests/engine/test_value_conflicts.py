"""Dates and numbers in real sentences: a different form of the same value is no conflict.

Each case is two short articles that report the same thing, analysed with the
real spaCy pipeline and compared as one story; the outcome is what a reader
sees: no conflict (same, compatible or unknown), a possible difference, or a
conflict.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.models import Article, Comparison

LEAD = "The river town of Marlow voted to rebuild its flooded library, the council announced {when}."
TAIL = "The new library will open next spring with a larger reading room and a cafe on the ground floor."


def _compare(*items: tuple[str, str | None]) -> Comparison:
    """Compare articles given as (text, publication date) as one story."""
    articles = [
        Article(f"a{n}", f"a{n}.json", "Marlow library", text, format="json", date=day)
        for n, (text, day) in enumerate(items)
    ]
    return compare(articles, nlp.analyze(articles), stories=[[a.id for a in articles]])


def _story(when: str, extra: str = "") -> str:
    return LEAD.format(when=when) + (" " + extra if extra else "") + "\n\n" + TAIL


def _kinds(comparison: Comparison, ctype: str) -> list[str]:
    return [c.kind for c in comparison.conflicts if c.type == ctype]


def test_a_weekday_and_its_date_agree():
    comparison = _compare((_story("on Friday"), "2018-04-06"), (_story("on April 6"), "2018-04-07"))
    assert _kinds(comparison, "date") == []


def test_different_weekdays_conflict():
    comparison = _compare((_story("on Friday"), "2018-04-07"), (_story("on Saturday"), "2018-04-07"))
    assert _kinds(comparison, "date") == ["conflict"]


def test_different_days_conflict():
    comparison = _compare((_story("on March 2"), None), (_story("on March 9"), None))
    assert _kinds(comparison, "date") == ["conflict"]


def test_last_september_against_a_day_of_it_is_no_conflict():
    comparison = _compare((_story("last September"), "2013-05-10"), (_story("on Sept. 11, 2012"), "2013-05-12"))
    assert _kinds(comparison, "date") == []
    comparison = _compare((_story("last September"), None), (_story("on Sept. 11, 2012"), None))
    assert _kinds(comparison, "date") == []


def test_a_date_that_cannot_be_placed_is_no_conflict():
    comparison = _compare((_story("last week"), "2013-05-10"), (_story("on March 3"), "2013-05-10"))
    assert _kinds(comparison, "date") == []
    comparison = _compare((_story("this weekend"), None), (_story("on Saturday"), None))
    assert _kinds(comparison, "date") == []


def test_dates_of_different_precision_are_compatible():
    comparison = _compare((_story("in March 2008"), None), (_story("on March 2"), None))
    assert _kinds(comparison, "date") == []


NUMBERS = "Firefighters said the blaze destroyed {n} homes in the valley before it was contained late on Sunday."


def _numbers(*values: str) -> Comparison:
    return _compare(*((NUMBERS.format(n=v) + "\n\n" + TAIL, None) for v in values))


def test_thousands_with_a_spaced_comma_are_one_number():
    assert _kinds(_numbers("1, 000", "1,000"), "number") == []
    (conflict,) = _numbers("1, 000", "1,200").conflicts
    assert conflict.kind == "conflict" and [v.text for v in conflict.values] == ["1, 000", "1,200"]


def test_numbers_in_words_are_numbers():
    assert _kinds(_numbers("two dozen", "24"), "number") == []
    assert _kinds(_numbers("a dozen", "12"), "number") == []
    assert _kinds(_numbers("a dozen", "20"), "number") == ["conflict"]


def test_an_approximate_number_is_only_a_possible_difference():
    text = "The county paid {v} to settle the lawsuit over the flooded library, officials said on Monday."
    comparison = _compare(
        (text.format(v="about $80,000") + "\n\n" + TAIL, None), (text.format(v="$84,000") + "\n\n" + TAIL, None)
    )
    (conflict,) = comparison.conflicts
    assert conflict.kind == "possible"
    assert not any(c.contested for c in comparison.claims)
    exact = _compare((text.format(v="$80,000") + "\n\n" + TAIL, None), (text.format(v="$84,000") + "\n\n" + TAIL, None))
    assert [c.kind for c in exact.conflicts] == ["conflict"]


def test_a_hedge_does_not_cover_a_figure_far_from_the_other():
    text = "The county will move {v} from the state flood fund to rebuild the library, officials said on Monday."
    far = _compare(
        (text.format(v="about $600 million") + "\n\n" + TAIL, None),
        (text.format(v="$420 million") + "\n\n" + TAIL, None),
    )
    assert [(c.kind, sorted(v.text for v in c.values)) for c in far.conflicts] == [
        ("conflict", ["$420 million", "about $600 million"])
    ]
    near = _compare(
        (text.format(v="about $600 million") + "\n\n" + TAIL, None),
        (text.format(v="$580 million") + "\n\n" + TAIL, None),
    )
    assert [c.kind for c in near.conflicts] == ["possible"]


def test_values_of_different_units_are_not_compared():
    extension = "The council approved a {v} extension of the library lease on Tuesday."
    comparison = _compare(
        (extension.format(v="13-month") + "\n\n" + TAIL, None), (extension.format(v="two-year") + "\n\n" + TAIL, None)
    )
    assert comparison.conflicts == ()
    cuts = "The library will cut {v} as part of the budget plan approved on Tuesday."
    comparison = _compare(
        (cuts.format(v="12 percent of its staff") + "\n\n" + TAIL, None),
        (cuts.format(v="30 jobs") + "\n\n" + TAIL, None),
    )
    assert comparison.conflicts == ()


def test_a_count_of_months_is_the_duration():
    text = "The senator served {v} in the reserves before he ran for the state legislature in Hartford."
    comparison = _compare(
        (text.format(v="six months") + "\n\n" + TAIL, None), (text.format(v="six months") + "\n\n" + TAIL, None)
    )
    assert comparison.conflicts == ()
    comparison = _compare(
        (text.format(v="six months") + "\n\n" + TAIL, None), (text.format(v="eight months") + "\n\n" + TAIL, None)
    )
    assert [(c.kind, c.type) for c in comparison.conflicts] == [("conflict", "duration")]


def test_an_age_after_a_name_is_the_age_stated_with_aged():
    one = "The post criticized the mayor's daughters, Anna, 16, and Beth, 13, for their outfits at the ceremony."
    same = "The post criticized the mayor's daughters, aged 16 and 13, for their outfits at the ceremony."
    older = "The post criticized the mayor's daughters, Anna, 18, and Beth, 13, for their outfits at the ceremony."
    assert _compare((one + "\n\n" + TAIL, None), (same + "\n\n" + TAIL, None)).conflicts == ()
    two = "The post criticized the mayor's two daughters for their outfits at the ceremony."
    assert _compare((one + "\n\n" + TAIL, None), (two + "\n\n" + TAIL, None)).conflicts == ()
    found = _compare((one + "\n\n" + TAIL, None), (older + "\n\n" + TAIL, None)).conflicts
    assert [(c.kind, [v.text for v in c.values]) for c in found] == [("conflict", ["16", "18"])]


def test_the_minutes_of_a_clock_time_are_no_count():
    text = "The earthquake struck the island at 6: {m} a. m. on Sunday and shook buildings in the capital."
    comparison = _compare((text.format(m="33") + "\n\n" + TAIL, None), (text.format(m="30") + "\n\n" + TAIL, None))
    assert _kinds(comparison, "number") == []


HEIST_A = (
    "Thieves stole rare coins from a museum in Lyon on Sunday, police said.\n\n"
    "In July, a masked thief stole £20m worth of gold coins from the Grand Museum in Lyon.\n\n"
    "The police have made no arrests."
)
HEIST_B = (
    "Thieves stole rare coins from a museum in Lyon on Sunday, police said.\n\n"
    "At the end of July, an armed man stole gold coins worth £20m from the Grand Museum in Lyon.\n\n"
    "In May, thieves stole £90, 000 worth of silver coins from a dealer of the Grand Museum in Lyon.\n\n"
    "The police have made no arrests."
)


def test_a_month_the_other_outlet_also_states_is_no_difference_whichever_is_dated():
    # Only the first outlet is dated: its "July" gets a year, the other's stays year-less; the second
    # outlet's May theft, aligned with the July one, is another fact, since that outlet states July too.
    assert [c for c in _compare((HEIST_A, "2013-09-09"), (HEIST_B, None)).conflicts if c.type == "date"] == []
    assert [c for c in _compare((HEIST_A, None), (HEIST_B, None)).conflicts if c.type == "date"] == []


def test_a_month_stated_by_one_outlet_only_still_differs():
    changed = HEIST_B.replace("At the end of July", "At the end of June")
    kinds = _kinds(_compare((HEIST_A, "2013-09-09"), (changed, None)), "date")
    assert kinds and set(kinds) <= {"conflict", "possible"}
