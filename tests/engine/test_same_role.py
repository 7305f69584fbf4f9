"""A difference is a conflict only when both values fill one role of one fact.

Short articles written for these tests, analysed with the real spaCy model
and compared as one story: different people or places in sentences that
look alike give no conflict; a real difference in one role still does.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.models import Comparison

TAIL = NEUTRAL_TAIL


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def _differences(comparison: Comparison, kind: str = "conflict") -> list[tuple[str, ...]]:
    return [tuple(v.text for v in c.values) for c in comparison.conflicts if c.kind == kind]


def _reported(comparison: Comparison) -> list[tuple[str, ...]]:
    return _differences(comparison, "conflict") + _differences(comparison, "possible")


def test_the_ages_of_two_people_are_two_facts():
    comparison = _compare(
        "On Friday the aide, Clara Voss, 31, wrote an open letter to the harbour twins on her Facebook page.",
        "Clara Voss wrote in a Facebook post on Friday that the harbour twins, Nora and Lily Hale, aged 16 and 13,"
        " should show some class.",
    )
    assert _reported(comparison) == []


def test_the_same_persons_age_given_twice_differently_is_a_conflict():
    comparison = _compare(
        "The aide, Clara Voss, 31, wrote a letter to the harbour board on Friday about the flooded pier.",
        "The aide, Clara Voss, 35, wrote a letter to the harbour board on Friday about the flooded pier.",
    )
    assert ("31", "35") in _differences(comparison) or ("35", "31") in _differences(comparison)


def test_two_governors_of_two_states_are_two_people():
    comparison = _compare(
        "Ohio Gov. Martin Ebbs banned state-funded travel to the harbour city on Monday after the vote.",
        "Gov. Helen Marsh of Iowa banned state-funded travel to the harbour city on Monday after the vote.",
    )
    assert _reported(comparison) == []


def test_a_different_person_in_one_office_is_a_conflict():
    comparison = _compare(
        "Gov. Martin Ebbs of Ohio signed the harbour bill into law on Monday after a long debate.",
        "Gov. Helen Marsh of Ohio signed the harbour bill into law on Monday after a long debate.",
    )
    assert _differences(comparison) in ([("Martin Ebbs", "Helen Marsh")], [("Helen Marsh", "Martin Ebbs")])


def test_a_different_place_given_to_one_person_is_a_conflict():
    comparison = _compare(
        "Ohio Sheriff Dale Pruett endorsed the harbour levy on Tuesday during a visit to the docks.",
        "Iowa Sheriff Dale Pruett endorsed the harbour levy on Tuesday during a visit to the docks.",
    )
    assert [c.type for c in comparison.conflicts if c.kind == "conflict"] == ["place"]


def test_two_people_in_offices_that_exclude_each_other_are_two_people():
    comparison = _compare(
        '"This is an abuse of power," House Judiciary Committee Chairman Arlo Penn said on Friday.',
        'House Speaker Mara Quill called it "an abuse of power" on Friday and vowed to fight it.',
    )
    assert _reported(comparison) == []


def test_a_vice_president_is_not_the_president():
    comparison = _compare(
        "President Owen Tate backed the harbour bill on Tuesday and urged the council to pass it.",
        "Vice President Lena Brook backed the harbour bill on Tuesday and urged the council to pass it.",
    )
    assert _reported(comparison) == []


def test_a_former_role_excludes_no_other_role():
    comparison = _compare(
        "Calvin Ashby, a former governor, told the harbour board on Monday that the levy was unfair.",
        "Calvin Ashby, a Baptist minister, told the harbour board on Monday that the levy was unfair.",
    )
    assert [c for c in comparison.conflicts if c.type == "role"] == []


def test_a_title_given_beside_a_post_to_come_is_the_one_held_then():
    # a campaign's promise names the post to come; the later article's title is that post
    promised = _compare(
        'Her spokesman said: "As governor, Senator Ines Cole will protect the harbour and its fishing fleet."',
        "Governor Ines Cole signed an order on Tuesday to protect the harbour and its fishing fleet.",
    )
    assert [c.type for c in promised.conflicts if "role" in c.type] == []
    held = _compare(
        'Her spokesman said: "Senator Ines Cole will protect the harbour and its fishing fleet."',
        "Governor Ines Cole signed an order on Tuesday to protect the harbour and its fishing fleet.",
    )
    assert any("role" in c.type for c in held.conflicts if c.kind in ("conflict", "possible"))


def test_a_party_and_its_adjective_are_one_referent():
    comparison = _compare(
        "The group attacks Democrats with videos and opposition research, and posted the footage on Tuesday.",
        "The group attacks Democratic candidates with videos and research, and posted the footage on Tuesday.",
    )
    assert _reported(comparison) == []


def test_an_abbreviation_inside_a_name_is_the_same_name():
    comparison = _compare(
        "The judge ruled on Monday that the harbour levy broke the U.S. Constitution and must be repaid.",
        "The judge ruled on Monday that the harbour levy broke the United States Constitution and must be repaid.",
    )
    assert _reported(comparison) == []


def test_a_state_abbreviation_is_the_state():
    comparison = _compare(
        "Sheriff Dale Pruett of Ariz. endorsed the harbour levy on Tuesday during a visit to the docks.",
        "Sheriff Dale Pruett of Arizona endorsed the harbour levy on Tuesday during a visit to the docks.",
    )
    assert _reported(comparison) == []


def test_a_negation_on_another_word_of_the_other_sentence_is_no_denial():
    comparison = _compare(
        '"The new levy does not discriminate against anyone," the harbour master said on Monday.',
        '"It is not the intent of the levy to discriminate against anyone," the harbour master said on Monday.',
    )
    assert [c for c in comparison.conflicts if c.type == "negation"] == []


def test_a_changed_name_whose_article_names_the_other_person_too_is_a_possible_difference():
    comparison = _compare(
        "Representative John Miller resigned from Congress on Friday after the harbour scandal."
        "\n\nMr. Clark's office declined to comment on the harbour scandal when reached by phone.",
        "Representative David Clark resigned from Congress on Friday after the harbour scandal."
        "\n\nMr. Clark's office declined to comment on the harbour scandal when reached by phone.",
    )
    # Still found, but not red: an outlet naming both people (audits: four false reds of 25, no true one).
    assert [(c.kind, c.type) for c in comparison.conflicts if c.kind in ("conflict", "possible")] == [
        ("possible", "person")
    ]


def test_a_person_named_as_someone_elses_employer_is_not_the_speaker():
    comparison = _compare(
        "Ruth Calder, the spokeswoman for Senator Paul Whitby, wrote a letter on Friday about the harbour gala.",
        "Ruth Calder wrote a letter to Nora Hale on Friday about the harbour gala.",
    )
    assert _reported(comparison) == []


def test_lists_of_different_lengths_are_an_omission_not_a_change():
    comparison = _compare(
        "Pete Lang, Jay Moss and Amy Cole spoke at the harbour forum on Monday about the new levy.",
        "Pete Lang and Beto Ruiz spoke at the harbour forum on Monday about the new levy.",
    )
    assert _reported(comparison) == []
    places = _compare(
        "The levy was backed by Maryland, Ohio and Texas at the harbour summit on Monday.",
        "The levy was backed by Minnesota and Ohio at the harbour summit on Monday.",
    )
    assert _reported(places) == []


def test_a_changed_member_of_a_list_of_one_length_is_a_conflict():
    comparison = _compare(
        "Pete Lang, Jay Moss and Amy Cole spoke at the harbour forum on Monday about the new levy.",
        "Pete Lang, Beto Ruiz and Amy Cole spoke at the harbour forum on Monday about the new levy.",
    )
    assert _differences(comparison) == [("Jay Moss", "Beto Ruiz")]


def test_two_counts_of_one_thing_are_one_role():
    comparison = _compare(
        "The coast guard crew rescued 14 fishermen from the sinking trawler near the harbour on Sunday.",
        "Rescuers pulled 19 fishermen from a trawler that sank near the harbour on Sunday, the coast guard said.",
    )
    (conflict,) = [c for c in comparison.conflicts if c.type == "number"]
    assert conflict.kind == "conflict" and [v.text for v in conflict.values] == ["14", "19"]
