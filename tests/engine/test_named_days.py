"""A weekday that names something else ("Patch Tuesday", "in Thursday's Tech Roundup") is no date of the act.

Short sentences written for these tests, parsed with the real spaCy model. A weekday ending a name
(a recurring day or an event called after one) never pairs with a date; a weekday owning a noun or a
name ("Thursday's Tech Roundup", "Saturday's semifinals") dates that thing, and against a date of a
loosely linked sentence that never names it the two are two facts: no difference at all.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.datekinds import day_in_a_name, day_of_another_event, owned_event
from tuicompare.engine.features import SentenceFeatures, Span, article_features
from tuicompare.models import Article


def _date(text: str, day: str) -> tuple[SentenceFeatures, Span]:
    """The first sentence of ``text`` and its date span reading ``day``."""
    article = Article("a0", "a0.txt", "t", text)
    sentence = article_features(nlp.analyze([article])[0])[0]
    return sentence, next(s for s in sentence.spans if s.kind == "date" and s.text.startswith(day))


CYCLE = "Researchers saw the first attacks on the Zephyr flaw last week, after Acme's monthly “Patch Tuesday” update."
COLUMN = "In Thursday's Tech Roundup, Ann Roe reads what bloggers say about the vendor's emergency patch."
ISSUED = "The vendor issued an emergency patch on Wednesday for a flaw in its web browser."


def test_a_weekday_ending_a_name_is_no_date_of_the_act():
    assert day_in_a_name(*_date(CYCLE, "Tuesday"))
    assert not day_in_a_name(*_date(ISSUED, "Wednesday"))
    assert not day_in_a_name(*_date("Chief executive Ann Roe Tuesday issued a patch for the flaw.", "Tuesday"))
    assert not day_in_a_name(
        *_date("A car hit a woman in the lot of the Bloomington Sam's Club Wednesday night.", "Wednesday")
    )
    # A firm's name before the act's day, which the parse reads as the weekday's compound.
    assert not day_in_a_name(
        *_date("To support greener computing, Acme Monday announced it would buy Zephyr.", "Monday")
    )
    assert not day_in_a_name(*_date("The vendor said Tuesday that it would issue a patch.", "Tuesday"))


def test_a_weekday_owning_a_name_dates_that_name():
    (a, x), (b, y) = _date(COLUMN, "Thursday"), _date(ISSUED, "Wednesday")
    assert owned_event(a, x) == "roundup"
    assert day_of_another_event(a, b, x, y)


def test_a_columns_day_is_no_difference_with_the_patchs_day():
    first = (
        "Acme issued an emergency patch for its Zephyr web browser on Wednesday to plug a flaw that attackers were"
        " exploiting. Acme estimated Monday that one in 500 Zephyr users had visited sites that try to exploit it."
    )
    second = (
        "In Thursday's Tech Roundup, Ann Roe watches bloggers watch Acme's emergency patch for its Zephyr web"
        " browser, which plugs a flaw attackers were exploiting. Researchers saw the first attacks on the Zephyr"
        " flaw last week, shortly after Acme's monthly “Patch Tuesday” update."
    )
    found = difference_sets(compare_texts(first, second, tail=NEUTRAL_TAIL))
    assert not [values for _kind, values in found if values & {"Thursday", "Tuesday"}]


def test_the_day_of_the_next_game_is_no_difference_in_loosely_linked_sentences():
    first = "Dan Moss scored 23 points as the Hawks beat the Owls 65-53 on Friday in the quarterfinals of the cup."
    second = (
        "The late basket sealed the 65-53 win over the Owls in the quarterfinals and moved the Hawks along to"
        " Saturday's semifinals."
    )
    found = difference_sets(compare_texts(first, second, tail=NEUTRAL_TAIL))
    assert not [values for _kind, values in found if values == {"Friday", "Saturday"}]


def test_two_days_of_one_named_event_still_differ():
    first = "The Hawks will meet the Ravens in Saturday's semifinal at the city arena, the league said."
    second = "The Hawks will meet the Ravens in the semifinal on Sunday at the city arena, the league said."
    found = difference_sets(compare_texts(first, second, tail=NEUTRAL_TAIL))
    assert [kind for kind, values in found if values == {"Saturday", "Sunday"}]
