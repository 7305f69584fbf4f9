"""Names coordinated with a name share its role in the sentence, and a count of people meets a count of workers.

Short texts written for these tests, analysed with the real spaCy model. The parser
hangs only the first of two coordinated names from the verb ("said Holm and Tarrant":
"Holm" is the subject, "Tarrant" hangs from "Holm"), so only the first used to be read
as a speaker; the small model tags a lone unfamiliar surname as a town, and the entity
sheet called the second speaker a place. A figure counts what its noun names ("seven
workers"), and figures of two things never meet ("14 points", "11 rebounds"); but
"people" names any human being, so "twelve people" killed is the count of the "seven
workers" killed that another outlet gives; not a count that is one item of a list
("two women and one man died": parts of the three people who died).
"""

from __future__ import annotations

from tests.support.texts import compare_texts, difference_sets
from tuicompare.models import Comparison

BRIDGE = "{} The council will vote on repairs to the old bridge next month."
QUOTED = '"The old bridge is safe for traffic," said Holm and Tarrant in a statement on Monday.'
TOLD = "The bridge is safe for traffic, the inspectors Holm and Tarrant said on Monday."

FIRE = (
    "The fire broke out at the Alder Mills textile plant in Northgate early on Tuesday. {} "
    "Firefighters needed four hours to put out the flames. The plant had been inspected in March."
)


def _label(comparison: Comparison, name: str) -> str:
    return next(e.label for e in comparison.entities if e.name == name)


def _reported(comparison: Comparison) -> list[set[str]]:
    return [values for tier, values in difference_sets(comparison) if tier in ("conflict", "possible")]


def test_the_second_of_two_speakers_is_a_person():
    comparison = compare_texts(BRIDGE.format(QUOTED), BRIDGE.format(TOLD))
    assert _label(comparison, "Tarrant") == "person"


def test_a_body_named_beside_a_speaking_agency_is_no_person():
    said = BRIDGE.format(
        "The state news agency and the Northern Seismic Survey said the quake had a magnitude of five."
    )
    told = BRIDGE.format("The quake had a magnitude of five, according to the Northern Seismic Survey.")
    assert _label(compare_texts(said, told), "Northern Seismic Survey") == "organisation"


def test_a_count_of_people_differs_from_another_outlets_count_of_workers():
    killed = FIRE.format("Police said the blaze killed seven workers and injured a guard.")
    other = FIRE.format("Police said the blaze killed twelve people and injured a guard.")
    assert {"seven", "twelve"} in _reported(compare_texts(killed, other, killed))


def test_the_same_count_of_people_and_of_workers_is_no_difference():
    workers = FIRE.format("Police said the blaze killed seven workers and injured a guard.")
    people = FIRE.format("Police said the blaze killed seven people and injured a guard.")
    assert _reported(compare_texts(workers, people, workers)) == []


def test_people_counted_for_another_act_are_no_count_of_the_dead():
    both = FIRE.format(
        "Police said the blaze killed seven workers, and firefighters rescued twelve people from the roof."
    )
    dead = FIRE.format("The blaze killed seven employees, police said.")
    assert _reported(compare_texts(both, both, dead)) == []


def test_the_parts_of_a_list_are_no_count_of_all_the_people():
    total = FIRE.format("Three people died in the blaze, police said.")
    parts = FIRE.format("Police said two women and one man died in the blaze.")
    assert _reported(compare_texts(total, parts, total)) == []
