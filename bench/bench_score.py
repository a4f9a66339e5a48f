"""Health scoring at the design scale: the nulab world (15,000 accounts, ~100 million events).

Goals (issue: health score engine): one weekly snapshot with the demo model < 5 s, a 52-week
backfill < 60 s, peak memory < 4 GiB; and from issue 22: the snapshot < 1 s, the backfill < 45 s,
the rollup rebuild < 25 s with peak memory < 3 GiB. Also timed, in the same run: a straightforward pandas
implementation of the same snapshot (read the Parquet, group by), and the ratio; its scores are
compared with banso's as a cross-check at scale.

Each measurement runs in a child process, so its time and peak memory are its own:

    rollup      build the daily rollups from scratch (what a first `banso score` after a load does)
    snapshot    one weekly snapshot, rollups fresh (5 in one process; the first also compiles the queries)
    backfill    52 weekly snapshots, rollups fresh
    pandas      the same snapshot in pandas from the generated files

The rollup build, the backfill and pandas run 3 times, each in a fresh process, and the figures are
their medians (the snapshot's, the median of its 5); the ratio to pandas is that of the medians.

    python -m bench.bench_score [--weeks 52]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Goal, Result, cpu_seconds
from bench.worlds import CACHE, loaded_workspace, world

if TYPE_CHECKING:
    import pandas as pd

    from banso.config.health import HealthModel
    from banso.config.models import WorkspaceConfig

PANDAS_SCORES = CACHE / "score-pandas.parquet"


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def prepare() -> Path:
    """The cached nulab workspace, configured with the demo's health model."""
    from banso.demo.demo_workspace import demo_config

    root = loaded_workspace("nulab")
    config = root / "banso.yaml"
    text = demo_config()
    if config.read_text(encoding="utf-8") != text:
        config.write_text(text, encoding="utf-8")
    return root


def child(kind: str, root: Path, weeks: int) -> dict[str, object]:
    from banso.store import rollup
    from banso.workspace import Workspace

    with Workspace.open(root) as ws:
        passive = ws.config.events.passive
        if kind == "rollup":
            ws.store.raw.execute("DELETE FROM banso_meta WHERE key = ?", [rollup.STAMP_KEY])
            start, cpu = time.perf_counter(), cpu_seconds()
            rollup.refresh_daily_rollup(ws.store, passive)
            return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu, "peak_mib": _peak_mib()}
        rollup.refresh_daily_rollup(ws.store, passive)
        if kind == "snapshot":
            times, cpus = [], []
            for _ in range(5):
                start, cpu = time.perf_counter(), cpu_seconds()
                out = ws.score()
                times.append(time.perf_counter() - start)
                cpus.append(cpu_seconds() - cpu)
            return {"seconds": statistics.median(times), "runs": times, "cpu_seconds": statistics.median(cpus),
                    "as_of": str(out.run.dates[-1]), "bands": out.run.bands, "peak_mib": _peak_mib()}
        start, cpu = time.perf_counter(), cpu_seconds()
        out = ws.score(backfill_weeks=weeks)
        return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu_seconds() - cpu, "weeks": len(out.run.dates),
                "peak_mib": _peak_mib()}


def child_pandas(as_of: date) -> dict[str, object]:
    from banso.config.load import load_config

    config = load_config(prepare() / "banso.yaml")
    start = time.perf_counter()
    scores = pandas_snapshot(world("nulab"), config, as_of)
    seconds = time.perf_counter() - start
    scores.to_parquet(PANDAS_SCORES)
    return {"seconds": seconds, "peak_mib": _peak_mib()}


# -- the pandas implementation ---------------------------------------------------------------------


