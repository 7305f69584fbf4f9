"""One body written or described two ways is no conflict (false reds of the held-aside ECB+ audit of the
thirteenth session, fourteenth session).

A firm's name with and without its legal ending ("Ltd."), two descriptions of a firm's business that the
engine read as a person's roles (the recogniser took a firm named after its founder for a person), a
firm's works named by the firm against the firm, a uniformed grade against a post one person holds
with it, and two roles another article gives one person together (at most a possible difference). Short
articles written for these tests, analysed with the real spaCy model and compared as one story; each
false-alarm class is paired with the real difference the rule must still let through.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible
from tuicompare.engine.bodyroles import describes_body
from tuicompare.engine.names import is_designated_form
from tuicompare.engine.placekinds import site_of
from tuicompare.engine.roles import grade_and_post

LISTED = (
    "Police said the shooting happened outside a warehouse on the east side of the city late on Saturday."
    " The business at the address is listed as {}, a seller of garden tools."
)


def test_a_firm_with_and_without_its_legal_ending_is_one_firm():
    red, possible = red_and_possible(LISTED.format("Marlow Supply Ltd."), LISTED.format("Marlow Supply"))
    assert not red and not possible


def test_two_firms_with_one_legal_ending_still_differ():
    red, _possible = red_and_possible(LISTED.format("Marlow Supply Ltd."), LISTED.format("Corbin Supply Ltd."))
    assert frozenset({"Marlow Supply Ltd.", "Corbin Supply Ltd."}) in red


def test_legal_endings_are_designators_of_a_body():
    assert is_designated_form("marlow supply", "marlow supply ltd")
    assert is_designated_form("marlow supply", "marlow supply llc")
    assert not is_designated_form("marlow supply", "corbin supply ltd")


BOUGHT = (
    "Orchard buys Hollis Kemp\n\nOrchard said on Monday that it had bought Hollis Kemp, a {} specializing in"
    " the design of large data centres."
)


def test_two_descriptions_of_a_firm_taken_for_a_person_are_no_two_roles():
    for first, second in (
        ("consulting company", "consulting firm"),
        ("consulting firm", "data centre consulting service"),
    ):
        red, possible = red_and_possible(BOUGHT.format(first), BOUGHT.format(second))
        assert not red and not possible, (first, second)


def test_two_trades_of_a_person_still_differ():
    red, _possible = red_and_possible(BOUGHT.format("consultant"), BOUGHT.format("chef"))
    assert frozenset({"a consultant", "a chef"}) in red
    red, _possible = red_and_possible(BOUGHT.format("bank manager"), BOUGHT.format("chef"))
    assert frozenset({"a bank manager", "a chef"}) in red


def test_a_description_of_a_body_names_no_office():
    assert describes_body(["company"]) and describes_body(["service"]) and describes_body(["consultancy"])
    assert not describes_body(["bank", "manager"])  # a manager is a person, whatever body employs her
    assert not describes_body(["chef"]) and not describes_body([])


SHOT = "The woman who shot two co-workers at {} on Thursday night was charged with murder on Friday, prosecutors said."


def test_a_firms_works_named_by_the_firm_is_where_the_firm_is():
    red, possible = red_and_possible(SHOT.format("the Brandt Plant"), SHOT.format("Brandt Foods"))
    assert not red and not possible


def test_two_works_of_one_firm_or_another_firms_still_differ():
    red, _possible = red_and_possible(SHOT.format("the Brandt Plant"), SHOT.format("the Brandt Mill"))
    assert frozenset({"Brandt Plant", "Brandt Mill"}) in red
    red, possible = red_and_possible(SHOT.format("the Brandt Plant"), SHOT.format("Corwin Foods"))
    assert frozenset({"Brandt Plant", "Corwin Foods"}) in red | possible


def test_a_site_word_after_the_firms_first_words_names_its_works():
    assert site_of("Brandt Plant", "Brandt Foods") and site_of("Brandt Foods factory", "Brandt Foods")
    assert site_of("Brandt Plant", "Brandt")
    assert not site_of("Brandt Plant", "Brandt Mill")  # two works
    assert not site_of("Brandt Plant", "Corwin Foods") and not site_of("Brandt Foods", "Brandt Plant")
    assert not site_of("Plant", "Brandt")


LEAVE = "{} said the troops would leave the base on Monday."


def test_a_grade_and_a_post_of_one_person_are_no_red_conflict():
    red, _possible = red_and_possible(
        LEAVE.format("Colonel Ann Roe"), LEAVE.format("Ann Roe, the battalion commander,")
    )
    assert not red


def test_two_grades_or_two_posts_of_one_person_still_differ():
    red, possible = red_and_possible(LEAVE.format("Major Ann Roe"), LEAVE.format("Captain Ann Roe"))
    assert frozenset({"Major", "Captain"}) in red | possible
    red, _possible = red_and_possible(LEAVE.format("Senator Ann Roe"), LEAVE.format("Governor Ann Roe"))
    assert frozenset({"Senator", "Governor"}) in red


def test_a_grade_alone_is_held_with_a_post():
    assert grade_and_post(["colonel"], ["battalion", "commander"]) and grade_and_post(["inspector"], ["spokeswoman"])
    assert not grade_and_post(["major"], ["captain"])  # two grades
    assert not grade_and_post(["captain"], ["deputy"])  # a grade and a trade held in uniform
    assert not grade_and_post(["attorney", "general"], ["senator"])  # a post whose name holds a grade's word
    assert not grade_and_post(["mayor"], ["senator"])


SIGN = "{} said the team would sign the striker on Monday."
BOTH = "Ann Roe, the coach and general manager of the Rovers, said the deal was done."


def test_two_roles_the_story_gives_one_person_at_once_are_no_red_conflict():
    red, _possible = red_and_possible(SIGN.format("Coach Ann Roe"), SIGN.format("General manager Ann Roe"), BOTH)
    assert not red


def test_two_roles_no_article_gives_together_still_differ():
    red, _possible = red_and_possible(SIGN.format("Coach Ann Roe"), SIGN.format("General manager Ann Roe"))
    assert frozenset({"Coach", "General manager"}) in red
    red, _possible = red_and_possible(SIGN.format("Coach Ann Roe"), SIGN.format("Chairman Ann Roe"), BOTH)
    assert frozenset({"Coach", "Chairman"}) in red
