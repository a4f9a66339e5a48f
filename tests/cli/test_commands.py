"""The command line as a user meets it: help with examples, clear errors, exit codes."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from banso.cli import app
from tests.conftest import write

runner = CliRunner()


def all_commands() -> list[tuple[str, object]]:
    """(full name, click command) for every command, sub-commands included."""
    root = typer.main.get_command(app)
    found: list[tuple[str, object]] = []

    def walk(prefix: str, cmd: object) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(f"{prefix} {name}".strip(), sub)
        else:
            found.append((prefix, cmd))

    walk("", root)
    return found


def test_every_command_has_help_with_an_example() -> None:
    missing = [name for name, cmd in all_commands() if "Example" not in (getattr(cmd, "help", "") or "")]
    assert missing == [], f"commands without an example in --help: {missing}"


@pytest.mark.parametrize("name", [n for n, _ in all_commands()])
def test_help_runs(name: str) -> None:
    result = runner.invoke(app, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_init_load_status_round_trip(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert runner.invoke(app, ["init", str(ws), "--name", "Acme"]).exit_code == 0
    accounts = write(tmp_path / "a.csv", "account_id,name\nA1,Acme\n")
    result = runner.invoke(app, ["load", "accounts", str(accounts), "-w", str(ws)])
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    result = runner.invoke(app, ["status", "-w", str(ws)])
    assert result.exit_code == 0 and "accounts" in result.output
    assert "no event has arrived" not in result.output  # no event yet is not a stopped feed


def test_status_says_when_events_stopped_arriving(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    assert runner.invoke(app, ["init", str(ws)]).exit_code == 0
    now = datetime.now(UTC)
    events = write(tmp_path / "e.csv", "event_id,ts,user_id,account_id,event\n"
                   f"e1,{(now - timedelta(days=9, hours=1)).isoformat()},u1,A1,login\n")
    assert runner.invoke(app, ["load", "events", str(events), "--allow-unknown", "-w", str(ws)]).exit_code == 0
    said = " ".join(runner.invoke(app, ["status", "-w", str(ws)], env={"COLUMNS": "200"}).output.split())
    assert "no event has arrived for 9 days: check that loads and the collector are still fed" in said
    fresh = write(tmp_path / "f.csv", f"event_id,ts,user_id,account_id,event\ne2,{now.isoformat()},u1,A1,login\n")
    assert runner.invoke(app, ["load", "events", str(fresh), "--allow-unknown", "-w", str(ws)]).exit_code == 0
    assert "no event has arrived" not in runner.invoke(app, ["status", "-w", str(ws)]).output


def test_the_workspace_can_come_before_the_command_as_init_suggests(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ws, other = tmp_path / "ws", tmp_path / "other"
    monkeypatch.delenv("BANSO_WORKSPACE", raising=False)
    monkeypatch.chdir(tmp_path)
    made = runner.invoke(app, ["init", str(ws)])
    assert f"banso -w {ws} load accounts FILE" in " ".join(made.output.split())
    accounts = write(tmp_path / "a.csv", "account_id,name\nA1,Acme\n")
    result = runner.invoke(app, ["-w", str(ws), "load", "accounts", str(accounts)])
    assert result.exit_code == 0 and "1 new" in result.output, result.output
    assert runner.invoke(app, ["init", str(other)]).exit_code == 0
    # the command's own -w wins, and nothing is left behind for the next command in the same process
    result = runner.invoke(app, ["-w", str(ws), "status", "-w", str(other)])
    assert result.exit_code == 0 and "other" in result.output
    assert "BANSO_WORKSPACE" not in os.environ
    assert runner.invoke(app, ["status"]).exit_code != 0  # tmp_path itself is no workspace


def test_bad_time_zone_is_refused_before_anything_is_created(tmp_path: Path) -> None:
    from banso.cli import main

    ws = tmp_path / "ws"
    with pytest.raises(SystemExit) as info:
        import sys

        sys.argv = ["banso", "init", str(ws), "--timezone", "Mars/Olympus"]
        main()
    assert info.value.code == 1
    assert not ws.exists()


def test_missing_workspace_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from banso.cli import main

    sys.argv = ["banso", "status", "-w", str(tmp_path / "nowhere")]
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert "no banso workspace" in err and "banso init" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["status", "--bogus"], "No such option: --bogus"),
        (["score", "--as-of", "yesterday-ish"], "--as-of"),
        (["init"], "Missing argument"),
        (["demo", "never-made", "--end", "2026-02-30"], "'2026-02-30' is neither a date (YYYY-MM-DD) nor today"),
        (["generate", "never-made", "--end", "yesterday"], "'yesterday' is neither a date (YYYY-MM-DD) nor today"),
    ],
)
def test_usage_errors_exit_2_with_a_message_not_a_traceback(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from banso.cli import main

    sys.argv = ["banso", *argv]
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert says in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_demo_force_refuses_a_folder_that_is_not_a_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from banso.cli import main

    keep = tmp_path / "documents"
    keep.mkdir()
    (keep / "contract.pdf").write_text("not banso's to delete")
    sys.argv = ["banso", "demo", str(keep), "--force"]
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 2
    assert "not a banso workspace" in capsys.readouterr().err
    assert (keep / "contract.pdf").read_text() == "not banso's to delete"


def test_copy_store_into_a_duckdb_workspace_says_what_to_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from banso.cli import main
    from banso.workspace import Workspace

    for name in ("source", "target"):
        Workspace.init(tmp_path / name, name=name).close()
    sys.argv = ["banso", "-w", str(tmp_path / "target"), "copy-store", str(tmp_path / "source")]
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert "this workspace's store is DuckDB" in err and "store.engine" in err and "Traceback" not in err
