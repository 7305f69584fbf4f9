"""The one date of two sentences that agree on everything else is one event's date (issue 10).

Short articles written for these tests, compared as one story with the real spaCy model. "Thieves
smashed through the window of the shop ... on Friday" against "A gang rammed a car into the shop ...
early on Monday": two verbs no lexicon joins, no entity acting in both, but each sentence states one
date on a verb of an act and the two share every other value (the shop, the town): the dates are of one
raid, a red conflict (``soledates.sole_dates``; unreported before it). A statement's day, a second date
in a sentence, or another value that differs keep the dates apart.
"""

from __future__ import annotations

from tests.support.texts import red_and_possible

_SMASHED = "Thieves smashed through the window of the Lorne Jewellers shop in Dunmore on Friday and escaped with rings."
_DAYS = frozenset({"Friday", "Monday"})


def test_the_one_date_of_two_sentences_sharing_every_other_value_conflicts():
    red, _possible = red_and_possible(
        _SMASHED, "A gang rammed a car into the Lorne Jewellers shop in Dunmore early on Monday."
    )
    assert _DAYS in red


def test_a_statement_s_day_is_not_the_act_s():
    # "announced on Monday": the day of the announcement, not of the raid.
    red, possible = red_and_possible(
        _SMASHED, "The Lorne Jewellers shop in Dunmore will close for good, its owner announced on Monday."
    )
    assert _DAYS not in red | possible


def test_a_second_date_in_the_sentence_leaves_the_day_unsure():
    # Two dates on one side: which is the raid's is not said by the sentences agreeing.
    red, _possible = red_and_possible(
        _SMASHED,
        "A gang rammed a car into the Lorne Jewellers shop in Dunmore early on Monday and took watches"
        " worth $40,000 in 2023.",
    )
    assert _DAYS not in red


def test_another_value_that_differs_is_the_difference_not_the_day():
    red, _possible = red_and_possible(
        _SMASHED, "A gang rammed a car into the Lorne Jewellers shop in Kelso early on Monday."
    )
    assert frozenset({"Dunmore", "Kelso"}) in red
    assert _DAYS not in red


# One shared value is enough when the story names it rarely (``ConflictTuning.sole_date_rare_share``): the
# town of the raid, named in its two sentences only, beside ten sentences each outlet gives the mayor.
_MAYOR = (
    "{0}, said the town was shocked. {1} asked for more police patrols. {1} met shop owners. {1} will speak to"
    " the council. {1} thanked the firefighters. {1} praised the neighbours. {1} called for calm. {1} said the"
    " town would recover. {1} visited the street. {1} went home."
)
_RAMMED = "A gang rammed a stolen car into a jewellery shop in Dunmore early on Monday before fleeing with watches. "
_BROKE = "Thieves smashed through the front window of a jewellery shop in Dunmore on Friday and escaped with rings. "


def _story(mayor: str, named: str) -> tuple[str, str]:
    return _BROKE + _MAYOR.format(mayor, named), _RAMMED + _MAYOR.format(mayor, named)


def test_one_shared_value_the_story_names_rarely_dates_one_event():
    red, _possible = red_and_possible(*_story("Ann Roe, the mayor", "Ann Roe"))
    assert _DAYS in red


def test_one_shared_value_the_story_names_everywhere_is_no_evidence():
    # The town is named beside the mayor in every sentence: the story's setting, not the raid's.
    red, possible = red_and_possible(*_story("Ann Roe, the mayor of Dunmore", "Dunmore mayor Ann Roe"))
    assert _DAYS not in red | possible


def test_a_shooting_and_its_verdict_sharing_the_victim_keep_their_days():
    # The victim, named in every sentence, is the one shared value of the shooting and the verdict.
    red, possible = red_and_possible(
        "Mara Quill was shot dead outside a bar on March 3. Mara Quill had coached the rowing team for twenty"
        " years. Mara Quill was known across the town.",
        "A jury convicted a man of the murder of Mara Quill on Thursday. Mara Quill had coached the rowing team."
        " The family of Mara Quill wept in court.",
    )
    assert not any("Thursday" in pair for pair in red | possible)
