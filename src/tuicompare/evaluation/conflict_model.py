"""A learned decision between a conflict and a false alarm: features, a numpy logistic fit, a threshold.

Research tooling for ``benchmarks/conflict_model.py`` (leave one gold out); the engine does not use it.
Each reported difference becomes a short feature vector read from what the comparison already holds
(see ``FEATURES``); a logistic regression is fitted by Newton steps (IRLS) with a small ridge penalty,
so no library beyond numpy is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tuicompare.models import Comparison, Conflict

#: Value types read as numbers (a figure of one kind against another).
NUMERIC = frozenset({"number", "money", "percent", "quantity", "duration", "day_number", "ordinal", "cardinal"})
#: Value types read as dates or times.
TEMPORAL = frozenset({"date", "time"})

#: The features, in order, with what each one is.
FEATURES: tuple[tuple[str, str], ...] = (
    ("confidence", "the engine's confidence in the difference"),
    ("kind_conflict", "1 when the engine's kind before the cut is conflict (0: possible)"),
    ("src_link", "1 when the values sit in two rows joined by a link (row: one aligned group)"),
    ("src_attribute", "1 when the difference comes from the entity sheet"),
    ("closeness", "the group's alignment score (row) or the link's similarity (link); 0 for attributes"),
    ("crowd", "log(1 + other differences reported between the same sentences)"),
    ("t_number", "value type is a number, money, percent, quantity or duration"),
    ("t_date", "value type is a date or a time"),
    ("t_person", "value type is a person"),
    ("t_place", "value type is a place"),
    ("t_role", "value type is a role"),
    ("values", "number of distinct values minus 2 (more than two values: a looser comparison)"),
    ("lone", "1 when some value is stated by a single article"),
    ("nested", "1 when one value's text holds another's (a name cut short, a partial figure)"),
    ("word_overlap", "Jaccard overlap of the values' words (two readings of one thing share words)"),
)


def _words(text: str) -> set[str]:
    return {w for w in text.lower().replace(",", " ").split() if w}


def features(conflict: Conflict, comparison: Comparison, where: str, closeness: float, crowd: int) -> list[float]:
    """The feature vector of one reported difference (the order of ``FEATURES``)."""
    kind = conflict.type.split(":", 1)[0]
    texts = [v.text.lower().strip() for v in conflict.values]
    nested = any(a != b and a and a in b for a in texts for b in texts)
    word_sets = [_words(t) for t in texts]
    union = set().union(*word_sets) if word_sets else set()
    common = set.intersection(*word_sets) if word_sets else set()
    return [
        conflict.confidence,
        float(conflict.kind == "conflict"),
        float(where == "link"),
        float(where == "attribute"),
        closeness,
        float(np.log1p(crowd)),
        float(kind in NUMERIC),
        float(kind in TEMPORAL),
        float(kind == "person"),
        float(kind == "place"),
        float(kind == "role"),
        float(max(len(set(texts)) - 2, 0)),
        float(any(len(set(v.articles)) <= 1 for v in conflict.values)),
        float(nested),
        len(common) / len(union) if union else 0.0,
    ]


@dataclass(frozen=True, slots=True)
class Model:
    """A fitted logistic regression on standardised features."""

    mean: NDArray[np.float64]
    scale: NDArray[np.float64]
    weights: NDArray[np.float64]  # the intercept first

    def probability(self, x: NDArray[np.float64]) -> NDArray[np.float64]:
        """The model's probability that each row of ``x`` is a true conflict."""
        z = (np.asarray(x, dtype=float) - self.mean) / self.scale
        return _sigmoid(self.weights[0] + z @ self.weights[1:])


def _sigmoid(t: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(t, -30, 30))), dtype=float)


def fit_logistic(
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    ridge: float = 1.0,
    steps: int = 50,
    weight: NDArray[np.float64] | None = None,
) -> Model:
    """Fit a logistic regression by Newton steps (IRLS) with an L2 penalty ``ridge`` (not on the intercept).

    Features are standardised on ``x`` first (constant columns are left at 0), so one ridge suits them all.
    ``weight`` (one per row, default 1) lets some rows count more, e.g. the scarce real differences.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    r = np.ones(len(x)) if weight is None else np.asarray(weight, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    a = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], ridge)
    penalty[0] = 0.0
    for _ in range(steps):
        p = _sigmoid(a @ w)
        gradient = a.T @ (r * (p - y)) + penalty * w
        hessian = (a * (r * p * (1 - p))[:, None]).T @ a + np.diag(penalty) + 1e-9 * np.eye(a.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w = w - step
        if np.abs(step).max() < 1e-8:
            break
    return Model(mean, scale, w)


def threshold(
    scores: Sequence[float], labels: Sequence[bool], floor: float = 0.8, real: Sequence[bool] | None = None
) -> float:
    """The score cut keeping the most true items at precision ``floor`` or more (the highest of equals).

    With ``real`` (one flag per item), precision must reach ``floor`` on the flagged items alone too
    (as ``calibration.best_cut`` asks of the real stories). Returns a cut above every score (nothing
    kept) when no cut meets the conditions.
    """
    flags = [False] * len(scores) if real is None else list(real)
    order = sorted(zip(scores, labels, flags, strict=True), key=lambda p: -p[0])
    best, best_true, kept, true, real_kept, real_true = float("inf"), 0, 0, 0, 0, 0
    for n, (s, ok, is_real) in enumerate(order):
        kept, true = kept + 1, true + int(ok)
        real_kept, real_true = real_kept + int(is_real), real_true + int(is_real and ok)
        ties_follow = n + 1 < len(order) and order[n + 1][0] == s
        if ties_follow:
            continue
        real_ok = real_kept == 0 or real_true / real_kept >= floor
        if true / kept >= floor and real_ok and true > best_true:
            best, best_true = s, true
    return best
