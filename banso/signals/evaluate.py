"""Evaluate the workspace's rules at a date: which accounts each rule fires on, and why.

The rules are compiled once, the frame is built once per date with everything they read, and each
rule runs as a filter in the query layer. A fired rule carries the values it read, so the alert
can say "usage 12 against a normal week of 85" rather than only "usage drop".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir
import numpy as np
import pandas as pd

from banso.config.models import WorkspaceConfig
from banso.config.signals import Rule
from banso.signals.compile import CompiledRule, compile_rule, prepare
from banso.signals.frame import BASE_COLUMNS, FrameBuilder, Needs, history_column
from banso.store import Store
from banso.values import is_missing

SEVERITY_WEIGHT = {"high": 3.0, "medium": 2.0, "low": 1.0}
FIRED_COLUMNS = ["rule", "account_id", "name", "owner", "tier", "mrr", "score", "band", "severity", "route",
                 "priority", "values"]


@dataclass(frozen=True)
class RuleSet:
    """The enabled rules of a config, parsed and checked against the names the frame offers."""

    rules: dict[str, tuple[Rule, CompiledRule, CompiledRule | None]]

    @classmethod
    def of(cls, config: WorkspaceConfig, builder: FrameBuilder, only: list[str] | None = None) -> RuleSet:
        known = set(BASE_COLUMNS) | builder.known_metrics()
        out = {}
        for name, rule in config.signals.rules.items():
            if not rule.enabled or (only is not None and name not in only):
                continue
            applies = prepare(f"{name}.applies_to", rule.applies_to, known) if rule.applies_to else None
            out[name] = (rule, prepare(name, rule.when, known), applies)
        if only:
            unknown = sorted(set(only) - set(config.signals.rules))
            if unknown:
                from banso.errors import NotFoundError
                from banso.i18n import N_

                raise NotFoundError(N_("no rule named %(names)s; rules are: %(rules)s"), names=", ".join(unknown),
                                    rules=", ".join(config.signals.rules))
        return cls(out)

    @property
    def needs(self) -> Needs:
        total = Needs(frozenset({"account_id", "name", "owner", "tier", "mrr", "score", "band"}))
        for _, when, applies in self.rules.values():
            total = total | when.needs | (applies.needs if applies else Needs())
        return total


def evaluate(store: Store, config: WorkspaceConfig, day: date, *, builder: FrameBuilder | None = None,
             rules: RuleSet | None = None) -> pd.DataFrame:
    """One row per (rule, account) that fires at `day`, with FIRED_COLUMNS."""
    builder = builder or FrameBuilder(store, config)
    rules = rules or RuleSet.of(config, builder)
    if not rules.rules:
        return pd.DataFrame(columns=FIRED_COLUMNS)
    frame_df = builder.build(day, rules.needs)
    if frame_df.empty:
        return pd.DataFrame(columns=FIRED_COLUMNS)
    frame = ibis.memtable(_plain(frame_df))
    # One query for every rule, a flag column per rule: a query per rule compiled and ran the same
    # frame once per rule (a backtest of a year: once per rule and week, a third of its time).
    fires: dict[str, ir.BooleanValue] = {}
    reads: dict[str, list[str]] = {}
    for name, (_, when, applies) in rules.rules.items():
        cond = compile_rule(when, frame)
        fires[name] = cond & compile_rule(applies, frame) if applies is not None else cond
        reads[name] = sorted((when.needs.names - {"account_id"}) | {history_column(*h) for h in when.needs.history})
    base = ["account_id", "name", "owner", "tier", "mrr", "score", "band"]
    cols = list(dict.fromkeys([*base, *(c for read in reads.values() for c in read)]))
    flags = {f"_fires_{i}": cond for i, cond in enumerate(fires.values())}
    hits = store.ibis.execute(frame.filter(ibis.or_(*fires.values())).select(*cols, **flags))
    parts = []
    for i, (name, (rule, _, _)) in enumerate(rules.rules.items()):
        read = reads[name]
        hit = hits.loc[hits[f"_fires_{i}"].astype(bool), list(dict.fromkeys([*base, *read]))].reset_index(drop=True)
        if hit.empty:
            continue
        hit["values"] = [_values(row, read) for row in hit[read].to_dict("records")] if read else [{}] * len(hit)
        hit["rule"], hit["severity"], hit["route"] = name, rule.severity, rule.route
        parts.append(hit)
    if not parts:
        return pd.DataFrame(columns=FIRED_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    out["priority"] = priority(out["mrr"], out["score"], out["severity"])
    return out[FIRED_COLUMNS]


def priority(mrr: pd.Series, score: pd.Series, severity: pd.Series) -> pd.Series:
    """MRR at stake × risk: risk grows with the severity and with how low the score is."""
    risk = severity.map(SEVERITY_WEIGHT).astype("float64") * (1.0 + (100.0 - score.astype("float64").fillna(50.0)) / 100.0)
    return (mrr.astype("float64").fillna(0.0) * risk).round(2)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Object columns as strings and numbers as floats, so the query layer infers clean types."""
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object:
            out[c] = out[c].astype("string")
        elif np.issubdtype(out[c].dtype, np.number):
            out[c] = out[c].astype("float64")
    return out


def _values(row: dict[str, Any], names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in names:
        v = row[n]
        if is_missing(v):
            out[_label(n)] = None
        elif isinstance(v, float | np.floating):
            out[_label(n)] = round(float(v), 3)
        else:
            out[_label(n)] = str(v)
    return out


def _label(column: str) -> str:
    """`__baseline__events_7d__8` → `baseline(events_7d, 8)`."""
    if column.startswith("__"):
        fn, metric, weeks = column[2:].split("__")
        return f"{fn}({metric}, {weeks})"
    return column
