"""Links and the reading position, on texts written for the test: a lead's second fact restated at the very end.

News states its facts first and restates them lower down, so a link's strength
loses a little for how late the earlier of its two sentences sits
(``LinkTuning.late_penalty``), and the bar is lower for the pairs that involve a
lead. One outlet packs two facts into its lead; the other states the second one
in its last sentence, in other words, too far down to share the lead's row.
"""

from __future__ import annotations

import pytest

from tests.support.texts import compare_texts, linked, sentence_with
from tuicompare.models import Comparison

#: The lead states the collapse and the inspections; the rest is one fact a sentence.
PACKED = " ".join(
    [
        "A footbridge over the Tessel river in Marlow collapsed on Sunday, and the council said engineers would"
        " inspect every crossing in the district.",
        "Firefighters pulled two walkers from the water.",
        "The bridge, built of timber in 1962, had been closed for repairs twice.",
        "Local shops reported a busy weekend because of the spring fair.",
        "Many residents walk their dogs along the riverbank path each morning.",
        "The mayor praised the fire crews at a meeting on Monday evening.",
        "The fair's organisers thanked the volunteers who sold tickets.",
    ]
)
#: The same story with the inspections told last, after background the first article lacks.
LAST = " ".join(
    [
        "Four people were hurt when a wooden footbridge gave way in Marlow on Sunday.",
        "Emergency crews rescued two walkers who fell into the Tessel.",
        "The structure dated from 1962 and had twice been shut for repairs.",
        "A spring fair drew crowds to local shops over the weekend.",
        "Residents said the riverbank path is busy with dog walkers each morning.",
        "The mayor will meet fire crews and volunteers at the fair on Monday.",
        "A new cafe opened beside the station in April.",
        "Rain is forecast for most of the coming week.",
        "The town's rowing club will hold its regatta in June.",
        "The rowing club's organisers thanked the volunteers who built its boathouse.",
        "Engineers will inspect every crossing in the district, officials said.",
    ]
)


@pytest.fixture(scope="module")
def story() -> Comparison:
    return compare_texts(PACKED, LAST)


def test_a_lead_fact_restated_in_the_last_sentence_is_linked(story):
    assert linked(story, "collapsed on Sunday", "Engineers will inspect every crossing")


def test_background_only_one_outlet_gives_is_linked_to_nothing(story):
    for words in ("new cafe", "Rain is forecast", "will hold its regatta"):
        sid = sentence_with(story, "a1", words)
        assert not [k for k in story.links if sid in (k.a, k.b)], words
