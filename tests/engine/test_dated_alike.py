"""A date the other sentence states less precisely is no difference, whatever other date it pairs with.

"A tremor killed 12,000 in Darvel in March 2011" against "A tremor killed
15,000 in Darvel in 2011, and 400 in Kesh in October": the second sentence
dates the Darvel tremor 2011, which March 2011 is; its October is another
tremor's. Short articles written for the test, compared with the real spaCy
model; a changed date of one event must still conflict.
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
