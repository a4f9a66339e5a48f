"""Segments compiled to Ibis expressions over the account facts table (never to SQL text).

The definition (`SegmentSpec`, parsed from URL parameters or stored JSON) lives in
`banso.config.segment`; here it becomes filters. Every value is a literal in the expression; column
names come from a fixed list or from the metrics the workspace knows, so no input reaches the engine
as text.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

from banso.config.segment import METRIC_PREFIX, Op, SegmentError, SegmentSpec
from banso.i18n import N_

__all__ = ["apply_segment", "segment_conditions"]


def apply_segment(table: ir.Table, spec: SegmentSpec, *, over_time: bool = False) -> ir.Table:
    """Filter a facts table (see `banso.analysis.account_list`) by the spec.

    `over_time` is for analyses over past periods (insights, composition): there a segment counts the
    accounts that churned since, as they were customers then, unless its statuses say otherwise. Lists of
    accounts to work on leave them out by default (`SegmentSpec.leaves_out_churned`).
    """
    conditions = segment_conditions(table, spec, over_time=over_time)
    return table.filter(*conditions) if conditions else table


def segment_conditions(t: ir.Table, spec: SegmentSpec, *, over_time: bool = False) -> list[ir.BooleanValue]:
    """The boolean Ibis expressions of a spec over the facts table `t` (`over_time`: see `apply_segment`)."""
    out: list[ir.BooleanValue] = []
    if spec.q:  # the name contains it, or it is the account's id (ids in any case: see `SegmentSpec.q`)
        out.append(t.name.lower().contains(spec.q.lower()) | (t.account_id.lower() == spec.q.lower()))
    for key in ("tier", "plan", "owner", "status", "phase"):
        chosen = getattr(spec, key)
        if chosen:
            out.append(t[key].isin(chosen))
    if spec.leaves_out_churned and not over_time:  # the customers, not those who left (`SegmentSpec.status`)
        out.append(t.status.isnull() | (t.status != "churned"))
    if spec.band:
        named = [b for b in spec.band if b != "none"]
        cond = t.band.isin(named) if named else ibis.literal(False)
        if "none" in spec.band:
            cond = cond | t.band.isnull()
        out.append(cond)
    if spec.score_min is not None:
        out.append(t.score >= spec.score_min)
    if spec.score_max is not None:
        out.append(t.score <= spec.score_max)
    if spec.renewal_within is not None:
        out.append((t.days_to_renewal >= 0) & (t.days_to_renewal <= spec.renewal_within))
    if spec.accounts:
        out.append(t.account_id.isin(spec.accounts))
    for f in spec.metrics:
        column = METRIC_PREFIX + f.metric
        if column not in t.columns:
            raise SegmentError(N_("metric %(metric)s is not computed for this workspace"), metric=repr(f.metric))
        out.append(_compare(t[column], f.op, f.value))
    return out


def _compare(column: ir.Value, op: Op, value: float) -> ir.BooleanValue:
    col: ir.NumericValue = column  # type: ignore[assignment]
    match op:
        case "<":
            return col < value
        case "<=":
            return col <= value
        case ">":
            return col > value
        case ">=":
            return col >= value
        case "=":
            return col == value
        case "!=":
            return col != value
