"""Two people two outlets both name apart are two people: their names paired in loose sentences are no change.

Short articles written for the test, parsed with the real spaCy model. Two outlets name a player of
each side ("Richard Vance" of the Owls, "Tom Ellis" of the Hawks); the third names only Ellis, in a
sentence the alignment pairs with Vance's. Both other outlets naming both men apart says they are two
people, so the difference goes; when only one outlet names both, it stays a possible difference (an
outlet that renames someone seldom names the real person too, but may).
"""

from __future__ import annotations

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
