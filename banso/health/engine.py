"""Scoring runs: which model, which dates, and writing the snapshots.

A run takes a model (the current one from banso.yaml, or another file), computes its metrics for
each `as_of` (a Monday, local midnight) from the daily rollup, scores them and replaces the
snapshots of that date and model version. A backfill is the same for many weeks; the rollup is
refreshed once before, so no window rescans the raw events.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import ibis
import ibis.expr.types as ir
import pandas as pd

from banso.config.health import HealthModel, model_version
from banso.config.load import load_model_file
from banso.config.metrics import MetricSpec
from banso.config.models import WorkspaceConfig
from banso.errors import ConfigError
from banso.health.scoring import Plan, metric_rows, score_accounts
from banso.i18n import phrase
from banso.job_progress import AS_OF, DONE, REFRESHING_ROLLUP, WRITING_SNAPSHOTS
from banso.metrics import MetricContext, all_metrics, compile_metrics, metric_context
from banso.metrics.context import DateParams
from banso.store import Store
from banso.store.duckdb.prepared import DateQueries
from banso.store.duckdb.snapshots import SnapshotWriter
from banso.store.limits import memory_cap
from banso.store.prepared import date_queries
from banso.store.rollup import refresh_daily_rollup
from banso.store.snapshots import snapshot_writer
from banso.values import utc_now

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ActiveModel:
    """A health model with the metric definitions it reads and its version hash."""

    model: HealthModel
    specs: dict[str, MetricSpec]
    version: str
    source: str

    @classmethod
    def current(cls, config: WorkspaceConfig) -> ActiveModel:
        return cls.build(config.health, all_metrics(config), config, "banso.yaml")

    @classmethod
    def from_file(cls, path: Path, config: WorkspaceConfig) -> ActiveModel:
        model, declared = load_model_file(path, config)
        return cls.build(model, {**all_metrics(config), **declared}, config, str(path))

    @classmethod
    def build(cls, model: HealthModel, known: dict[str, MetricSpec], config: WorkspaceConfig,
              source: str) -> ActiveModel:
        missing = [m for m in model.metric_names() if m not in known]
        if missing:
            raise ConfigError(f"{source}: the health model uses unknown metric(s): {', '.join(missing)}")
        specs = {m: known[m] for m in model.metric_names()}
        version = model_version(model, specs, list(config.events.passive), list(config.events.features))
        return cls(model, specs, version, source)


def monday_on_or_before(day: date) -> date:
    return day - timedelta(days=day.weekday())


def default_as_of(store: Store) -> date:
    """The Monday on or before the day after the last event (this week's Monday when there are none)."""
    last = store.ibis.execute(store.table("events").day.max())
    if last is None or pd.isna(last):
        return monday_on_or_before(datetime.now(UTC).date())
    return monday_on_or_before(pd.Timestamp(last).date() + timedelta(days=1))


def weekly_dates(as_of: date, weeks: int) -> list[date]:
    """`weeks` weekly dates ending at `as_of`, oldest first (at least `as_of` itself)."""
    return [as_of - timedelta(weeks=k) for k in reversed(range(max(weeks, 1)))]


def live_accounts(ctx: MetricContext) -> ir.Table:
    """Every account with `tier` and `live`: started before `as_of` and not churned by then.

    An account with neither a trial nor a contract start counts as started; one marked churned
    without a churn date is never live (we cannot tell when it left).
    """
    a = ctx.accounts
    cutoff = ctx.midnight(0)
    started = a.trial_started_at.coalesce(a.contract_started_at)
    began = started.isnull() | (started < cutoff)
    stayed = ibis.ifelse(a.churned_at.notnull(), a.churned_at >= cutoff, a.status.fill_null("") != "churned")
    return a.select("account_id", "tier", live=began & stayed)


def score_expr(ctx: MetricContext, active: ActiveModel,
               materialize: Callable[[ir.Table, str], ir.Table] | None = None) -> tuple[Plan, ir.Table]:
    """The wide score table of every account at `ctx.as_of` (see `scoring.score_accounts`)."""
    plan = Plan.of(active.model)
    metrics = compile_metrics(ctx, active.specs, materialize)
    inputs = live_accounts(ctx).join(metrics, "account_id")
    return plan, score_accounts(inputs, plan)


@dataclass
class RunReport:
    """What a scoring run did."""

    model_name: str
    model_version: str
    source: str
    dates: list[date]
    rollup: str
    seconds: float
    bands: dict[str, int] = field(default_factory=dict)  # at the last date
    scored: int = 0


def run(
    store: Store,
    config: WorkspaceConfig,
    active: ActiveModel,
    dates: list[date],
    progress: Progress | None = None,
) -> RunReport:
    """Score `active` at each date and write the snapshots; return a summary."""
    started = time.perf_counter()
    if progress:
        progress(0, len(dates) + 1, REFRESHING_ROLLUP)
    rollup = refresh_daily_rollup(
        store, config.events.passive,
        (lambda done, total, what: progress(0, len(dates) + 1, what)) if progress else None,
    )
    computed_at = utc_now()
    compiled = compiled_model(store, config, active, dates[0] if dates else date.today())
    with memory_cap(store):
        _run_dates(active, compiled, dates, computed_at, progress)
    if progress:
        progress(len(dates) + 1, len(dates) + 1, DONE)
    report = RunReport(active.model.title(), active.version, active.source, dates, rollup,
                       time.perf_counter() - started)
    if dates:
        snap = store.table("health_snapshots")
        last = snap.filter(snap.as_of == dates[-1], snap.model_version == active.version, snap.band.notnull())
        counts = store.execute(last.group_by("band").agg(n=last.count()))
        report.bands = {str(b): int(n) for b, n in zip(counts["band"], counts["n"], strict=True)}
        report.scored = sum(report.bands.values())
    return report


@dataclass
class CompiledModel:
    """A model's queries compiled over date parameters, with the writer of their snapshots."""

    plan: Plan
    queries: DateQueries
    writer: SnapshotWriter


# Per store: compiled models by (model version, time zone, whether the rollups are read). Building
# and compiling a model's query graph costs more than running it on the rollups (about 1.5 s of a
# snapshot at the design scale), so a process that scores again (the service renewing the current
# score, a benchmark) compiles once. The version covers the model, its metric definitions and the
# passive and feature events: everything else that shapes the SQL is in the key.
_COMPILED: weakref.WeakKeyDictionary[Store, dict[tuple[str, str, bool], CompiledModel]] = weakref.WeakKeyDictionary()


def compiled_model(store: Store, config: WorkspaceConfig, active: ActiveModel, first: date) -> CompiledModel:
    """`active`'s queries on `store`, compiled once with date parameters, then run per date."""
    params = DateParams(config.timezone)
    ctx = metric_context(store, config, first)
    ctx.params = params
    key = (active.version, config.timezone, ctx.rollup is not None)
    known = _COMPILED.setdefault(store, {})
    if key in known:
        return known[key]
    queries = date_queries(store, params)
    try:
        plan, wide = score_expr(ctx, active, queries.materialize)
        table = queries.materialize(wide, "_health_wide")
    finally:
        queries.release()
    writer = snapshot_writer(
        store, wide=table, long_rows=lambda t: metric_rows(t, plan),
        metric_columns={e.metric: (e.dimension, e.value, e.score, e.points) for e in plan.entries},
        dimension_columns={d: (plan.dim_col(j, "score"), plan.dim_col(j, "weight"), plan.dim_col(j, "points"))
                           for j, d in enumerate(plan.dimensions())},
    )
    if len(known) >= 4:  # models compared or edited in one process: keep the latest few
        known.clear()
    known[key] = CompiledModel(plan, queries, writer)
    return known[key]


def _run_dates(active: ActiveModel, compiled: CompiledModel, dates: list[date], computed_at: datetime,
               progress: Progress | None) -> None:
    """Compute and write each date's snapshot with the compiled queries (the same path for one week and many)."""
    queries, writer = compiled.queries, compiled.writer
    try:
        for i, (as_of, rows) in enumerate(queries.each(dates, writer.result_sql)):
            if progress:
                progress(i + 1, len(dates) + 1, phrase(AS_OF, day=as_of))
            writer.collect(as_of, rows, final=i == len(dates) - 1)
        if progress:
            progress(len(dates), len(dates) + 1, WRITING_SNAPSHOTS)
        writer.flush(active.model.title(), active.version, computed_at)
    finally:
        writer.discard()  # a no-op after a flush; after a failure, the next run starts clean
        queries.release()
