"""A date the other sentence states less precisely is no difference, whatever other date it pairs with.

"A tremor killed 12,000 in Darvel in March 2011" against "A tremor killed
15,000 in Darvel in 2011, and 400 in Kesh in October": the second sentence
dates the Darvel tremor 2011, which March 2011 is; its October is another
tremor's. Its "magnitude of 6.4" is the Kesh tremor's too: a value in a clause
joined to the main verb, set in a place and time of its own the other sentence
never states, does not pair with the other sentence's (``eventclauses``). Short
articles written for the test, compared with the real spaCy model; a changed date
or magnitude of one event must still conflict.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences

OPENING_A = "A strong tremor shook northern Merland on Tuesday, killing six people, officials said. "
OPENING_B = "A powerful tremor struck northern Merland on Tuesday, killing 6 people, officials said. "
EARLIER = "A 7.1-magnitude tremor killed more than 12,000 people in the old city of Darvel in {}."


def _found(first: str, second: str) -> list[tuple[str, tuple[str, ...]]]:
    return differences(compare_texts(OPENING_A + first, OPENING_B + second, tail=NEUTRAL_TAIL))


def test_a_date_stated_less_precisely_beside_another_events_date_is_no_difference():
    found = _found(
        EARLIER.format("March 2011"),
        "A huge tremor killed more than 15,000 in the city of Darvel in northern Merland in 2011, and 400 were"
        " killed in the town of Kesh in October in a smaller tremor.",
    )
    assert found == []


def test_one_events_changed_date_still_differs():
    found = _found(EARLIER.format("March 2011"), EARLIER.format("May 2012"))
    assert found == [("conflict", ("March 2011", "May 2012"))]


def test_a_magnitude_of_another_events_conjunct_is_no_difference():
    # The 6.4 is the Kesh tremor's, told in a clause of its own place and date: not the Darvel tremor's 7.1.
    found = _found(
        EARLIER.format("March 2011"),
        "A huge tremor killed more than 15,000 in the city of Darvel in northern Merland in 2011, and 400 were"
        " killed in the town of Kesh in October in a tremor with a magnitude of 6.4.",
    )
    assert found == []


def test_one_events_changed_magnitude_still_differs():
    found = _found(
        EARLIER.format("March 2011"),
        "A 6.4-magnitude tremor killed more than 12,000 people in the old city of Darvel in March 2011.",
    )
    assert found == [("conflict", ("7.1-magnitude", "6.4-magnitude"))]


def test_a_magnitude_in_a_conjunct_of_the_other_sentences_place_still_differs():
    # Here the second clause is the one set in Darvel in March 2011: its 6.4 is the Darvel tremor's.
    found = _found(
        EARLIER.format("March 2011"),
        "Tremors shook the town of Kesh in October 2010, and more than 12,000 people were killed in the old city"
        " of Darvel in March 2011 by a 6.4-magnitude tremor.",
    )
    assert ("conflict", ("7.1-magnitude", "6.4-magnitude")) in found


def test_a_changed_date_in_a_conjunct_still_differs():
    # The second clause's only anchor is the date itself: its change is that clause's fact, not another event.
    first = "The old bridge in Darvel fell in March 2011, and the new one was opened {} in the same city."
    found = _found(first.format("in May 2013"), first.format("in June 2014"))
    assert found == [("conflict", ("May 2013", "June 2014"))]
