"""Saved insights and dashboards through the pages and the API: save, share, pin, and who may do what."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from fastapi.testclient import TestClient

TREND = [("kind", "trend"), ("measure", "events"), ("event", "issue_created"), ("from", "2026-10-05"),
         ("to", "2026-11-08")]


def csrf(client: TestClient, path: str = "/dashboards") -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found
    return found.group(1)


def save(client: TestClient, name: str, shared: bool = False, query: list[tuple[str, str]] = TREND) -> str:
    r = client.post("/insights/save", data={"name": name, "query": urlencode(query), "shared": str(shared).lower(),
                                            "csrf_token": csrf(client)}, follow_redirects=False)
    assert r.status_code == 303, r.text[:300]
    return r.headers["location"]


def test_save_an_insight_and_open_it_again(csm: TestClient) -> None:
    url = save(csm, "Issues per week")
    assert url.startswith("/insights?") and "saved=" in url and "event=issue_created" in url
    page = csm.get(url)
    assert page.status_code == 200 and "<h1>Issues per week</h1>" in page.text
    mine = [x for x in csm.get("/api/saved-insights").json() if x["name"] == "Issues per week"]
    assert len(mine) == 1 and mine[0]["spec"]["event"]["event"] == "issue_created" and mine[0]["url"] == url


def test_sharing_and_roles(csm: TestClient, viewer: TestClient, admin: TestClient) -> None:
    private = save(csm, "Private view")
    shared = save(csm, "Team view", shared=True)
    names = {x["name"] for x in viewer.get("/api/saved-insights").json()}
    assert "Team view" in names and "Private view" not in names
    private_id = private.rsplit("saved=", 1)[1]
    assert viewer.get(f"/api/saved-insights/{private_id}").status_code == 404  # another's private one does not exist
    refused = viewer.post("/insights/save", data={"name": "x", "query": urlencode(TREND),
                                                  "csrf_token": csrf(viewer)})
    assert refused.status_code == 403
    shared_id = int(shared.rsplit("saved=", 1)[1])
    token = csrf(viewer)
    assert viewer.delete(f"/api/saved-insights/{shared_id}", headers={"X-CSRF-Token": token}).status_code == 403
    assert admin.patch(f"/api/saved-insights/{shared_id}", json={"name": "Renamed by an admin"},
                       headers={"X-CSRF-Token": csrf(admin)}).json()["name"] == "Renamed by an admin"


def test_dashboards_pin_insights_side_by_side(csm: TestClient) -> None:
    trend_url = save(csm, "Trend for the board")
    funnel_url = save(csm, "Funnel for the board", query=[("kind", "funnel"), ("step", "issue_created"),
                                                           ("step", "comment_added"), ("from", "2026-10-05")])
    made = csm.post("/dashboards", data={"name": "Weekly review", "csrf_token": csrf(csm)}, follow_redirects=False)
    assert made.status_code == 303
    board = made.headers["location"]
    board_id = int(board.rsplit("/", 1)[1])
    for url in (trend_url, funnel_url):
        insight_id = url.rsplit("saved=", 1)[1]
        r = csm.post("/dashboards/pin", data={"dashboard": board_id, "insight": insight_id, "csrf_token": csrf(csm)},
                     follow_redirects=False)
        assert r.status_code == 303
    page = csm.get(board)
    assert page.status_code == 200 and "Trend for the board" in page.text and "Funnel for the board" in page.text
    assert page.text.count('class="card tile"') == 2
    offered = page.text[page.text.index('id="pin-form"'):].split("</select>")[0] if 'id="pin-form"' in page.text else ""
    assert "Trend for the board" not in offered and "Funnel for the board" not in offered, "pinned: not offered again"
    body = csm.get(f"/api/dashboards/{board_id}").json()
    assert [t["insight"]["name"] for t in body["tiles"]] == ["Trend for the board", "Funnel for the board"]
    assert body["tiles"][0]["result"]["series"][0]["total"] == 10
    listed = {b["name"]: b["insights"] for b in csm.get("/api/dashboards").json()}
    assert listed["Weekly review"] == 2


def test_a_tile_that_cannot_run_says_why(csm: TestClient) -> None:
    token = csrf(csm)
    seg = csm.post("/api/segments", json={"name": "Soon gone", "segment": {"tier": ["Mid"]}},
                   headers={"X-CSRF-Token": token}).json()["id"]
    insight = csm.post("/api/saved-insights", json={"name": "On a segment", "spec": {
        "kind": "trend", "segments": [{"saved": seg}]}}, headers={"X-CSRF-Token": token})
    assert insight.status_code == 201, insight.text
    board = csm.post("/api/dashboards", json={"name": "Fragile"}, headers={"X-CSRF-Token": token}).json()["id"]
    assert csm.put(f"/api/dashboards/{board}/insights/{insight.json()['id']}",
                   headers={"X-CSRF-Token": token}).status_code == 204
    assert csm.delete(f"/api/segments/{seg}", headers={"X-CSRF-Token": token}).status_code == 204
    tile = csm.get(f"/api/dashboards/{board}").json()["tiles"][0]
    assert tile["result"] is None and "no saved segment" in tile["problem"]
    assert "no saved segment" in csm.get(f"/dashboards/{board}").text


def test_bad_requests_are_clear(csm: TestClient) -> None:
    token = csrf(csm)
    assert csm.get("/api/dashboards/999999").status_code == 404
    assert csm.get("/api/dashboards/0").status_code == 422
    blank = csm.post("/api/saved-insights", json={"name": " ", "spec": {"kind": "trend"}},
                     headers={"X-CSRF-Token": token})
    assert blank.status_code == 400 and "name" in blank.json()["detail"]
    wrong = csm.post("/api/saved-insights", json={"name": "x", "spec": {"kind": "trend", "interval": "hour"}},
                     headers={"X-CSRF-Token": token})
    assert wrong.status_code == 422 and "interval" in wrong.json()["detail"]
    bad_query = csm.post("/insights/save", data={"name": "x", "query": "kind=retention&periods=0", "csrf_token": token})
    assert bad_query.status_code == 400 and "periods" in bad_query.text
