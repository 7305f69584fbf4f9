"""Two speakers with no name in common, each saying his own thing, are no difference of who spoke.

Short articles written for these tests, analysed with the real spaCy model and compared as one story.
"Rep. Ann Roe ... says that she will ask Congress to review the rules" against "Rep. Tom Poe said the rules
showed ...": two committee chairmen's two statements in loosely linked sentences that name nothing in common
(``quotes.strangers``). One statement given to two people, or a speaker whose given name is kept, is still
reported; two spokesmen telling of one named person stay possible (``test_promoted_people``).
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

LEAD = "The agency issued new rules for the harbour on Thursday, a week before the vote. "
ROE_ASKS = (
    "Rep. Ann Roe, the chairman of the House Harbour Committee, "
    "says that she will likely ask Congress to review the rules."
)
SAID = " said the rules showed the agency was determined to act before the vote."


def test_two_chairmen_saying_two_things_are_no_difference():
    red, possible = red_and_possible(LEAD + ROE_ASKS, LEAD + "Committee Chairman Rep. Tom Poe" + SAID)
    assert frozenset({"Ann Roe", "Tom Poe"}) not in red | possible


def test_one_statement_given_to_two_people_is_a_conflict():
    red, _possible = red_and_possible(
        LEAD + "Ann Roe, the chairman of the committee," + SAID, LEAD + "Tom Poe, the chairman of the committee," + SAID
    )
    assert frozenset({"Ann Roe", "Tom Poe"}) in red


def test_a_speaker_keeping_his_given_name_is_still_reported():
    red, possible = red_and_possible(LEAD + ROE_ASKS, LEAD + "Committee Chairman Rep. Ann Poe" + SAID)
    assert frozenset({"Ann Roe", "Ann Poe"}) in red | possible


def test_two_speakers_of_one_named_thing_stay_a_possible_difference():
    other = "Rep. Tom Poe said the rules were a gift to Congress from an agency determined to act before the vote."
    red, possible = red_and_possible(LEAD + ROE_ASKS, LEAD + other)
    assert frozenset({"Ann Roe", "Tom Poe"}) in red | possible
