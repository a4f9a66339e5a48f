"""The evidence pages on the `town` world: each report's chart, reading and table, in English and Japanese."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from banso.workspace import Workspace
from tests.web.conftest import signed_in_viewer

pytestmark = pytest.mark.slow
PAGES = {
    "revenue": ("MRR movements per month", "月ごとの MRR の動き"),
    "impact": ("Before and after the touchpoint", "タッチポイントの前後"),
    "cs-contribution": ("Churn with and without CS support", "CS 支援の有無と解約"),
    "early-signals": ("Early behaviours and what became of the accounts", "初期の行動とその後"),
    "events": ("Event inventory", "イベント棚卸し"),
    "data-quality": ("Tracking problems per day", "日ごとの計測の問題"),
}


@pytest.fixture(scope="module")
def client(town: Workspace) -> TestClient:
    return signed_in_viewer(town, "evidence-viewer@example.com")


@pytest.mark.parametrize("report", list(PAGES))
def test_each_report_has_its_chart_reading_and_table_in_both_languages(client: TestClient, report: str) -> None:
    en = client.get(f"/evidence/{report}")
    assert en.status_code == 200, en.text[:500]
    assert PAGES[report][0] in en.text and 'id="chart-e1"' in en.text and 'class="reading"' in en.text
    assert "<table>" in en.text and "evidence-problem" not in en.text
    ja = client.get(f"/evidence/{report}", headers={"Accept-Language": "ja"})
    assert PAGES[report][1] in ja.text


def test_the_index_links_every_report(client: TestClient) -> None:
    page = client.get("/evidence")
    assert page.status_code == 200
    assert all(f'href="/evidence/{r}"' in page.text for r in PAGES)


def test_impact_defaults_to_meetings_on_the_proposed_feature_and_takes_a_kind(client: TestClient) -> None:
    page = client.get("/evidence/impact")
    assert 'value="cs_meeting" selected' in page.text and '<option value="feature" selected>' in page.text
    feature = client.get("/api/evidence/impact", params={"kind": "cs_meeting", "metric": "feature"}).json()
    assert feature["proposed_feature"] is True and feature["treated"] > 0
    assert all(u["feature"] for u in feature["units"])
    data = client.get("/api/evidence/impact", params={"kind": "support_ticket"}).json()
    assert data["kind"] == "support_ticket" and data["treated"] > 100 and "naive_biased" in data["notes"]
    assert data["did_low"] <= 0 <= data["did_high"]
    assert len(data["event_study"]) == 16


def test_bad_parameters_are_refused_or_explained(client: TestClient) -> None:
    assert client.get("/api/evidence/impact", params={"kind": "cs_meeting", "weeks": 99}).status_code == 422
    unknown = client.get("/evidence/impact", params={"kind": "<script>alert(1)</script>"})
    assert unknown.status_code == 200 and 'id="evidence-problem"' in unknown.text
    assert "<script>alert(1)</script>" not in unknown.text and "&lt;script&gt;" in unknown.text
    far = client.get("/evidence/early-signals", params={"outcome": "retention", "horizon": 24})
    assert "shorter --horizon" in far.text


def test_json_twins_carry_the_figures(client: TestClient) -> None:
    revenue = client.get("/api/evidence/revenue").json()
    assert revenue["retention"][0]["by"] == "all" and 0 < revenue["retention"][0]["grr"] <= 1
    # the period starts with the event history: the first snapshots' 90-day windows are mostly empty
    assert revenue["bands_partial"] is True and revenue["band_as_of"][:7] == revenue["start"][:7]
    bands = [r["group"] for r in revenue["retention"] if r["by"] == "band"]
    assert bands == [b for b in ("good", "normal", "bad", "unscored") if b in bands] and len(bands) >= 3  # best first
    assert "which counted over windows reaching before the first event" in client.get("/evidence/revenue").text
    cs = client.get("/api/evidence/cs-contribution").json()
    assert cs["bands_partial"] is True and cs["band_as_of"] == revenue["band_as_of"]
    assert {t["tier"] for t in cs["tiers"]} == {"Enterprise", "Mid", "SMB"}
    early = client.get("/api/evidence/early-signals").json()
    assert any(b["key"] == "invited" for b in early["behaviours"])
    events = client.get("/api/evidence/events").json()
    assert 0 < events["unused_share"] < 1 and events["total"] == sum(e["events"] for e in events["events"])
    quality = client.get("/api/evidence/data-quality").json()
    assert quality["totals"]["events"] == events["total"]


def test_early_behaviours_are_named_in_the_readers_language(client: TestClient) -> None:
    ja = client.get("/evidence/early-signals", headers={"Accept-Language": "ja"}).text
    assert "7 日以内にメンバーを招待" in ja and "invited a member" not in ja
    assert "トライアルは契約開始より前だけを読みます" in ja
    en = client.get("/evidence/early-signals").text
    assert "invited a member within 7 days" in en and "A trial is read before its contract began" in en
    # a step every trial reached is no rarity: it leaves nobody to compare with
    done = client.get("/api/evidence/early-signals").json()["behaviours"]
    common = [b for b in done if b["difference"] is None and b["did"] > b["did_not"]]
    rare = [b for b in done if b["difference"] is None and b["did"] <= b["did_not"]]
    assert common
    assert en.count("done by nearly all") == len(common) and en.count("too rare") == len(rare)
    assert ja.count("ほぼ全社が実施") == len(common)


def test_impact_names_the_kind_and_the_metric_in_the_readers_language(client: TestClient) -> None:
    ja = client.get("/evidence/impact", headers={"Accept-Language": "ja"}).text
    assert "CS面談は提案した機能の週あたり利用回数を" in ja
    assert json.dumps("機能の利用回数／週")[1:-1] in ja  # the chart's axis, in its JSON
    assert "uses of the proposed feature" not in ja and ">cs_meeting<" not in ja
    en = client.get("/evidence/impact").text
    assert "changed uses of the proposed feature per week by" in en


def test_event_inventory_shows_the_unused_volume_per_month(client: TestClient) -> None:
    page = client.get("/evidence/events").text
    assert "Events per month" in page and 'id="chart-e2"' in page
    data = client.get("/api/evidence/events").json()
    unused = {r["event"] for r in data["events"] if not r["used_by"]}
    assert unused and sum(r["events"] for r in data["monthly"]) == data["total"]
    unused_total = sum(r["events"] for r in data["monthly"] if r["event"] in unused)
    assert unused_total / data["total"] == pytest.approx(data["unused_share"])


def test_event_inventory_names_each_event_for_people_and_its_days_as_pages_write_them(client: TestClient) -> None:
    """The tracked name first (it is what the inventory is of), then its label; days as every page writes them."""
    from datetime import date

    from banso import i18n

    issue = next(r for r in client.get("/api/evidence/events").json()["events"] if r["event"] == "issue_created")
    first = date.fromisoformat(issue["first_seen"][:10])
    for language, label in (("en", "Create an issue"), ("ja", "課題の作成")):
        page = client.get("/evidence/events", headers={"Accept-Language": language}).text
        with i18n.using(language):
            seen = i18n.day(first)
        row = page[page.index("<td>issue_created</td>"):]
        row = row[:row.index("</tr>")]
        assert f"<td>{label}</td>" in row and f'<td class="num">{seen}</td>' in row
