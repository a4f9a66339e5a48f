"""The web app while a 52-week backfill runs: the account page's latency, idle and busy, in a real service.

Goal (issue: banso runs itself): account page p95 < 300 ms while `banso score --backfill 52` runs on
the nulab store (the idle goal stays < 150 ms). The backfill is handed to the running service from
the CLI, as a team would do it; meanwhile one client asks for account pages one after another
(rotating over 200 random accounts), so each latency is the server's time without queueing.

    python -m bench.bench_busy_web [--preset nulab]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import threading
import time

import httpx

from bench.common import Goal, Result
from bench.served import Service, add_login, percentile, private_copy, wait_for_warm
from bench.worlds import loaded_workspace
from tests.service.served import BANSO, set_config


def accounts(root: object) -> list[str]:
    from banso.workspace import Workspace

    with Workspace.open(root) as ws:  # type: ignore[arg-type]
        ids = ws.store.execute(ws.store.table("accounts").select("account_id"))["account_id"].tolist()
    random.Random(1).shuffle(ids)
    return sorted(ids[:200])


def timed(client: httpx.Client, paths: list[str], stop: threading.Event, out: list[float], limit: int = 0) -> None:
    i = 0
    while not stop.is_set() and (not limit or i < limit):
        started = time.perf_counter()
        r = client.get(paths[i % len(paths)])
        r.raise_for_status()
        out.append((time.perf_counter() - started) * 1000)
        i += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="nulab")
    parser.add_argument("--idle-requests", type=int, default=300)
    args = parser.parse_args()
    source = loaded_workspace(args.preset)
    root = private_copy(source)
    set_config(root, "schedule:\n  current_scores: off\n  current_alerts: off\n")
    add_login(root)
    print("scoring one week first (the pages' snapshot)…", file=sys.stderr)
    subprocess.run([BANSO, "score", "-w", str(root)], check=True, stdout=subprocess.DEVNULL)
    paths = [f"/accounts/{a}" for a in accounts(root)]
    service = Service(root, "--no-schedule")
    result = Result("busy_web", notes=[
        f"{args.preset} store copied privately; banso serve on 127.0.0.1; one client, one request at a time "
        "(server time without queueing), account pages rotating over 200 random accounts",
        "the backfill is `banso score --backfill 52` from the CLI, handed to the running service",
        "idle: after the pages' background warm that follows a start on new data (/api/warm); the account "
        "pages requested while it ran are the warming figures",
        "the machine (2 cores) was shared with other work while measured",
    ], goals=[Goal("busy_account_p95_ms", "<", 300.0), Goal("idle_account_p95_ms", "<", 150.0)])
    try:
        client = service.wait()
        started_at = time.perf_counter()
        for p in paths:  # warm the per-data-version caches and each account's first view
            client.get(p).raise_for_status()
        # idle means idle: the service computes the pages' figures in the background after a start on new
        # data (`/api/warm`); the account pages measured meanwhile are the "warming" figures
        warming: list[float] = []
        wait_for_warm(client, lambda: timed(client, paths, threading.Event(), warming, limit=20))
        result.figures["warm_seconds_after_start"] = round(time.perf_counter() - started_at, 1)
        idle: list[float] = []
        timed(client, paths, threading.Event(), idle, limit=args.idle_requests)
        busy: list[float] = []
        stop = threading.Event()
        pages = threading.Thread(target=timed, args=(client, paths, stop, busy), daemon=True)
        started = time.perf_counter()
        backfill = subprocess.Popen([BANSO, "score", "--backfill", "52", "-w", str(root)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        pages.start()
        out, err = backfill.communicate()
        took = time.perf_counter() - started
        stop.set()
        pages.join()
        if backfill.returncode != 0:
            raise RuntimeError(f"the backfill failed: {err}")
        if warming:
            result.figures["warming_account_requests"] = len(warming)
            result.figures["warming_account_p95_ms"] = round(percentile(warming, 95), 1)
        for name, values in (("idle", idle), ("busy", busy)):
            result.figures[f"{name}_account_requests"] = len(values)
            result.figures[f"{name}_account_p50_ms"] = round(statistics.median(values), 1)
            result.figures[f"{name}_account_p95_ms"] = round(percentile(values, 95), 1)
            result.figures[f"{name}_account_p99_ms"] = round(percentile(values, 99), 1)
            result.figures[f"{name}_account_max_ms"] = round(max(values), 1)
        result.figures["backfill_seconds_while_serving"] = round(took, 1)
        result.figures["backfill_output"] = out.strip().splitlines()[0] if out.strip() else ""
    finally:
        service.stop()
        shutil.rmtree(root.parent, ignore_errors=True)
    result.write()


if __name__ == "__main__":
    main()
