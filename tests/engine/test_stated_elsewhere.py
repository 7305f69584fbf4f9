"""Two figures each outlet states both of are two facts, not one fact changed.

A false alarm class of the second fresh ECB+ gold (a tuning set since
session 5): a player's points in the game and in one run, paired by the
alignment although each article gives both. Short articles written for the
test, compared with the real spaCy model.
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, difference_sets
from tuicompare.analysis import nlp
from tuicompare.engine.elsewhere import article_keys, stated_elsewhere
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import article_features
from tuicompare.engine.observations import Observation
from tuicompare.models import Article

TAIL = NEUTRAL_TAIL
GAME = (
    "and the Hawks beat the Owls 65-53 on Friday in the quarterfinals of the league tournament. "
    "The Hawks will play the Ravens in the semifinals on Saturday. "
)
BOTH_A = "Dan Moss scored 23 points " + GAME + "Moss had five points in a pivotal run after halftime."
BOTH_B = "Dan Moss had five points in a pivotal run " + GAME + "Moss led all players with 23 points."


def test_figures_both_outlets_state_are_no_difference():
    assert difference_sets(compare_texts(BOTH_A, BOTH_B, tail=TAIL)) == []


def test_a_figure_only_one_outlet_states_is_still_a_conflict():
    changed = BOTH_B.replace("five points", "nine points")
    found = difference_sets(compare_texts(BOTH_A, changed, tail=TAIL))
    assert any(kind == "conflict" and {"five", "nine"} <= {w.split()[0] for w in values} for kind, values in found)


def _pair(first: str, second: str, left: str, right: str) -> tuple[Observation, dict[str, frozenset[str]], dict]:
    """A name conflict between ``left`` (article a0) and ``right`` (a1), parsed from real text."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate((first, second))]
    features = {a.id: article_features(an) for a, an in zip(articles, nlp.analyze(articles), strict=True)}
    spans = [s for sentences in features.values() for f in sentences for s in f.spans]
    resolved = resolve(spans)
    entity_of = {s: k for k, e in enumerate(resolved) for s in e.spans}
    x = next(s for s in features["a0"][-1].spans if s.text == left)
    y = next(s for s in features["a1"][-1].spans if s.text == right)
    found = Observation(
        "conflict", "person", ("name", str(entity_of[x])), ("name", str(entity_of[y])), ((x, left), (y, right)), 1.0
    )
    texts = {a.id: a.text for a in articles}
    return found, article_keys(features, entity_of), texts


def test_a_surname_the_recogniser_missed_still_names_the_person():
    found, keys, texts = _pair(
        "Gibbs ended the run with two charity shots. Richard Carter had 12 points and four assists.",
        "Richard Carter scored 12 points for the Owls. Grant Gibbs had eight assists.",
        "Richard Carter",
        "Grant Gibbs",
    )
    assert stated_elsewhere([found], keys) == [found]  # the recogniser alone: the first never names Gibbs
    assert stated_elsewhere([found], keys, texts) == []


def test_a_surname_written_by_one_article_only_keeps_the_conflict():
    found, keys, texts = _pair(
        "The run ended with two charity shots. Richard Carter had 12 points and four assists.",
        "Richard Carter scored 12 points for the Owls. Grant Gibbs had eight assists.",
        "Richard Carter",
        "Grant Gibbs",
    )
    assert stated_elsewhere([found], keys, texts) == [found]


def test_a_family_name_both_people_share_does_not_name_the_other():
    # "Lena Varga" and "Rosa Varga": each article writes "Varga", which names either sister, not the other one.
    found, keys, texts = _pair(
        "The mayor thanked Ann and Lena Varga for the gift.",
        "The mayor thanked Ann and Rosa Varga for the gift.",
        "Lena Varga",
        "Rosa Varga",
    )
    assert stated_elsewhere([found], keys, texts) == [found]


DEAL = "Intel agreed on Tuesday to buy the server maker Cobalt Systems for $300 million in cash, said {}. "
SPOKESMAN = (
    DEAL.format("Tom Reyes, a spokesman for the chip maker") + "The deal is the largest in the industry this year."
)
ANALYST = DEAL.format("Jane Kowalski, an analyst") + "The deal is the biggest in the business this year."


def test_two_people_one_article_quotes_both_are_at_most_a_possible_difference():
    both = SPOKESMAN + " Analyst Jane Kowalski of Mercer Research said the price was fair."
    assert difference_sets(compare_texts(both, ANALYST, tail=TAIL)) == [("possible", {"Tom Reyes", "Jane Kowalski"})]


def test_another_speaker_no_article_names_beside_the_first_is_still_a_conflict():
    alone = SPOKESMAN + " Analysts said the price was fair."
    assert difference_sets(compare_texts(alone, ANALYST, tail=TAIL)) == [("conflict", {"Tom Reyes", "Jane Kowalski"})]


def test_two_people_a_third_article_names_both_of_are_at_most_a_possible_difference():
    alone = SPOKESMAN + " Analysts said the price was fair."
    third = (
        "Cobalt Systems makes servers for large data centres. Tom Reyes, a spokesman for Intel, declined to"
        " discuss the price. Jane Kowalski, an analyst at Mercer Research, called the deal a bargain."
    )
    found = difference_sets(compare_texts(alone, ANALYST, third, tail=TAIL))
    assert ("conflict", {"Tom Reyes", "Jane Kowalski"}) not in found
    assert ("possible", {"Tom Reyes", "Jane Kowalski"}) in found
