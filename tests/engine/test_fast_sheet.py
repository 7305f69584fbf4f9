"""The entity sheet's shortcuts give exactly what the plain computations they replace give.

``parts_of_one_name`` passes over the story's bodies that hold no first word of either name, and ``relate``
keeps whether two articles' employers agree (``StoryFacts.employed``) for every pair of their roles: both are
checked against the plain computation, on names and findings written for the test.
"""

from __future__ import annotations

import random

from tuicompare.engine.attrcollect import Value
from tuicompare.engine.attrparse import Finding
from tuicompare.engine.attrrelation import StoryFacts, relate
from tuicompare.engine.bodyforms import parts_of_one_name


def _plain_parts(a: list[str], b: list[str], forms: list[frozenset[str]]) -> bool:
    """``parts_of_one_name`` as it read before: every form of every body split and searched for each name."""

    def inside(part: list[str], whole: list[str]) -> bool:
        if part == whole:
            return True
        return len(part) >= 2 and any(whole[n : n + len(part)] == part for n in range(len(whole) - len(part) + 1))

    wa, wb = [k.split() for k in a if k], [k.split() for k in b if k]
    for keys in forms:
        written = [k.split() for k in keys]
        if any(inside(x, w) for x in wa for w in written) and any(inside(y, w) for y in wb for w in written):
            return True
    return False


def test_parts_of_one_name_agrees_with_the_plain_search():
    words = ["harbour", "patrol", "hp", "north", "coast", "guard", "ncg", "police"]
    rng = random.Random(11)

    def name() -> str:
        return " ".join(rng.sample(words, rng.randint(1, 3)))

    for _ in range(2000):
        forms = [frozenset(name() for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 4))]
        a = [name() for _ in range(rng.randint(0, 2))] + rng.choice([[], [""]])
        b = [name() for _ in range(rng.randint(0, 2))]
        assert parts_of_one_name(a, b, forms) == _plain_parts(a, b, forms), (a, b, forms)
    forms = [frozenset({"hp", "north coast harbour patrol"})]
    assert parts_of_one_name(["hp"], ["harbour patrol"], forms)
    assert not parts_of_one_name(["hp"], ["patrol"], forms)  # one word of a name may name anything


def _value(article: str, attribute: str, *found: tuple[str, str]) -> Value:
    value = Value()
    for text, head in found:
        finding = Finding(attribute, text, 0, len(text), f"{article}:1", 0.9, head=head, words=tuple(text.split()))
        value.add(head if attribute == "role" else text.lower(), finding)
    return value


def test_relating_roles_again_reads_the_kept_employers_alike():
    # "an inspector with Wray Police" against "a spokesman for Wray Police": a grade and a post of one body
    employers = {"a": _value("a", "employer", ("Wray Police", "")), "b": _value("b", "employer", ("Wray Police", ""))}
    roles_a = _value("a", "role", ("inspector", "inspector"), ("officer", "officer"))
    roles_b = _value("b", "role", ("spokesman", "spokesman"), ("press officer", "officer"))
    fresh = StoryFacts({}, employers=employers)
    first = relate("role", roles_a, roles_b, fresh)
    assert fresh.employed  # kept by the pair of articles
    again = relate("role", roles_a, roles_b, fresh)
    plain = relate("role", roles_a, roles_b, StoryFacts({}, employers=employers))
    assert first == again == plain
