"""Score math on literal inputs: thresholds, percentiles, missing values, weights, bands, points."""

from __future__ import annotations

import math

import ibis
import pandas as pd
import pytest
from pydantic import ValidationError

from banso.config.health import HealthModel
from banso.health.scoring import Plan, dimension_rows, metric_rows, score_accounts


def model(dimensions: dict[str, object], **kw: object) -> HealthModel:
    return HealthModel.model_validate({"name": "t", "dimensions": dimensions, **kw})


def run(m: HealthModel, rows: list[dict[str, object]]) -> pd.DataFrame:
    df = pd.DataFrame(rows)
    if "tier" not in df:
        df["tier"] = "SMB"
    df["live"] = [v is not False for v in df["live"]] if "live" in df else True
    wide = score_accounts(ibis.memtable(df), Plan.of(m))
    return wide.execute().set_index("account_id").sort_index()


TWO_DIMS = {
    "use": {"weight": 3, "metrics": {
        "a": {"weight": 1, "score": {"type": "threshold", "bad": 0, "good": 10}},
        "b": {"weight": 3, "score": {"type": "threshold", "bad": 30, "good": 2}},  # lower is better
    }},
    "reach": {"weight": 1, "metrics": {
        "c": {"score": {"type": "threshold", "bad": 0.2, "good": 0.6}},
    }},
}


def test_threshold_interpolates_clamps_and_weights_normalize() -> None:
    # X: a=5 → 0.5, b=16 → (16−30)/(2−30) = 0.5, c=0.5 → 0.75
    #    use = (1·0.5 + 3·0.5)/4 = 0.5; score = 100·(3/4·0.5 + 1/4·0.75) = 56.25
    # Y: a=20 → 1 (clamped), b=40 → 0 (clamped), c=0.1 → 0; use = 0.25, score = 100·3/4·0.25 = 18.75
    got = run(model(TWO_DIMS), [{"account_id": "X", "a": 5, "b": 16, "c": 0.5},
                                {"account_id": "Y", "a": 20, "b": 40, "c": 0.1}])
    assert got.loc["X", "score"] == pytest.approx(56.25)
    assert got.loc["Y", "score"] == pytest.approx(18.75)
    assert [got.loc["X", c] for c in ("m0_points", "m1_points", "m2_points")] == pytest.approx([9.375, 28.125, 18.75])
    assert got.loc["X", "d0_weight"] == pytest.approx(0.75) and got.loc["X", "d1_points"] == pytest.approx(18.75)
    # the same model with every weight ×10 scores the same
    scaled = {d: {**v, "weight": v["weight"] * 10, "metrics": {  # type: ignore[index, operator]
        k: {**s, "weight": s.get("weight", 1) * 10} for k, s in v["metrics"].items()}}  # type: ignore[index, union-attr]
        for d, v in TWO_DIMS.items()}
    again = run(model(scaled), [{"account_id": "X", "a": 5, "b": 16, "c": 0.5}])
    assert again.loc["X", "score"] == pytest.approx(56.25)


def test_points_add_up_to_the_score() -> None:
    rows = [{"account_id": f"A{i}", "a": i * 1.3, "b": 31 - i * 2.9, "c": (i % 5) / 7} for i in range(12)]
    got = run(model(TWO_DIMS), rows)
    for acc, r in got.iterrows():
        assert math.fsum(r[f"m{i}_points"] for i in range(3)) == pytest.approx(r["score"], abs=1e-9), acc
        assert math.fsum(r[f"d{j}_points"] for j in range(2)) == pytest.approx(r["score"], abs=1e-9), acc


@pytest.mark.parametrize(("value", "band"), [(70.0, "good"), (69.99, "normal"), (40.0, "normal"), (39.99, "bad"),
                                             (0.0, "bad"), (100.0, "good")])
def test_bands_at_exact_thresholds(value: float, band: str) -> None:
    m = model({"d": {"weight": 1, "metrics": {"a": {"score": {"type": "threshold", "bad": 0, "good": 100}}}}})
    got = run(m, [{"account_id": "X", "a": value}])
    assert got.loc["X", "score"] == value
    assert got.loc["X", "band"] == band


def test_missing_values_skip_zero_or_neutral() -> None:
    dims = {"d": {"weight": 1, "metrics": {
        "a": {"score": {"type": "threshold", "bad": 0, "good": 10}},
        "b": {"score": {"type": "threshold", "bad": 0, "good": 10}},
    }}, "e": {"weight": 1, "metrics": {"c": {"score": {"type": "threshold", "bad": 0, "good": 10}}}}}
    rows = [{"account_id": "X", "a": 8.0, "b": None, "c": None}]
    # skip: b and the whole dimension e give their weight away → score = 80
    assert run(model(dims, missing="skip"), rows).loc["X", "score"] == pytest.approx(80.0)
    # zero: d = (0.8 + 0)/2, e = 0 → 20
    assert run(model(dims, missing="zero"), rows).loc["X", "score"] == pytest.approx(20.0)
    # neutral: d = (0.8 + 0.5)/2 = 0.65, e = 0.5 → 57.5
    assert run(model(dims, missing="neutral"), rows).loc["X", "score"] == pytest.approx(57.5)
    # nothing to score at all: not scorable (NULL score and band)
    none = run(model(dims, missing="skip"), [{"account_id": "Z", "a": None, "b": None, "c": None}])
    assert none.loc["Z", "score"] is None or math.isnan(none.loc["Z", "score"])
    assert none.loc["Z", "band"] is None


