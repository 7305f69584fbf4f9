"""Two people given one title, where the second sentence names the first by surname: two people, not one renamed.

"Sheriff's Deputy Dana Kell" against "Sheriff's Deputy Tom Weir, who had
been Kell's partner for a year": the second sentence names Kell too, so Weir
is someone else, not a changed name for Kell. An article that names Kell
otherwise ("Deputy Ramon 'Dana' Kell") may have its "Kell" resolved to an
entity of its own; the surname still tells it is the other sentence's
person (``participants.counterpart_named``). Sentences written for the test,
parsed with the real spaCy model.
"""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine.features import SentenceFeatures, article_features
from tuicompare.engine.participants import other_people
from tuicompare.models import Article


def _features(article: str, text: str) -> SentenceFeatures:
    articles = [Article(article, f"{article}.txt", "t", text)]
    return article_features(nlp.analyze(articles)[0])[0]


def _people(sentence: SentenceFeatures) -> dict[str, object]:
    return {s.text: s for s in sentence.spans if s.kind == "name"}


def test_a_surname_resolved_to_another_entity_still_names_the_first_person():
    first = _features("a0", "Sheriff's Deputy Dana Kell was honoured at the station on Friday.")
    second = _features("a1", "Sheriff's Deputy Tom Weir, who had been Kell's partner for a year, spoke at the station.")
    kell, weir, surname = _people(first)["Dana Kell"], _people(second)["Tom Weir"], _people(second)["Kell"]
    # Three entities: the second article's "Kell" kept apart from the first's "Dana Kell".
    entity_of = {kell: 0, weir: 1, surname: 2}
    named = [{0}, {1, 2}]
    assert other_people(first, second, kell, weir, [set(), {1}], named, entity_of)


def test_a_name_the_other_sentence_does_not_hold_is_no_counterpart():
    first = _features("a0", "Sheriff's Deputy Dana Kell was honoured at the station on Friday.")
    second = _features(
        "a1", "Sheriff's Deputy Tom Weir, who had been Ann Roe's partner for a year, spoke at the station."
    )
    kell, weir, roe = _people(first)["Dana Kell"], _people(second)["Tom Weir"], _people(second)["Ann Roe"]
    entity_of = {kell: 0, weir: 1, roe: 2}
    assert not other_people(first, second, kell, weir, [set(), set()], [{0}, {1, 2}], entity_of)
