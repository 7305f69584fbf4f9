"""Rerun a benchmark with one field of ``engine.tuning.TUNING`` replaced (``--sweep stage.field=v1,v2``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace

from tuicompare.engine import tuning


def _parse(spec: str) -> tuple[str, str, list[str]]:
    name, _, values = spec.partition("=")
    stage, _, attr = name.strip().partition(".")
    if not attr or not values:
        raise SystemExit(f"--sweep wants STAGE.FIELD=v1,v2 (e.g. conflicts.link_min=0.3,0.4), not {spec!r}")
    if stage not in {f.name for f in fields(tuning.Tuning)}:
        raise SystemExit(f"--sweep: no stage {stage!r} in Tuning ({', '.join(f.name for f in fields(tuning.Tuning))})")
    known = {f.name for f in fields(getattr(tuning.TUNING, stage))}
    if attr not in known:
        raise SystemExit(f"--sweep: no field {attr!r} in {stage} ({', '.join(sorted(known))})")
    return stage, attr, [v.strip() for v in values.split(",") if v.strip()]


def sweep_values(spec: str | None) -> list[tuple[str, str | None]]:
    """``(label, value)`` per value of the sweep; one unlabelled run when there is no sweep."""
    if not spec:
        return [("", None)]
    stage, attr, values = _parse(spec)
    return [(f"{stage}.{attr}={v}", v) for v in values]


def _cast(old: object, value: str) -> object:
    if isinstance(old, bool):
        return value.lower() in {"1", "true", "yes"}
    return type(old)(value) if isinstance(old, int | float | str) else value


@contextmanager
def swept(spec: str | None, value: str | None) -> Iterator[tuning.Tuning]:
    """Replace the swept field of ``TUNING`` inside the block, everywhere the engine bound it.

    Stages read ``TUNING`` at call time, either as ``tuning.TUNING`` or through a
    module-level ``from tuicompare.engine.tuning import TUNING``; both are
    rebound here and restored afterwards.
    """
    old = tuning.TUNING
    if not spec or value is None:
        yield old
        return
    stage, attr, _ = _parse(spec)
    part = getattr(old, stage)
    new = replace(old, **{stage: replace(part, **{attr: _cast(getattr(part, attr), value)})})
    with with_tuning(new) as tuned:
        yield tuned


@contextmanager
def with_tuning(new: tuning.Tuning) -> Iterator[tuning.Tuning]:
    """Run the block with ``new`` as ``TUNING``, everywhere the engine bound it (see ``swept``)."""
    old = tuning.TUNING
    # Import every stage first: a stage imported inside the block would keep the swept value for good.
    import tuicompare.engine.build  # noqa: F401

    holders = [
        m
        for name, m in list(sys.modules.items())
        if name.startswith("tuicompare.") and m is not tuning and isinstance(getattr(m, "TUNING", None), tuning.Tuning)
    ]
    readers = [m for name, m in list(sys.modules.items()) if name.startswith("tuicompare.engine.") and m is not tuning]
    if not holders and not any(getattr(m, "tuning", None) is tuning for m in readers):
        print("warning: no engine module reads TUNING yet; the sweep changes nothing", file=sys.stderr)
    tuning.TUNING = new
    for m in holders:
        setattr(m, "TUNING", new)  # noqa: B010 (a module attribute, not a typo of m.TUNING)
    try:
        yield new
    finally:
        tuning.TUNING = old
        for m in holders:
            setattr(m, "TUNING", old)  # noqa: B010
