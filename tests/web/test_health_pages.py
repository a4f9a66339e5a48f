"""The health parts of the pages, on the literal world scored by the health engine (default model)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import copied_world, login


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, Path(tmp_path_factory.mktemp("scored")))
    ws.score(backfill_weeks=2)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def client(scored: Workspace) -> TestClient:
    app = create_app(scored)
    return login(TestClient(app, raise_server_exceptions=False, headers={"Accept-Language": "en"}),  # type: ignore[arg-type]
                 "admin@example.com")


def test_overview_shows_band_composition_and_index(client: TestClient, scored: Workspace) -> None:
    body = client.get("/api/overview").json()
    expected = scored.band_composition()
    assert [p["as_of"] for p in body["composition"]] == [pd.Timestamp(d).date().isoformat() for d in expected["as_of"]]
    last = body["composition"][-1]
    assert last["index"] == pytest.approx(float(expected["index"].iloc[-1]))
    assert body["health_available"] is True and body["kpis"]["scored"] == last["scored"]
    assert sum(n for _, n in body["score_bins"]) == last["scored"]
    page = client.get("/").text
    for chart in ("chart-composition", "chart-index", "chart-histogram"):
        assert chart in page


def test_account_page_explains_the_score(client: TestClient, scored: Workspace) -> None:
    body = client.get("/api/accounts/A1").json()
    h = body["health"]
    expected = scored.explain("A1")
    assert h["score"] == pytest.approx(expected.score)
    assert h["band"] == expected.band and len(h["history"]) == len(scored.score_history("A1")) >= 2
    assert sum(m["points"] for m in h["explanation"]["metrics"]) == pytest.approx(expected.score)
    page = client.get("/accounts/A1").text
    assert "chart-history" in page and "What drives the score" in page and 'id="dimensions"' in page


def test_list_columns_and_sorting_by_score(client: TestClient, scored: Workspace) -> None:
    rows = client.get("/api/accounts?sort=score&dir=asc&status=active").json()["rows"]
    scores = scored.scores().set_index("account_id")["score"]
    assert [r["account_id"] for r in rows] == sorted(scores.index, key=lambda a: (scores[a], a))
    assert all(r["band"] in ("good", "normal", "bad") for r in rows)
    bad = client.get("/api/accounts?band=bad").json()
    assert bad["total"] == int((scored.scores()["band"] == "bad").sum())


def test_the_account_header_labels_each_figure_once(client: TestClient, scored: Workspace) -> None:
    """The change since last week and the 4-week trend are two figures, each named with its unit; the active
    rate says what it divides (active members by seats, or by members when the CRM has no seats)."""
    body = client.get("/api/accounts/A1").json()
    expected = scored.explain("A1")
    assert body["health"]["change"] == pytest.approx(expected.change)
    assert (body["seats_counted"], body["seats_from_members"], body["member_count"]) == (10, False, 2)
    assert body["active_rate_28d"] == pytest.approx(body["active_members_28d"] / 10)
    page = client.get("/accounts/A1").text
    header = page[page.index('id="account-name"'):page.index('class="facts"')]
    assert "since last week" in header and f"{expected.change:+.1f}".replace("-", "−") in header
    assert "trend over 4 weeks" in header and "pt/week" in header
    facts = page[page.index('class="facts"'):page.index("</dl>")]
    assert f"{body['active_members_28d']} active of 10 seats" in facts and "of 10 seats" in facts
    assert f"{body['active_members_28d']} of 2 members active in the last 28 days" in page
    a3 = client.get("/api/accounts/A3").json()  # no seats in the CRM: its one member counts as its seat
    assert (a3["seats_counted"], a3["seats_from_members"]) == (1, True)
    assert "no seats in the CRM" in client.get("/accounts/A3").text


def test_labels_given_in_both_languages_read_in_the_readers(client: TestClient, scored: Workspace) -> None:
    """The default model names its dimensions and metrics {ja: …, en: …}: each page shows its reader's."""
    ja = client.get("/accounts/A1", headers={"Accept-Language": "ja"}).text
    en = client.get("/accounts/A1").text
    assert "行動力" in ja and "Engagement" not in ja and "アクティブメンバー / 席数" in ja
    assert "Engagement" in en and "行動力" not in en and "active members / seats" in en
    body = client.get("/api/accounts/A1", headers={"Accept-Language": "ja"}).json()
    assert {d["label"] for d in body["health"]["explanation"]["dimensions"]} == {
        "行動力", "活用度（利用の幅と頻度）", "浸透度（ユーザーへの広がり）"}


def test_onboarding_milestones_written_out_are_named_in_each_language(scored: Workspace) -> None:
    from banso.config.web import Milestone

    milestone = Milestone.model_validate({"event": "user_invited", "label": {"ja": "メンバーを招待する",
                                                                             "en": "Invite a teammate"}})
    original = scored.config
    scored.config = original.model_copy(update={"onboarding": {"invite": milestone, "Create an issue": "issue_created"}})
    try:
        ja = scored.account_page("A1", language="ja").onboarding
        en = scored.account_page("A1", language="en").onboarding
        assert [m.milestone for m in ja] == ["メンバーを招待する", "Create an issue"]
        assert [m.milestone for m in en] == ["Invite a teammate", "Create an issue"]
        assert ja[0].done_at is not None and ja[0].done_at == en[0].done_at  # u1 invited in week one
    finally:
        scored.config = original


def test_milestones_of_an_account_older_than_the_records_read_as_reached_by_a_day(
        client: TestClient, scored: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    """A customer since January, its events loaded from November: 「チュートリアルを終える 2025/11/18」 read as if it
    took ten months. A day first seen in the records is a day the milestone was reached by. Here A1's trial began
    on 2026-05-04 and the world's events on 2026-06-02."""
    from banso.health.coverage import Coverage

    monkeypatch.setattr(scored, "config", scored.config.model_copy(update={"onboarding": {
        "Invite a teammate": "user_invited"}}))
    page = scored.account_page("A1", language="en")
    assert page.records_from == date(2026, 6, 2)
    reached = [m for m in page.onboarding if m.done_at is not None]
    assert reached, "the world's A1 reaches a milestone"
    en = client.get("/accounts/A1?lang=en").text
    day = reached[0].done_at
    assert f"by {day:%b} {day.day}, {day.year}" in en
    assert 'id="onboarding-records"' in en and "The event records begin on Jun 2, 2026" in en
    ja = client.get("/accounts/A1?lang=ja").text
    assert f"{day:%Y/%m/%d} までに" in ja and "イベントの記録は 2026/06/02 から" in ja
    real = scored.coverage()  # had the records begun before A1 did, its days would be its own
    monkeypatch.setattr(scored, "coverage", lambda: Coverage(date(2026, 5, 1), real.days, real.complete_from))
    assert scored.account_page("A1", language="en").records_from is None
    assert 'id="onboarding-records"' not in client.get("/accounts/A1?lang=en").text
