"""Workspace-wide data-quality indicators: when every account seems to go quiet at once, or events
arrive without an account, the tracking broke — not the customers — and account alerts that week
deserve suspicion. These read the raw event volume, so they see a break before any metric does.
"""

from __future__ import annotations

from datetime import date, timedelta

import ibis
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.signals.evaluate import FIRED_COLUMNS
from banso.store import Store

WORKSPACE = "*"  # the account id of workspace-wide alerts


def weekly_volume(store: Store, day: date, weeks: int = 5) -> pd.DataFrame:
    """Events and events without an account per 7-day window ending at `day` (newest first)."""
    e = store.table("events")
    start = day - timedelta(days=7 * weeks)
    w = e.filter(e.day >= ibis.literal(start, type="date"), e.day < ibis.literal(day, type="date"))
    week = (ibis.literal(day, type="date").delta(w.day, unit="day") - 1) // 7
    df = store.execute(w.group_by(week=week).agg(events=w.count(), unattributed=w.account_id.isnull().sum()))
    full = pd.DataFrame({"week": range(weeks)}).merge(df, on="week", how="left").fillna(0)
    return full.sort_values("week").reset_index(drop=True)


def check(store: Store, config: WorkspaceConfig, day: date) -> pd.DataFrame:
    """Fired data-quality indicators at `day`, in the shape of `evaluate`'s output."""
    dq = config.signals.data_quality
    if not dq.enabled:
        return pd.DataFrame(columns=FIRED_COLUMNS)
    vol = weekly_volume(store, day)
    last, before = vol.iloc[0], vol.iloc[1:]
    normal = float(before["events"].mean())
    rows = []
    if normal >= dq.min_weekly_events and last["events"] < dq.volume_drop * normal:
        rows.append(("data_quality_volume", {"events_last_7d": int(last["events"]), "weekly_mean_4w": round(normal, 1)}))
    if last["events"] >= dq.min_weekly_events and last["unattributed"] / last["events"] > dq.unattributed_share:
        share = round(float(last["unattributed"] / last["events"]), 3)
        rows.append(("data_quality_unattributed", {"events_last_7d": int(last["events"]), "share_without_account": share}))
    out = pd.DataFrame([{
        "rule": rule, "account_id": WORKSPACE, "name": None, "owner": None, "tier": None, "mrr": None,
        "score": None, "band": None, "severity": "high", "route": "human", "priority": float("inf"), "values": values,
    } for rule, values in rows], columns=FIRED_COLUMNS)
    return out


LABELS = {
    "data_quality_volume": ("計測量の急減", "Tracking volume drop"),
    "data_quality_unattributed": ("アカウント不明のイベント", "Events without an account"),
}

DESCRIPTIONS = {
    "data_quality_volume": ("全アカウント合計のイベント量が急減しました。計測が壊れていないか確認してください",
                            "Event volume across all accounts fell sharply: check the tracking before the customers"),
    "data_quality_unattributed": ("アカウントに紐づかないイベントの割合が高くなっています(group 呼び出しの欠落?)",
                                  "A large share of events arrives without an account (missing group calls?)"),
}
