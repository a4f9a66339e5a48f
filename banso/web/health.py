"""The web's view of the health engine: thresholds, band changes, history and explanations.

Health is optional for the pages: before a workspace has a health model and snapshots, the pages say
how to get them (`banso score`) instead of showing numbers. Everything here reads the health engine's
public API (Workspace methods and the `health_snapshots` table); nothing is scored here.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from banso.analysis.overview import band_changes as _band_changes
from banso.web.state import WebState

DEFAULT_GOOD, DEFAULT_BAD = 70.0, 40.0


def thresholds(state: WebState) -> tuple[float, float]:
    """The Good and Bad band thresholds of the workspace's health model (defaults 70 / 40)."""
    health = getattr(state.ws.config, "health", None)
    bands = getattr(health, "bands", None)
    good = getattr(bands, "good", None) if bands is not None else getattr(health, "good", None)
    bad = getattr(bands, "bad", None) if bands is not None else getattr(health, "bad", None)
    return (float(good) if good is not None else DEFAULT_GOOD, float(bad) if bad is not None else DEFAULT_BAD)


def has_snapshots(state: WebState) -> bool:
    return state.has_table("health_snapshots")


def model_version(state: WebState) -> str | None:
    """The version (hash) of the workspace's current health model, if the health engine is installed."""
    try:
        from banso.health.engine import ActiveModel
    except ImportError:
        return None
    try:
        return str(ActiveModel.current(state.ws.config).version)
    except Exception:  # a model the metrics cannot support: the pages show no health
        return None


def band_changes(state: WebState) -> list[dict[str, Any]]:
    version = model_version(state)
    if version is None or not has_snapshots(state):
        return []
    with state.lock:
        frame = _band_changes(state.ws.store, version)
    return _records(frame)


def score_history(state: WebState, account_id: str) -> pd.DataFrame | None:
    frame = state.per_account("history", account_id, lambda: state.health_call("score_history", account_id))
    return frame if isinstance(frame, pd.DataFrame) and len(frame) else None


def explanation(state: WebState, account_id: str) -> Any:
    """The explanation at the pages' date (known already: no lookup of the latest snapshot)."""
    as_of = state.as_of()
    return state.per_account("explain", account_id, lambda: state.health_call("explain", account_id, as_of))


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as plain Python values (NaN and NA become None)."""
    clean = frame.astype(object).where(frame.notna(), None)
    return clean.to_dict("records")  # type: ignore[return-value]
