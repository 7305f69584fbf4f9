"""A set of differing values takes its tier from its strongest pair, whatever the order the pairs were seen in."""

from __future__ import annotations

from itertools import permutations

from tuicompare.engine.conflictmerge import merge_observations
from tuicompare.engine.features import Span
from tuicompare.engine.observations import Observation


def _value(article: str, text: str) -> tuple[Span, str]:
    span = Span(f"{article}:0", 10, 10 + len(text), text, "CARDINAL", "number", text, "number")
    return span, text


def test_a_variant_seen_after_a_conflict_does_not_hide_it():
    # "14" and "about 14" are one figure in other words; "16" contradicts both.
    a, b, c = _value("a", "14"), _value("b", "about 14"), _value("c", "16")
    pairs = [
        Observation("variant", "number", ("14",), ("~14",), (a, b), 1.0),
        Observation("conflict", "number", ("14",), ("16",), (a, c), 1.0),
        Observation("conflict", "number", ("~14",), ("16",), (b, c), 1.0),
    ]
    for order in permutations(pairs):
        (found,) = merge_observations(list(order), {"a": 0, "b": 1, "c": 2})
        assert found.kind == "conflict", [o.kind for o in order]
        assert {v.text for v in found.values} == {"14", "about 14", "16"}
