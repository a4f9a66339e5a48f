"""Bad input gets a clear error in the shape the client parses, and nothing of a rejected request lands."""

from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path

import httpx
import pytest

from banso.workspace import Workspace
from tests.collector.server import running


def _msg(i: int, **extra: object) -> dict[str, object]:
    return {"type": "track", "messageId": f"m{i}", "userId": "u1", "event": "issue_created",
            "context": {"groupId": "ACME"}, **extra}


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, str, str]:
    root = tmp_path / "ws"
    with Workspace.init(root, name="bad input") as ws:
        key = ws.add_source("web", "segment")[1]
        revoked = ws.add_source("old", "segment")[1]
        ws.revoke_source("old")
    return root, key, revoked


def events_in(root: Path) -> list[str]:
    with Workspace.open(root) as ws:
        ws.drain_collector()
    with Workspace.open(root) as ws:
        return sorted(ws.store.execute(ws.store.table("events").select("event_id"))["event_id"])


def test_each_bad_request_is_refused_clearly_and_leaves_nothing(setup: tuple[Path, str, str],
                                                                caplog: pytest.LogCaptureFixture) -> None:
    root, key, revoked = setup
    body = json.dumps({"batch": [_msg(1)]}).encode()
    cases: list[tuple[str, dict[str, object], int, str]] = [
        ("truncated gzip", {"content": gzip.compress(body)[:-8], "headers": {"Content-Encoding": "gzip"}}, 400, "gzip"),
        ("invalid JSON", {"content": b'{"batch": [', "headers": {}}, 400, "JSON"),
        ("wrong types", {"content": json.dumps({"batch": "not a list"}).encode(), "headers": {}}, 400, "batch"),
        ("event not a string", {"content": json.dumps({"batch": [_msg(2, event=42)]}).encode(), "headers": {}}, 400,
         "event"),
        ("no user at all", {"content": json.dumps({"batch": [{"type": "track", "messageId": "m3", "event": "x"}]})
         .encode(), "headers": {}}, 400, "userId"),
        ("a list as type (found by the fuzz test: it was a 500)",
         {"content": json.dumps({"batch": [_msg(5, type=["track"])]}).encode(), "headers": {}}, 400,
         "batch[0].type must be one of alias, group, identify, page, screen, track; got a JSON list"),
        ("message over 32 KB", {"content": json.dumps({"batch": [_msg(4, properties={"x": "あ" * 20_000})]}).encode(),
                                "headers": {}}, 413, "32 KB"),
    ]
    with running(root) as r, httpx.Client(timeout=10) as http:
        url = f"{r.url}/v1/batch"
        for name, kw, status, says in cases:
            resp = http.post(url, auth=(key, ""), **kw)  # type: ignore[arg-type]
            assert resp.status_code == status, name
            assert says in resp.json()["message"], (name, resp.text)
        with caplog.at_level(logging.INFO):
            for bad_key in ("bsk_" + "x" * 40, revoked):
                resp = http.post(url, auth=(bad_key, ""), content=body)
                assert resp.status_code == 401 and "write key" in resp.json()["message"]
        assert http.post(url, content=body).status_code == 401  # no key at all
        # A good request afterwards still lands: the refusals left nothing half-done.
        assert http.post(url, auth=(key, ""), content=json.dumps({"batch": [_msg(9)]}).encode()).status_code == 200
    logged = caplog.text
    assert revoked not in logged and "x" * 40 not in logged, "a key is never logged in full"
    assert events_in(root) == ["m9"]


def missing(value: object) -> bool:
    return value is None or value != value  # None, or NaN as pandas reads an empty number


def test_what_is_accepted_stays_storable(setup: tuple[Path, str, str]) -> None:
    """Values that used to pass the checks and then stop the compactor for good (found by the fuzz test)."""
    root, key, _ = setup
    with Workspace.open(root) as ws:
        ph = ws.add_source("ph", "posthog")[1]
    with running(root) as r, httpx.Client(timeout=10) as http:
        # a PostHog offset so large that the event time overflows: refused with its name, not a 500
        event = {"event": "clicked", "uuid": "o1", "distinct_id": "u1", "offset": 1.7e305}
        resp = http.post(f"{r.url}/batch/", json={"api_key": ph, "batch": [event]})
        assert resp.status_code == 400 and "batch[0].offset must be the milliseconds since the event" in resp.text
        # traits that do not fit an account column stay traits; the column stays empty
        group = {"type": "group", "messageId": "g1", "userId": "u1", "groupId": "BIG",
                 "traits": {"seats": 1e300, "mrr": "1e999", "name": "Big Co"}}
        assert http.post(f"{r.url}/v1/group", json=group, auth=(key, "")).status_code == 200
        compactor = r.collector.compactor
    assert compactor is not None and compactor.stats.last_error is None
    with Workspace.open(root) as ws:
        [account] = ws.store.execute(ws.store.table("accounts")).to_dict("records")
    assert account["name"] == "Big Co" and missing(account["seats"]) and missing(account["mrr"])
    assert account["traits"] == {"seats": 1e300, "mrr": "1e999", "name": "Big Co"}
