"""The nulab world scored on DuckDB and on Spark in local mode (2 cores), in one run: docs/scale.md's figures.

Both engines run the same metric and health code over the same canonical tables (15,000 accounts,
~100 million events). Each step runs in a child process, so its time is its own:

    duckdb-rollup     build the daily rollups from scratch on DuckDB
    duckdb-snapshot   one weekly snapshot on DuckDB, rollups fresh (median of --runs)
    spark-copy        copy the loaded tables from the DuckDB store to Spark (Parquet staging)
    spark-rollup      build the daily rollups from scratch on Spark
    spark-snapshot    one weekly snapshot on Spark, rollups fresh (median of --runs)

The two snapshots are then compared account by account (score and band).

    python -m bench.bench_engines [--runs 3] [--preset nulab]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Result
from bench.worlds import CACHE, fingerprint, loaded_workspace

SPARK_OPTIONS = {
    "spark.driver.memory": "8g",  # local mode: the driver is the executor too
    "spark.sql.shuffle.partitions": "8",
}


def spark_workspace(preset: str) -> Path:
    """A workspace with the demo configuration whose store is Spark local[2], its warehouse in the cache."""
    from banso.demo.demo_workspace import demo_config

    root = CACHE / f"{preset}-spark-{fingerprint()}"
    root.mkdir(parents=True, exist_ok=True)
    options = ", ".join(f"{k}: {v}" for k, v in SPARK_OPTIONS.items())
    store = f"store:\n  engine: spark\n  url: local[2]\n  options: {{{options}}}\n"
    text = demo_config().replace("store:\n  engine: duckdb\n  path: banso.duckdb\n", store)
    if store not in text:
        raise SystemExit("the demo configuration's store section changed; update bench_engines.spark_workspace")
    (root / "banso.yaml").write_text(text, encoding="utf-8")
    return root


def duckdb_workspace(preset: str) -> Path:
    """The cached loaded workspace, configured with the demo's health model (as bench_score does)."""
    from banso.demo.demo_workspace import demo_config

    root = loaded_workspace(preset)
    config = root / "banso.yaml"
    if config.read_text(encoding="utf-8") != demo_config():
        config.write_text(demo_config(), encoding="utf-8")
    return root


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _forget_rollups(ws: object) -> None:
    from banso.store.rollup import STAMP_KEY

    store = ws.store  # type: ignore[attr-defined]
    if store.engine == "duckdb":
        store.raw.execute("DELETE FROM banso_meta WHERE key = ?", [STAMP_KEY])
    else:
        store.adapter.delete("banso_meta", {"key": STAMP_KEY})


def child(kind: str, root: Path, runs: int, other: Path | None) -> dict[str, object]:
    from banso.store import rollup
    from banso.workspace import Workspace

    with Workspace.open(root) as ws:
        passive = ws.config.events.passive
        if kind.endswith("-copy"):
            assert other is not None
            with Workspace.open(other) as src:
                start = time.perf_counter()
                copied = ws.copy_store_from(src)
                return {"seconds": time.perf_counter() - start, "rows": copied}
        if kind.endswith("-rollup"):
            _forget_rollups(ws)
            start = time.perf_counter()
            mode = rollup.refresh_daily_rollup(ws.store, passive)
            return {"seconds": time.perf_counter() - start, "mode": mode, "peak_mib": _peak_mib()}
        rollup.refresh_daily_rollup(ws.store, passive)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            out = ws.score()
            times.append(time.perf_counter() - start)
        t = ws.store.table("health_snapshots")
        as_of = out.run.dates[-1]
        snap = ws.store.execute(t.filter(t.as_of == as_of, t.model_version == out.run.model_version)
                                .select("account_id", "score", "band"))
        snap.to_parquet(CACHE / f"engines-{kind}.parquet")
        return {"seconds": statistics.median(times), "runs": times, "as_of": str(as_of), "bands": out.run.bands,
                "peak_mib": _peak_mib()}


