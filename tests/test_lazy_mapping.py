"""``lazy.OnFirstLookup``: a reading built only when asked, once, with the same answers as built at once."""

from __future__ import annotations

from tuicompare.engine.containment import held_in_story, story_holds
from tuicompare.lazy import OnFirstLookup

_TEXTS = ["The fire began in Ashcombe, Kestrelshire, before dawn.", "Crews reached Ashcombe High Street at six."]


def test_nothing_is_built_until_something_looks() -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"a": 1}

    lazy = OnFirstLookup(build)
    assert calls == []
    assert lazy.get("b") is None and lazy.get("b", 7) == 7
    assert lazy["a"] == 1 and dict(lazy) == {"a": 1} and len(lazy) == 1
    assert calls == [1]  # built on the first look-up, never again


def test_a_story_read_lazily_holds_what_it_holds_read_at_once() -> None:
    eager = story_holds(_TEXTS)
    lazy = OnFirstLookup(lambda: story_holds(_TEXTS))
    assert dict(lazy) == eager
    assert held_in_story("Ashcombe High Street", "Kestrelshire", lazy)
    assert not held_in_story("Kestrelshire", "Dallas", lazy)
