"""Top reasons: the column arithmetic gives what a loop over each account's metrics gives, ties included."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pandas as pd

from banso.config.health import HealthModel
from banso.config.labels import Label
from banso.config.load import load_config
from banso.demo.demo_workspace import demo_config
from banso.health.read import TOP_REASONS, format_value, metric_label, nominal_shares, reasons_of


def reference(values: pd.DataFrame, model: HealthModel, labels: dict[str, Label]) -> dict[str, list[str]]:
    """The rule as stated: per account, the metrics by points lost (nominal share × (1 − score) × 100),
    largest first, more than 0.05 of a point, at most three; equal losses in the order the rows came."""
    shares = nominal_shares(model)
    by_account: dict[str, list[tuple[float, int, str, str, float]]] = {}
    for i, (acc, d, m, v, s) in enumerate(values.itertuples(index=False)):
        lost = 100.0 * shares.get((d, m), 0.0) * (1.0 - s)
        if lost > 0.05:
            by_account.setdefault(acc, []).append((lost, i, d, m, v))
    out = {}
    for acc, rows in by_account.items():
        rows.sort(key=lambda r: (-r[0], r[1]))
        out[acc] = [f"{metric_label(model, d, m, labels)} = {format_value(v)} (−{lost:.1f})"
                    for lost, _, d, m, v in rows[:TOP_REASONS] if (d, m) in shares]
    return {acc: reasons for acc, reasons in out.items() if reasons}


def test_reasons_match_the_rule_on_random_values_with_ties(tmp_path: Path) -> None:
    (tmp_path / "banso.yaml").write_text(demo_config(), encoding="utf-8")
    model = load_config(tmp_path / "banso.yaml").health
    pairs = [*nominal_shares(model), ("use", "not_in_the_model")]
    rng = random.Random(7)
    rows = []
    for a in range(300):
        for d, m in rng.sample(pairs, rng.randint(1, len(pairs))):
            score = rng.choice([0.0, 0.25, 0.5, 0.5, 1.0, 0.999, rng.random()])  # repeated scores: equal losses
            value = rng.choice([None, 0.0, 3.0, 12.5, 1234.5678, rng.random()])
            rows.append((f"A{a:04d}", d, m, np.nan if value is None else value, score))
    rng.shuffle(rows)
    values = pd.DataFrame(rows, columns=["account_id", "dimension", "metric", "value", "score"])

    got = reasons_of(values, model, {})
    assert got == reference(values, model, {})
    assert sum(len(r) for r in got.values()) > 300  # most accounts have reasons, up to three each
    assert all(1 <= len(r) <= TOP_REASONS for r in got.values())
    assert any("(−" in r and "= –" in r for rs in got.values() for r in rs)  # a missing value shows as –
    assert reasons_of(values.iloc[:0], model, {}) == {}
