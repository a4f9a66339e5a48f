"""The `schedule:` section of banso.yaml: when the service runs the daily work and renews current scores.

    schedule:
      run_at: "05:30"          # the daily run, at this local time (workspace time zone)
      current_scores: 5m       # renew the current scores of accounts with new events this often
      current_alerts: 1h       # evaluate the alert rules on the current scores this often
      folders:
        product_events: imports/events   # the daily run loads new files found here with this source

Durations are written `30s`, `5m`, `2h` (or a number of seconds); `off` turns a renewal off. The
daily run reads the database sources, loads new files of the folders, scores, runs the alert rules,
delivers notifications and writes the exports (`banso.workspace.run_ops`).

>>> parse_duration("5m"), parse_duration("90s"), parse_duration(120), parse_duration("off")
(300, 90, 120, 0)
"""

from __future__ import annotations

import re
from datetime import time
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h)?\s*$")
_UNIT = {"s": 1, "m": 60, "h": 3600, None: 1}


def parse_duration(value: object) -> int:
    """Seconds from `30s`, `5m`, `2h`, a plain number of seconds, or `off` / false (0)."""
    if value is False or (isinstance(value, str) and value.strip().lower() in ("off", "0")):
        return 0
    if isinstance(value, bool):
        raise ValueError("write a duration such as 30s, 5m or 1h, or off")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("a duration cannot be negative")
        return value
    if isinstance(value, str):
        m = _DURATION.match(value)
        if m:
            return int(m.group(1)) * _UNIT[m.group(2)]
    raise ValueError(f"{value!r} is not a duration; write 30s, 5m or 1h (or off)")


Seconds = Annotated[int, BeforeValidator(parse_duration)]


class ScheduleConfig(BaseModel):
    """When the service (`banso serve`) does the workspace's work by itself."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    run_at: str | None = Field(None, description="local time (HH:MM, workspace time zone) of the daily run; "
                               "empty: no daily run")
    run_every: Seconds = Field(0, description="instead of run_at: run the daily work at this interval (e.g. 1h)")
    current_scores: Seconds = Field(300, description="how often current scores are renewed for accounts with "
                                    "new events (e.g. 5m); off: never")
    current_alerts: Seconds = Field(3600, description="how often the alert rules run on current scores (e.g. 1h); "
                                    "off: only after the daily run's score")
    late_after: Seconds = Field(3600, description="a daily run not finished this long after its time is late")
    folders: dict[str, str] = Field(default_factory=dict, description="source name -> folder (relative to the "
                                    "workspace) whose new files the daily run loads with that source")
    database_sources: bool = Field(True, description="the daily run reads every source with `database:`")
    exports: bool = Field(True, description="the daily run writes the csv/sql exports of signals.destinations")

    @field_validator("run_at")
    @classmethod
    def _clock_time(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            time.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a time of day; write HH:MM, e.g. \"05:30\"") from None
        if not re.fullmatch(r"\d{2}:\d{2}", value):
            raise ValueError(f"{value!r}: write the time as HH:MM, e.g. \"05:30\"")
        return value

    @field_validator("run_every", "current_scores", "current_alerts")
    @classmethod
    def _not_too_often(cls, value: int) -> int:
        if 0 < value < 5:
            raise ValueError(f"{value}s is too often; the shortest interval is 5s")
        return value

    @model_validator(mode="after")
    def _one_daily_rhythm(self) -> ScheduleConfig:
        if self.run_at is not None and self.run_every:
            raise ValueError("give either run_at (a daily time) or run_every (an interval), not both")
        return self

    @property
    def has_run(self) -> bool:
        """Whether the daily work is scheduled at all."""
        return self.run_at is not None or self.run_every > 0

    def run_time(self) -> time | None:
        return None if self.run_at is None else time.fromisoformat(self.run_at)


class ServiceConfig(BaseModel):
    """How `banso serve` runs: whether it also collects events, and how long it waits for work when stopped."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    collect: bool = Field(False, description="also accept tracking SDKs' events on the web port (as --collect)")
    stop_timeout: Seconds = Field(30, description="on stop, how long running work may take to finish before it is "
                                  "abandoned (its open transaction rolls back; the next start finishes the run)")
