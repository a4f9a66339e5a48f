"""The model comparison's ROC AUC is the usual one: sklearn's, ties counted half."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score

from banso.health.compare import roc_auc


def test_roc_auc_equals_sklearns_with_ties_and_needs_both_classes() -> None:
    rng = np.random.default_rng(7)
    labels = rng.integers(0, 2, 500)
    scores = rng.integers(0, 20, 500).astype(float) + labels * 3  # many ties, some signal
    assert roc_auc(labels, scores) == pytest.approx(roc_auc_score(labels, scores))
    assert roc_auc(np.array([1, 0, 1, 0]), np.array([2.0, 1.0, 1.0, 1.0])) == pytest.approx(0.75)  # (1 + 1 + ½ + ½) / 4 pairs
    assert roc_auc(np.zeros(4, dtype=int), np.arange(4.0)) is None
