"""Union-find gives the components that following the unions by hand gives, in first-seen order.

Story clustering, alignment, entity resolution and conflict merging read
``groups`` for their ids: the order must not depend on how the sets were merged.
"""

from __future__ import annotations

import random

from tuicompare.engine.dsu import DisjointSet


def _components(items: list[str], unions: list[tuple[str, str]]) -> list[list[str]]:
    """Components by repeated merging of member lists, each listed in first-seen order."""
    seen = list(dict.fromkeys(items + [x for pair in unions for x in pair]))
    label = {x: n for n, x in enumerate(seen)}
    for a, b in unions:
        old, new = label[b], label[a]
        label = {x: new if k == old else k for x, k in label.items()}
    out: dict[int, list[str]] = {}
    for x in seen:
        out.setdefault(label[x], []).append(x)
    return list(out.values())


def test_groups_match_the_unions_followed_by_hand():
    rng = random.Random(11)
    for _ in range(200):
        words = [f"s{n}" for n in range(rng.randint(1, 30))]
        items = rng.sample(words, rng.randint(0, len(words)))
        unions = [(rng.choice(words), rng.choice(words)) for _ in range(rng.randint(0, 25))]
        dsu = DisjointSet(items)
        merged = [dsu.union(a, b) for a, b in unions]
        # union says whether it merged two components: the same answer as before it, asked with ``same``
        check = DisjointSet(items)
        assert merged == [not check.same(a, b) and check.union(a, b) for a, b in unions]
        assert dsu.groups() == _components(items, unions)
        for group in dsu.groups():
            assert len({dsu.find(x) for x in group}) == 1


def test_find_adds_a_new_item_as_its_own_component():
    dsu = DisjointSet(["a", "b"])
    assert dsu.find("c") == "c"
    assert dsu.groups() == [["a"], ["b"], ["c"]]
    dsu.union("c", "a")
    assert dsu.same("a", "c") and not dsu.same("a", "b")
    assert dsu.groups() == [["a", "c"], ["b"]]
