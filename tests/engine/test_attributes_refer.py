"""The entity sheet on descriptions with no name ("the 68-year-old congressman"): short texts written for the test.

Each test compares short articles with the real spaCy model and reads the
sheet a reader would see (see ``test_attributes.py`` for the first kinds).
"""

from __future__ import annotations

from tests.support.texts import compare_texts
from tuicompare.models import Comparison, EntityAttribute

TAIL = "\n\nThe council will meet again next month to review the budget for the harbour district."


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def _rows(comparison: Comparison, name_part: str, attribute: str) -> list[EntityAttribute]:
    ids = {e.id for e in comparison.entities if name_part in e.name}
    return [a for a in comparison.attributes if a.entity in ids and a.name == attribute]


def _values(row: EntityAttribute) -> dict[str, str]:
    return {v.article: v.text for v in row.values}


def test_the_34_year_old_aid_worker_is_the_person_named_just_before():
    comparison = _compare(
        "Hanna Lindqvist, 34, was released on Wednesday after three weeks in detention.",
        "Hanna Lindqvist was released on Wednesday after three weeks in detention.\n\n"
        "The 34-year-old aid worker thanked her family.",
    )
    [age] = _rows(comparison, "Lindqvist", "age")
    assert age.status == "same" and _values(age) == {"a0": "34", "a1": "34"}


def test_the_68_year_old_congressman_is_the_one_person_the_article_calls_a_representative():
    comparison = _compare(
        "Rep. Bob Ives, a Democrat, faces Tara Quell, a nurse, in the November race for the harbour seat.\n\n"
        "Both campaigns held rallies in the town on Saturday.\n\n"
        "Observers expect that the 68-year-old congressman will keep his seat.",
        "Bob Ives, 68, held a rally in the harbour town on Saturday.",
    )
    [age] = _rows(comparison, "Ives", "age")
    assert age.status == "same" and _values(age) == {"a0": "68", "a1": "68"}
    assert not _rows(comparison, "Quell", "age")


def test_a_description_two_people_fit_gives_no_one_an_age():
    comparison = _compare(
        "Sen. Bob Ives met Sen. Tara Quell in the harbour town on Saturday.\n\n"
        "Both campaigns held rallies in the town on Saturday.\n\n"
        "Observers expect that the 68-year-old senator will keep the seat.",
        "Bob Ives, 70, held a rally in the harbour town on Saturday.",
    )
    [age] = _rows(comparison, "Ives", "age")
    assert age.status == "single" and _values(age) == {"a1": "70"}
    assert not _rows(comparison, "Quell", "age")
    assert not [c for c in comparison.conflicts if c.type == "attribute:age"]


def test_a_description_whose_office_is_not_the_persons_is_someone_else():
    comparison = _compare(
        "Mayor Ann Cole opened the harbour museum on Sunday.\n\nThe 40-year-old senator said it was a fine day.",
        "Ann Cole, 58, opened the harbour museum on Sunday.",
    )
    [age] = _rows(comparison, "Cole", "age")
    assert age.status == "single" and _values(age) == {"a1": "58"}
    assert not [c for c in comparison.conflicts if c.type == "attribute:age"]


def test_a_noun_before_a_name_that_starts_a_relative_clause_is_not_her_role():
    comparison = _compare(
        "Ann Cole, the harbour master, opened the fair on Monday.",
        "This is what comes of a rival who, in the words of the mayor Ann Cole worked for on the harbour plan, "
        "lost the vote.",
    )
    [role] = _rows(comparison, "Cole", "role")
    assert role.status == "single" and _values(role) == {"a0": "harbour master"}
    # a noun set right before the name is still read as the name's role
    close = _compare(
        "Ann Cole, the harbour master, opened the fair on Monday.",
        "The shipping firm hired the lawyer Ann Cole on Monday.",
    )
    [role] = _rows(close, "Cole", "role")
    assert _values(role) == {"a0": "harbour master", "a1": "lawyer"} and role.status == "conflict"