def run_child(*args: str) -> dict[str, object]:
    print(f"  {args[0]}…", file=sys.stderr, flush=True)
    out = subprocess.run([sys.executable, "-m", "bench.bench_engines", "--child", *args],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def agreement() -> dict[str, object]:
    import pandas as pd

    duck = pd.read_parquet(CACHE / "engines-duckdb-snapshot.parquet").set_index("account_id")
    spark = pd.read_parquet(CACHE / "engines-spark-snapshot.parquet").set_index("account_id")
    both = duck.join(spark, lsuffix="_duckdb", rsuffix="_spark", how="outer")
    scored = both.dropna(subset=["score_duckdb", "score_spark"])
    return {
        "accounts_compared": len(both),
        "scored_by_one_only": int(both.score_duckdb.isna().ne(both.score_spark.isna()).sum()),
        "max_abs_score_difference": float((scored.score_duckdb - scored.score_spark).abs().max()),
        "band_agreement": float((scored.band_duckdb == scored.band_spark).mean()),
    }


def counts(root: Path) -> dict[str, int]:
    from banso.workspace import Workspace

    with Workspace.open(root) as ws:
        return {name: ws.store.count(name) for name in ("accounts", "users", "memberships", "events", "touchpoints")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--preset", default="nulab")
    args = parser.parse_args()
    if args.child:
        kind, root, runs, *rest = args.child
        print(json.dumps(child(kind, Path(root), int(runs), Path(rest[0]) if rest else None)))
        return

    duck, spark = duckdb_workspace(args.preset), spark_workspace(args.preset)
    sizes = counts(duck)
    runs = str(args.runs)
    print(f"scoring {args.preset} on DuckDB and Spark local[2]:", file=sys.stderr)
    d_roll = run_child("duckdb-rollup", str(duck), runs)
    d_snap = run_child("duckdb-snapshot", str(duck), runs)
    s_copy = run_child("spark-copy", str(spark), runs, str(duck))
    s_roll = run_child("spark-rollup", str(spark), runs)
    s_snap = run_child("spark-snapshot", str(spark), runs)
    result = Result("engines" if args.preset == "nulab" else f"engines-{args.preset}")
    result.figures = {
        "preset": args.preset,
        **{f"{k}_rows": v for k, v in sizes.items()},
        "cpus": os.cpu_count(),
        "as_of": d_snap["as_of"],
        "duckdb_rollup_build_seconds": round(float(d_roll["seconds"]), 1),  # type: ignore[arg-type]
        "duckdb_snapshot_seconds": round(float(d_snap["seconds"]), 2),  # type: ignore[arg-type]
        "duckdb_snapshot_runs": [round(t, 2) for t in d_snap["runs"]],  # type: ignore[attr-defined]
        "duckdb_peak_mib": round(max(float(d_roll["peak_mib"]), float(d_snap["peak_mib"])), 1),  # type: ignore[arg-type]
        "spark_copy_seconds": round(float(s_copy["seconds"]), 1),  # type: ignore[arg-type]
        "spark_rollup_build_seconds": round(float(s_roll["seconds"]), 1),  # type: ignore[arg-type]
        "spark_snapshot_seconds": round(float(s_snap["seconds"]), 2),  # type: ignore[arg-type]
        "spark_snapshot_runs": [round(t, 2) for t in s_snap["runs"]],  # type: ignore[attr-defined]
        "spark_over_duckdb_snapshot": round(float(s_snap["seconds"]) / float(d_snap["seconds"]), 1),  # type: ignore[arg-type]
        "spark_over_duckdb_rollup": round(float(s_roll["seconds"]) / float(d_roll["seconds"]), 1),  # type: ignore[arg-type]
        "bands_duckdb": d_snap["bands"],
        "bands_spark": s_snap["bands"],
        **agreement(),
    }
    result.notes = [
        "one machine, both engines on the same 2 cores; Spark local[2] with "
        + ", ".join(f"{k}={v}" for k, v in SPARK_OPTIONS.items()),
        "rollup build: every event read once (what the first score after a load does); snapshot: one weekly "
        "snapshot of the demo health model with the rollups fresh (what the daily job does)",
        "spark_copy_seconds: DuckDB writes Parquet, Spark reads it and writes its tables (events partitioned by day)",
    ]
    result.write()


if __name__ == "__main__":
    main()
