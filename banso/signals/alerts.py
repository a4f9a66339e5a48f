"""`banso alerts run`: evaluate every rule at a date and record what fired, without spam.

An account gets no new alert of a rule while an earlier one of that rule is still open,
acknowledged or snoozed, nor within the rule's cooldown after one; the same date run twice
creates nothing new. Alerts carry the reason in both languages with the values the rule read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pandas as pd
from sqlalchemy import select

from banso.appstate.alerts import ACTIVE, Alert, AlertEvent
from banso.appstate.db import AppState
from banso.config.models import WorkspaceConfig
from banso.signals import data_quality
from banso.signals.cooldown import DEFAULT_COOLDOWN_DAYS, cooldown_days, holds_back
from banso.signals.evaluate import FIRED_COLUMNS, evaluate
from banso.signals.value_names import ValueNames
from banso.store import Store
from banso.values import as_float, is_missing


@dataclass
class RunResult:
    as_of: date
    fired: int = 0
    created: list[int] = field(default_factory=list)
    suppressed: int = 0  # fired, but an alert is still active or within the cooldown
    by_rule: dict[str, int] = field(default_factory=dict)


def fired_at(store: Store, config: WorkspaceConfig, day: date) -> pd.DataFrame:
    """Everything that fires at `day`: account rules and the workspace's data-quality checks."""
    parts = [evaluate(store, config, day), data_quality.check(store, config, day)]
    parts = [p for p in parts if not p.empty]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=FIRED_COLUMNS)


def run(store: Store, app: AppState, config: WorkspaceConfig, day: date) -> RunResult:
    return record(app, config, fired_at(store, config, day), day)


def record(app: AppState, config: WorkspaceConfig, fired: pd.DataFrame, day: date, *, by: str = "banso alerts run",
           extra: dict[str, Any] | None = None) -> RunResult:
    """Record what fired at `day` as alerts, holding back what an active alert or a cooldown covers.

    `extra` is kept with each new alert's details (e.g. the time of the current score it read).
    """
    result = RunResult(day, fired=len(fired))
    cooldowns = cooldown_days(config)
    names = ValueNames(config)
    with app.session() as s:
        recent = _recent(s, day, max([*cooldowns.values(), DEFAULT_COOLDOWN_DAYS]))
        for row in fired.to_dict("records"):
            key = (row["rule"], row["account_id"])
            last = recent.get(key)
            cooldown = cooldowns.get(row["rule"], DEFAULT_COOLDOWN_DAYS)
            if last is not None and holds_back(last[0], day, cooldown, still_active=last[1] in ACTIVE):
                result.suppressed += 1
                continue
            ja, en = reasons(config, row, names)
            alert = Alert(
                rule=row["rule"], account_id=row["account_id"], as_of=day, severity=row["severity"],
                route=row["route"], status="open", owner=_text(row["owner"]), account_name=_text(row["name"]),
                mrr=_num(row["mrr"]), score=_num(row["score"]), band=_text(row["band"]),
                priority=_priority(row["priority"]), reason_ja=ja, reason_en=en,
                details={**row["values"], **(extra or {})},
            )
            s.add(alert)
            s.flush()
            s.add(AlertEvent(alert_id=alert.id, action="opened", by=by, comment=None))
            result.created.append(alert.id)
            result.by_rule[row["rule"]] = result.by_rule.get(row["rule"], 0) + 1
            recent[key] = (day, "open")
    return result


def _recent(s: Any, day: date, horizon: int) -> dict[tuple[str, str], tuple[date, str]]:
    """The latest alert per (rule, account) that is active, or dated within the longest cooldown."""
    since = day - timedelta(days=horizon)
    rows = s.execute(select(Alert.rule, Alert.account_id, Alert.as_of, Alert.status)
                     .where((Alert.as_of > since) | Alert.status.in_(ACTIVE))).all()
    out: dict[tuple[str, str], tuple[date, str]] = {}
    for rule, account, as_of, status in rows:
        key = (rule, account)
        have = out.get(key)
        if have is None or as_of > have[0] or (status in ACTIVE and have[1] not in ACTIVE):
            out[key] = (as_of, status if have is None or status in ACTIVE else have[1])
    return out


def reasons(config: WorkspaceConfig, row: dict[str, Any], names: ValueNames | None = None) -> tuple[str, str]:
    """The rule's description in both languages, followed by the values it read, named for people (`names`: one
    `ValueNames` for a whole run, which reads the metric labels once)."""
    rule = config.signals.rules.get(row["rule"])
    if rule is not None:
        ja, en = rule.description.ja, rule.description.en
    else:
        ja, en = data_quality.DESCRIPTIONS.get(row["rule"], (row["rule"], row["rule"]))
    values = row.get("values") or {}
    if not values:
        return ja, en
    names = names or ValueNames(config)
    return f"{ja}({names.shown(values, 'ja')})", f"{en} ({names.shown(values, 'en')})"


def _text(v: Any) -> str | None:
    return None if is_missing(v) else str(v)


def _num(v: Any) -> float | None:
    return as_float(v)


def _priority(v: Any) -> float:
    f = _num(v)
    return 1e12 if f is None or math.isinf(f) else f