def test_metric_policy_overrides_the_model() -> None:
    dims = {"d": {"weight": 1, "metrics": {
        "a": {"score": {"type": "threshold", "bad": 0, "good": 10}},
        "b": {"score": {"type": "threshold", "bad": 0, "good": 10}, "missing": "zero"},
    }}}
    assert run(model(dims), [{"account_id": "X", "a": 8.0, "b": None}]).loc["X", "score"] == pytest.approx(40.0)


def test_percentile_is_the_mid_rank_within_tier_among_live_accounts() -> None:
    m = model({"d": {"weight": 1, "metrics": {"a": {"score": {"type": "percentile", "within": "tier"}}}}})
    rows = [
        {"account_id": "S1", "tier": "SMB", "a": 1.0},
        {"account_id": "S2", "tier": "SMB", "a": 2.0},
        {"account_id": "S3", "tier": "SMB", "a": 2.0},
        {"account_id": "S4", "tier": "SMB", "a": 9.0},
        {"account_id": "S5", "tier": "SMB", "a": None},  # no value: not ranked, skipped
        {"account_id": "S6", "tier": "SMB", "a": 100.0, "live": False},  # churned: not ranked, not scored
        {"account_id": "E1", "tier": "Enterprise", "a": 0.5},  # alone in its tier
    ]
    got = run(m, rows)
    # (below + at or below) / (2·4): S1 (0+1)/8, S2 and S3 (1+3)/8, S4 (3+4)/8; E1 (0+1)/2
    expected = {"S1": 12.5, "S2": 50.0, "S3": 50.0, "S4": 87.5, "E1": 50.0}
    assert {k: got.loc[k, "score"] for k in expected} == pytest.approx(expected)
    assert pd.isna(got.loc["S5", "score"]) and pd.isna(got.loc["S6", "score"])
    lower = model({"d": {"weight": 1, "metrics": {"a": {"score": {
        "type": "percentile", "within": "all", "higher_is_better": False}}}}})
    got = run(lower, rows)
    # all tiers together, 5 live values (0.5, 1, 2, 2, 9): E1 is lowest → best
    assert got.loc["E1", "score"] == pytest.approx(100 * (1 - 0.5 / 5))
    assert got.loc["S4", "score"] == pytest.approx(100 * (1 - 4.5 / 5))


def test_long_rows_carry_the_same_points() -> None:
    m = model(TWO_DIMS)
    df = pd.DataFrame([{"account_id": "X", "a": 5, "b": 16, "c": 0.5, "tier": "SMB", "live": True},
                       {"account_id": "Gone", "a": 5, "b": 16, "c": 0.5, "tier": "SMB", "live": False}])
    plan = Plan.of(m)
    wide = score_accounts(ibis.memtable(df), plan)
    long = metric_rows(wide, plan).execute()
    assert set(long.account_id) == {"X"}
    assert long.set_index("metric").points.to_dict() == pytest.approx({"a": 9.375, "b": 28.125, "c": 18.75})
    dims = dimension_rows(wide, plan).execute().set_index("dimension")
    assert dims.points.to_dict() == pytest.approx({"use": 37.5, "reach": 18.75})
    assert dims.weight.to_dict() == pytest.approx({"use": 0.75, "reach": 0.25})


@pytest.mark.parametrize(("dims", "message"), [
    ({"d": {"weight": 1, "metrics": {"a": {"score": {"type": "threshold", "bad": 3, "good": 3}}}}}, "must differ"),
    ({"d": {"weight": 0, "metrics": {"a": {"score": {"type": "threshold", "bad": 0, "good": 1}}}}}, "greater than 0"),
    ({"d": {"weight": 1, "metrics": {}}}, "at least 1 item"),
    ({"d": {"weight": 1, "metrics": {"a": {"score": {"type": "percentile"}}}},
      "e": {"weight": 1, "metrics": {"a": {"score": {"type": "percentile"}}}}}, "in both 'd' and 'e'"),
    ({"d": {"weight": 1, "metrics": {"a": {"score": {"type": "zscore"}}}}}, "does not match any of the expected tags"),
])
def test_invalid_models_are_refused(dims: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        model(dims)


def test_bands_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match=r"`bad` \(80.0\) must not be above `good` \(70.0\)"):
        model(TWO_DIMS, bands={"good": 70, "bad": 80})
