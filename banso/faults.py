"""A deliberate pause for crash tests: stop a named step just before it commits, and wait to be killed.

The service promises that a step killed half-way (SIGKILL, power loss) leaves the store as it was
before the step. Tests prove it on a real process: they start `banso serve` with

    BANSO_FAULT_PAUSE=score:2        the 2nd commit of the daily run's `score` step
    BANSO_FAULT_MARKER=/tmp/paused   written when the process pauses there

wait for the marker, SIGKILL the service, and look at the store. Without the variable (always, in
use) `before_commit` returns at once. Steps name themselves with `step(name)`.
"""

from __future__ import annotations

import contextvars
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PAUSE_ENV = "BANSO_FAULT_PAUSE"
MARKER_ENV = "BANSO_FAULT_MARKER"

_step: contextvars.ContextVar[tuple[str, list[int]] | None] = contextvars.ContextVar("banso_step", default=None)


@contextmanager
def step(name: str) -> Iterator[None]:
    """Name the work inside (the steps of the daily run), so a pause can be aimed at it."""
    token = _step.set((name, [0]))
    try:
        yield
    finally:
        _step.reset(token)


def before_commit() -> None:
    """Called by the store just before a transaction commits; pauses forever where the environment says."""
    wanted = os.environ.get(PAUSE_ENV)
    current = _step.get()
    if not wanted or current is None:
        return
    name, commits = current
    commits[0] += 1
    if wanted != f"{name}:{commits[0]}":
        return
    marker = os.environ.get(MARKER_ENV)
    if marker:
        Path(marker).write_text(f"{os.getpid()} paused before commit {commits[0]} of {name}\n", encoding="utf-8")
    while True:  # until killed: the transaction never commits
        time.sleep(3600)
