"""Two people two outlets both name apart are two people: their names paired in loose sentences are no change.

Short articles written for the test, parsed with the real spaCy model. Two outlets name a player of
each side ("Richard Vance" of the Owls, "Tom Ellis" of the Hawks); the third names only Ellis, in a
sentence the alignment pairs with Vance's. Both other outlets naming both men apart says they are two
people, so the difference goes; when only one outlet names both, it stays a possible difference (an
outlet that renames someone seldom names the real person too, but may). Two sources, each the subject of
his own report in loosely linked sentences, are two people when one outlet names both
(``figureholders.named_together``: two reporters, each with his own report).
"""

from __future__ import annotations

from tests.support.texts import NEUTRAL_TAIL, compare_texts, differences
from tuicompare.analysis import nlp
from tuicompare.engine.elsewhere import article_keys, stated_elsewhere
from tuicompare.engine.entities import resolve
from tuicompare.engine.features import article_features
from tuicompare.engine.observations import Observation
from tuicompare.models import Article

BOTH = "Richard Vance scored 14 points for the Owls. Tom Ellis led the Hawks with 20 points."
ONLY_VANCE = "The Owls lost in the final minute. Richard Vance scored 14 points for the Owls."
ELLIS = "The Hawks won in the final minute. Tom Ellis scored five of the first eight points."


def _difference(*texts: str) -> tuple[Observation, dict[str, frozenset[str]]]:
    """A person difference between "Richard Vance" (article a0) and "Tom Ellis" (the last article)."""
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate(texts)]
    features = {a.id: article_features(an) for a, an in zip(articles, nlp.analyze(articles), strict=True)}
    spans = [s for sentences in features.values() for f in sentences for s in f.spans]
    entity_of = {s: k for k, e in enumerate(resolve(spans)) for s in e.spans}
    last = articles[-1].id
    x = next(s for f in features["a0"] for s in f.spans if s.text == "Richard Vance")
    y = next(s for f in features[last] for s in f.spans if s.text == "Tom Ellis")
    pair = ((x, x.text), (y, y.text))
    found = Observation("conflict", "person", ("name", str(entity_of[x])), ("name", str(entity_of[y])), pair, 0.5, 0.9)
    return found, article_keys(features, entity_of)


def test_two_people_two_outlets_name_apart_are_no_difference():
    found, keys = _difference(BOTH, BOTH.replace("Owls.", "Owls on Friday."), ELLIS)
    assert stated_elsewhere([found], keys, cut=0.45) == []


def test_two_people_one_outlet_names_apart_stay_a_possible_difference():
    found, keys = _difference(BOTH, ONLY_VANCE, ELLIS)
    (kept,) = stated_elsewhere([found], keys, cut=0.45)
    assert kept.confidence < 0.45


RADIO = "Ann Roe reported on her radio show on Monday that the Hawks have offered the pitcher Tom Baxter a long deal."
PAPER = " Bob Kane wrote in the Herald that the Hawks had also met the pitcher's agent twice."
KANE = (
    "Bob Kane reports that the Hawks are now the favourites to sign Tom Baxter, whose agent met three teams this week."
)


def test_two_people_one_outlet_names_both_in_loosely_linked_sentences_are_no_difference():
    # Two reporters, each with his own report: the first outlet names both.
    assert differences(compare_texts(RADIO + PAPER, KANE, tail=NEUTRAL_TAIL)) == []


def test_a_reporter_the_other_outlet_never_names_stays_a_possible_difference():
    assert differences(compare_texts(RADIO, KANE, tail=NEUTRAL_TAIL)) == [("possible", ("Ann Roe", "Bob Kane"))]


def test_a_name_changed_in_one_statement_still_differs_when_the_outlet_names_both():
    # Sentences alike but for the name: one statement given to another person, whoever else the outlet names.
    first = "Ann Roe reported that the Hawks offered the pitcher Tom Baxter a five-year deal worth $90 million."
    second = first.replace("Ann Roe reported", "Bob Kane reported")
    found = differences(compare_texts(first + PAPER, second, tail=NEUTRAL_TAIL))
    assert [kind for kind, values in found if set(values) == {"Ann Roe", "Bob Kane"}] in (["conflict"], ["possible"])


def test_two_names_in_other_roles_one_outlet_names_both_stay_a_possible_difference():
    # Not sources: who scored is one role of one fact, and the outlet that names both may have renamed the scorer.
    first = (
        "Dan Hollis scored the late winner as the Hawks beat the Owls 2-1 in front of a full stadium on Friday night."
    )
    both = first + " Tom Ellis watched the game from the stands with his family."
    other = "Tom Ellis scored for the Hawks in the last minute, and the home crowd stormed the pitch at the whistle."
    assert differences(compare_texts(both, other, tail=NEUTRAL_TAIL)) == [("possible", ("Dan Hollis", "Tom Ellis"))]
