"""Evidence charts draw only what the data can carry."""

from __future__ import annotations

from banso.web.charts_evidence import churn_by_support


def _tier(name: str, supported: int, unsupported: int) -> dict[str, object]:
    return {"tier": name, "supported": {"accounts": supported, "monthly_churn": 0.02},
            "unsupported": {"accounts": unsupported, "monthly_churn": 1.0}, "adjusted_monthly_churn": None}


def test_a_group_too_small_to_compare_draws_no_bar_and_its_tier_says_why() -> None:
    fig = churn_by_support([_tier("Enterprise", 51, 1), _tier("Mid", 151, 107)], min_group=10)
    with_cs, without = fig["data"][0], fig["data"][1]
    assert with_cs["x"] == ["Enterprise (too few to compare)", "Mid"]
    assert without["y"] == [None, 100.0]  # one churned account of one is no 100 % churn rate
    assert with_cs["y"] == [2.0, 2.0] and fig["data"][2]["y"] == [None, None]
