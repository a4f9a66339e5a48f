"""The KPI tree on the accounts of `bands_world.py`, every node recomputed by hand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from banso.analysis.reports.kpi_tree import KpiNode, KpiTree
from tests.analysis.bands_world import build
from tests.conftest import no_nan, write

TARGETS = "{grr: 0.9, 'churn:SMB': 0.5, score: 65, 'band_share:bad': 0.1}"


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KpiTree]:
    ws = build(tmp_path_factory.mktemp("kpi"), kpi_targets=TARGETS)
    result = ws.kpi_tree()
    yield result
    ws.close()


def flat(node: KpiNode, path: str = "") -> dict[str, tuple[float | None, float | None, bool | None]]:
    here = f"{path}/{node.key}"
    out = {here: (None if node.value is None else round(node.value, 4), node.target, node.met)}
    for child in node.children:
        out.update(flat(child, here))
    return out


def test_revenue_retention_by_tier(tree: KpiTree) -> None:
    no_nan(tree)
    assert (tree.revenue_from.isoformat(), tree.revenue_to.isoformat()) == ("2026-01-01", "2026-03-01")  # type: ignore[union-attr]
    nodes = flat(tree.roots[0])
    # start 250 (G 100, N 100, B 50), end 200 (G 120, N 80): B's 50 is churn, N's 20 contraction
    assert nodes["/grr"] == (0.72, 0.9, False)
    assert nodes["/grr/nrr"] == (0.8, None, None)
    assert nodes["/grr/grr:Enterprise"] == (0.9, None, None)
    assert nodes["/grr/grr:Enterprise/churn:Enterprise"] == (0.0, None, None)
    assert nodes["/grr/grr:Enterprise/contraction:Enterprise"] == (0.1, None, None)
    assert nodes["/grr/grr:SMB/churn:SMB"] == (1.0, 0.5, False)  # met from below: 100 % > 50 %
    # bands now (03-09): G good, N normal; B good. No snapshot is 90 days old: no churn rate yet
    assert nodes["/grr/grr:Enterprise/band_share:good"] == (0.5, None, None)
    assert nodes["/grr/grr:Enterprise/band_share:bad"] == (0.0, 0.1, True)
    assert nodes["/grr/grr:SMB/band_share:good"] == (1.0, None, None)
    assert nodes["/grr/grr:SMB/band_share:good/band_churn:good"] == (None, None, None)
    assert tree.roots[0].trend is None  # December has no revenue: no window before this one


def test_health_down_to_the_metrics(tree: KpiTree) -> None:
    nodes = flat(tree.roots[1])
    # scores at 03-09: G 80, N 50, B 80 — their mean 70; Good 2 of 3, Bad none
    assert nodes["/score"] == (70.0, 65.0, True)
    assert nodes["/score/index"] == (66.6667, None, None)
    # one dimension of weight 1 and one metric: the points add up to the score
    assert nodes["/score/dimension:use"] == (70.0, None, None)
    assert nodes["/score/dimension:use/metric:events_7d"] == (70.0, None, None)
    metric = tree.roots[1].children[1].children[0]
    assert metric.detail == "mean value 7" and metric.link == "/accounts?sort=m__events_7d"


def test_bad_targets_are_refused() -> None:
    from pydantic import ValidationError

    from banso.config.kpi import KpiTreeConfig

    with pytest.raises(ValidationError, match="unknown node 'revenue'"):
        KpiTreeConfig(targets={"revenue": 1.0})
    with pytest.raises(ValidationError, match="band_share"):
        KpiTreeConfig(targets={"band_share:awful": 0.1})


def test_a_bands_churn_rate_counts_customers_not_trials(tmp_path: Path) -> None:
    """With a week's churn window the 03-02 snapshot is the cohort. Three SMB accounts read Bad then (one event in
    the week before): B, a customer that left on 03-04; R, a customer that stayed; T, a trial since February that
    ended on 03-05 without a contract. T's end is no churn: the Bad band's rate is 1 of 2, not 2 of 3."""
    ws = build(tmp_path, churn_days=7)
    extra = ("account_id,name,tier,trial_started_at,contract_started_at,churned_at\n"
             "T,Trial Co,SMB,2026-02-01T00:00:00+09:00,,2026-03-05T00:00:00+09:00\n"
             "R,Ready Co,SMB,,2025-06-01T00:00:00+09:00,\n"
             "B,Better Co,SMB,,2025-06-01T00:00:00+09:00,2026-03-04T00:00:00+09:00\n")
    ws.load("accounts", [str(write(tmp_path / "more.csv", extra))])
    ws.load("events", [str(write(tmp_path / "more_events.csv", "event_id,ts,user_id,account_id,event\n"
                                 "T1,2026-02-24T10:00:00+09:00,uT,T,issue_created\n"
                                 "R1,2026-02-24T10:00:00+09:00,uR,R,issue_created\n"))], allow_unknown=True)
    ws.score(as_of=date(2026, 3, 9), backfill_weeks=2)
    nodes = flat(ws.kpi_tree().roots[0])
    ws.close()
    assert nodes["/grr/grr:SMB/band_share:bad/band_churn:bad"] == (0.5, None, None)
