"""Load the nulab world's ~100 million events from Parquet into a fresh store.

Goals (issue 22): at most 1.5 × the time DuckDB alone takes to copy the same files into a plain
table, measured in the same run; ≥ 3 million events/s; peak memory < 4 GiB (and, from the first
load benchmark, < 35 s). Each run loads into a new workspace in a child process, so time and peak
memory are the load's alone; the plain copy runs between banso's runs, so both see the same machine.

After the timed load each run also loads a day's file into the full store, as the daily job does
(`daily_*` figures, no goal in the issue): 280,000 new events and 1,000 the store holds already,
which must be skipped. Its cost is finding the repeated ids among a hundred million stored ones.

The plain copy is also the reference load: after timing, each side's rows are reduced to an
order-independent fingerprint (row count, sum of the ids' hashes, sum of the hashes of id, UTC
instant, account, user, event name and local day), where the reference computes the local day
with DuckDB's time-zone library instead of banso's expression. Equal fingerprints mean the same
rows with the same ids on the same local days.

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

from bench.common import Goal, Result, cpu_seconds
from bench.worlds import CACHE, world

ZONE = "Asia/Tokyo"  # the demo configuration's zone: the local days of both loads are in it


def fingerprint_sql(table: str, instant: str, day: str) -> str:
    """Row count, Σ hash(id) and Σ hash(id, instant, account, user, event, day) of `table`."""
    return (f"SELECT count(*), sum(hash(event_id)::HUGEINT)::VARCHAR, "
            f"sum(hash(event_id, epoch_us({instant}), account_id, user_id, event, {day})::HUGEINT)::VARCHAR "
            f"FROM {table}")


DAILY_NEW, DAILY_REPEATED = 280_000, 1_000


def daily_file(data: Path) -> Path:
    """A day's export for the full store: `DAILY_NEW` events with ids the store has not seen, a year after
    the world's, then `DAILY_REPEATED` events it holds already; both drawn from every file (a fixed sample).

    The new ids are stored ids with a suffix, so they sort among the stored ones as real new ids do:
    ids that all sorted after the stored ones would let DuckDB skip the stored row groups by their
    ranges and make the lookup look cheaper than it is.
    """
    import duckdb

    path = CACHE / f"{data.name}-daily.parquet"
    if not path.exists():
        files = str(data / "events" / "*.parquet")
        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")
        con.execute(
            "COPY ((SELECT event_id || '-next' AS event_id, ts + INTERVAL 1 YEAR AS ts, user_id, account_id, event, "
            f"properties, received_at + INTERVAL 1 YEAR AS received_at FROM read_parquet(?) "
            f"USING SAMPLE reservoir({DAILY_NEW} ROWS) REPEATABLE (1)) "
            f"UNION ALL (SELECT * FROM read_parquet(?) USING SAMPLE reservoir({DAILY_REPEATED} ROWS) REPEATABLE (2))) "
            "TO '" + str(path).replace("'", "''") + "' (FORMAT parquet)",
            [files, files])
    return path


def child(data: Path, target: Path, check: bool) -> None:
    """Load accounts (untimed), events (timed), then a day's file (timed) into a new workspace; print JSON."""
    from banso.demo.demo_workspace import demo_config
    from banso.workspace import Workspace

    if target.exists():
        shutil.rmtree(target)
    with Workspace.init(target, config_text=demo_config()) as ws:
        assert ws.config.timezone == ZONE
        ws.load("accounts", [str(data / "accounts.csv")])
        start, cpu = time.perf_counter(), cpu_seconds()
        out = ws.load("events", [str(data / "events")], allow_unknown=True)
        seconds, cpu = time.perf_counter() - start, cpu_seconds() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        figures: dict[str, object] = {"events": out.inserted, "seconds": seconds, "cpu_seconds": cpu,
                                      "peak_mib": peak}
        if check:
            figures["fingerprint"] = list(ws.store.raw.execute(fingerprint_sql("events", "ts", "day")).fetchall()[0])
        start, cpu = time.perf_counter(), cpu_seconds()
        day = ws.load("events", [str(daily_file(data))], allow_unknown=True)
        figures.update(daily_seconds=time.perf_counter() - start, daily_cpu_seconds=cpu_seconds() - cpu,
                       daily_inserted=day.inserted, daily_unchanged=day.unchanged)
    print(json.dumps(figures))


def reference(data: Path, target: Path, check: bool) -> None:
    """DuckDB alone: CREATE TABLE AS SELECT * FROM the Parquet files."""
    import duckdb

    if target.exists():
        target.unlink()
    con = duckdb.connect(str(target))
    con.execute("SET enable_progress_bar = false")
    start, cpu = time.perf_counter(), cpu_seconds()
    con.execute("CREATE TABLE e AS SELECT * FROM read_parquet(?)", [str(data / "events" / "*.parquet")])
    con.execute("CHECKPOINT")
    figures: dict[str, object] = {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu}
    if check:
        day = f"CAST(timezone('{ZONE}', ts) AS DATE)"  # the zone library's local day, row by row
        figures["fingerprint"] = list(con.execute(fingerprint_sql("e", "ts", day)).fetchall()[0])
    con.close()
    target.unlink()
    print(json.dumps(figures))


