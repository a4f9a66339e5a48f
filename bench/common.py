"""Shared helpers for benchmarks: medians of several runs, peak memory, one JSON file per benchmark.

Benchmarks are not tests: they measure and write `bench/results/NAME.json`, where each goal is
recorded with the measured figure and whether it was met.
"""

from __future__ import annotations

import json
import platform
import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS_DIR = Path(__file__).resolve().parent / "results"


@dataclass
class Goal:
    """One target, e.g. `Goal("snapshot_seconds", "<", 5.0)`; `op` is "<", "<=" or ">="."""

    metric: str
    op: str
    target: float

    def met(self, value: float) -> bool:
        if self.op == "<":
            return value < self.target
        if self.op == "<=":
            return value <= self.target
        return value >= self.target


@dataclass
class Result:
    name: str
    figures: dict[str, Any] = field(default_factory=dict)
    goals: list[Goal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def write(self) -> Path:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        goals = [
            {
                "metric": g.metric,
                "goal": f"{g.op} {g.target}",
                "value": self.figures.get(g.metric),
                "met": g.met(self.figures[g.metric]) if g.metric in self.figures else None,
            }
            for g in self.goals
        ]
        payload = {
            "benchmark": self.name,
            "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {"cpus": _cpus(), "python": platform.python_version()},
            "figures": self.figures,
            "goals": goals,
            "notes": self.notes,
        }
        path = RESULTS_DIR / f"{self.name}.json"
        path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return path


def median_seconds(fn: Callable[[], object], runs: int = 5) -> tuple[float, list[float]]:
    """Run `fn` `runs` times; return the median wall time and all times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def peak_rss_mib(children: bool = False) -> float:
    """Peak resident memory of this process (or its finished children) in MiB."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time this process has used so far (user + system), in seconds.

    Beside wall times on a shared machine: other people's work stretches the wall time of a run,
    much less the CPU time it needs.
    """
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpus() -> int:
    import os

    return os.cpu_count() or 0
