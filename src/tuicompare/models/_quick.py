"""A faster ``__init__`` for frozen slotted dataclasses, frozen all the same.

A frozen dataclass's generated ``__init__`` stores every field through
``object.__setattr__``, the slow path of attribute setting (about twenty
times a plain store): the engine builds thousands of spans, features, links
and report records per comparison, and that alone was some 4 % of a seeds
comparison's instructions. ``quick_init`` gives such a class an ``__init__``
with the same signature, defaults and ``__post_init__`` that fills the
fields with plain stores while the instance is briefly of a twin class with
the same slots and no frozen ``__setattr__``; CPython allows that
``__class__`` change exactly because the two layouts are the same (it sorts
slot names for it). The instance is of the frozen class before ``__init__``
returns, so nothing else ever sees the twin; ``__new__``, ``replace``,
copying and pickling are untouched.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

_T = TypeVar("_T")


def quick_init(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass (with no base class) a faster ``__init__`` that behaves the same.

    Raises:
        TypeError: ``cls`` is not such a dataclass, or uses what this ``__init__`` does not
            build (init-only variables, keyword-only fields).
    """
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ or cls.__mro__ != (cls, object):
        raise TypeError(f"{cls.__name__}: quick_init needs a frozen slotted dataclass with no base class")
    every = getattr(cls, "__dataclass_fields__")  # noqa: B009 (fields() leaves init-only variables out)
    if any(f._field_type is not dataclasses._FIELD for f in every.values()):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__name__}: quick_init does not build init-only or class variables")
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if any(f.kw_only for f in fields):
        raise TypeError(f"{cls.__name__}: quick_init does not build keyword-only fields")
    if any(f.name in ("self", "_cls", "_twin", "_set", "_FACTORY") for f in fields):
        raise TypeError(f"{cls.__name__}: a field name is one the generated __init__ uses")
    twin = type(f"_{cls.__name__}Building", (), {"__slots__": cls.__dict__["__slots__"]})
    # The sentinel the generated __init__ takes for a field with a default factory (shown as <factory>).
    factory_default = getattr(dataclasses, "_HAS_DEFAULT_FACTORY")  # noqa: B009
    names: dict[str, Any] = {"_cls": cls, "_twin": twin, "_set": object.__setattr__, "_FACTORY": factory_default}
    params_src: list[str] = []
    body = ["_set(self, '__class__', _twin)"]
    for f in fields:
        default = f"_default_{f.name}"
        factory = f"_factory_{f.name}"
        has_default = f.default is not dataclasses.MISSING
        has_factory = f.default_factory is not dataclasses.MISSING
        names[default], names[factory] = f.default, f.default_factory
        if f.init:
            if has_default:
                params_src.append(f"{f.name}={default}")
            elif has_factory:
                params_src.append(f"{f.name}=_FACTORY")
            else:
                params_src.append(f.name)
            value = f"{factory}() if {f.name} is _FACTORY else {f.name}" if has_factory else f.name
        elif has_default:
            value = default
        elif has_factory:
            value = f"{factory}()"
        else:
            continue  # an init=False field with no default stays unset, as the dataclass leaves it
        body.append(f"self.{f.name} = {value}")
    body.append("self.__class__ = _cls")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params_src)}):\n    " + "\n    ".join(body) + "\n"
    exec(source, names)  # noqa: S102 (generated from the field names, as dataclasses does)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    init.dataclass_init = cls.__init__  # the generated one, which tests compare it with
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
