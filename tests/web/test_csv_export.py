"""CSV downloads and report files open in a spreadsheet as data: a hostile name never runs as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from banso.cli import app as cli
from banso.web import create_app
from banso.workspace import Workspace
from tests.conftest import write
from tests.web.conftest import copied_world, login

HOSTILE = """
account_id,name,plan,tier,mrr,seats,status,trial_started_at,contract_started_at,renewal_date,owner,crm_url
A9,"=HYPERLINK(""http://evil.example"",""open"")",+Premium,SMB,-0,2,active,2026-05-04T10:00:00+09:00,2026-06-01T00:00:00+09:00,2027-01-20,@mallory,
"""
EVENTS = """
event_id,ts,user_id,account_id,event
h1,2026-11-03T10:00:00+09:00,u1,A1,=1+1
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("hostile")
    ws = copied_world(tmp_path_factory, root)
    ws.load("accounts", [str(write(root / "more-accounts.csv", HOSTILE))])
    ws.load("events", [str(write(root / "more-events.csv", EVENTS))])
    yield ws
    ws.close()


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_the_accounts_download_writes_formula_cells_as_text(hostile: Workspace) -> None:
    client = login(TestClient(create_app(hostile), raise_server_exceptions=False), "admin@example.com")  # type: ignore[arg-type]
    r = client.get("/api/accounts.csv")
    assert r.status_code == 200
    table = rows(r.text)
    header, a9 = table[0], next(row for row in table if row[0] == "A9")
    cell = dict(zip(header, a9, strict=True))
    assert cell["name"] == '\'=HYPERLINK("http://evil.example","open")'
    assert cell["plan"] == "'+Premium" and cell["owner"] == "'@mallory"
    assert cell["mrr"] in ("0", "0.0", "-0.0"), "a number stays a number"
    starts = [c for row in table[1:] for c in row if c.startswith(("=", "+", "@", "\t", "\r"))]
    assert starts == []


def test_report_files_of_the_command_line_write_formula_cells_as_text(hostile: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(cli, ["report", "events", "--format", "csv", "-o", str(out), "-w", str(hostile.root)])
    assert result.exit_code == 0, result.output
    names = [row[0] for row in rows(out.read_text(encoding="utf-8"))[1:]]
    assert "'=1+1" in names and "=1+1" not in names
