"""Does the renewal-rescue playbook work? On the demo's `town` world its history has a planted effect
(banso/demo/playbook_history.py): the evaluation must find it inside its interval, and the naive
comparisons must show the selection bias of a playbook that enrols the weakest accounts."""

from __future__ import annotations

import json

import pytest

from banso.workspace import Workspace

pytestmark = pytest.mark.slow


def _truth(town: Workspace) -> dict:  # type: ignore[type-arg]
    return json.loads((town.root / "data" / "truth.json").read_text(encoding="utf-8"))["playbooks"]["renewal_rescue"]


def test_the_evaluation_recovers_the_planted_uplift_and_the_naive_figure_overstates_it(town: Workspace) -> None:
    effect = _truth(town)["effect"]
    assert effect["relative_on_enrolled"] == pytest.approx(0.21) and effect["weeks"] >= 8
    e = town.playbook_evaluation("renewal_rescue").playbooks[0]
    m = e.metric
    assert m is not None and m.did is not None and m.did_low is not None and m.did_high is not None
    assert m.naive is not None and m.relative is not None
    assert m.controls_from == "not_yet_treated" and m.treated >= 30
    counterfactual = m.did / m.relative
    # +21 % from the week after the enrolment week: 7 of the 8 weeks after t₀
    truth = effect["relative_on_enrolled"] * 7 / 8 * counterfactual
    print(f"\nrenewal_rescue: {m.treated} enrolled, {m.controls} matched; naive {m.naive:.1f}, "
          f"DiD {m.did:.1f} [{m.did_low:.1f}, {m.did_high:.1f}] = {100 * m.relative:.1f} %, truth ≈ {truth:.1f}; "
          f"pre-trend p = {m.placebo_p:.2f}")
    assert m.did_low <= truth <= m.did_high
    assert m.did_low > 0, "the effect is found, not only allowed for"
    assert m.naive > 1.3 * truth, "after − before on the enrolled alone takes credit for what every account did"
    assert abs(m.did - truth) < abs(m.naive - truth)
    assert m.placebo_p is not None and m.placebo_p > 0.05, "the groups moved alike before enrolment"
    assert "more" in e.reading.en and "増えました" in e.reading.ja


def test_churn_looks_worse_naively_and_the_matched_comparison_finds_no_effect(town: Workspace) -> None:
    assert _truth(town)["effect"]["churn"] == 0.0
    c = town.playbook_evaluation("renewal_rescue").playbooks[0].churn
    assert c is not None and c.treated_rate is not None and c.others_rate is not None
    assert c.low is not None and c.high is not None and c.difference is not None and c.naive_difference is not None
    print(f"\nchurn within {c.horizon_days} days: enrolled {c.treated_rate:.1%}, matched {c.control_rate:.1%}, "
          f"every other account {c.others_rate:.1%}; difference {c.difference:+.3f} [{c.low:+.3f}, {c.high:+.3f}]")
    assert c.low <= 0.0 <= c.high, "the playbook does not change churn in truth"
    assert c.treated_rate > 1.4 * c.others_rate, "it enrols the accounts most likely to leave"
    assert c.naive_difference > c.difference, "the naive comparison blames the playbook for who it enrols"
