"""`banso report KIND --lang ja|en`: a report reads in one language, headline, columns and notes alike.

Without `--lang` a report reads in the workspace's `language` (Japanese by default); JSON keys stay English
whatever the language, since scripts read them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from banso.cli import app as cli
from banso.workspace import Workspace
from tests.conftest import write
from tests.web.conftest import copied_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("lang")
    ws = copied_world(tmp_path_factory, root)
    ws.load("revenue", [str(write(root / "revenue.csv", """
        account_id,month,mrr
        A1,2026-07-01,500000
        A2,2026-07-01,30000
        A1,2026-10-01,550000
        """))])
    yield ws
    ws.close()


def _run(world: Workspace, *args: str) -> str:
    result = CliRunner().invoke(cli, ["report", *args, "-w", str(world.root)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("kind,ja,en", [
    ("revenue", ["売上維持率", "期首 MRR", "グロス売上解約率", "全アカウント"],
     ["Revenue retention", "MRR start", "gross revenue churn", "all accounts"]),
    ("events", ["イベント名", "使用箇所", "どこにも使われていない"], ["event names", "used by", "named by nothing"]),
    ("data-quality", ["ソースごと", "アカウントなし", "遅延"], ["Per source", "without account", "late (> 1 day)"]),
    ("kpi-tree", ["KPIツリー（", "ノード", "数えているもの", "Σ 期末 MRR ÷ Σ 期首 MRR"],
     ["KPI tree as of", "node", "what it counts", "Σ MRR at the end ÷ Σ MRR at the start"]),
    ("onboarding", ["オンボーディング（契約開始から・月ごとのコホート）", "止まっているステップ", "すべて"],
     ["Onboarding from the contract start, cohorts by month", "Stuck at", "the longest stuck"]),
])
def test_a_report_reads_in_the_language_asked(world: Workspace, kind: str, ja: list[str], en: list[str]) -> None:
    japanese, english = _run(world, kind, "--lang", "ja"), _run(world, kind, "--lang", "en")
    assert all(w in japanese for w in ja) and not any(w in japanese for w in en), japanese
    assert all(w in english for w in en) and not any(w in english for w in ja), english
    assert _run(world, kind) == japanese  # the workspace's language


def test_thresholds_read_in_the_language_asked(world: Workspace) -> None:
    args = ("thresholds", "--metric", "active_rate_28d", "--landmarks", "2")
    japanese, english = _run(world, *args, "--lang", "ja"), _run(world, *args, "--lang", "en")
    assert "結果別" in japanese and "中央値" in japanese and "By outcome" not in japanese, japanese
    assert "By outcome" in english and "median" in english and "結果別" not in english, english


def test_csv_and_html_follow_the_language_and_json_keys_do_not(world: Workspace, tmp_path: Path) -> None:
    header = next(csv.reader(io.StringIO(_run(world, "revenue", "--format", "csv", "--lang", "ja"))))
    assert header[:3] == ["区分", "グループ", "アカウント数"]
    page = tmp_path / "revenue.html"
    _run(world, "revenue", "--format", "html", "--lang", "en", "-o", str(page))
    assert "Revenue retention" in page.read_text(encoding="utf-8")
    ja_json = json.loads(_run(world, "revenue", "--format", "json", "--lang", "ja"))
    assert ja_json == json.loads(_run(world, "revenue", "--format", "json", "--lang", "en"))
    assert ja_json["retention"][0]["by"] == "all"


def test_an_unknown_language_is_refused_naming_the_choices(world: Workspace) -> None:
    result = CliRunner().invoke(cli, ["report", "events", "--lang", "fr", "-w", str(world.root)])
    assert result.exit_code == 2 and "ja" in result.output and "en" in result.output
