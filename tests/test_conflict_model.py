"""The numpy logistic fit behind ``benchmarks/conflict_model.py``: it separates what is separable, and no more."""

from __future__ import annotations

import numpy as np

from tuicompare.evaluation.conflict_model import fit_logistic, threshold


def _data(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(400, 3))
    # True exactly when a weighted sum of two features is positive: linearly separable.
    y = (1.5 * x[:, 0] - 2.0 * x[:, 2] > 0).astype(float)
    return x, y


def test_fit_separates_separable_data() -> None:
    x, y = _data(1)
    model = fit_logistic(x, y, ridge=0.01)
    p = model.probability(x)
    assert ((p >= 0.5) == (y == 1)).mean() >= 0.98
    # Fresh points from the same rule are classified as well: the fit learned the rule, not the rows.
    fresh_x, fresh_y = _data(2)
    assert ((model.probability(fresh_x) >= 0.5) == (fresh_y == 1)).mean() >= 0.95
    # And the threshold at precision 0.8 keeps most of the true points.
    cut = threshold(p.tolist(), (y == 1).tolist(), 0.8)
    assert (p[y == 1] >= cut).mean() >= 0.9


def test_fit_finds_nothing_in_shuffled_labels() -> None:
    x, y = _data(1)
    shuffled = np.random.default_rng(3).permutation(y)
    model = fit_logistic(x, shuffled, ridge=1.0)
    fresh_x, fresh_y = _data(2)
    accuracy = ((model.probability(fresh_x) >= 0.5) == (fresh_y == 1)).mean()
    assert accuracy < 0.65
    # With labels carrying no signal, no cut of the scores reaches precision 0.95 on anything sizeable.
    cut = threshold(model.probability(x).tolist(), (shuffled == 1).tolist(), 0.95)
    assert (model.probability(x) >= cut).sum() < 10
