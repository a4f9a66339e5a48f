"""Early behaviours against trial conversion on `town`, whose truth plants the invitation effect."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from banso.analysis.evidence.early_signals import early_signals
from banso.errors import ConfigError, UnavailableError
from banso.workspace import Workspace


def test_invitations_in_the_first_week_go_with_conversion_as_planted(town: Workspace) -> None:
    truth = json.loads((town.root / "data" / "truth.json").read_text(encoding="utf-8"))["trials"]["conversion"]
    r = early_signals(town.store, town.config, "conversion", days=30, invite_days=7)
    invited = next(b for b in r.behaviours if b.key == "invited")
    print(f"\n[town] trial conversion, cohort {r.cohort}: invited within 7 days {invited.did_rate:.2f} "
          f"(n={invited.did}) vs {invited.did_not_rate:.2f} (n={invited.did_not}); difference "
          f"{invited.difference:.3f} [{invited.low:.3f}, {invited.high:.3f}]; truth {truth}")
    assert invited.low is not None and invited.high is not None
    planted = truth["invited_within_7d"] - truth["not_invited_within_7d"]
    assert invited.low <= planted <= invited.high
    assert invited.did_rate == pytest.approx(truth["invited_within_7d"], abs=0.1)
    assert invited.did_not_rate == pytest.approx(truth["not_invited_within_7d"], abs=0.1)
    assert invited.p is not None and invited.p < 1e-6
    judged = [b.difference for b in r.behaviours if b.difference is not None]
    assert judged == sorted(judged, reverse=True), "largest difference first"
    assert all(b.difference is None for b in r.behaviours[len(judged):]), "too rare to judge: listed last"


def test_a_horizon_longer_than_the_data_is_refused_with_the_way_out(town: Workspace) -> None:
    with pytest.raises(UnavailableError, match="shorter --horizon"):
        early_signals(town.store, town.config, "retention", horizon_months=24)
    with pytest.raises(ConfigError, match="between 1 and 365"):
        early_signals(town.store, town.config, "conversion", days=0)


def test_invitations_are_read_inside_the_window_of_every_behaviour(town: Workspace) -> None:
    """A one-day window reads invitations of that day too (the API's `?days=1` with its default invite_days=7)."""
    r = early_signals(town.store, town.config, "conversion", days=1, invite_days=7)
    assert (r.days, r.invite_days) == (1, 1)
    invited = next(b for b in r.behaviours if b.key == "invited")
    assert "1 days" in invited.label or "1 day" in invited.label


def test_a_trial_is_read_before_its_contract_began(town: Workspace) -> None:
    """What a trial did once it had signed is no sign of converting. Town's onboarding calls all come after the
    contract (checked here from the tables), some within the trial's first 30 days: none may count."""
    r = early_signals(town.store, town.config, "conversion", days=30, invite_days=7)
    acc = town.store.execute(town.store.table("accounts").select("account_id", "trial_started_at",
                                                                 "contract_started_at"))
    tp = town.store.execute(town.store.table("touchpoints").select("account_id", "kind", "ts"))
    onboarding = tp[tp["kind"] == "onboarding"].merge(acc, on="account_id")
    assert (onboarding["ts"] >= onboarding["contract_started_at"]).all()
    within = onboarding[onboarding["ts"] < onboarding["trial_started_at"] + pd.Timedelta(days=30)]
    assert within["account_id"].nunique() > 10  # read by the first 30 days alone, they would count
    behaviour = {b.key: b for b in r.behaviours}
    assert behaviour.get("touchpoint:onboarding") is None or behaviour["touchpoint:onboarding"].did == 0
