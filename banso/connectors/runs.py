"""Every sync is recorded: started, then finished with its counts, or failed with its (secret-free) reason."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from banso.appstate.db import AppState
from banso.appstate.sync import finish_run, start_run
from banso.errors import BansoError


@dataclass
class RunCounts:
    """What a run moved, filled in while it works: counts by name, and the rows that count as moved."""

    counts: dict[str, int] = field(default_factory=dict)
    rows: int = 0

    def add(self, key: str, n: int) -> None:
        self.counts[key] = self.counts.get(key, 0) + n


@contextmanager
def recorded(app: AppState, connector: str, direction: str, *, dry_run: bool = False) -> Iterator[RunCounts]:
    """Record the run around the block; a BansoError is recorded with its message and raised again."""
    with app.session() as s:
        run_id = start_run(s, connector, direction, dry_run=dry_run)
    counts = RunCounts()
    try:
        yield counts
    except BansoError as exc:
        with app.session() as s:
            finish_run(s, run_id, counts=counts.counts, rows=0, error=str(exc))
        raise
    except BaseException as exc:
        with app.session() as s:
            finish_run(s, run_id, counts=counts.counts, rows=0, error=f"stopped: {type(exc).__name__}")
        raise
    with app.session() as s:
        finish_run(s, run_id, counts=counts.counts, rows=counts.rows)
