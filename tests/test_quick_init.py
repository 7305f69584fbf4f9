"""``quick_init`` builds frozen dataclasses exactly as the dataclass-generated ``__init__`` does, only faster.

Checked on a dataclass written for the test with every kind of field the
decorator accepts, on the classes the engine and the report records use, and
end to end: the comparison of short articles written for the test, parsed by
the real spaCy model, is the same JSON whichever ``__init__`` built its objects.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import json
import pickle

import pytest

from tuicompare.analysis import nlp
from tuicompare.engine import compare
from tuicompare.engine.attrcompare import SheetRow
from tuicompare.engine.attrparse import Finding
from tuicompare.engine.entities import ResolvedEntity
from tuicompare.engine.features import SentenceFeatures
from tuicompare.engine.slot import Span
from tuicompare.models import Article, quick_init
from tuicompare.models import comparison as records
from tuicompare.report.jsonformat import to_json


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    name: str
    count: int = 3
    tags: tuple[str, ...] = ()
    notes: list[str] = dataclasses.field(default_factory=list)
    seen: int = dataclasses.field(default=7, init=False)
    extra: dict[str, int] = dataclasses.field(default_factory=dict, init=False)
    total: int = dataclasses.field(default=0, init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", self.count + len(self.notes))


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Quick:
    name: str
    count: int = 3
    tags: tuple[str, ...] = ()
    notes: list[str] = dataclasses.field(default_factory=list)
    seen: int = dataclasses.field(default=7, init=False)
    extra: dict[str, int] = dataclasses.field(default_factory=dict, init=False)
    total: int = dataclasses.field(default=0, init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", self.count + len(self.notes))


def _values(obj: object) -> list[object]:
    return [getattr(obj, f.name) for f in dataclasses.fields(obj)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [(("a",), {}), (("b", 5), {}), (("c",), {"tags": ("x",), "notes": ["n", "m"]}), ((), {"name": "d", "count": 0})],
)
def test_quick_init_fills_every_field_as_the_generated_init_does(args, kwargs):
    plain, quick = _Plain(*args, **kwargs), _Quick(*args, **kwargs)
    assert type(quick) is _Quick
    assert _values(quick) == _values(plain)
    assert quick.total == plain.total  # __post_init__ ran, on the frozen instance
    assert _Quick(*args, **kwargs) == quick and hash(dataclasses.astuple(quick)[:3]) is not None


def test_quick_instances_stay_frozen_and_copy_replace_and_pickle_alike():
    quick = _Quick("a", 2, notes=["x"])
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.name = "b"  # type: ignore[misc]
    assert _Quick("a").notes is not _Quick("a").notes  # a fresh list per instance, as default_factory gives
    assert dataclasses.replace(quick, count=4) == _Quick("a", 4, notes=["x"])
    assert copy.copy(quick) == quick and copy.deepcopy(quick) == quick
    assert pickle.loads(pickle.dumps(quick)) == quick
    with pytest.raises(TypeError):
        _Quick()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Quick("a", 1, (), [], 9)  # type: ignore[call-arg]  # init=False fields take no argument
    assert inspect.signature(_Quick) == inspect.signature(_Plain)


def test_quick_init_refuses_classes_it_cannot_build_alike():
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
    class KeywordOnly:
        a: int

    for cls in (NoSlots, NotFrozen, KeywordOnly):
        with pytest.raises(TypeError):
            quick_init(cls)


_USED = [Span, SentenceFeatures, Finding, ResolvedEntity, SheetRow] + [
    cls for cls in vars(records).values() if isinstance(cls, type) and dataclasses.is_dataclass(cls)
]

_TEXTS = [
    "Mayor Ines Okafor, 58, opened the new Lune bridge in Halton on Friday. It cost £12 million and carries "
    "4,000 cars a day. The council did not publish the toll.",
    "On Friday the Lune bridge was opened by Ines Okafor, the mayor. Some 5,000 cars cross it every day; it "
    "cost £14 million, the council said.",
]


def test_the_comparison_is_the_same_whichever_init_built_it():
    quick = [cls for cls in _USED if hasattr(cls.__init__, "dataclass_init")]
    assert Span in quick and records.Mention in quick and records.Comparison in quick
    articles = [Article(f"a{n}", f"a{n}.txt", "t", text) for n, text in enumerate(_TEXTS)]
    analyses = nlp.analyze(articles)
    fast = json.dumps(to_json(compare(articles, analyses)), sort_keys=True)
    inits = {cls: cls.__init__ for cls in quick}
    try:
        for cls in quick:
            cls.__init__ = cls.__init__.dataclass_init  # type: ignore[misc]
        plain = json.dumps(to_json(compare(articles, analyses)), sort_keys=True)
    finally:
        for cls, init in inits.items():
            cls.__init__ = init  # type: ignore[misc]
    assert json.loads(fast)["conflicts"]  # the texts disagree: there is something to compare
    assert fast == plain
