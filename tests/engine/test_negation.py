"""A statement denied by one source is a negation conflict; "not only" is no denial."""

from __future__ import annotations

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.models import Article

BASE = (
    "Mayor Ivan Petrov {verb} on Monday that the bridge over the Dnipro river in Kherson had collapsed after the storm."
    "\n\nRescue teams searched the river all night."
)


def _compare(*verbs: str):
    articles = [Article(f"a{n}", f"a{n}.txt", "t", BASE.format(verb=v)) for n, v in enumerate(verbs)]
    return compare(articles, nlp.analyze(articles))


def test_denial_is_a_negation_conflict():
    comparison = _compare("confirmed", "did not confirm", "confirmed")
    (conflict,) = comparison.conflicts
    assert conflict.type == "negation" and conflict.kind == "conflict"
    assert [v.text for v in conflict.values] == ["confirmed", "did not confirm"]
    assert conflict.values[0].articles == ("a0", "a2")
    mention = conflict.values[1].mentions[0]
    assert comparison.articles[1].text[mention.start : mention.end] == "did not confirm"
    (claim,) = [c for c in comparison.claims if c.conflicts]
    assert claim.stances == {"a0": "supports", "a1": "contradicts", "a2": "supports"}


def test_not_only_is_not_a_denial():
    comparison = _compare("not only confirmed", "confirmed")
    assert not [c for c in comparison.conflicts if c.type == "negation"]