def pandas_snapshot(data: Path, config: WorkspaceConfig, as_of: date) -> pd.DataFrame:
    """The demo model's snapshot as an analyst would compute it in pandas from the exported files.

    Reads the CRM export, the memberships, the touchpoints and the events of the last 90 days (all
    the model needs), computes each metric with a group-by, and scores them with the model.
    """
    import numpy as np
    import pandas as pd
    import pyarrow.dataset as ds

    from banso.health.engine import ActiveModel

    tz = config.timezone
    midnight = pd.Timestamp(as_of).tz_localize(tz)
    active = ActiveModel.current(config)
    passive = set(config.events.passive)

    acc = pd.read_csv(data / "accounts.csv")
    acc = acc.rename(columns={"Account ID": "account_id", "Tier": "tier", "Seats": "seats", "Status": "status",
                              "Trial Start": "trial", "Contract Start": "contract", "Churn Date": "churned"})
    for col in ("trial", "contract", "churned"):
        acc[col] = pd.to_datetime(acc[col], utc=True, format="ISO8601")
    started = acc.trial.fillna(acc.contract)
    stayed = np.where(acc.churned.notna(), acc.churned >= midnight, acc.status != "churned")
    acc["live"] = (started.isna() | (started < midnight)) & stayed
    acc = acc.set_index("account_id")

    mem = pd.read_csv(data / "memberships.csv")
    mem["joined_at"] = pd.to_datetime(mem.joined_at, utc=True, format="ISO8601")
    mem = mem[mem.joined_at.isna() | (mem.joined_at < midnight)]
    members = mem.groupby("account_id").size().reindex(acc.index, fill_value=0)
    seats = acc.seats.fillna(members).astype(float)

    lookback = max(getattr(s, "window", 0) * (2 if s.kind == "growth" else 1)
                   for s in active.specs.values() if s.kind not in ("touchpoint_count", "latest_nps"))
    first = (midnight - pd.Timedelta(days=lookback)).tz_convert("UTC")
    table = ds.dataset(data / "events", format="parquet").to_table(
        columns=["ts", "user_id", "account_id", "event"],
        filter=(ds.field("ts") >= first) & (ds.field("ts") < midnight.tz_convert("UTC")),
    )
    ev = table.to_pandas(strings_to_categorical=True)
    ev["day"] = ev.ts.dt.tz_convert(tz).dt.tz_localize(None).dt.normalize()
    ev = ev[ev.account_id.notna()]
    day0 = pd.Timestamp(as_of)

    tp = pd.read_csv(data / "touchpoints.csv", usecols=["touchpoint_id", "ts", "account_id", "kind", "score"])
    tp["ts"] = pd.to_datetime(tp.ts, utc=True, format="ISO8601")

    def window(frame: pd.DataFrame, start: int, end: int = 0) -> pd.DataFrame:
        return frame[(frame.day >= day0 - pd.Timedelta(days=start)) & (frame.day < day0 - pd.Timedelta(days=end))]

    def of_set(frame: pd.DataFrame, events: list[str] | None) -> pd.DataFrame:
        return frame[~frame.event.isin(passive)] if events is None else frame[frame.event.isin(events)]

    def per_member(w: int) -> pd.DataFrame:
        q = of_set(window(ev, w), None)
        counts = q.groupby(["account_id", "user_id"], observed=True).size().rename("n").reset_index()
        counts["account_id"] = counts.account_id.astype(str)
        counts["user_id"] = counts.user_id.astype(str)
        return counts.merge(mem[["account_id", "user_id", "role"]], on=["account_id", "user_id"])

    def count(events: list[str] | None, start: int, end: int = 0) -> pd.Series:
        q = of_set(window(ev, start, end), events)
        out = q.groupby("account_id", observed=True).size()
        out.index = out.index.astype(str)
        return out.reindex(acc.index, fill_value=0).astype(float)

    def active_users(w: int) -> pd.Series:
        pm = per_member(w)
        return pm.groupby("account_id").size().reindex(acc.index, fill_value=0).astype(float)

    def evenness(w: int) -> pd.Series:
        pm = per_member(w)
        out = {}
        for a, g in pm.groupby("account_id"):
            x = np.sort(np.concatenate([np.zeros(members[a] - len(g)), g.n.to_numpy(float)]))
            n = len(x)
            out[a] = 1 - (2 * np.sum(np.arange(1, n + 1) * x) / (n * x.sum()) - (n + 1) / n)
        return pd.Series(out, dtype=float).reindex(acc.index)

    values: dict[str, pd.Series] = {}
    for name, spec in active.specs.items():
        k = spec.kind
        if k == "event_count":
            v = count(spec.events, spec.window)
        elif k == "events_per_active_user":
            v = count(spec.events, spec.window) / active_users(spec.window).replace(0, np.nan)
        elif k == "growth":
            v = count(spec.events, spec.window) / count(spec.events, 2 * spec.window, spec.window).replace(0, np.nan)
        elif k == "days_since_last":
            q = of_set(window(ev, spec.window), spec.events)
            last = q.groupby("account_id", observed=True).day.max()
            last.index = last.index.astype(str)
            v = ((day0 - last).dt.days.astype(float)).reindex(acc.index)
        elif k == "feature_breadth":
            feats = spec.features or config.events.features
            q = window(ev, spec.window)
            q = q[q.event.isin(feats)]
            used = q.groupby("account_id", observed=True).event.nunique()
            used.index = used.index.astype(str)
            v = used.reindex(acc.index, fill_value=0) / len(feats)
        elif k == "active_rate":
            v = active_users(spec.window) / seats.replace(0, np.nan)
        elif k == "evenness":
            v = evenness(spec.window)
        elif k == "top_user_share":
            pm = per_member(spec.window).groupby("account_id").n
            v = (pm.max() / pm.sum()).reindex(acc.index)
        elif k == "admin_activity":
            pm = per_member(spec.window)
            pm = pm[pm.role == "admin"].groupby("account_id")
            v = (pm.n.sum() if spec.measure == "events" else pm.size()).reindex(acc.index, fill_value=0).astype(float)
        elif k in ("touchpoint_count", "latest_nps"):
            lo = (midnight - pd.Timedelta(days=spec.window)).tz_convert("UTC")
            q = tp[(tp.ts >= lo) & (tp.ts < midnight)]
            if k == "touchpoint_count":
                v = q[q.kind.isin(spec.kinds)].groupby("account_id").size().reindex(acc.index, fill_value=0)
            else:
                q = q[(q.kind == spec.touchpoint_kind) & q.score.notna()].sort_values(["ts", "touchpoint_id"])
                v = q.groupby("account_id").score.last().reindex(acc.index)
            v = v.astype(float)
        else:
            raise ValueError(f"the pandas benchmark does not implement {k}")
        values[name] = v
    return _pandas_score(pd.DataFrame(values), acc, active.model)


