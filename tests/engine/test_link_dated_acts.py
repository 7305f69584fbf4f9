"""Two dates of one act told through a link are judged by a row's cut (``linkdates``, issue 10).

Short texts written for these tests, read with the real spaCy model. A difference found only through a
link is a possible one unless very sure (``LinkTuning.conflict_min``); two dates that are each the one
date of their sentence and hang from one act (one event noun, one verb, a noun and its verb, two verbs
of one act) say by their own words that they are one fact's, so they are red as in a row. A contest's
verb, a second date in a sentence, or a name the act takes that the other sentence lacks keep them
possible.
"""

from __future__ import annotations

from tests.support.texts import kind_of, through_link


def test_one_event_noun_dated_twice_through_a_link_is_red():
    found = through_link(
        "The shootings happened shortly after 8:30 p.m. Monday.",
        "A radio reporter said the shooting took place just after 8:30 p.m. Thursday inside the bakery.",
        0.4,
    )
    assert kind_of(found, "Monday", "Thursday") == "conflict"


def test_a_death_and_its_verb_through_a_link_are_red():
    found = through_link(
        "Posters showed the successor of Dara Venn, who ruled the country for two decades until his death in 2004.",
        "The council had to be approved by the late ruler, Dara Venn, who died in 2006 after years in power.",
    )
    assert kind_of(found, "2004", "2006") == "conflict"


def test_a_second_year_in_a_sentence_keeps_the_difference_possible():
    # "received an Emmy in 2005 for hosting the show in 2004": either year may be the other's.
    found = through_link(
        "Jo Poe also has experience as a host, receiving an Emmy in 2002 for hosting the awards show.",
        "Jo Poe received an Emmy in 2005 for hosting the awards show in 2004.",
        0.4,
    )
    assert kind_of(found, "2002", "2005") in ("possible", "")


def test_a_name_the_act_takes_that_the_other_lacks_keeps_the_difference_possible():
    # Two hirings by one official: Robertson in June, a prosecutor the other sentence does not name in October.
    found = through_link(
        "Last June, Minister Ann Oppal hired Kim Roberts to look into the charges against the commune.",
        "Last October, Minister Ann Oppal appointed a special prosecutor to look into the charges against the commune.",
        0.4,
    )
    assert kind_of(found, "June", "October") in ("possible", "")
