"""A person dies once: two dates of one named person's death are one fact's (``lifedates``, issue 10).

Short sentences written for the test, parsed with the real spaCy model; each is the one sentence of its
article, the two in one row through a weak link (0.44), so the shared verb alone gives the dates only a
possible difference. One named person's death (or birth) told twice is one act whatever else the sentences
say, so its two years are a red conflict; a subject that is no named person, two people, or a verb a person
does many times keeps the possible difference.
"""

from __future__ import annotations

from datetime import date

from tests.support.texts import row_observations
from tuicompare.engine.align import AlignedGroup, Link
from tuicompare.engine.tuning import TUNING

PUBLISHED = date(2013, 12, 16)
RULER = (
    "Until then the island had a council whose 500 members had to be approved by its late ruler, Dara Venn,"
    " who died in 2006 after 21 years in power."
)


def _dates(first: str, second: str = RULER) -> dict[frozenset[str], str]:
    """The date differences of one weakly linked row holding the two sentences, each a red "conflict" or a
    "possible" difference (under ``ConflictTuning.possible_below``)."""
    group = AlignedGroup(("a0:0", "a1:0"), 0.44, (Link("a0:0", "a1:0", 0.44),))
    found = row_observations((first, second), PUBLISHED, group)
    return {
        frozenset((o.spans[0][1], o.spans[1][1])): (
            "conflict" if o.confidence >= TUNING.conflicts.possible_below else "possible"
        )
        for o in found
        if o.spans[0][0].vtype == "date" and o.kind == "conflict"
    }


def test_one_person_s_death_in_two_years_is_red():
    assert _dates("Dara Venn died in 2004.").get(frozenset({"2004", "2006"})) == "conflict"


def test_one_person_s_birth_in_two_years_is_red():
    found = _dates(
        "Ivo Brand was born in 1950.",
        "Until then the island had a council whose 500 members had to be approved by its new ruler, Ivo Brand,"
        " who was born in 1952 in a fishing village.",
    )
    assert found.get(frozenset({"1950", "1952"})) == "conflict"


def test_two_people_s_deaths_stay_unsure():
    assert _dates("Her brother, Tom Oslo, died in 2004.").get(frozenset({"2004", "2006"})) == "possible"


def test_a_death_of_nobody_named_stays_unsure():
    found = _dates("A guard died in 2004.", RULER.replace("its late ruler, Dara Venn,", "a late clerk"))
    assert found.get(frozenset({"2004", "2006"})) == "possible"


def test_an_act_done_many_times_stays_unsure():
    # Visiting is no once-in-a-life act: Dara Venn may have visited the island in both years.
    found = _dates(
        "Dara Venn visited the island in 2004.",
        "Until then the island had a council whose 500 members had to be approved by Dara Venn, who visited it in"
        " 2006 after 21 years away.",
    )
    assert found.get(frozenset({"2004", "2006"})) == "possible"
