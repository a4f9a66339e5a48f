"""The team's work from the terminal: tasks, playbooks, the team, and the playbooks report; errors are one
clear line and exit status 1, never a traceback."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from banso.cli import app, main
from banso.workspace import Workspace
from tests.signals.playbook_world import build

runner = CliRunner()
PLAYBOOKS = """
templates: {}
playbooks:
  rescue:
    trigger: {kind: band, enters: bad}
    steps:
      - task: {title: {ja: 電話する, en: Call them}, due_days: 2}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    ws = build(tmp_path_factory.mktemp("cli-work"), PLAYBOOKS)
    root = ws.root
    ws.close()
    yield root


def run(root: Path, *args: str) -> str:
    """The command's output; text (not JSON) with its line wrapping undone."""
    result = runner.invoke(app, [*args, "-w", str(root)])
    assert result.exit_code == 0, result.output
    return result.stdout if "json" in args else " ".join(result.stdout.split())


def fails(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    sys.argv = ["banso", *argv]
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return " ".join(err.split())


def test_playbooks_check_run_list_and_a_second_run_does_nothing(world: Path) -> None:
    checked = run(world, "playbooks", "check", "--day", "2026-02-23")
    assert "ok rescue (version" in checked and "would enrol 2 account(s) on 2026-02-23: BAND, RECOVER" in checked
    first = run(world, "playbooks", "run", "--day", "2026-02-23")
    assert "rescue" in first and "enrolled 2, steps 2 (task 2)" in first
    again = run(world, "playbooks", "run", "--day", "2026-02-23")
    assert "nothing new to do" in again and "enrolled 0, steps 0" in again
    listed = json.loads(run(world, "playbooks", "list", "--format", "json"))
    assert [(p["name"], p["active"], p["completed"], p["trigger"]) for p in listed["playbooks"]] == [
        ("rescue", 0, 2, {"kind": "band", "enters": "bad"})]  # one step: done on the day it enrols


def test_tasks_add_list_and_done(world: Path) -> None:
    added = run(world, "tasks", "add", "RENEW", "Send the renewal quote", "--due", "2026-03-05", "--priority", "high")
    assert "for suzuki, due 2026-03-05: Send the renewal quote" in added
    tid = int(added.split("#")[1].split()[0])
    listed = json.loads(run(world, "tasks", "list", "--owner", "suzuki", "--format", "json"))
    assert [(t["id"], t["title"], t["origin"]) for t in listed["tasks"]] == [(tid, "Send the renewal quote", "person")]
    assert "done: Send the renewal quote" in run(world, "tasks", "done", str(tid), "--comment", "Quote sent")
    closed = json.loads(run(world, "tasks", "list", "--status", "done", "--format", "json"))["tasks"]
    assert [(t["id"], t["closed_by"], t["comments"][0]["text"]) for t in closed] == [(tid, "command line", "Quote sent")]


def test_tasks_come_a_page_at_a_time(world: Path) -> None:
    """A team's open tasks can run to thousands: the list pages (the page once cut them at 500, saying so only in
    a card's note), the command line says when it shows fewer than there are."""
    from fastapi.testclient import TestClient

    from banso.appstate.auth import add_user
    from banso.web import create_app
    from banso.workspace import Workspace
    from tests.web.conftest import PASSWORD, login

    added = [int(run(world, "tasks", "add", "BAND", f"Paged follow-up {i}", "--due", f"2026-04-0{i + 1}")
                 .split("#")[1].split()[0]) for i in range(3)]
    every = json.loads(run(world, "tasks", "list", "--status", "all", "--format", "json"))
    assert every["count"] >= 3 and (every["page"], every["pages"]) == (1, 1)
    said = run(world, "tasks", "list", "--status", "all", "--limit", "2")
    assert f"the first 2 of {every['count']} are listed; --limit shows more" in said
    with Workspace.open(world) as ws:
        pages = [ws.tasks(None, status="all", page=p, per_page=2) for p in range(1, every["count"] // 2 + 2)]
        assert [t.id for p in pages for t in p.tasks] == [t["id"] for t in every["tasks"]]
        assert {p.pages for p in pages} == {-(-every["count"] // 2)}
        with ws.app_state.session() as s:
            add_user(s, "tasks-pages@example.com", PASSWORD, "viewer", replace=True)
        web = login(TestClient(create_app(ws), headers={"Accept-Language": "ja"}), "tasks-pages@example.com")
        api = web.get("/api/tasks", params={"status": "all", "page": 2, "per_page": 2}).json()
        assert [t["id"] for t in api["tasks"]] == [t["id"] for t in every["tasks"][2:4]]
        page = web.get("/tasks", params={"status": "all", "page": 1}).text
        assert 'class="pager"' not in page, "a hundred to a page: one page here"
        assert web.get("/api/tasks", params={"per_page": 0}).status_code == 422
    for tid in added:  # the module's later tests count BAND's open tasks
        run(world, "tasks", "done", str(tid))


def test_the_team_capacity_and_reassignment(world: Path) -> None:
    assert "sato: 3 accounts a week" in run(world, "team", "capacity", "sato", "3")
    load = {c["owner"]: c for c in json.loads(run(world, "team", "list", "--format", "json"))["csms"]}
    assert load["sato"]["capacity"]["capacity"] == 3 and load["sato"]["capacity"]["own"] is True
    assert load["sato"]["accounts"] == 5 and load["suzuki"]["accounts"] == 4
    moved = run(world, "team", "reassign", "BAND", "suzuki")
    assert "BAND: sato → suzuki (1 open task(s), 0 active alert(s) moved)" in moved
    with Workspace.open(world) as ws:
        assert ws.tasks(None, account_id="BAND").tasks[0].owner == "suzuki"
        assert ws.account_page("BAND", language="en").header.owner == "suzuki"


def test_report_playbooks_says_why_it_cannot_compare_yet(world: Path) -> None:
    data = json.loads(run(world, "report", "playbooks", "--format", "json"))
    rescue = data["playbooks"][0]
    assert rescue["playbook"] == "rescue" and rescue["metric"] is None
    assert rescue["metric_error"] == "the events span 9 full weeks; a window of ±8 weeks needs more"
    assert rescue["churn"] is None and "needs more" in rescue["churn_error"]


def test_errors_are_one_clear_line(world: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "no task #99999" in fails(["tasks", "done", "99999", "-w", str(world)], capsys)
    assert "no account 'NOPE'" in fails(["tasks", "add", "NOPE", "x", "-w", str(world)], capsys)
    assert "unknown priority 'urgent'" in fails(["tasks", "add", "BAND", "x", "--priority", "urgent", "-w", str(world)],
                                                capsys)
    assert "no playbook 'nope'" in fails(["playbooks", "start", "nope", "BAND", "-w", str(world)], capsys)
    assert "no user 'ghost@example.com'" in fails(["tasks", "list", "--as", "ghost@example.com", "-w", str(world)],
                                                  capsys)
    assert "is neither a whole number" in fails(["team", "capacity", "sato", "lots", "-w", str(world)], capsys)
