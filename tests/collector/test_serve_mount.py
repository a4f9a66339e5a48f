"""`banso serve --collect`: the web app and the collector on one port, the SDK routes outside CSRF and login."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from banso.web import create_app
from banso.workspace import Workspace


def test_the_web_app_also_takes_sdk_events(tmp_path: Path) -> None:
    ws = Workspace.init(tmp_path / "ws", name="serve and collect")
    key = ws.add_source("web", "segment")[1]
    app = create_app(ws, collect=True)
    batch = {"batch": [{"type": "track", "messageId": "m1", "userId": "u1", "event": "issue_created",
                        "context": {"groupId": "ACME"}}]}
    with TestClient(app) as client:  # runs the collector's start and stop
        r = client.post("/v1/batch", content=json.dumps(batch), auth=(key, ""),
                        headers={"Content-Type": "application/json"})
        assert r.status_code == 200, r.text
        assert client.post("/v1/batch", content=json.dumps(batch), auth=("bsk_wrong", "")).status_code == 401
        assert client.get("/", follow_redirects=False).status_code in (302, 303, 307)  # pages still need a login
    ws.close()
    with Workspace.open(tmp_path / "ws") as again:
        events = again.store.execute(again.store.table("events"))
    assert events["event_id"].tolist() == ["m1"] and events["account_id"].tolist() == ["ACME"]
