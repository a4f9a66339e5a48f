"""`banso alerts backtest`: replay the rules week by week over history and score each as a warning.

For every rule: how many alerts it would have raised (with its cooldown), the share of accounts
that churned in the period it warned about beforehand, the median lead time from its first warning
to the churn, and the share of its alerts on accounts that did not churn in the following
`horizon_days` — the noise a team pays for the warning. Frames only hold what was knowable at each
date (see `frame.py`), so the replay has no look-ahead.

An alert warns of a churn when the churn follows within `horizon_days`: the same window that makes
an alert noise when no churn follows. (An alert eight months before a churn is noise for the
horizon, so it cannot also be that churn's warning; counting it made every lead look months long.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.customers import customer_at
from banso.errors import ConfigError
from banso.signals.cooldown import DEFAULT_COOLDOWN_DAYS, cooldown_days, holds_back
from banso.signals.evaluate import RuleSet, evaluate
from banso.signals.frame import FrameBuilder
from banso.store import Store

ANY = "(any rule)"


@dataclass
class Backtest:
    start: date
    end: date
    horizon_days: int
    weeks: int
    churned: int  # paying accounts that churned in (start, end]
    per_rule: pd.DataFrame  # rule, alerts, churned_alerted, share_churned_alerted, median_lead_days, ...
    alerts: pd.DataFrame  # rule, account_id, as_of (after cooldowns)


def mondays(start: date, end: date) -> list[date]:
    first = start + timedelta(days=(7 - start.weekday()) % 7)
    out = []
    d = first
    while d <= end:
        out.append(d)
        d += timedelta(days=7)
    return out


def backtest(store: Store, config: WorkspaceConfig, start: date, end: date, *, horizon_days: int = 180,
             rules: list[str] | None = None, progress: Callable[[int, int], None] | None = None) -> Backtest:
    if end <= start:
        raise ConfigError(f"--to ({end}) must come after --from ({start})")
    days = mondays(start, end)
    if not days:
        raise ConfigError(f"no Monday between {start} and {end}; widen the period")
    builder = FrameBuilder(store, config)
    ruleset = RuleSet.of(config, builder, rules)
    fired = []
    for i, day in enumerate(days):
        if progress:
            progress(i, len(days))
        f = evaluate(store, config, day, builder=builder, rules=ruleset)
        if not f.empty:
            fired.append(f.assign(as_of=day)[["rule", "account_id", "as_of"]])
    if progress:
        progress(len(days), len(days))
    raw = pd.concat(fired, ignore_index=True) if fired else pd.DataFrame(columns=["rule", "account_id", "as_of"])
    alerts = _apply_cooldowns(raw, cooldown_days(config))
    churn = _churn_dates(store, config)
    last_day = days[-1]
    table = [_score_rule(name, alerts[alerts.rule == name], churn, start, end, horizon_days, last_day)
             for name in ruleset.rules]
    table.append(_score_rule(ANY, alerts, churn, start, end, horizon_days, last_day))
    churned = int(((churn > pd.Timestamp(start)) & (churn <= pd.Timestamp(end))).sum())
    return Backtest(start, end, horizon_days, len(days), churned, pd.DataFrame(table), alerts)


def _apply_cooldowns(raw: pd.DataFrame, cooldowns: dict[str, int]) -> pd.DataFrame:
    """Keep the firings the cooldown rule lets through (`banso.signals.cooldown`; nothing is active in a replay).

    Each (rule, account)'s firings in date order, the pairs in the order they first fire; walked over
    plain arrays, not a frame per pair (a year of a 15,000-account product fires hundreds of thousands
    of times).
    """
    by_day = raw.sort_values("as_of")
    pair = by_day.groupby(["rule", "account_id"], sort=False).ngroup().to_numpy()
    order = np.argsort(pair, kind="stable")
    rules, days = by_day["rule"].to_numpy()[order], by_day["as_of"].to_numpy()[order]
    kept: list[int] = []
    last: date | None = None
    for i, k in enumerate(order):
        if i == 0 or pair[k] != pair[order[i - 1]]:
            last = None
        if not holds_back(last, days[i], cooldowns.get(str(rules[i]), DEFAULT_COOLDOWN_DAYS)):
            kept.append(k)
            last = days[i]
    return by_day.iloc[kept][["rule", "account_id", "as_of"]].reset_index(drop=True)


def _churn_dates(store: Store, config: WorkspaceConfig) -> pd.Series:
    """Local churn day of each customer that churned: a trial that did not convert is not churn (`customer_at`,
    the definition the validation and the threshold help judge by)."""
    a = store.table("accounts")
    df = store.execute(a.filter(a.churned_at.notnull()).select(
        "account_id", "status", "trial_started_at", "contract_started_at", "churned_at"))
    df = df[customer_at(df["trial_started_at"], df["contract_started_at"], df["churned_at"], df["status"])]
    local = df["churned_at"].dt.tz_localize("UTC").dt.tz_convert(config.timezone).dt.tz_localize(None).dt.normalize()
    return pd.Series(local.to_numpy(), index=df["account_id"].to_numpy())


def _score_rule(name: str, alerts: pd.DataFrame, churn: pd.Series, start: date, end: date, horizon: int,
                last_day: date) -> dict[str, object]:
    period = churn[(churn > pd.Timestamp(start)) & (churn <= pd.Timestamp(end))]
    first_before: dict[str, pd.Timestamp] = {}  # each churned account's first warning: within the horizon before
    window = pd.Timedelta(days=horizon)
    for row in alerts.itertuples(index=False):
        when = pd.Timestamp(row.as_of)
        c = period.get(row.account_id)
        if c is not None and c - window <= when < c and (row.account_id not in first_before
                                                         or when < first_before[row.account_id]):
            first_before[row.account_id] = when
    leads = [(period[a] - t).days for a, t in first_before.items()]
    judged = alerts[pd.to_datetime(alerts["as_of"]) + pd.Timedelta(days=horizon) <= pd.Timestamp(last_day)]
    false_alarms = 0
    for row in judged.itertuples(index=False):
        c = churn.get(row.account_id)
        if c is None or c > pd.Timestamp(row.as_of) + pd.Timedelta(days=horizon):
            false_alarms += 1
    return {
        "rule": name,
        "alerts": len(alerts),
        "accounts_alerted": int(alerts["account_id"].nunique()) if len(alerts) else 0,
        "churned_in_period": len(period),
        "churned_alerted_before": len(first_before),
        "share_churned_alerted": round(len(first_before) / len(period), 3) if len(period) else None,
        "median_lead_days": float(np.median(leads)) if leads else None,
        "alerts_judged": len(judged),
        "share_alerts_no_churn": round(false_alarms / len(judged), 3) if len(judged) else None,
    }
