"""The Validation page on the `town` world: every section's reading in both languages, with its charts."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from banso.workspace import Workspace
from tests.web.conftest import signed_in_viewer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(town: Workspace) -> TestClient:
    return signed_in_viewer(town, "validation-viewer@example.com")


def test_the_page_reads_in_english_and_japanese(client: TestClient) -> None:
    en = client.get("/validation")
    assert en.status_code == 200
    assert "Does the health score predict churn?" in en.text
    for chart in ("by_month", "by_band", "survival", "calibration", "components"):
        assert f'id="chart-{chart}"' in en.text
    assert "accounts that stayed a year scored significantly higher" in en.text
    assert 'id="side-by-side"' in en.text and "Current model" in en.text
    assert "a trial that ends without a contract is left out" in en.text  # whose churn the page judges
    ja = client.get("/validation", headers={"Accept-Language": "ja"})
    assert "ヘルススコアは解約を予測できているか" in ja.text and "グリーン解約" in ja.text
    assert "契約せずに終わったトライアルは含めません" in ja.text


def test_the_json_twin_has_every_section_and_its_basis(client: TestClient) -> None:
    data = client.get("/api/validation").json()
    keys = [s["key"] for s in data["sections"]]
    assert keys == ["by_month", "by_band", "replay", "calibration", "components", "survival", "cox", "transitions",
                    "lead_time", "revenue", "weights"]
    assert all(s["basis"]["ja"] and s["basis"]["en"] and s["reading"]["ja"] and s["reading"]["en"] for s in data["sections"])
    assert "suggested_model" not in data


def test_dimensions_metrics_and_the_model_are_named_in_the_readers_language(client: TestClient) -> None:
    """The demo's model names everything {ja: …, en: …}: no English label on the Japanese page, no Japanese on
    the English one (the Cox table, the components chart, the model's name, the fine print)."""
    en = client.get("/validation").text
    ja = client.get("/validation", headers={"Accept-Language": "ja"}).text
    assert "伴走 health check (demo)" in en and "Engagement (help content and CS)" in en
    assert "伴走ヘルスチェック（デモ）" in ja and "行動力（ヘルプと CS への関わり）" in ja
    for word in ("Engagement", "Utilization", "Penetration", "account-weeks", "churned accounts"):
        assert word not in ja, word
    for word in ("行動力", "活用度", "浸透度", "アカウント週"):
        assert word not in en, word
    data = client.get("/api/validation").json()
    assert data["labels"]["ja"]["engagement"] == "行動力（ヘルプと CS への関わり）"
    assert data["model_title"] == {"ja": "伴走ヘルスチェック（デモ）", "en": "伴走 health check (demo)"}
