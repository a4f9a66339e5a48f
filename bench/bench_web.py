"""Server time of the web app's heaviest pages against the nulab store, measured with wrk on loopback.

Goals (issue: web app): account page p95 < 150 ms, accounts list (first page, sorted by score, one
filter) p95 < 300 ms, overview p95 < 500 ms; (issue: performance) the first overview after new data
< 1.5 s and the first Validation page < 3 s.

`banso serve` runs in a child process on 127.0.0.1. A start on a store the process has not seen is
"new data": the server computes what the pages open with in the background (`GET /api/warm`).
The benchmark waits for that warm (`warm_seconds_after_start`), then times each page's first
request as a user opening it would (`*_first_s`); then wrk sends requests over one connection for a
fixed time, so each latency is the server's own time plus loopback, without queueing behind other
requests. The account page rotates over 200 accounts drawn at random (seeded), from one-person teams
to the largest organizations.

    python -m bench.bench_web [--seconds 15] [--preset nulab]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import Goal, Result
from bench.served import LOGIN, PASSWORD, Service, wait_for_warm
from bench.worlds import loaded_workspace

LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1], {["Cookie"] = "%s"})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%f %%f %%f %%f\\n", summary.requests, summary.errors.status
    + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def prepare(root: Path) -> list[str]:
    """Score the store when it has no snapshots yet, add the bench login, pick account ids."""
    from banso.appstate.auth import add_user
    from banso.workspace import Workspace

    with Workspace.open(root) as ws:
        if ws.latest_as_of() is None:
            started = time.perf_counter()
            print("scoring the nulab store (4 weekly snapshots, once)…", file=sys.stderr)
            ws.score(backfill_weeks=3)
            print(f"scored in {time.perf_counter() - started:.0f}s", file=sys.stderr)
        with ws.app_state.session() as s:
            add_user(s, LOGIN, PASSWORD, "viewer", replace=True)
        ids = ws.store.execute(ws.store.table("accounts").select("account_id"))["account_id"].tolist()
    random.Random(1).shuffle(ids)
    return sorted(ids[:200])


def wrk(url: str, paths: list[str], cookie: str, seconds: int) -> dict[str, float]:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    quoted = ", ".join(json.dumps(p) for p in paths)
    script.write_text(LUA % (quoted, cookie))
    try:
        out = subprocess.run(["wrk", "-t1", "-c1", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), url],
                             capture_output=True, text=True, check=True).stdout
    finally:
        script.unlink()
    found = re.search(r"RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)", out)
    if not found:
        raise RuntimeError(f"unexpected wrk output:\n{out}")
    n, errors, p50, p95, p99, worst = found.groups()
    return {"requests": int(n), "errors": int(errors), "p50_ms": float(p50), "p95_ms": float(p95),
            "p99_ms": float(p99), "max_ms": float(worst)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--starts", type=int, default=3, help="server starts measured for the first pages")
    parser.add_argument("--preset", default="nulab")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: run `make system-deps` (Debian package wrk)")

    root = loaded_workspace(args.preset)
    accounts = prepare(root)
    result = Result("web", notes=[
        f"{args.preset} store; banso serve on 127.0.0.1; wrk -t1 -c1 -d{args.seconds}s per page (server time "
        "without queueing); the account page rotates over 200 random accounts",
        f"*_first_s: median over {args.starts} server starts of each page's first request after the background "
        "warm that follows a start on data the process has not seen (warm_seconds_after_start); the figures "
        "are computed by the process that holds the new data, not by the first visitor",
    ])
    result.goals = [Goal("account_p95_ms", "<", 150.0), Goal("accounts_list_p95_ms", "<", 300.0),
                    Goal("overview_p95_ms", "<", 500.0), Goal("overview_first_s", "<", 1.5),
                    Goal("validation_first_s", "<", 3.0)]
    pages = {
        "overview": ["/"],
        "accounts_list": ["/accounts?band=bad&sort=score&dir=asc"],
        "account": [f"/accounts/{a}" for a in accounts],
    }
    firsts = {name: paths[0] for name, paths in pages.items()} | {
        "validation": "/validation", "evidence": "/evidence", "retention": "/retention", "renewals": "/renewals"}
    runs: dict[str, list[float]] = {key: [] for key in ["warm_seconds_after_start", *(f"{n}_first_s" for n in firsts)]}
    for start in range(args.starts):
        service = Service(root)
        try:
            client = service.wait()
            runs["warm_seconds_after_start"].append(round(wait_for_warm(client), 1))
            for name, path in firsts.items():
                started = time.perf_counter()
                client.get(path).raise_for_status()
                runs[f"{name}_first_s"].append(round(time.perf_counter() - started, 3))
            print("start", start + 1, {k: v[-1] for k, v in runs.items()}, file=sys.stderr)
            if start + 1 < args.starts:
                continue
            for name, paths in pages.items():
                figures = wrk(service.url, paths, service.cookie(client), args.seconds)
                print(name, figures, file=sys.stderr)
                for key, value in figures.items():
                    result.figures[f"{name}_{key}"] = value
        finally:
            service.stop()
    for key, values in runs.items():
        result.figures[key] = round(statistics.median(values), 3)
        result.figures[f"{key}_runs"] = values
    result.write()


if __name__ == "__main__":
    main()
