"""`banso insight …` and `banso report retention` on the small world of the insight tests."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from banso.cli import app, main
from tests.analysis.insights.world import build_world

runner = CliRunner()
DAYS = ["--period", "day", "--periods", "4", "--from", "2026-03-02", "--to", "2026-03-07", "--as-of", "2026-03-09",
        "--windows", "calendar", "--actor", "user", "--start", "signup", "--return", "login"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    world = build_world(tmp_path_factory.mktemp("cli"))
    root = world.root
    world.close()
    yield root


def test_report_retention_prints_the_matrix_and_json_is_the_api_document(ws: Path) -> None:
    table = runner.invoke(app, ["report", "retention", "-w", str(ws), *DAYS])
    assert table.exit_code == 0, table.output
    assert "2026-03-03" in table.output and "50.0%" in table.output
    as_json = runner.invoke(app, ["insight", "retention", "-w", str(ws), *DAYS, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    doc = json.loads(as_json.output)
    cohorts = {c["start"]: [cell["share"] for cell in c["cells"]] for c in doc["groups"][0]["cohorts"]}
    assert cohorts["2026-03-03"] == [0.5, 0.5, 0.0, 0.5]
    assert doc["spec"]["windows"] == "calendar"


def test_csv_holds_one_row_per_cell(ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    result = runner.invoke(app, ["insight", "retention", "-w", str(ws), *DAYS, "--format", "csv", "-o", str(out),
                                 "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "segment,group,cohort,size,period,users,share,complete"
    assert "All users,all,2026-03-03,2,3,1,0.5,True" in lines


def test_csv_and_table_read_in_japanese(ws: Path, tmp_path: Path) -> None:
    """The workspace's language (Japanese) without --lang: headers, names and notes from the catalogue; the
    figures and the event names as they are."""
    out = tmp_path / "r.csv"
    result = runner.invoke(app, ["insight", "retention", "-w", str(ws), *DAYS, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "セグメント,グループ,コホート,人数,期間,ユーザー,割合,確定"
    assert "すべてのユーザー,すべて,2026-03-03,2,3,1,0.5,True" in lines
    table = runner.invoke(app, ["insight", "retention", "-w", str(ws), *DAYS], env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    said = table.output
    assert "ユーザーの日ごとのリテンション（初回, カレンダーの期間）：signup → login" in said
    assert "平均" in said and "未確定" in said and "average" not in said and "incomplete" not in said
    english = runner.invoke(app, ["insight", "retention", "-w", str(ws), *DAYS, "--lang", "en"],
                            env={"COLUMNS": "200"}).output
    assert "Retention of users by day (first time, calendar periods): signup → login" in english
    assert "average" in english and "平均" not in english


def test_the_actors_of_a_cell(ws: Path) -> None:
    result = runner.invoke(app, ["insight", "retention", "-w", str(ws), *DAYS, "--cell", "2026-03-03:3"])
    assert result.exit_code == 0, result.output
    assert "u3" in result.output and "A2" in result.output and "u2" not in result.output


@pytest.mark.parametrize(("argv", "says"), [
    (["--start", "login[plan"], "must close with ]"),
    (["--mode", "recurring"], "recurring retention needs a start event"),
    (["--period", "year"], "--period"),
    (["--breakdown", "colour"], "cannot break down by 'colour'"),
    (["--cell", "03-03:x"], "COHORT-DATE:PERIOD"),
    (["--return", "login[seats > many]"], "compare with a number"),
])
def test_bad_options_are_one_clear_line(ws: Path, argv: list[str], says: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    sys.argv = ["banso", "insight", "retention", "-w", str(ws), *argv]
    with pytest.raises(SystemExit) as info:
        main()
    err = capsys.readouterr().err
    assert info.value.code == 1, err
    assert says in " ".join(err.split()) and "Traceback" not in err


def test_trend_and_funnel_commands(ws: Path) -> None:
    week = ["--from", "2026-03-02", "--to", "2026-03-08", "--as-of", "2026-03-09"]
    trend = runner.invoke(app, ["insight", "trend", "-w", str(ws), "--measure", "events", "--event", "login",
                                "--interval", "day", "--format", "json", *week])
    assert trend.exit_code == 0, trend.output
    assert json.loads(trend.output)["series"][0]["values"] == [3, 2, 3, 1, 1, 0, 1]
    funnel = runner.invoke(app, ["insight", "funnel", "signup", "login", "login", "-w", str(ws), "--actor", "user",
                                 "--window", "1", "--from", "2026-03-01", "--to", "2026-03-08", "--as-of", "2026-03-09"])
    assert funnel.exit_code == 0, funnel.output
    assert "75.0%" in funnel.output and "25.0%" in funnel.output
    dropped = runner.invoke(app, ["insight", "funnel", "signup", "login", "login", "-w", str(ws), "--actor", "user",
                                  "--window", "1", "--from", "2026-03-01", "--to", "2026-03-08", "--as-of",
                                  "2026-03-09", "--dropped", "3", "--format", "csv"])
    assert dropped.exit_code == 0, dropped.output
    assert dropped.output.split()[1:] == ["u2,A1,One,Enterprise,,", "u3,A2,Two,SMB,,"]


@pytest.mark.parametrize(("argv", "says"), [
    (["trend", "--measure", "metric"], "name the metric"),
    (["trend", "--interval", "hour"], "--interval"),
    (["funnel", "signup"], "at least 2"),
    (["funnel", "signup", "login", "--window-unit", "year"], "--window-unit"),
])
def test_bad_trend_and_funnel_options(ws: Path, argv: list[str], says: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    sys.argv = ["banso", "insight", argv[0], "-w", str(ws), *argv[1:]]
    with pytest.raises(SystemExit) as info:
        main()
    err = capsys.readouterr().err
    assert info.value.code == 1, err
    assert says in " ".join(err.split()) and "Traceback" not in err


def test_okr_targets_from_the_command_line(ws: Path) -> None:
    made = runner.invoke(app, ["okr", "set", "tier:SMB", "--index", "15", "--from", "2026-01-01", "--to",
                               "2026-03-31", "-w", str(ws)])
    assert made.exit_code == 0, made.output
    listed = runner.invoke(app, ["okr", "list", "-w", str(ws)])
    assert "tier:SMB" in listed.output and "+15 pt" in listed.output
    shown = runner.invoke(app, ["okr", "show", "--by", "tier", "-w", str(ws)])
    assert shown.exit_code == 0 and "no health snapshots yet" in shown.output
    target = listed.output.split()[0]
    assert runner.invoke(app, ["okr", "remove", target, "-w", str(ws)]).exit_code == 0


def test_report_onboarding(ws: Path) -> None:
    result = runner.invoke(app, ["report", "onboarding", "-w", str(ws), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["milestones"] == []  # this world lists none
