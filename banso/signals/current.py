"""The alert rules on current scores: the same rules, cooldowns and de-duplication, hours not a week later.

The frame is the one `banso alerts run` builds (`FrameBuilder`), at the date the current scores'
windows end (tomorrow, so today's events count), with the current score and band in place of the
snapshot's. What a rule reads about the past (`previous_band`, `change(score, 4)`) comes from the
weekly snapshots on or before those dates. Alerts are dated today and carry the time of the score
they read (`SCORE_TIME`), so the alerts page can say "score as of 10:42".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from banso.appstate.db import AppState
from banso.config.models import WorkspaceConfig
from banso.health.current import current_scores, window_end
from banso.health.engine import monday_on_or_before
from banso.signals.alerts import RunResult, record
from banso.signals.evaluate import evaluate
from banso.signals.frame import FrameBuilder
from banso.signals.inbox import SCORE_TIME
from banso.store import Store


@dataclass
class CurrentFrameBuilder(FrameBuilder):
    """A `FrameBuilder` reading current scores at `day`, and the weekly snapshots before it."""

    day: date = date.min
    current: pd.DataFrame | None = None

    def scores(self, day: date) -> pd.DataFrame:
        if day == self.day and self.current is not None:
            return self.current.set_index("account_id")[["score", "band"]]
        return super().scores(monday_on_or_before(day))


def run_current(store: Store, app: AppState, config: WorkspaceConfig, now: datetime) -> RunResult:
    """Evaluate the rules on the current scores and record new alerts, dated today (workspace zone)."""
    day = window_end(now, config.timezone)
    today = day - timedelta(days=1)
    current = current_scores(store, config)
    if current is None:
        return RunResult(today)
    builder = CurrentFrameBuilder(store, config, day=day, current=current)
    fired = evaluate(store, config, day, builder=builder)
    times = dict(zip(current["account_id"], current["as_of"], strict=True))
    parts = []
    for account, rows in fired.groupby("account_id", sort=False):
        stamp = times.get(account)
        parts.append((rows, {SCORE_TIME: pd.Timestamp(stamp).isoformat()} if stamp is not None else {}))
    result = RunResult(today, fired=len(fired))
    for rows, extra in parts:
        one = record(app, config, rows, today, by="current scores", extra=extra)
        result.created += one.created
        result.suppressed += one.suppressed
        for rule, n in one.by_rule.items():
            result.by_rule[rule] = result.by_rule.get(rule, 0) + n
    return result
