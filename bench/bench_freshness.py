"""Freshness: from an event's acknowledgement by the collector to the account's current score reflecting it.

Goal (issue: banso runs itself): ≤ 5 minutes at p95 on the nulab world with the collector receiving
1,000 events/s (moonshot: ≤ 1 minute). A real `banso serve --collect` renews current scores every
`--interval` seconds. A sender posts Segment batches (100 events, 10 a second) for random members of
all accounts but the probes; every `--probe-every` seconds one probe account (which gets no other
event) receives a batch, and the time from its 200 to the moment its current score's time changes
(polled every second) is one freshness figure.

Before serving, one renewal round is timed in-process for 10, 100, 1,000 and all accounts touched
(each after loading one new event per touched account): the cost of a round and how it grows.

    python -m bench.bench_freshness [--seconds 600] [--interval 30]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pandas as pd

from bench.common import Goal, Result
from bench.served import Service, add_login, percentile, private_copy
from bench.worlds import loaded_workspace
from tests.service.served import set_config

PROBES = 40


def round_costs(root: Path) -> dict[str, float]:
    """Seconds of one renewal round touching k accounts (one new event each), timed in this process."""
    from banso.health.current import renew
    from banso.workspace import Workspace

    out: dict[str, float] = {}
    with Workspace.open(root) as ws:
        with ws.working_store() as store:
            started = time.perf_counter()
            first = renew(store, ws.config, full=True)
            out["full_round_first_seconds"] = round(time.perf_counter() - started, 2)
            out["accounts_live"] = first.scored
        members = ws.store.execute(ws.store.table("memberships").select("user_id", "account_id"))
        accounts = members["account_id"].drop_duplicates().tolist()
        random.Random(2).shuffle(accounts)
        for k in (10, 100, 1000):
            picked = members[members["account_id"].isin(set(accounts[:k]))].drop_duplicates("account_id")
            now = datetime.now(UTC)
            rows = pd.DataFrame({"event_id": [f"cost-{k}-{i}" for i in range(len(picked))],
                                 "ts": [now] * len(picked), "user_id": picked["user_id"].tolist(),
                                 "account_id": picked["account_id"].tolist(), "event": "issue_created"})
            path = root.parent / f"cost-{k}.parquet"
            rows.to_parquet(path)
            ws.load("events", [str(path)])
            with ws.working_store() as store:
                started = time.perf_counter()
                r = renew(store, ws.config)
                out[f"round_{k}_accounts_seconds"] = round(time.perf_counter() - started, 2)
                out[f"round_{k}_accounts_renewed"] = r.accounts
        with ws.working_store() as store:
            started = time.perf_counter()
            renew(store, ws.config, full=True)
            out["round_all_accounts_seconds"] = round(time.perf_counter() - started, 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="nulab")
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--interval", type=int, default=30, help="schedule.current_scores, seconds")
    parser.add_argument("--rate", type=int, default=1000, help="events per second from the sender")
    parser.add_argument("--probe-every", type=float, default=10.0)
    args = parser.parse_args()
    source = loaded_workspace(args.preset)
    root = private_copy(source)
    add_login(root)
    result = Result("freshness", notes=[
        f"{args.preset} store copied privately; banso serve --collect with schedule.current_scores "
        f"{args.interval}s; Segment batches of 100 at {args.rate} events/s; the sender, the probes and the "
        "service share the machine's 2 cores, which other work used too while measured",
        "freshness = from the probe batch's 200 to the first poll (every 1 s) that sees the account's "
        "current-score time change; the poll adds up to 1 s",
        "round costs: one renewal each, timed in-process before serving, after loading one new event for "
        "each touched account (the rollups append those events first)",
    ], goals=[Goal("freshness_p95_seconds", "<", 300.0), Goal("freshness_p95_seconds_moonshot", "<", 60.0)])
    print("timing renewal rounds…", file=sys.stderr)
    result.figures.update(round_costs(root))

    from banso.workspace import Workspace

    with Workspace.open(root) as ws:
        key = ws.add_source("bench", "segment")[1]
        members = ws.store.execute(ws.store.table("memberships").select("user_id", "account_id"))
    by_account = members.groupby("account_id")["user_id"].apply(list).to_dict()
    ids = sorted(by_account)
    random.Random(3).shuffle(ids)
    probes, streamed = ids[:PROBES], ids[PROBES:]
    set_config(root, f"schedule:\n  current_scores: {args.interval}s\n  current_alerts: off\n"
                       "service:\n  collect: true\n")
    service = Service(root)
    stop = threading.Event()
    sent = [0]
    errors: list[str] = []

    def sender() -> None:
        rng = random.Random(4)
        with httpx.Client(base_url=service.url, auth=(key, ""), timeout=30) as c:
            n = 0
            next_at = time.monotonic()
            while not stop.is_set():
                stamp = datetime.now(UTC).isoformat()
                batch = []
                for _ in range(100):
                    account = streamed[rng.randrange(len(streamed))]
                    users = by_account[account]
                    n += 1
                    batch.append({"type": "track", "messageId": f"s{n}", "userId": users[rng.randrange(len(users))],
                                  "event": "issue_created", "timestamp": stamp, "context": {"groupId": account}})
                r = c.post("/v1/batch", content=json.dumps({"batch": batch}),
                           headers={"Content-Type": "application/json"})
                if r.status_code == 200:
                    sent[0] += len(batch)
                else:
                    errors.append(f"{r.status_code} {r.text[:100]}")
                next_at += 100 / args.rate
                time.sleep(max(0.0, next_at - time.monotonic()))

    freshness: list[float] = []
    try:
        web = service.wait()

        def current(account: str) -> str | None:
            found = web.get(f"/api/accounts/{account}").json().get("current")
            return None if found is None else str(found["as_of"])

        deadline = time.monotonic() + 900
        while current(probes[0]) is None and time.monotonic() < deadline:  # the first full round
            time.sleep(2)
        threading.Thread(target=sender, daemon=True).start()
        began = time.monotonic()
        k = 0
        with httpx.Client(base_url=service.url, auth=(key, ""), timeout=30) as c:
            while time.monotonic() - began < args.seconds and k < len(probes):
                account = probes[k]
                k += 1
                before = current(account)
                users = by_account[account]
                batch = {"batch": [{"type": "track", "messageId": f"p{k}-{i}", "userId": users[i % len(users)],
                                    "event": "issue_created", "timestamp": datetime.now(UTC).isoformat(),
                                    "context": {"groupId": account}} for i in range(5)]}
                r = c.post("/v1/batch", content=json.dumps(batch), headers={"Content-Type": "application/json"})
                acked = time.monotonic()
                r.raise_for_status()
                while time.monotonic() - acked < 900:
                    time.sleep(1.0)
                    if current(account) != before:
                        freshness.append(time.monotonic() - acked)
                        break
                time.sleep(max(0.0, args.probe_every - (time.monotonic() - acked)))
        elapsed = time.monotonic() - began
        rounds = [j for j in web.get("/api/jobs", params={"kind": "current_scores", "limit": 500}).json()
                  if j["status"] == "done"]
        stop.set()
    finally:
        stop.set()
        service.stop()
        shutil.rmtree(root.parent, ignore_errors=True)
    result.figures.update({
        "interval_seconds": args.interval,
        "events_sent": sent[0],
        "events_per_second_sent": round(sent[0] / max(elapsed, 1), 1),
        "send_errors": len(errors),
        "probes": len(freshness),
        "freshness_p50_seconds": round(statistics.median(freshness), 1) if freshness else None,
        "freshness_p95_seconds": round(percentile(freshness, 95), 1) if freshness else None,
        "freshness_max_seconds": round(max(freshness), 1) if freshness else None,
        "rounds_while_serving": [f"{j['counts'].get('accounts')} accounts in {j['counts'].get('seconds')} s"
                                 for j in rounds[:40]],
    })
    if freshness:
        result.figures["freshness_p95_seconds_moonshot"] = result.figures["freshness_p95_seconds"]
    if errors:
        result.notes.append(f"first send errors: {errors[:3]}")
    result.write()


if __name__ == "__main__":
    main()
