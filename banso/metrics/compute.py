"""`compute_metrics`: one row per account, one column per metric, as a lazy Ibis expression."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Literal

import ibis.expr.types as ir

from banso.config.metrics import MetricSpec
from banso.config.models import WorkspaceConfig
from banso.metrics.catalog import resolve
from banso.metrics.context import MetricContext
from banso.metrics.registry import COMPILERS, needs
from banso.store import Store
from banso.store.rollup import daily_rollups

RollupUse = Literal["auto", "never"]


def metric_context(store: Store, config: WorkspaceConfig, as_of: date, *, rollup: RollupUse = "auto") -> MetricContext:
    """The tables of `store` seen at `as_of`; the daily rollups are used when they are up to date."""
    rollups = daily_rollups(store, config.events.passive) if rollup == "auto" else None
    return MetricContext(
        as_of=as_of,
        timezone=config.timezone,
        passive=tuple(config.events.passive),
        features=tuple(config.events.features),
        accounts=store.table("accounts"),
        memberships=store.table("memberships"),
        events=store.table("events"),
        touchpoints=store.table("touchpoints"),
        rollup=rollups[0] if rollups else None,
        account_rollup=rollups[1] if rollups else None,
    )


def compute_metrics(
    store: Store,
    config: WorkspaceConfig,
    as_of: date,
    names: list[str] | None = None,
    *,
    rollup: RollupUse = "auto",
    accounts: list[str] | None = None,
) -> ir.Table:
    """Metrics of every account at `as_of` (midnight in the workspace zone).

    Returns an Ibis table with `account_id` and one float64 column per metric (NULL when the metric
    is undefined for the account, e.g. an active rate without seats). `names=None` computes every
    metric known by name (built-in and declared). Nothing runs until the expression is executed:

        df = store.execute(compute_metrics(store, config, date(2026, 11, 16), ["active_rate_28d"]))
    """
    specs = resolve(config, names)
    ctx = metric_context(store, config, as_of, rollup=rollup)
    if accounts is not None:
        ctx.only(accounts)
    return compile_metrics(ctx, specs)


def compile_metrics(ctx: MetricContext, specs: Mapping[str, MetricSpec],
                    materialize: Callable[[ir.Table, str], ir.Table] | None = None) -> ir.Table:
    """Every account's metrics, a column each, in the order given.

    The events are aggregated once for all the metrics' windows and joined onto the accounts once
    (`MetricContext.prepare`); the metrics that read those aggregates are columns of one select over
    them, and the few that need a table of their own (evenness, breadth, touchpoints) are joined on.
    `materialize`, when given, computes the shared aggregates once instead of inlining them.
    """
    ctx.prepare(*needs(specs.values()), materialize=materialize)
    facts = ctx.facts()
    columns: dict[str, ir.Value] = {}
    tables: dict[str, ir.Table] = {}
    for name, spec in specs.items():
        part = COMPILERS[spec.kind](spec, ctx)
        if isinstance(part, ir.Table):
            tables[name] = part
        else:
            columns[name] = part.cast("float64")
    out = facts.select("account_id", **columns)
    for name, table in tables.items():
        out = out.join(table.select("account_id", **{name: table.value.cast("float64")}), "account_id")
    return out.select("account_id", *specs)
