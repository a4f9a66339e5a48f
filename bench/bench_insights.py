"""Insights at the design scale: the nulab world (15,000 accounts, ~100 million events).

Goals (issue 18): a trend or a funnel over a year by week broken down by tier < 2 s, and a 52-week
retention matrix < 2 s, on the default store. Measured per insight, computed by its runner (no read
cache):

    cold   the first question after a load: it also builds the per-day summaries it reads
           (`banso.store.derived`), once per load
    warm   median of 3 later questions (the summaries exist; the store is otherwise cold to this query)

The goals apply to the warm figures; the cold ones say what the first question after a load costs.

    python -m bench.bench_insights [--workspace DIR]   (default: the cached nulab workspace)
"""

from __future__ import annotations

import argparse
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.common import Goal, Result, median_seconds


def specs(as_of: date) -> dict[str, Any]:
    from banso.analysis.insights import FunnelSpec, RetentionSpec, TrendSpec, parse_breakdown, parse_event

    year = as_of - timedelta(days=364)
    tier = parse_breakdown("tier")
    return {
        "trend_events_by_tier": TrendSpec(measure="events", event=parse_event("issue_created"), interval="week",
                                          date_from=year, breakdown=tier),
        "trend_active_accounts_by_tier": TrendSpec(measure="accounts", interval="week", date_from=year,
                                                   breakdown=tier),
        "funnel_by_tier": FunnelSpec(steps=(parse_event("project_created"), parse_event("user_invited"),
                                            parse_event("issue_created")), date_from=year, interval="week",
                                     breakdown=tier),
        "retention_52_weeks": RetentionSpec(periods=52),
    }


def drop_derived(root: Path) -> int:
    """Remove the derived tables, so the first question pays for them as after a load."""
    import duckdb

    con = duckdb.connect(str(root / "banso.duckdb"))
    names = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_name LIKE 'derived_%'").fetchall()]
    for name in names:
        con.execute(f'DROP TABLE "{name}"')
    con.execute("DELETE FROM banso_meta WHERE key LIKE 'derived:%'")
    con.close()
    return len(names)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace", type=Path, default=None, help="a loaded nulab workspace")
    args = parser.parse_args()
    if args.workspace is None:
        from bench.worlds import loaded_workspace

        root = loaded_workspace("nulab")
    else:
        root = args.workspace
    dropped = drop_derived(root)

    from banso.analysis.insights import INSIGHTS
    from banso.workspace import Workspace

    ws = Workspace.open(root)
    as_of = ws.as_of() or date.today()
    ctx = ws.insight_context()
    events = ws.store.count("events")
    result = Result("insights", notes=[
        f"{events:,} events; pages seen at {as_of}; {dropped} derived tables dropped before the cold runs",
        "each insight run by its runner (no read cache); warm = median of 3 after the cold run",
    ])
    for name, spec in specs(as_of).items():
        runner = INSIGHTS[spec.kind]

        def once(runner: Any = runner, spec: Any = spec) -> Any:
            with ws.lock:
                return runner.run(ctx, spec)

        started = time.perf_counter()
        once()
        result.figures[f"{name}_cold_s"] = round(time.perf_counter() - started, 2)
        warm, runs = median_seconds(once, runs=3)
        result.figures[f"{name}_warm_s"] = round(warm, 2)
        result.figures[f"{name}_warm_runs_s"] = [round(r, 2) for r in runs]
        print(name, result.figures[f"{name}_cold_s"], result.figures[f"{name}_warm_s"], flush=True)
    ws.close()
    result.goals = [Goal(f"{name}_warm_s", "<", 2.0) for name in specs(as_of)]
    result.write()


if __name__ == "__main__":
    main()