def test_a_first_name_the_recogniser_calls_a_place_still_gets_the_age_set_beside_it():
    # the story's vote calls "Soraya" a place, but one of its mentions is tagged as a person
    comparison = _compare(
        "Soraya Varga came to the harbour fair on Monday with her sister.\n\n"
        "Soraya, 16, was dressed in a plaid skirt and black boots.\n\nAt times, Soraya looked bored.",
        "A photograph of Soraya at the harbour fair was shared widely on Monday.",
    )
    [age] = _rows(comparison, "Soraya", "age")
    assert age.status == "single" and _values(age) == {"a0": "16"}


def test_a_surname_the_recogniser_missed_still_carries_what_is_said_beside_it():
    # the tagger reads "Farrow" opening the second sentence as a common noun, and the recogniser skips it
    comparison = _compare(
        "Rep. Tom Farrow resigned from Congress on Friday.\n\n"
        "Farrow, R-Texas, had previously announced that he would not seek re-election.",
        "Rep. Tom Farrow (D-Texas) resigned from Congress on Friday.",
    )
    [party] = _rows(comparison, "Farrow", "party")
    assert _values(party) == {"a0": "R", "a1": "D"} and party.status == "conflict"


def test_both_after_two_names_says_it_of_each_but_a_single_apposition_only_of_the_last():
    both = _compare(
        "On Monday, state Senate President Pro Tem Dale Hurst and House Speaker Ann Pryce, both Republicans, "
        "held a press conference.",
        "Dale Hurst, a Democrat, held a press conference on Monday.",
    )
    [party] = _rows(both, "Hurst", "party")
    assert party.status == "conflict" and _values(party) == {"a0": "Republicans", "a1": "Democrat"}
    one = _compare(
        "On Monday, Dale Hurst and Ann Pryce, a Republican, held a press conference.",
        "Dale Hurst, a Democrat, held a press conference on Monday.",
    )
    [party] = _rows(one, "Hurst", "party")
    assert party.status == "single" and _values(party) == {"a1": "Democrat"}


def test_a_dateline_place_is_not_where_the_entity_after_it_is():
    comparison = _compare(
        "SWINDON, England — Northgate Logistics, based in Reading, opened a depot on Monday.\n\n"
        "ASHBY, Kent — Mayor Ann Cole opened the harbour museum on Sunday.",
        "Northgate Logistics, based in Reading, opened a depot on Monday.\n\n"
        "Ann Cole opened the harbour museum on Sunday.",
    )
    [base] = _rows(comparison, "Northgate", "base")
    assert base.status == "same" and _values(base) == {"a0": "Reading", "a1": "Reading"}
    assert not _rows(comparison, "Cole", "location") and not _rows(comparison, "Cole", "base")


def test_a_title_coordinated_with_another_after_a_dateline_is_the_persons_role():
    comparison = _compare(
        "HARTFORD, Conn. — Connecticut Attorney General and U.S. Senate candidate Tom Reed is defending himself "
        "against a report.\n\nReed spoke to reporters in Hartford on Monday.",
        "Tom Reed, the state's attorney general, spoke in Hartford, Connecticut, on Monday.",
    )
    [role] = _rows(comparison, "Reed", "role")
    assert _values(role) == {"a0": "Attorney General; U.S. Senate candidate", "a1": "attorney general"}
    assert role.status == "same"
    [location] = _rows(comparison, "Hartford", "location")
    assert _values(location) == {"a1": "Connecticut"}  # the dateline's title is no place Hartford is in


def test_a_number_of_party_members_is_no_age_of_the_group():
    comparison = _compare(
        "But by the time the harbour bill had the votes, with support from 33 Democrats, the revolt was in full force."
        "\n\nDemocrats said the vote was close.",
        "The hasty retreat by 40 Democrats on the harbour bill was humiliating.\n\nDemocrats said the vote was close.",
    )
    assert not [a for a in comparison.attributes if a.name == "age"]
