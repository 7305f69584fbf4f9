"""The day a sentence gives to another event it names ("on to Saturday's semifinals") is not its act's day.

Short sentences written for these tests, parsed with the real spaCy model. A day that owns an event noun
dates that event; against a date of a sentence that never names the event it is at most a possible
difference, while "Saturday's semifinal" against "the semifinal on Saturday" is still compared.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.datekinds import day_of_another_event, owned_event
from tuicompare.engine.features import SentenceFeatures, Span, article_features
from tuicompare.models import Article


def _date(text: str, day: str) -> tuple[SentenceFeatures, Span]:
    """The first sentence of ``text`` and its date span reading ``day``."""
    article = Article("a0", "a0.txt", "t", text)
    sentence = article_features(nlp.analyze([article])[0])[0]
    return sentence, next(s for s in sentence.spans if s.kind == "date" and s.text.startswith(day))


NEXT = "The late basket moved the Hawks along to Saturday's semifinals against the Ravens."
SPACED = "The late basket moved the Hawks along to Saturday’ s semifinals against the Ravens."
WON = "The Hawks beat the Owls 65-53 on Friday in the quarterfinals of the league tournament."


def test_a_possessive_day_owns_its_event_even_as_a_feed_spaces_it():
    assert owned_event(*_date(NEXT, "Saturday")) == "semifinal"
    assert owned_event(*_date(SPACED, "Saturday")) == "semifinal"
    assert owned_event(*_date(WON, "Friday")) == ""


def test_the_next_games_day_against_the_games_day_is_another_event():
    (a, x), (b, y) = _date(NEXT, "Saturday"), _date(WON, "Friday")
    assert day_of_another_event(a, b, x, y) and day_of_another_event(b, a, y, x)
    (c, z) = _date(SPACED, "Saturday")
    assert day_of_another_event(c, b, z, y)


def test_the_same_event_named_on_both_sides_is_still_compared():
    (a, x) = _date(NEXT, "Saturday")
    (b, y) = _date("The Hawks will meet the Ravens in the semifinals on Sunday.", "Sunday")
    assert not day_of_another_event(a, b, x, y)


def test_the_day_of_the_next_game_is_no_red_conflict():
    first = "Dan Moss scored 23 points as the Hawks beat the Owls 65-53 on Friday in the quarterfinals. " + NEXT
    second = (
        "Dan Moss scored 23 points as the Hawks beat the Owls 65-53 in the quarterfinals, moving the Hawks along"
        " to Saturday's semifinals. The Hawks had lost to the Owls twice this season."
    )
    reds = [
        values
        for kind, values in difference_sets(compare_texts(first, second, tail=NEUTRAL_TAIL))
        if kind == "conflict"
    ]
    assert {"Friday", "Saturday"} not in reds
