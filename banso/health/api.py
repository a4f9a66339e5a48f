"""The health operations the Workspace exposes, over a store and a configuration.

    score(...)             write weekly snapshots (one date, a backfill, or another model to compare)
    scores(...)            the account list at a date: score, band, trend, top reasons
    explain(...)           one account's points per metric and their change
    score_history(...)     one account's scores over time
    band_composition(...)  Good / Normal / Bad per week and the index %Good − %Bad
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from banso.config.labels import Label, text_in
from banso.config.models import WorkspaceConfig
from banso.errors import ConfigError, NotFoundError
from banso.health import read
from banso.health.compare import Comparison, compare
from banso.health.coverage import TOUCHPOINT_KINDS, Coverage, coverage
from banso.health.engine import ActiveModel, Progress, RunReport, default_as_of, run, weekly_dates
from banso.health.explain import Explanation
from banso.health.explain import explain as explain_account
from banso.metrics import all_metrics
from banso.store import Store


@dataclass
class ScoreOutcome:
    """What `score` did: the run of the model asked for, and the comparison when one was asked."""

    run: RunReport
    baseline: RunReport | None = None  # the current model, when it had to be scored for a comparison
    comparison: Comparison | None = None
    coverage: Coverage | None = None  # from when the scored model's windows lie within the event history


def _own_labels(config: WorkspaceConfig) -> dict[str, Label]:
    """Each metric's own `label` (built-in ones have theirs), for when the health model names it not."""
    return {name: spec.label for name, spec in all_metrics(config).items() if spec.label}


def score(store: Store, config: WorkspaceConfig, *, as_of: date | None = None, backfill_weeks: int = 0,
          model_path: Path | None = None, compare_models: bool = False,
          progress: Progress | None = None) -> ScoreOutcome:
    """Score weekly snapshots.

    Without `model_path` the current model (banso.yaml) is scored at `as_of` (default: the Monday
    after the last event) and, with `backfill_weeks` = N, at the N − 1 Mondays before it too.
    With `model_path` that model is scored instead, stored under its own version, so the current
    model's snapshots are never overwritten; with `compare_models` it is scored over the dates the
    current model has snapshots for (scoring the current model first if it has none) and compared.
    """
    if compare_models and model_path is None:
        raise ConfigError("--compare needs --model FILE: the model to compare with the current one")
    if as_of is not None and as_of.weekday() != 0:
        raise ConfigError(f"as_of {as_of} is a {as_of:%A}; weekly snapshots are taken on Mondays")
    current = ActiveModel.current(config)
    last = default_as_of(store)
    dates = weekly_dates(as_of or last, backfill_weeks)
    if model_path is None:
        return ScoreOutcome(run(store, config, current, dates, progress), coverage=coverage(store, current.specs))
    other = ActiveModel.from_file(model_path, config)
    if not compare_models:
        return ScoreOutcome(run(store, config, other, dates, progress), coverage=coverage(store, other.specs))
    baseline = None
    history = read.snapshot_dates(store, current.version)
    if as_of is not None or backfill_weeks or not history:
        missing = [d for d in dates if d not in set(history)]
        if missing:
            baseline = run(store, config, current, missing, progress)
        history = dates
    report = run(store, config, other, history, progress)
    comparison = compare(store, current.version, other.version, other.model.title(), history, last)
    return ScoreOutcome(report, baseline, comparison, coverage(store, other.specs))


def scores(store: Store, config: WorkspaceConfig, as_of: date | None = None) -> pd.DataFrame:
    current = ActiveModel.current(config)
    day = read.resolve_as_of(store, current.version, as_of)
    return read.scores(store, config.health, current.version, day, _own_labels(config))


def explain(store: Store, config: WorkspaceConfig, account_id: str, as_of: date | None = None,
            language: str = "en") -> Explanation:
    """One account's score explained; labels in `language` (banso.yaml may give them in both)."""
    current = ActiveModel.current(config)
    day = as_of if as_of is not None else read.resolve_as_of(store, current.version, None)
    try:
        return explain_account(store, config.health, current.version, account_id, day, _own_labels(config),
                               language)
    except NotFoundError:
        read.resolve_as_of(store, current.version, day)  # a date with no snapshot at all: say which exist
        raise


def score_history(store: Store, config: WorkspaceConfig, account_id: str) -> pd.DataFrame:
    return read.score_history(store, ActiveModel.current(config).version, account_id)


def band_composition(store: Store, config: WorkspaceConfig) -> pd.DataFrame:
    return read.band_composition(store, ActiveModel.current(config).version)


def metric_labels(config: WorkspaceConfig, language: str = "en") -> dict[str, str]:
    """Every metric's name for people in `language`, by metric: the current model's label for it (what
    explanations and the KPI tree say), else its own `label`, else its name."""
    active = ActiveModel.current(config)
    own = _own_labels(config)
    out = {name: text_in(own.get(name), language) or name for name in all_metrics(config)}
    for dimension, dim in active.model.dimensions.items():
        for name in dim.metrics:
            out[name] = read.metric_label(active.model, dimension, name, own, language)
    return out


def metrics_joined(store: Store, config: WorkspaceConfig, language: str = "en",
                   account_id: str | None = None) -> list[tuple[date, str]]:
    """(date, label in `language`) of each metric of the current model read from touchpoints whose data begin
    after its first snapshot, in date order: the first snapshot where some account reads something for it (or,
    with `account_id`, where that account first has a value for it: its own first NPS answer).

    Skipped (or zero) until then, such a metric joins every score at once on that date (town's NPS survey
    sends its first wave in May), and the bands move with the model's input rather than with the accounts'
    health; the overview's charts mark the date. Metrics counting events begin with the events, which the
    warm-up weeks cover (`coverage`).
    """
    active = ActiveModel.current(config)
    first_snapshot = read.first_as_of(store, active.version)
    if first_snapshot is None:
        return []
    dimension = {m: d for d, dim in active.model.dimensions.items() for m in dim.metrics}
    sourced = [m for m in dimension if getattr(active.specs.get(m), "kind", None) in TOUCHPOINT_KINDS]
    first = read.first_read(store, active.version, sourced, account_id)
    return sorted((day, read.metric_label(active.model, dimension[m], m, _own_labels(config), language))
                  for m, day in first.items() if day > first_snapshot)


def latest_as_of(store: Store, config: WorkspaceConfig) -> date | None:
    return read.latest_as_of(store, ActiveModel.current(config).version)
