"""The cache records of the analysis stage read back: good ones whole, damaged or forged ones refused.

A story's comparison record (``partrecord``) must name its story's own articles,
sentences and ids; a bag of terms (``stored``) must be a mapping of finite weights.
A record that fails is refused with ``ValueError`` or ``None``, and the caller computes it afresh.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tuicompare.analysis import partrecord, stored


def test_story_records_are_checked_against_their_story():
    lengths = {"a": 40, "b": 40}
    good = {
        "v": stored.LAYOUT,
        "a": ["a", "b"],
        "g": [[["a:0", "b:0"], 0.9]],
        "e": [["PERSON", "X", [["a:0", "X", 0, 1]]]],
        "c": [["conflict", "attribute:age", 1, 0.9, []]],
        "k": [],
        "f": [],
        "t": [[1, "age", "conflict", 0.9, [["a", "40", [["a:0", "40", 2, 4]], 1.0]], 1]],
        "l": [["a:1", "b:0", 0.5]],
    }
    part = partrecord.load_part(json.dumps(good), lengths)
    assert len(part.groups) == 1
    assert [(k.story, k.a, k.b) for k in part.links] == [("s1", "a:1", "b:0")]
    assert [(a.entity, a.conflict, a.values[0].text) for a in part.attributes] == [("e1", "c1", "40")]
    forged = [
        {**good, "a": ["a"]},  # made for another story
        {**good, "g": [[["a:0"], "high"]]},  # a score that is not a number
        {**good, "e": [["PERSON", "X", [["a:0", "X", 30, 99]]]]},  # a mention beyond the article's text
        {**good, "c": [["conflict", "person", 2, 1.0, []]]},  # a conflict in a group that does not exist
        {**good, "k": [["claim", 1, False, {"a": "endorses"}, []]]},  # a stance of no known kind
        {**good, "k": [["\x1b[31mclaim", 1, False, {"a": "supports"}, []]]},  # an escape sequence
        {**good, "e": [["\x1b[31mPERSON", "X", []]]},  # a label that is not one
        {**good, "t": [[2, "age", "conflict", 0.9, [], 0]]},  # an attribute of an entity that does not exist
        {**good, "t": [[1, "age", "conflict", 0.9, [], 2]]},  # an attribute's conflict that does not exist
        {**good, "t": [[1, "age", "certain", 0.9, [], 0]]},  # a status of no known kind
        {**good, "t": [[1, "age", "same", 1.0, [["c", "40", [], 1.0]], 0]]},  # a value from another article
        {**{k: v for k, v in good.items() if k != "t"}},  # no entity sheet
        {**good, "l": [["a:1", "c:0", 0.5]]},  # a link to a sentence of another story
        {**good, "l": [["a:1", "a:2", 0.5]]},  # a link within one article
        {**good, "l": [["a:1", "b:0"]]},  # a link without its score
    ]
    for record in forged:
        with pytest.raises(ValueError):
            partrecord.load_part(json.dumps(record), lengths)


def test_bags_of_terms_are_read_back_and_damaged_ones_refused():
    bag = Counter({"bridge": 3, "lindau": 1, "storm": 2.5})
    assert stored.load_bag(stored.dump_bag(bag)) == bag
    damaged = [
        '{"bridge": 3',  # cut short
        '["bridge", 3]',  # not a bag
        '{"bridge": NaN}',
        '{"bridge": Infinity}',
        '{"bridge": 1e999}',  # a float JSON reads as infinite
        '{"bridge": ' + "9" * 400 + "}",  # an integer too big to be a weight
        '{"bridge": true}',
        '{"bridge": "3"}',
        '{"bridge": [3]}',
    ]
    assert [stored.load_bag(record) for record in damaged] == [None] * len(damaged)