def _pandas_score(values: pd.DataFrame, acc: pd.DataFrame, model: HealthModel) -> pd.DataFrame:
    import numpy as np
    import pandas as pd

    live = acc.live.astype(bool)
    dim_scores, dim_weights, points = {}, {}, []
    for d, dim in model.dimensions.items():
        ss, ws = [], []
        for m, scoring in dim.metrics.items():
            v = values[m].where(live)
            fn = scoring.score
            if fn.type == "threshold":
                s = ((v - fn.bad) / (fn.good - fn.bad)).clip(0, 1)
            else:
                groups = acc.tier.fillna("") if fn.within == "tier" else pd.Series("", index=acc.index)
                lo = v.groupby(groups).rank(method="min") - 1
                hi = v.groupby(groups).rank(method="max")
                n = v.groupby(groups).transform("count")
                s = (lo + hi) / (2 * n)
                s = s if fn.higher_is_better else 1 - s
            policy = scoring.missing or model.missing
            if policy != "skip":
                s = s.fillna(0.0 if policy == "zero" else 0.5).where(live)
            ss.append(s)
            ws.append(s.notna() * scoring.weight)
        wsum = sum(ws)
        dim_scores[d] = sum(w * s.fillna(0) for w, s in zip(ws, ss, strict=True)) / wsum.replace(0, np.nan)
        dim_weights[d] = dim_scores[d].notna() * dim.weight
        points.append((d, ss, ws, wsum))
    total = sum(dim_weights.values()).replace(0, np.nan)
    score = sum((dim_weights[d] / total).fillna(0) * dim_scores[d].fillna(0) * 100 for d in dim_scores)
    score = score.where(total.notna())
    band = np.select([score.isna(), score >= model.bands.good, score < model.bands.bad], [None, "good", "bad"],
                     "normal")
    return pd.DataFrame({"account_id": acc.index, "score": score.to_numpy(), "band": band})


RUNS = 3


