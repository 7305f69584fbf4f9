"""A value changed in one outlet's copy of an aligned sentence is found.

Short articles written for these tests, analysed with the real spaCy model
and compared as one story: each pair of sentences states one fact, one
value of it changed; the tool must report the change (as a conflict, or at
least as a possible difference) and nothing for the values that agree.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts
from tuicompare.analysis import nlp
from tuicompare.engine.features import article_features
from tuicompare.engine.names import is_designated_form, same_given_name
from tuicompare.engine.spans import _inner_title
from tuicompare.models import Article, Comparison

TAIL = NEUTRAL_TAIL


def _compare(*texts: str) -> Comparison:
    return compare_texts(*texts, tail=TAIL)


def _reported(comparison: Comparison, kinds: tuple[str, ...] = ("conflict", "possible")) -> list[set[str]]:
    return [{v.text for v in c.values} for c in comparison.conflicts if c.kind in kinds]


def _mentioned(comparison: Comparison, kinds: tuple[str, ...] = ("conflict", "possible")) -> list[set[str]]:
    """Per reported difference, the texts of every mention of its values."""
    return [{m.text for v in c.values for m in v.mentions} for c in comparison.conflicts if c.kind in kinds]


def test_a_surname_changed_under_one_given_name_is_reported():
    comparison = _compare(
        "Campaign spokeswoman Lis Carrow described the new harbour ad as dishonest on Tuesday.",
        "Lis Moreno, a spokeswoman for the campaign, said on Tuesday the new harbour ad was dishonest.",
    )
    assert {"Lis Carrow", "Lis Moreno"} in _reported(comparison)


def test_one_given_name_is_no_reason_to_pair_a_name_with_another_slot():
    assert same_given_name("lis carrow", "lis moreno")
    assert same_given_name("gov paul d ryan", "paul d farenthold")
    assert not same_given_name("carrow", "lis carrow")  # a short form, not another surname
    assert not same_given_name("j carrow", "j moreno")  # initials say nothing
    assert same_given_name("w lis carrow", "w lis moreno")  # a leading initial, then the given name
    assert not same_given_name("lis carrow", "mr carrow")


def test_a_name_repeated_in_both_sentences_leaves_the_changed_one_paired_with_its_counterpart():
    comparison = _compare(
        "Sheriff Ada Vole endorsed Governor Tom Hollis for the nomination on Tuesday during a trip with"
        " Mr. Pruett through the valley.",
        "Sheriff Ada Vole endorsed Governor Dale Pruett for the nomination on Tuesday, which could give"
        " Pruett a boost in the valley.",
    )
    # Paired with its counterpart, not with the repeated name; the first article names both men, which
    # on real coverage is two people far more often than one renamed, so it is a possible difference.
    assert any({"Tom Hollis", "Dale Pruett"} <= found for found in _mentioned(comparison, ("possible",)))


def test_an_amount_drawn_from_one_named_fund_is_one_slot():
    comparison = _compare(
        "The plan also moves about $200 million from the harbour authority and another $600 million from"
        " the Treasury Department's forfeiture fund.",
        "That money includes $420 million from the Treasury Department's forfeiture fund, officials said.",
    )
    assert {"$600 million", "$420 million"} in _reported(comparison)
    assert not any("$200 million" in r for r in _reported(comparison))


def test_a_body_named_with_and_without_its_kind_is_one_referent():
    assert is_designated_form("senate foreign relations", "senate foreign relations committee")
    assert not is_designated_form("new york", "new york times")
    comparison = _compare(
        "Rubio, who sits on the Senate Foreign Relations and Senate Intelligence committees, spoke on Monday.",
        "Rubio, who sits on the Senate Foreign Relations Committee, spoke at the harbour forum on Monday.",
    )
    assert _reported(comparison) == []


def test_two_lengths_of_time_in_one_unit_are_one_slot():
    comparison = _compare(
        "The stalemate forced 800,000 harbour workers to go without pay for 35 days, officials said.",
        "The impasse closed the harbour offices for 46 days and left 800,000 workers without pay.",
    )
    assert {"35 days", "46 days"} in _reported(comparison, ("conflict",))


def test_lengths_of_time_in_different_units_are_not_compared():
    comparison = _compare(
        "The mayor reopened the harbour offices for three weeks on Friday, after a long stalemate.",
        "The stalemate closed the harbour offices for 35 days before the mayor acted on Friday.",
    )
    assert _reported(comparison) == []


def test_a_hedged_amount_from_one_named_fund_is_at_least_a_possible_difference():
    comparison = _compare(
        "That money includes about $600 million from the Treasury Department's forfeiture fund.",
        "The White House also plans to shift another $420 million from the Treasury Department's forfeiture"
        " fund to the harbour wall next year.",
    )
    assert {"about $600 million", "$420 million"} in _reported(comparison)


def test_a_capitalised_adjective_opening_a_sentence_is_no_role():
    comparison = _compare(
        "Controversial Ohio Sheriff Dale Pruett announced on Tuesday he will endorse Governor Tom Hollis.",
        "Iowa Sheriff Dale Pruett, known for his tough stances, endorsed Governor Tom Hollis on Tuesday.",
    )
    assert {e.name: e.label for e in comparison.entities}["Ohio"] == "place"
    assert {"Ohio", "Iowa"} in _reported(comparison, ("conflict",))


def test_a_place_qualifying_a_title_after_it_takes_no_role_before_it():
    comparison = _compare(
        "The four-term Ohio senator voted on Friday to block the harbour spending bill.",
        "The four-term Iowa senator voted on Friday to block the harbour spending bill.",
    )
    labels = {e.name: e.label for e in comparison.entities}
    assert labels["Ohio"] == labels["Iowa"] == "place"


def test_a_passing_mention_does_not_take_the_counterpart_of_a_changed_name():
    comparison = _compare(
        "Rep. Ann Poe is under fire after a video surfaced Tuesday, in the middle of Roe's campaign for the"
        " harbour seat.",
        "Rep. Ann Roe, who is running to succeed retiring Sen. Tom Vale, faced tough coverage Tuesday after the"
        " video surfaced.",
    )
    assert any({"Ann Poe", "Ann Roe"} <= found for found in _mentioned(comparison))


def test_a_changed_place_of_a_title_is_found_when_its_article_names_the_other_place_elsewhere():
    comparison = _compare(
        "Iowa Gov. Jay Marsh announced Monday that he would ban state-funded travel to Harbourton. Besides Ohio"
        " and Texas, two cities have also imposed bans on travel to Harbourton.",
        "Ohio Gov. Jay Marsh announced Monday that he would ban state-funded travel to Harbourton. Besides Ohio"
        " and Texas, two cities have also imposed bans on travel to Harbourton.",
    )
    assert {"Iowa", "Ohio"} in _reported(comparison, ("conflict",))


def test_a_title_inside_a_recognised_name_is_its_role():
    # The small model sometimes puts the title inside the person ("Representative Ann Poe" as one
    # PERSON), for names it does not know; the title is then read as the role, as one before the name.
    assert _inner_title(100, "Representative Ann Poe") == (("representative",), (100, 114, "Representative"))
    assert _inner_title(0, "Gov. Ann Poe")[0] == ("gov",)
    assert _inner_title(0, "Mr. Ann Poe") == ((), None)  # a courtesy title is no role
    assert _inner_title(0, "Ann Poe") == ((), None)
    assert _inner_title(0, "President Poe") == ((), None)  # too short to tell a title from a first name
    text = "The newest lawmaker to learn that lesson was Representative Dale Hobbs, an Ohio Democrat."
    article = Article("a0", "a0.txt", "t", text)
    spans = [s for f in article_features(nlp.analyze([article])[0], None) for s in f.spans]
    assert "representative" in next(s for s in spans if "Dale Hobbs" in s.text).role


def test_dates_of_one_act_by_one_actor_are_one_slot():
    comparison = _compare(
        "Harbour Watch, a conservative group that tracks the council, posted the footage on YouTube on Tuesday.",
        "The mayor's remarks were released Saturday by Harbour Watch, a conservative group that tracks the council.",
    )
    assert {"Tuesday", "Saturday"} in _reported(comparison)


def test_two_statements_by_one_speaker_on_two_days_are_no_difference():
    comparison = _compare(
        "Mayor Ann Poe warned on Monday that the harbour bridge would close for repairs next spring.",
        "The harbour ferry fares will rise by a small amount next spring, Mayor Ann Poe said Friday.",
    )
    assert _reported(comparison) == []
