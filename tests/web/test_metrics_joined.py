"""A metric whose data begin after the first snapshot joins the score then, and the bands move with it: town's
NPS survey sends its first wave in May, and until then `latest_nps` has no value (its accounts are scored
without it). The overview's band charts mark the date with a dotted line and say in words, in both languages,
that the bands moved with the model's input there, not with the accounts' health."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from banso.workspace import Workspace
from tests.web.conftest import chart_of, signed_in_viewer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(town: Workspace) -> TestClient:
    return signed_in_viewer(town, "joined-viewer@example.com")


def first_snapshot_after_the_first_nps_answer(town: Workspace, snapshots: list[str]) -> str:
    """By hand: the first answer's local day, and the first snapshot whose window [as_of − 365 d, as_of) holds it."""
    tp = town.store.table("touchpoints")
    first = town.store.ibis.execute(tp.filter(tp.kind == "nps").ts.min())
    day = pd.Timestamp(first).tz_localize("UTC").tz_convert(town.config.timezone).date()
    return next(s for s in snapshots if date.fromisoformat(s) > day)


def test_the_first_nps_wave_is_marked_on_the_band_charts(town: Workspace, client: TestClient) -> None:
    body = client.get("/api/overview").json()
    drawn = [p["as_of"] for p in body["composition"] if not p["partial"]]
    joined = first_snapshot_after_the_first_nps_answer(town, drawn)
    assert drawn[0] < joined <= drawn[-1]
    assert body["metrics_joined"] == [{"as_of": joined, "label": "latest NPS answer"}]
    page = client.get("/").text
    for name in ("composition", "index"):
        layout = chart_of(page, name)["layout"]
        assert [s["x0"] for s in layout["shapes"] if s["line"].get("dash") == "dot"] == [joined]  # type: ignore[index, union-attr]
        assert [a["text"] for a in layout["annotations"] if a["x"] == joined] == ["+ latest NPS answer"]  # type: ignore[index]
    assert f'data-joined="{joined}"' in page and "“latest NPS answer” joined the score on" in page
    ja = client.get("/", headers={"Accept-Language": "ja"}).text
    assert "「直近の NPS 回答」は" in ja and "アカウントの健全度の変化ではありません" in ja
    assert [a["text"] for a in chart_of(ja, "index")["layout"]["annotations"]] == ["+ 直近の NPS 回答"]  # type: ignore[index]


def test_the_index_jumps_where_it_joined_and_nowhere_else_as_much(client: TestClient) -> None:
    """Why the mark is there: on town the largest week-to-week move of the index is the week NPS joined."""
    body = client.get("/api/overview").json()
    points = [p for p in body["composition"] if not p["partial"]]
    moves = {b["as_of"]: abs(b["index"] - a["index"]) for a, b in pairwise(points)}
    assert max(moves, key=moves.__getitem__) == body["metrics_joined"][0]["as_of"]


def test_the_composition_by_segment_marks_it_too(client: TestClient) -> None:
    """And leaves out the warm-up weeks as the overview does (a seminar's first attendance in the warm-up is
    no mark on a chart that does not draw those weeks)."""
    overview = client.get("/api/overview").json()
    joined = overview["metrics_joined"][0]["as_of"]
    whole = [p["as_of"] for p in overview["composition"] if not p["partial"]]
    page = client.get("/composition", params={"by": "tier"}).text
    figure = chart_of(page, "composition")
    assert all(t["x"][0] >= whole[0] for t in figure["data"])
    assert [s["x0"] for s in figure["layout"]["shapes"]] == [joined]
    assert 'data-warm-up="left-out"' in page
    assert f'data-joined="{joined}"' in page
    ja = client.get("/composition", params={"by": "tier"}, headers={"Accept-Language": "ja"}).text
    assert "「直近の NPS 回答」は" in ja


def test_an_accounts_chart_marks_its_own_first_answer_and_no_first_ticket(town: Workspace, client: TestClient) -> None:
    """One account's score is made without `latest_nps` until it answers: its chart marks the week of its own
    first answer (found here by hand from its touchpoints). Its first ticket is no mark: before it, the ticket
    count read zero, a value of its own; nor is an answer in the account's first scored week, where nothing
    moved. Eight answering accounts and one that never answered are read (a page each)."""
    tp = town.store.table("touchpoints")
    answers = town.store.ibis.execute(tp.filter(tp.kind == "nps").group_by("account_id").agg(first=tp.ts.min())
                                      .order_by("account_id").limit(8))
    marked = 0
    for account_id, first in zip(answers["account_id"], answers["first"], strict=True):
        body = client.get(f"/api/accounts/{account_id}").json()["health"]
        scored = [p["as_of"] for p in body["history"] if p["score"] is not None and not p["partial"]]
        day = pd.Timestamp(first).tz_localize("UTC").tz_convert(town.config.timezone).date()
        expected = next((s for s in scored if date.fromisoformat(s) > day), None)
        if expected is None or expected == scored[0]:
            assert body["joined"] == [], account_id
            continue
        assert [j["as_of"] for j in body["joined"]] == [expected], account_id
        marked += 1
        if marked == 1:
            page = client.get(f"/accounts/{account_id}").text
            layout = chart_of(page, "history")["layout"]
            assert [s["x0"] for s in layout["shapes"] if s["line"].get("dash") == "dot"
                    and s.get("yref") == "paper"] == [expected]  # type: ignore[index, union-attr]
            assert "“latest NPS answer” counts in this account's score from" in page
            ja = client.get(f"/accounts/{account_id}", headers={"Accept-Language": "ja"}).text
            assert "「直近の NPS 回答」は、最初の値が届いた" in ja
    assert marked >= 3
    silent = town.store.ibis.execute(town.store.table("accounts").filter(
        lambda a: a.account_id.notin(tp.filter(tp.kind == "nps").account_id)).account_id.min())
    assert client.get(f"/api/accounts/{silent}").json()["health"]["joined"] == []
