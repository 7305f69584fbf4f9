"""The entity sheet on fresh7's false red classes: short texts written for the test.

Each test compares short articles with the real spaCy model and reads the sheet a reader would see
(see ``test_attributes.py``). The classes are the twenty-fourth session's reading of fresh7's false reds.
"""

from __future__ import annotations

from tests.support.sheet import compare_sheet, sheet_reading


def _red(comparison, kind: str) -> list[str]:
    return [c.type for c in comparison.conflicts if c.kind == "conflict" and c.type == kind]


def test_a_body_named_by_the_initials_of_its_heads_title_is_that_office():
    # "DA" is the initials of "District Attorney", inside the office's full name: one employer
    comparison = compare_sheet(
        "The bodies were found on Friday in a flat on Mill Street, said DA spokesman Paul Verdi.",
        "Paul Verdi, spokesman for the Essex County District Attorney's Office, said the women were found on Friday.",
    )
    assert not _red(comparison, "attribute:employer")
    assert sheet_reading(comparison, "Verdi", "employer")[0] not in ("conflict", "possible")


def test_a_profession_and_a_post_of_one_body_are_one_person_s_two_descriptions():
    # a lawyer may direct a programme of the body she works for: no red
    comparison = compare_sheet(
        '"That is wrong," said attorney Nora Feld of the River Trust, which is suing the agency over the dam.',
        '"The agency has handed the dam builders a gift," said Nora Feld, water program director at the River Trust.',
    )
    assert not _red(comparison, "attribute:role")


def test_a_sea_and_a_country_s_adjective_are_no_two_places_of_an_island():
    # an island lies in a sea and in a country at once: at most a possible difference, never red
    comparison = compare_sheet(
        "A strong earthquake jolted part of Qeshm island in the Gulf off the southern coast on Sunday, state "
        "television reported.",
        "An earthquake shook the southern Iranian island of Qeshm on Sunday, the news agency reported.",
    )
    assert not _red(comparison, "attribute:location")
    assert sheet_reading(comparison, "Qeshm", "location")[0] == "possible"


def test_the_name_after_the_governor_of_a_place_is_the_governor_not_a_place():
    comparison = compare_sheet(
        "A strong earthquake jolted part of Qeshm island in the Gulf off the southern coast on Sunday, state "
        "television reported.",
        "An earthquake shook Qeshm on Sunday.\n\nTwo villagers were slightly injured, the governor of Qeshm, "
        "Mehdi iran-Nejad, told the agency.",
    )
    assert not _red(comparison, "attribute:location")


def test_a_revised_figure_one_outlet_gives_with_the_first_is_no_red():
    comparison = compare_sheet(
        "An earthquake with a preliminary magnitude of 4.4 struck near the geysers this morning, the survey said.",
        "A 4.2 magnitude earthquake shook a remote area near the geysers on Sunday morning, the survey said.",
        "The 4.2-magnitude earthquake was recorded on Sunday morning, according to the survey, which had originally "
        "rated the quake as 4.4 in magnitude.",
    )
    assert not [c for c in comparison.conflicts if c.kind == "conflict" and c.type == "number"]


def test_two_sources_figures_in_one_sentence_are_no_revision_and_stay_red():
    # no word of revision: the third outlet gives two sources' figures, and the first two still disagree
    comparison = compare_sheet(
        "An earthquake with a magnitude of 4.4 struck near the geysers this morning, the survey said.",
        "A 4.2 magnitude earthquake shook a remote area near the geysers on Sunday morning, the survey said.",
        "The earthquake was recorded on Sunday morning at 4.2 by the survey, while the state institute measured "
        "it at 4.4.",
    )
    assert [c for c in comparison.conflicts if c.kind == "conflict" and c.type == "number"]


def test_a_body_named_without_its_last_word_is_that_body_spelled_short():
    # "Fish and Wildlife" is the Fish and Wildlife Service called without its kind: a variant, never red
    comparison = compare_sheet(
        "The Fish and Wildlife Service will no longer review the dam projects, officials said Thursday.",
        "Fish and Wildlife will no longer review the dam projects, officials said Thursday.",
    )
    assert not [c for c in comparison.conflicts if c.kind in ("conflict", "possible")]
