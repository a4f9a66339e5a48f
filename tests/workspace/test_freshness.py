"""The freshness line tells when events stop arriving: current scores, whose windows end today, would
otherwise count every account as quiet without a word."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pandas as pd

from banso.status import QUIET_DAYS
from tests.metrics import world


def test_events_quiet_for_three_days_are_told_with_the_newest_ones_time(tmp_path: Path) -> None:
    ws = world.build(tmp_path)
    try:
        newest = ws.freshness().last_event_at
        stored = ws.store.execute(ws.store.table("events").select("ts"))["ts"].max()
        quiet = {hours: ws.freshness(now=newest + timedelta(hours=hours)).quiet_days  # type: ignore[operator]
                 for hours in (1, 71, 72, 20 * 24 + 5)}
    finally:
        ws.close()
    assert newest == pd.Timestamp(stored).to_pydatetime()  # the store keeps UTC
    assert QUIET_DAYS == 3 and quiet == {1: None, 71: None, 72: 3, 485: 20}
