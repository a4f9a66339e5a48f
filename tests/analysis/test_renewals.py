"""The renewals list's order: soonest first, larger MRR first, then the account id, whatever order the facts came in."""

from __future__ import annotations

import pandas as pd

from banso.analysis.renewals import renewals


def test_ties_fall_back_to_the_account_id() -> None:
    facts = pd.DataFrame({
        "account_id": ["C", "A", "B", "D", "E"],
        "status": ["active", "active", None, "active", "churned"],
        "days_to_renewal": [10, 10, 10, 5, 1],
        "mrr": [100.0, 100.0, 300.0, 50.0, 900.0],
        "members": [1, 1, 1, 1, 1],
        "seats": [2, 2, 2, 2, 2],
        "score": [50.0] * 5, "band": ["normal"] * 5, "trend": [0.0] * 5, "active_rate": [0.5] * 5,
    })
    for shuffled in (facts, facts.iloc[::-1], facts.sample(frac=1, random_state=3)):
        assert [r["account_id"] for r in renewals(shuffled)] == ["D", "B", "A", "C"]  # E churned
