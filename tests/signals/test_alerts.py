"""Alerts have a life and never spam: reruns add nothing, cooldowns hold, and every change is recorded."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from banso.appstate.alerts import AlertError, acknowledge, history, listing, resolve, snooze
from banso.errors import NotFoundError
from banso.signals.backtest import backtest
from banso.workspace import Workspace
from tests.signals.test_indicators import AS_OF, world  # noqa: F401 - the literal world fixture


def test_rerunning_a_date_creates_nothing_new(world: Workspace) -> None:  # noqa: F811
    first = world.run_alerts(AS_OF)
    assert first.created and first.by_rule["silence"] == 1
    again = world.run_alerts(AS_OF)
    assert again.created == [] and again.suppressed == first.fired


def test_an_active_alert_or_a_cooldown_holds_back_the_next_one(world: Workspace) -> None:  # noqa: F811
    world.run_alerts(AS_OF)
    with world.app_state.session() as s:
        silence = listing(s, today=AS_OF, rule="silence")[0]
        resolve(s, silence.id, "talked to them", by="sato")
    # A week later QUIET is still silent: resolved, but within silence's 28-day cooldown.
    # (The world's events end on AS_OF, so by then CHAMP has gone silent too and gets its own first alert.)
    world.run_alerts(AS_OF + timedelta(days=7))
    with world.app_state.session() as s:
        quiet = listing(s, today=AS_OF, rule="silence", account_id="QUIET", statuses=("open", "resolved"))
        assert len(quiet) == 1 and quiet[0].status == "resolved"
        assert [a.account_id for a in listing(s, today=AS_OF, rule="silence")] == ["CHAMP"]


def test_the_life_of_an_alert(world: Workspace) -> None:  # noqa: F811
    world.run_alerts(AS_OF)
    today = date(2026, 3, 3)
    with world.app_state.session() as s:
        alert = listing(s, today=today, rule="usage_drop")[0]
        assert alert.status == "open" and "Usage fell" in alert.reason_en and "利用量" in alert.reason_ja
        assert "events in 7 days, normal (8-week mean) = 70" in alert.reason_en
        assert alert.details["baseline(events_7d, 8)"] == 70, "the details keep the rule's own names, for programs"
        with pytest.raises(AlertError, match="needs a comment"):
            acknowledge(s, alert.id, "  ")
        acknowledge(s, alert.id, "call booked", by="sato")
        with pytest.raises(AlertError, match="later date"):
            snooze(s, alert.id, today, today)
        snooze(s, alert.id, date(2026, 3, 10), today, "customer on holiday", by="sato")
        assert alert.effective_status(date(2026, 3, 9)) == "snoozed"
        assert alert.effective_status(date(2026, 3, 10)) == "open"  # the snooze ran out
        resolve(s, alert.id, "usage back", by="sato")
        with pytest.raises(AlertError, match="already resolved"):
            resolve(s, alert.id)
        assert [e.action for e in history(s, alert.id)] == ["opened", "acknowledged", "snoozed", "resolved"]
        with pytest.raises(NotFoundError):
            acknowledge(s, 10_000, "x")


def test_priority_puts_mrr_at_stake_first(world: Workspace) -> None:  # noqa: F811
    world.run_alerts(AS_OF)
    with world.app_state.session() as s:
        alerts = listing(s, today=AS_OF)
    priorities = [a.priority for a in alerts]
    assert priorities == sorted(priorities, reverse=True)
    drop = next(a for a in alerts if a.rule == "usage_drop" and a.account_id == "DROP")
    quiet = next(a for a in alerts if a.rule == "silence")
    assert drop.priority > quiet.priority  # same severity, five times the MRR


def test_backtest_on_the_literal_world_counts_by_hand(world: Workspace) -> None:  # noqa: F811
    bt = backtest(world.store, world.config, date(2026, 2, 2), AS_OF, horizon_days=30)
    assert bt.weeks == 5 and bt.churned == 0  # GONE churned before the period
    silence = bt.per_rule.set_index("rule").loc["silence"]
    # QUIET is silent (≥ 14 days) on 2026-02-23 and 2026-03-02; the 28-day cooldown keeps one alert.
    assert silence["alerts"] == 1 and silence["accounts_alerted"] == 1
