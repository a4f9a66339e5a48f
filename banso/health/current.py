"""Current scores: the health model over windows that end now, renewed for the accounts with new events.

Weekly snapshots are the history (trends, validation, backtests); the current score says where an
account stands today. It is the same model (`score_expr`, the same metrics and scoring), evaluated
with `as_of` = the end of today in the workspace zone: the rollups are daily, so a window of N days
holds the N calendar days ending with today, today's events included as soon as they are stored.

A round (`renew`) first brings the daily rollups up to date (an incremental append of the events
stored since the last round), then recomputes the metrics of the accounts that received events
since the previous round only, and scores them among every account's latest values (percentile
scores rank against the whole tier). Everyone is recomputed — a *full* round — when there is no
current score yet, when the model changed, and on the first round of a new day (windows moved for
every account, including those that went quiet).

Each account's row carries the time of the round that computed it: pages say "score as of 10:42".
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import ibis
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.health.engine import ActiveModel, live_accounts
from banso.health.scoring import Plan, score_accounts
from banso.metrics import compile_metrics, metric_context
from banso.store import Store
from banso.store import current_write as cw
from banso.store.limits import memory_cap
from banso.store.rollup import refresh_daily_rollup, rolled_up_until
from banso.values import Moment, utc_now


@dataclass(frozen=True)
class CurrentScore:
    """An account's current score and when it was computed (UTC, naive; pages show it in the workspace zone)."""

    score: float | None
    band: str | None
    as_of: Moment


@dataclass(frozen=True)
class Renewal:
    """What one round did."""

    as_of: Moment  # the round's time (UTC, naive), shown in the workspace zone
    full: bool
    accounts: int  # accounts recomputed
    scored: int  # of those, accounts with a score (live, with a metric)
    seconds: float
    rollup: str  # what the rollup refresh did: fresh, appended, rebuilt


def window_end(now: datetime, timezone: str) -> date:
    """The `as_of` date of current scores: the day after today in the workspace zone (windows end with today)."""
    local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone))
    return local.date() + timedelta(days=1)


def renew(store: Store, config: WorkspaceConfig, *, now: datetime | None = None, full: bool = False) -> Renewal:
    """One round: recompute the accounts with events since the last round (or all, see the module doc)."""
    started = time.perf_counter()
    if not cw.supported(store):
        from banso.errors import StoreError

        raise StoreError(f"current scores are kept in a DuckDB store; this workspace's store is on {store.engine}")
    cw.ensure_tables(store)
    now = now or utc_now()
    active = ActiveModel.current(config)
    as_of = window_end(now, config.timezone)
    with store.writing():  # the rollups and what they hold, read by one writer (the collector appends meanwhile)
        rollup = refresh_daily_rollup(store, config.events.passive)
        until_text = rolled_up_until(store)
        previous = cw.read_mark(store)
    # Metrics read the rollups, which hold exactly the events loaded up to `until`; events the collector
    # stores during the round are after it, and the next round renews their accounts.
    until = datetime.fromisoformat(until_text) if until_text else None
    full = full or previous is None or previous.model_version != active.version or previous.day != as_of
    accounts = None if full else cw.touched_accounts(store, previous.loaded_until if previous else None, until)
    mark = cw.Mark(active.version, as_of, until)
    if accounts == []:
        cw.write_round(store, _rows_frame([]), _values_frame([]), mark, full=False)
        return Renewal(now, False, 0, 0, time.perf_counter() - started, rollup)
    inputs = _inputs(store, config, active, as_of, accounts)
    if accounts is not None:  # rank the renewed accounts among everyone's latest values
        inputs = pd.concat([inputs, cw.stored_inputs(store, accounts)], ignore_index=True)
    wide = _score(store, active, inputs)
    renewed = wide if accounts is None else wide[wide["account_id"].isin(set(accounts))]
    rows, values = _records(renewed, active, now)
    cw.write_round(store, rows, values, mark, full=full)
    scored = int(renewed["score"].notna().sum())
    return Renewal(now, full, len(renewed), scored, time.perf_counter() - started, rollup)


