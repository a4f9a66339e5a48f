"""Impact on the generated `town` world, whose touchpoints are selection-biased with known true effects
(banso/demo/touchpoints.py): the figures are printed, the truth must lie in the DiD interval."""

from __future__ import annotations

import json

import numpy as np
import pytest

from banso.analysis.evidence.impact import ImpactSpec, impact
from banso.workspace import Workspace


def _truth(town: Workspace) -> dict:  # type: ignore[type-arg]
    return json.loads((town.root / "data" / "truth.json").read_text(encoding="utf-8"))


def test_cs_meetings_move_the_proposed_feature_by_its_planted_uplift(town: Workspace) -> None:
    uplift = {e["event"]: e["cs_meeting_uplift_per_week"] for e in _truth(town)["events"]}
    r = impact(town.store, town.config, ImpactSpec("cs_meeting", proposed_feature=True, weeks=8),
               town.co_treatments())
    # Use counts from the meeting on, and meetings fall on weekdays: week 0 carries about half a
    # week of the uplift, weeks 1–7 all of it.
    truth = float(np.mean([uplift[u.feature] for u in r.units])) * 7.5 / 8
    print(f"\n[town] cs_meeting → proposed feature: treated {r.treated}, naive {r.naive:.2f}, "
          f"DiD {r.did:.2f} [{r.did_low:.2f}, {r.did_high:.2f}], truth ≈ {truth:.2f}")
    assert r.treated >= 50 and r.controls_from == "later_treated"
    assert r.did_low is not None and r.did_high is not None
    assert r.did_low <= truth <= r.did_high
    assert r.placebo_p is not None and r.placebo_p > 0.05


def test_support_tickets_look_useful_naively_and_do_nothing_in_truth(town: Workspace) -> None:
    assert _truth(town)["touchpoints"]["support_ticket"]["effect"]["relative"] == 0.0
    r = impact(town.store, town.config, ImpactSpec("support_ticket", weeks=8), town.co_treatments())
    print(f"\n[town] support_ticket → qualifying events: treated {r.treated}, naive {r.naive:.1f}, "
          f"DiD {r.did:.1f} [{r.did_low:.1f}, {r.did_high:.1f}] (truth 0)")
    assert r.did_low is not None and r.did_high is not None and r.naive is not None
    assert r.did_low <= 0.0 <= r.did_high
    assert r.naive_biased and "naive_biased" in r.notes and r.naive > 0


def test_seminars_raise_use_by_about_their_planted_ten_percent(town: Workspace) -> None:
    effect = _truth(town)["touchpoints"]["seminar"]["effect"]
    assert effect["relative"] == pytest.approx(0.10) and effect["weeks"] == 8
    r = impact(town.store, town.config, ImpactSpec("seminar", weeks=8), town.co_treatments())
    assert r.did is not None and r.naive is not None and r.relative is not None
    assert r.did_low is not None and r.did_high is not None
    counterfactual = r.did / r.relative
    truth = 0.10 * 7 / 8 * counterfactual  # +10 % from the week after the seminar: 7 of the 8 weeks after t₀
    print(f"\n[town] seminar → qualifying events: treated {r.treated}, naive {r.naive:.1f}, "
          f"DiD {r.did:.1f} [{r.did_low:.1f}, {r.did_high:.1f}] = {100 * r.relative:.1f} %, truth ≈ {truth:.1f}")
    assert r.did_low <= truth <= r.did_high
    assert r.naive > 1.3 * truth, "attenders are the healthier accounts: the naive figure overstates"
    assert abs(r.did - truth) < abs(r.naive - truth)
