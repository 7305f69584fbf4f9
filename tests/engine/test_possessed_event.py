"""A possessive before an event noun names the act's doer: "his death in 2004" against "died in 2006".

A class of missed planted changes (issue 10, "weak link, values not tied to one entity"): one outlet tells a
death with its verb ("Dara Venn, the island's former ruler, died in 2006"), another with the noun and a
possessive ("Dara Venn, who ruled the island until his death in 2004"). The two sentences share little
else, so their link is weaker than ``LinkTuning.conflict_link_min`` and compared only for the values both
tie to one entity: the date on "death" is the death's (``frames.dated_noun``), the noun and its verb are one
act (``verbclasses.one_act``), and "his" is the man whose clause it is (``possessors``). Short sentences
written for the test, parsed with the real spaCy model; the link and its rows are given.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import weak_link_differences
from tuicompare.engine.tuning import TUNING

PUBLISHED = date(2023, 10, 2)
VERB = "Dara Venn, the island's former ruler, died in 2006 after years in power."


def _weak(first: str, second: str = VERB) -> set[frozenset[str]]:
    score = (TUNING.links.anchored_link_min + TUNING.links.conflict_link_min) / 2
    return weak_link_differences((first, second), PUBLISHED, score)


def test_his_death_and_died_of_one_man_differ_in_year():
    found = _weak("Dara Venn, who ruled the island for two decades until his death in 2004, built a palace.")
    assert frozenset({"2004", "2006"}) in found


def test_a_named_possessor_is_the_doer_too():
    found = _weak("The island mourned for a year after Dara Venn's death in 2004, and then it voted.")
    assert frozenset({"2004", "2006"}) in found


def test_two_people_s_deaths_are_two_facts():
    # "her death" is Dara Venn's; Tom Oslo's death is another act, whatever year it was.
    first = "Dara Venn, who ruled the island for two decades until her death in 2004, built a palace."
    assert _weak(first, "Tom Oslo, the island's former ruler, died in 2006 after years in power.") == set()


def test_a_death_nobody_owns_ties_nothing():
    # No possessive: whose death this was the sentence does not say, so the weak link compares nothing.
    assert _weak("The island was ruled by one family for two decades until a death in 2004 ended it.") == set()


ARREST = "The town was calm until Dara Venn's arrest on Monday."


def test_her_arrest_and_was_arrested_differ_in_day():
    assert frozenset({"Monday", "Tuesday"}) in _weak(ARREST, "Dara Venn was arrested on Tuesday outside the palace.")


def test_the_possessor_is_who_was_arrested_not_who_arrested():
    # "Dara Venn's arrest" is hers as the one arrested; "Dara Venn arrested the mayor" is another arrest.
    assert _weak(ARREST, "Dara Venn arrested the mayor on Tuesday outside the palace.") == set()


def test_another_person_s_arrest_ties_nothing():
    assert _weak(ARREST, "Tom Oslo was arrested on Tuesday outside the palace.") == set()