def _inputs(store: Store, config: WorkspaceConfig, active: ActiveModel, as_of: date,
            accounts: list[str] | None) -> pd.DataFrame:
    """account_id, tier, live and each metric of the model at `as_of`, for `accounts` (None: all)."""
    ctx = metric_context(store, config, as_of)
    if accounts is not None:
        ctx.only(accounts)
    inputs = live_accounts(ctx).join(compile_metrics(ctx, active.specs), "account_id")
    with memory_cap(store):
        return store.execute(inputs)


def _score(store: Store, active: ActiveModel, inputs: pd.DataFrame) -> pd.DataFrame:
    """The model's wide scores of `inputs` (the same expressions as a weekly snapshot)."""
    frame = inputs.copy()
    frame["account_id"] = frame["account_id"].astype("string")
    frame["tier"] = frame["tier"].astype("string")
    frame["live"] = frame["live"].fillna(False).astype(bool)
    for name in active.specs:
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("float64") if name in frame else float("nan")
    plan = Plan.of(active.model)
    table = ibis.memtable(frame[["account_id", "tier", "live", *active.specs]])
    wide = store.execute(score_accounts(table, plan))
    wide = wide.merge(frame[["account_id", "tier", *active.specs]], on="account_id", how="left")
    return wide


def _records(wide: pd.DataFrame, active: ActiveModel, now: datetime) -> tuple[pd.DataFrame, pd.DataFrame]:
    plan = Plan.of(active.model)
    rows = []
    values = []
    for rec in wide.to_dict("records"):
        score = _num(rec["score"])
        dims = {d: {"score": _num(rec[plan.dim_col(j, "score")]), "weight": _num(rec[plan.dim_col(j, "weight")]),
                    "points": _num(rec[plan.dim_col(j, "points")])} for j, d in enumerate(plan.dimensions())}
        metrics = {e.metric: {"value": _num(rec[e.value]), "score": _num(rec[e.score]), "points": _num(rec[e.points])}
                   for e in plan.entries}
        live = bool(rec["live"])
        rows.append({"account_id": str(rec["account_id"]), "as_of": now, "score": score,
                     "band": None if score is None else str(rec["band"]),
                     "tier": None if pd.isna(rec["tier"]) else str(rec["tier"]), "live": live,
                     "model_version": active.version,
                     "dimensions": json.dumps(dims) if score is not None else None,
                     "metrics": json.dumps(metrics) if live else None})
        for name in active.specs:
            values.append({"account_id": str(rec["account_id"]), "metric": name, "value": _num(rec.get(name))})
    return _rows_frame(rows), _values_frame(values)


def _rows_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = ["account_id", "as_of", "score", "band", "tier", "live", "model_version", "dimensions", "metrics"]
    df = pd.DataFrame(rows, columns=columns)
    return df.astype({"account_id": "string", "score": "float64", "band": "string", "tier": "string",
                      "live": "bool", "model_version": "string", "dimensions": "string", "metrics": "string"}).assign(
        as_of=pd.to_datetime(df["as_of"]))


def _values_frame(values: list[dict[str, Any]]) -> pd.DataFrame:
    df = pd.DataFrame(values, columns=["account_id", "metric", "value"])
    return df.astype({"account_id": "string", "metric": "string", "value": "float64"})


def _num(value: object) -> float | None:
    if value is None or value is pd.NA:
        return None
    f = float(value)  # type: ignore[arg-type]
    return None if f != f else f


def current_scores(store: Store, config: WorkspaceConfig) -> pd.DataFrame | None:
    """Every account's current score: account_id, score, band, as_of (UTC); None before the first round."""
    if not cw.supported(store) or not cw.has_tables(store):
        return None
    t = store.table("current_scores")
    version = ActiveModel.current(config).version
    df = store.execute(t.filter(t.model_version == version).select("account_id", "score", "band", "as_of"))
    return df if len(df) else None


def last_round(store: Store) -> datetime | None:
    """When the current scores were last renewed (UTC); None before the first round."""
    if not cw.supported(store) or not cw.has_tables(store):
        return None
    value = store.ibis.execute(store.table("current_scores").as_of.max())
    return None if value is None or pd.isna(value) else pd.Timestamp(value).to_pydatetime()