def run_child(*args: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_score", "--child", *args],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def median_child(*args: str) -> dict[str, object]:
    """`RUNS` runs of one child: the median of seconds and CPU seconds, every run's seconds, the highest peak."""
    runs = [run_child(*args) for _ in range(RUNS)]
    out = dict(runs[0])
    for key in ("seconds", "cpu_seconds"):
        if key in out:
            out[key] = statistics.median(float(r[key]) for r in runs)  # type: ignore[arg-type]
    out["runs"] = [round(float(r["seconds"]), 2) for r in runs]  # type: ignore[arg-type]
    out["peak_mib"] = max(float(r["peak_mib"]) for r in runs)  # type: ignore[arg-type]
    return out


def agreement(root: Path, as_of: date) -> dict[str, float]:
    """How closely the pandas scores match banso's snapshot at `as_of`."""
    import pandas as pd

    from banso.health.engine import ActiveModel
    from banso.workspace import Workspace

    with Workspace.open(root) as ws:
        version = ActiveModel.current(ws.config).version
        snap = ws.store.table("health_snapshots")
        ours = ws.store.execute(snap.filter(snap.as_of == as_of, snap.model_version == version)
                                .select("account_id", "score", "band"))
    theirs = pd.read_parquet(PANDAS_SCORES)
    both = ours.merge(theirs, on="account_id", suffixes=("", "_pandas"))
    scored = both.score.notna() | both.score_pandas.notna()
    diff = (both.score - both.score_pandas).abs()[scored]
    return {
        "accounts_compared": int(scored.sum()),
        "scored_by_one_only": int((both.score.isna() != both.score_pandas.isna()).sum()),
        "max_abs_score_difference": float(diff.max()) if len(diff) else 0.0,
        "band_agreement": float((both.band[scored] == both.band_pandas[scored]).mean()),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs="*")
    parser.add_argument("--weeks", type=int, default=52)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "pandas":
            print(json.dumps(child_pandas(date.fromisoformat(rest[0]))))
        else:
            print(json.dumps(child(kind, Path(rest[0]), int(rest[1]))))
        return

    root = prepare()
    result = Result("score")
    print("building the daily rollups…", file=sys.stderr)
    roll = median_child("rollup", str(root), "0")
    print("one snapshot…", file=sys.stderr)
    snap = run_child("snapshot", str(root), "0")
    print(f"{args.weeks}-week backfill…", file=sys.stderr)
    back = median_child("backfill", str(root), str(args.weeks))
    as_of = date.fromisoformat(str(snap["as_of"]))
    print("the same snapshot in pandas…", file=sys.stderr)
    pan = median_child("pandas", as_of.isoformat())
    result.figures = {
        "as_of": as_of.isoformat(),
        "rollup_build_seconds": round(float(roll["seconds"]), 2),  # type: ignore[arg-type]
        "rollup_build_runs": roll["runs"],
        "rollup_build_cpu_seconds": round(float(roll["cpu_seconds"]), 1),  # type: ignore[arg-type]
        "rollup_build_peak_mib": round(float(roll["peak_mib"]), 1),  # type: ignore[arg-type]
        "snapshot_seconds": round(float(snap["seconds"]), 2),  # type: ignore[arg-type]
        "snapshot_runs": [round(t, 2) for t in snap["runs"]],  # type: ignore[attr-defined]
        "snapshot_cpu_seconds": round(float(snap["cpu_seconds"]), 2),  # type: ignore[arg-type]
        "snapshot_peak_mib": round(float(snap["peak_mib"]), 1),  # type: ignore[arg-type]
        "bands": snap["bands"],
        "backfill_weeks": back["weeks"],
        "backfill_seconds": round(float(back["seconds"]), 2),  # type: ignore[arg-type]
        "backfill_runs": back["runs"],
        "backfill_cpu_seconds": round(float(back["cpu_seconds"]), 1),  # type: ignore[arg-type]
        "backfill_with_rollup_build_seconds": round(float(back["seconds"]) + float(roll["seconds"]), 2),  # type: ignore[arg-type]
        "backfill_peak_mib": round(float(back["peak_mib"]), 1),  # type: ignore[arg-type]
        "pandas_snapshot_seconds": round(float(pan["seconds"]), 2),  # type: ignore[arg-type]
        "pandas_runs": pan["runs"],
        "pandas_peak_mib": round(float(pan["peak_mib"]), 1),  # type: ignore[arg-type]
        "pandas_over_banso": round(float(pan["seconds"]) / float(snap["seconds"]), 2),  # type: ignore[arg-type]
        "peak_mib": round(max(float(x["peak_mib"]) for x in (roll, snap, back)), 1),  # type: ignore[arg-type]
        **agreement(root, as_of),
    }
    result.goals = [
        Goal("snapshot_seconds", "<", 5.0),
        Goal("backfill_seconds", "<", 60.0),
        Goal("peak_mib", "<", 4096.0),
        Goal("pandas_over_banso", ">=", 1.0),
        Goal("snapshot_seconds", "<", 1.0),
        Goal("backfill_seconds", "<", 45.0),
        Goal("rollup_build_seconds", "<", 25.0),
        Goal("rollup_build_peak_mib", "<", 3072.0),
    ]
    result.notes = [
        "snapshot and backfill run with the daily rollups fresh (they are refreshed after each load, "
        "incrementally); rollup_build_seconds is the one-off cost of building them from scratch",
        "pandas: read the 90 days of events the model needs from the generated Parquet, group by; "
        "scores compared with banso's at the same as_of",
        "cpu_seconds: CPU time (user + system) of the same work, less stretched than wall time by other work "
        "on a shared machine",
    ]
    result.write()


if __name__ == "__main__":
    main()
