"""A team's first weeks: validation on 8 weekly snapshots answers everywhere and says what must wait.

The literal web world has events from June to November 2026; 8 weekly snapshots (2026-09-21 to
2026-11-09, all after the 90-day warm-up) are 49 days of history: nothing is 90 days old yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from banso.cli import app as cli
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import copied_world, login

WAITING = {"by_month", "by_band", "replay", "calibration", "components", "survival", "transitions", "weights"}


@pytest.fixture(scope="module")
def short(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, tmp_path_factory.mktemp("short"))
    ws.score(backfill_weeks=8)
    yield ws
    ws.close()


def test_the_report_says_what_cannot_be_computed_yet_and_from_when(short: Workspace) -> None:
    report = short.validation_report()
    assert report.last_day.isoformat() == "2026-11-09"
    assert [s.key for s in report.sections] == ["by_month", "by_band", "replay", "calibration", "components",
                                                "survival", "cox", "transitions", "lead_time", "revenue", "weights"]
    assert {s.key for s in report.sections if s.pending} == WAITING
    band = report.section("by_band")
    assert band.reading["en"] == (
        "Not computable yet: this needs snapshots at least 90 days before the last one (2026-11-09), and the earliest "
        "one used is from 2026-09-21 (49 days of history after the warm-up). It can be computed once the history "
        "reaches 2026-12-20.")
    assert "2026-12-20 まで履歴がたまると計算できます" in band.reading["ja"]
    assert "reaches 2027-03-20" in report.section("survival").reading["en"], "survival needs 180 days"
    assert not any(s.thin for s in report.sections if s.pending), "waiting is not thin evidence"


def test_the_command_line_prints_every_format(short: Workspace) -> None:
    run = CliRunner()
    table = run.invoke(cli, ["report", "validation", "-w", str(short.root), "--lang", "en"])
    assert table.exit_code == 0, table.output
    assert "not computable yet" in table.output and "まだ" not in table.output
    ja = run.invoke(cli, ["report", "validation", "-w", str(short.root)])  # the workspace's language: Japanese
    assert ja.exit_code == 0 and "まだ計算できません" in ja.output and "not computable yet" not in ja.output
    # whose churn it judges, wherever it is read (the terminal folds long lines: compare without them)
    assert "trial that ends without a contract is left out" in " ".join(table.output.split())
    assert "契約せずに終わったトライアルは含めません" in "".join(ja.output.split())
    for fmt in ("csv", "json", "html"):
        result = run.invoke(cli, ["report", "validation", "--format", fmt, "-w", str(short.root)])
        assert result.exit_code == 0, (fmt, result.output)
        if fmt == "html":
            assert "契約せずに終わったトライアルは含めません" in result.output
    data = json.loads(run.invoke(cli, ["report", "validation", "--format", "json", "-w", str(short.root)]).output)
    assert {s["key"] for s in data["sections"] if s["pending"]} == WAITING


def test_the_page_and_its_api_answer(short: Workspace) -> None:
    client = login(TestClient(create_app(short), raise_server_exceptions=False,  # type: ignore[arg-type]
                              headers={"Accept-Language": "en"}), "viewer@example.com")
    api = client.get("/api/validation")
    assert api.status_code == 200
    assert {s["key"] for s in api.json()["sections"] if s["pending"]} == WAITING
    page = client.get("/validation")
    assert page.status_code == 200 and page.text.count("not computable yet") == len(WAITING)
    assert 'id="chart-by_band"' not in page.text, "no empty chart for a figure that waits"
    ja = client.get("/validation", headers={"Accept-Language": "ja"})
    assert ja.status_code == 200 and "まだ計算できません" in ja.text
