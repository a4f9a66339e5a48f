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


def test_mrr_movements_are_written_in_man_on_a_japanese_page() -> None:
    """Plotly wrote the yen amounts as 5M on the Japanese Revenue retention page."""
    from banso import i18n
    from banso.web.charts_evidence import mrr_movements

    rows = [{"month": "2026-01-01"}] + [
        {"month": f"2026-0{m}-01", "new": 2_000_000, "expansion": 1_500_000, "contraction": 100_000, "churn": 900_000}
        for m in (2, 3)]
    with i18n.using("ja"):
        axis = mrr_movements(rows)["layout"]["yaxis"]
    assert axis["ticktext"][0] == "−100万" and "300万" in axis["ticktext"] and axis["title"]["text"] == "MRR の増減"
    assert min(axis["tickvals"]) <= -1_000_000 and max(axis["tickvals"]) >= 3_500_000
