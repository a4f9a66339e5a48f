"""CORS, as a browser on another origin needs it: preflights, the origin on every answer, per-source origin lists.

Requests go over HTTP to a real collector on loopback with the headers Chromium sends; what a browser
would do with each answer follows from the headers checked here (the browser test shows it end to end).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from banso.workspace import Workspace
from tests.collector.server import Running, running

PAGE = "https://app.example.com"


@pytest.fixture(scope="module")
def collector(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Running, dict[str, str]]]:
    root = tmp_path_factory.mktemp("cors") / "ws"
    with Workspace.init(root, name="cors") as ws:
        keys = {name: ws.add_source(name, protocol)[1] for name, protocol in
                (("seg", "segment"), ("rs", "rudderstack"), ("ph", "posthog"), ("mp", "mixpanel"))}
        keys["shop"] = ws.add_source("shop", "segment",
                                     allowed_origins=["https://shop.example.com", "https://*.tenants.example.com"])[1]
    with running(root) as r:
        yield r, keys


def preflight(r: Running, path: str, origin: str = PAGE, headers: str = "authorization,content-type") -> httpx.Response:
    return httpx.options(r.url + path, headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                "Access-Control-Request-Headers": headers})


@pytest.mark.parametrize("path", ["/v1/batch", "/v1/t", "/beacon/v1/batch", "/batch/", "/e/", "/i/v0/e/", "/track/",
                                  "/engage/", "/groups/", "/import", "/flags/", "/array/k/config",
                                  "/v1/projects/k/settings", "/sourceConfig/"])
def test_every_route_answers_a_preflight(collector: tuple[Running, dict[str, str]], path: str) -> None:
    r, _ = collector
    resp = preflight(r, path, headers="authorization,content-type,anonymousid,x-retry-count,rsa-retry-attempt")
    assert resp.status_code == 204
    assert resp.headers["access-control-allow-origin"] == PAGE
    assert resp.headers["access-control-allow-credentials"] == "true"
    assert "POST" in resp.headers["access-control-allow-methods"]
    allowed = {h.strip().lower() for h in resp.headers["access-control-allow-headers"].split(",")}
    assert {"authorization", "content-type", "anonymousid", "sentat", "x-retry-count", "rsa-retry-attempt"} <= allowed
    assert int(resp.headers["access-control-max-age"]) >= 600
    assert "Origin" in resp.headers["vary"]


def test_answers_and_refusals_carry_the_origin(collector: tuple[Running, dict[str, str]]) -> None:
    r, keys = collector
    batch = {"batch": [{"type": "track", "messageId": "c1", "userId": "u1", "event": "e"}]}
    cases = [
        ("accepted", {"content": json.dumps(batch), "auth": (keys["seg"], "")}, 200),
        ("bad JSON", {"content": "{", "auth": (keys["seg"], "")}, 400),
        ("unknown key", {"content": json.dumps(batch), "auth": ("bsk_nope", "")}, 401),
    ]
    for name, kw, status in cases:
        resp = httpx.post(f"{r.url}/v1/batch", headers={"Origin": PAGE}, **kw)  # type: ignore[arg-type]
        assert resp.status_code == status, name
        assert resp.headers["access-control-allow-origin"] == PAGE, name
        assert resp.headers["access-control-allow-credentials"] == "true", name
        assert resp.headers["access-control-expose-headers"] == "Retry-After", name
    r.collector.faults.fail_requests = 1  # a 503's Retry-After must be readable by the page
    resp = httpx.post(f"{r.url}/v1/batch", headers={"Origin": PAGE}, content=json.dumps(batch), auth=(keys["seg"], ""))
    assert resp.status_code == 503 and resp.headers["retry-after"] == "1"
    assert resp.headers["access-control-allow-origin"] == PAGE
    # servers and apps send no Origin: nothing to allow, nothing checked
    resp = httpx.post(f"{r.url}/v1/batch", content=json.dumps(batch), auth=(keys["shop"], ""))
    assert resp.status_code == 200 and "access-control-allow-origin" not in resp.headers


def test_a_source_with_an_origin_list_refuses_other_pages(collector: tuple[Running, dict[str, str]]) -> None:
    r, keys = collector
    spooled = r.collector.spool.end()  # type: ignore[union-attr]
    batch = json.dumps({"batch": [{"type": "track", "messageId": "s1", "userId": "u1", "event": "e"}]})
    resp = httpx.post(f"{r.url}/v1/batch", headers={"Origin": PAGE}, content=batch, auth=(keys["shop"], ""))
    assert resp.status_code == 403
    assert "pages of https://app.example.com may not send with the key of source 'shop'" in resp.json()["message"]
    assert "access-control-allow-origin" not in resp.headers, "the page may not even read the refusal"
    assert r.collector.spool.end() == spooled, "nothing of a refused request is spooled"  # type: ignore[union-attr]
    for origin in ("https://shop.example.com", "https://acme.tenants.example.com", "https://a.b.tenants.example.com"):
        resp = httpx.post(f"{r.url}/v1/batch", headers={"Origin": origin}, content=batch, auth=(keys["shop"], ""))
        assert resp.status_code == 200 and resp.headers["access-control-allow-origin"] == origin, origin
    for origin in ("http://shop.example.com", "https://tenants.example.com", "https://shop.example.com.evil.test"):
        resp = httpx.post(f"{r.url}/v1/batch", headers={"Origin": origin}, content=batch, auth=(keys["shop"], ""))
        assert resp.status_code == 403, origin


def test_preflights_follow_the_sources_of_the_route(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    with Workspace.init(root, name="origins") as ws:
        ws.add_source("web", "posthog", allowed_origins=["https://app.example.com"])
        ws.add_source("server", "segment")  # any origin
    with running(root) as r:
        assert preflight(r, "/e/").headers["access-control-allow-origin"] == PAGE
        refused = preflight(r, "/e/", origin="https://evil.test")
        assert refused.status_code == 204 and "access-control-allow-origin" not in refused.headers
        assert preflight(r, "/v1/batch", origin="https://evil.test").headers["access-control-allow-origin"]
        with Workspace.open(root) as ws:
            ws.configure_source("web", allowed_origins=[])  # any origin again
        ok = False
        for _ in range(40):  # within the key cache's 2 s
            ok = "access-control-allow-origin" in preflight(r, "/e/", origin="https://evil.test").headers
            if ok:
                break
            time.sleep(0.1)
        assert ok


def test_a_wrong_path_is_a_readable_404(collector: tuple[Running, dict[str, str]]) -> None:
    r, _ = collector
    resp = httpx.post(f"{r.url}/v1/tracks", headers={"Origin": PAGE}, content="{}")
    assert resp.status_code == 404
    assert resp.json()["message"].startswith("no collector route POST /v1/tracks; the collector takes")
    assert resp.headers["access-control-allow-origin"] == PAGE
    resp = httpx.delete(f"{r.url}/v1/batch", headers={"Origin": PAGE})
    assert resp.status_code == 405 and "does not take DELETE" in resp.json()["message"]
