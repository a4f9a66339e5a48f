"""Load the nulab world's ~100 million events from Parquet into a fresh store.

Goals (issue: foundation): ≥ 3 million events/s (< 35 s), peak memory < 4 GiB. Each run loads into a
new workspace in a child process, so time and peak memory are the load's alone; DuckDB reading the
same files into a plain table is measured in the same run as the reference.

    python -m bench.bench_load [--runs 3] [--preset nulab]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Goal, Result
from bench.worlds import CACHE, world


def child(data: Path, target: Path) -> None:
    """Load accounts (untimed) then events (timed) into a new workspace; print figures as JSON."""
    from banso.demo.demo_workspace import demo_config
    from banso.workspace import Workspace

    if target.exists():
        shutil.rmtree(target)
    with Workspace.init(target, config_text=demo_config()) as ws:
        ws.load("accounts", [str(data / "accounts.csv")])
        start = time.perf_counter()
        out = ws.load("events", [str(data / "events")], allow_unknown=True)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"events": out.inserted, "seconds": seconds, "peak_mib": peak}))


def reference(data: Path, target: Path) -> None:
    """DuckDB alone: CREATE TABLE AS SELECT * FROM the Parquet files."""
    import duckdb

    if target.exists():
        target.unlink()
    con = duckdb.connect(str(target))
    con.execute("SET enable_progress_bar = false")
    start = time.perf_counter()
    con.execute("CREATE TABLE e AS SELECT * FROM read_parquet(?)", [str(data / "events" / "*.parquet")])
    con.execute("CHECKPOINT")
    seconds = time.perf_counter() - start
    con.close()
    target.unlink()
    print(json.dumps({"seconds": seconds}))


def run_child(*args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_load", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--preset", default="nulab")
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--reference", nargs=2)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]))
        return
    if args.reference:
        reference(Path(args.reference[0]), Path(args.reference[1]))
        return
    data = world(args.preset)
    target = CACHE / "load-bench-workspace"
    runs: list[dict[str, float]] = []
    refs: list[dict[str, float]] = []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        runs.append(run_child("--child", str(data), str(target)))
        refs.append(run_child("--reference", str(data), str(CACHE / "load-bench-reference.duckdb")))
    shutil.rmtree(target, ignore_errors=True)
    seconds = statistics.median(r["seconds"] for r in runs)
    ref_seconds = statistics.median(r["seconds"] for r in refs)
    events = int(runs[0]["events"])
    result = Result(
        "load",
        figures={
            "preset": args.preset,
            "events": events,
            "runs": args.runs,
            "seconds": round(seconds, 2),
            "seconds_all": [round(r["seconds"], 2) for r in runs],
            "events_per_second": round(events / seconds),
            "peak_mib": round(max(r["peak_mib"] for r in runs)),
            "duckdb_plain_table_seconds": round(ref_seconds, 2),
            "ratio_to_duckdb_plain": round(seconds / ref_seconds, 2),
        },
        goals=[Goal("events_per_second", ">=", 3_000_000), Goal("seconds", "<", 35), Goal("peak_mib", "<", 4096)],
        notes=[
            "banso's load validates every value, computes the local day, checks account references and event-id "
            "uniqueness, and writes events sorted by (account, time); the reference only copies the files.",
            "Where the time goes (one 6.4M-event file, same machine): plain typed insert 3.4 s; + id trimming and "
            "JSON/required checks ~1.3 s; + sort by (account, time) ~0.5-1 s; then one exact duplicate-id check "
            "over the whole load (~10 s for 100M). DuckDB's memory is capped at BANSO_MEMORY_LIMIT (3GB) during loads.",
        ],
    )
    result.write()


if __name__ == "__main__":
    main()
