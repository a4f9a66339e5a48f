"""A job as its readers see it: the Jobs page, the JSON API, `banso jobs` and the overview's freshness line.

Plain values, apart from the application state that records jobs (`banso.appstate.jobs`): opening a
workspace describes its freshness with them, and importing SQLAlchemy and the app-state models for
that took half of every command's start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from banso.values import Moment, utc_now


@dataclass(frozen=True)
class Step:
    """One step of a run: its name, status, times, counts and error."""

    name: str
    status: str
    started_at: Moment | None = None
    finished_at: Moment | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class JobInfo:
    """A job as pages, the JSON API and `banso jobs` show it (times in UTC, naive)."""

    id: int
    kind: str
    what: str
    started_by: str
    status: str
    created_at: Moment
    started_at: Moment | None
    finished_at: Moment | None
    progress: float | None
    progress_text: str | None
    steps: list[Step]
    counts: dict[str, Any]
    error: str | None
    resumes: int | None
    scheduled_for: Moment | None

    def job_counts(self) -> dict[str, int]:
        """What the job of a command that ran this one shows: which job it was (its own row has its counts)."""
        return {"job": self.id}

    @property
    def seconds(self) -> float | None:
        """How long it ran (so far, while running)."""
        if self.started_at is None:
            return None
        return ((self.finished_at or utc_now()) - self.started_at).total_seconds()