def run_child(*args: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_load", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--preset", default="nulab")
    parser.add_argument("--child", nargs=3)
    parser.add_argument("--reference", nargs=3)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.child[2] == "check")
        return
    if args.reference:
        reference(Path(args.reference[0]), Path(args.reference[1]), args.reference[2] == "check")
        return
    data = world(args.preset)
    daily_file(data)  # written once, before any timing
    target = CACHE / "load-bench-workspace"
    runs: list[dict[str, object]] = []
    refs: list[dict[str, object]] = []
    for i in range(args.runs):  # interleaved, so both see the same machine load
        check = "check" if i == 0 else "time"
        runs.append(run_child("--child", str(data), str(target), check))
        refs.append(run_child("--reference", str(data), str(CACHE / "load-bench-reference.duckdb"), check))
        ours_s, copy_s, day_s = (float(x) for x in (runs[-1]["seconds"], refs[-1]["seconds"],  # type: ignore[arg-type]
                                                    runs[-1]["daily_seconds"]))
        print(f"run {i + 1}: banso {ours_s:.1f} s, plain copy {copy_s:.1f} s, a day's file {day_s:.1f} s", file=sys.stderr)
    shutil.rmtree(target, ignore_errors=True)

    def median(rows: list[dict[str, object]], key: str) -> float:
        return statistics.median(float(r[key]) for r in rows)  # type: ignore[arg-type]

    seconds, ref_seconds = median(runs, "seconds"), median(refs, "seconds")
    events = int(runs[0]["events"])  # type: ignore[call-overload]
    ours, theirs = runs[0]["fingerprint"], refs[0]["fingerprint"]
    result = Result(
        "load",
        figures={
            "preset": args.preset,
            "events": events,
            "runs": args.runs,
            "seconds": round(seconds, 2),
            "seconds_all": [round(float(r["seconds"]), 2) for r in runs],  # type: ignore[arg-type]
            "cpu_seconds": round(median(runs, "cpu_seconds"), 1),
            "events_per_second": round(events / seconds),
            "peak_mib": round(max(float(r["peak_mib"]) for r in runs)),  # type: ignore[arg-type]
            "daily_events": DAILY_NEW + DAILY_REPEATED,
            "daily_seconds": round(median(runs, "daily_seconds"), 2),
            "daily_seconds_all": [round(float(r["daily_seconds"]), 2) for r in runs],  # type: ignore[arg-type]
            "daily_cpu_seconds": round(median(runs, "daily_cpu_seconds"), 1),
            "daily_inserted_and_skipped": [runs[0]["daily_inserted"], runs[0]["daily_unchanged"]],
            "daily_skipped_exactly_the_repeated": int(all(
                (r["daily_inserted"], r["daily_unchanged"]) == (DAILY_NEW, DAILY_REPEATED) for r in runs)),
            "duckdb_plain_table_seconds": round(ref_seconds, 2),
            "duckdb_plain_table_seconds_all": [round(float(r["seconds"]), 2) for r in refs],  # type: ignore[arg-type]
            "duckdb_plain_table_cpu_seconds": round(median(refs, "cpu_seconds"), 1),
            "ratio_to_duckdb_plain": round(seconds / ref_seconds, 2),
            "ratio_to_duckdb_plain_cpu": round(median(runs, "cpu_seconds") / median(refs, "cpu_seconds"), 2),
            "fingerprint": ours,
            "reference_fingerprint": theirs,
            "same_as_reference": int(ours == theirs),
        },
        goals=[
            Goal("ratio_to_duckdb_plain", "<=", 1.5),
            Goal("events_per_second", ">=", 3_000_000),
            Goal("seconds", "<", 35),
            Goal("peak_mib", "<", 4096),
            Goal("same_as_reference", ">=", 1),
            Goal("daily_skipped_exactly_the_repeated", ">=", 1),
        ],
        notes=[
            "banso's load validates every value, computes the local day, checks account references and event-id "
            "uniqueness, and writes the events clustered by account; the reference only copies the files.",
            "fingerprint: [rows, Σ hash(event_id), Σ hash(event_id, UTC instant, account, user, event, local day)]; "
            "the reference's local day comes from DuckDB's time-zone library, banso's from its own expression.",
            "cpu_seconds: CPU time of the timed part (user + system), less stretched than wall time by other work "
            "on a shared machine.",
        ],
    )
    result.write()


if __name__ == "__main__":
    main()
