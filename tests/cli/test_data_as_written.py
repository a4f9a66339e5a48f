"""The terminal shows workspace data as written: names, owners, reasons and titles with square brackets.

Rich reads `[…]` starting with a small letter as markup and drops it: `Beta Works [trial]` read `Beta Works`
in `banso scores` and `banso explain`, and an alert's account and owner lost theirs in `banso alerts list`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from banso.cli import app as cli
from banso.cli.data_table import DataTable
from tests.conftest import write
from tests.web.conftest import ACCOUNTS, copied_world


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("as-written")
    ws = copied_world(tmp_path_factory, folder)
    renamed = (ACCOUNTS.replace("Beta Works", "Beta Works [trial]").replace("Gone Ltd", "Gone Ltd [old]")
               .replace(",鈴木,\n", ",鈴木 [backup],\n"))
    ws.load("accounts", [str(write(folder / "accounts.csv", renamed))])
    ws.close()
    for command in (["score"], ["alerts", "run"]):
        assert banso(folder / "ws", *command).exit_code == 0
    yield folder / "ws"


def banso(root: Path, *args: str) -> object:
    return CliRunner().invoke(cli, [*args, "-w", str(root)], env={"COLUMNS": "220"})


def output(root: Path, *args: str) -> str:
    done = banso(root, *args)
    assert done.exit_code == 0, done.output  # type: ignore[attr-defined]
    return done.output  # type: ignore[attr-defined,no-any-return]


def test_scores_and_an_explanation_keep_a_bracketed_name(root: Path) -> None:
    assert "Beta Works [trial]" in output(root, "scores")
    assert output(root, "explain", "A3").startswith("A3 Beta Works [trial] — ")


def test_an_alert_keeps_its_accounts_name_and_owner(root: Path) -> None:
    listed = output(root, "alerts", "list")
    assert "Gone Ltd [old] (A4)" in listed and "鈴木 [backup]" in listed


def test_a_task_keeps_its_title_account_and_owner(root: Path) -> None:
    assert "Call the office [urgent]" in output(root, "tasks", "add", "A3", "Call the office [urgent]")
    output(root, "tasks", "add", "A1", "Send the summary", "--due", "2026-01-05")  # overdue: its day is red
    listed = output(root, "tasks", "list")
    assert all(text in listed for text in ("Call the office [urgent]", "Beta Works [trial]", "2026-01-05"))
    assert "[red]" not in listed


def test_a_data_table_escapes_every_text_and_styles_only_what_is_given_as_text() -> None:
    table = DataTable("rule [v2]", title="alerts [today]")
    table.add_column("band [now]")
    table.add_row("issue_created[plan = pro] = 0", Text("bad", style="red"))
    console = Console(width=120, record=True, color_system="truecolor")
    console.print(table)
    shown = console.export_text(clear=False)
    assert all(text in shown for text in ("rule [v2]", "alerts [today]", "band [now]", "issue_created[plan = pro] = 0"))
    assert "\x1b[31mbad" in console.export_text(styles=True)


def test_a_title_longer_than_its_table_stays_on_one_line() -> None:
    table = DataTable(title="伴走デモ (synthetic SaaS) — store")
    table.add_column("table")
    table.add_row("accounts")
    console = Console(width=120, record=True)
    console.print(table)
    assert "伴走デモ (synthetic SaaS) — store" in console.export_text().splitlines()[0]


def test_a_folder_with_brackets_and_a_space_is_named_as_written_and_the_next_command_can_be_pasted(
        tmp_path: Path) -> None:
    import shlex

    folder = tmp_path / "ws [jp]"
    done = CliRunner().invoke(cli, ["init", str(folder)], env={"COLUMNS": "400"})
    assert done.exit_code == 0, done.output
    assert f"Created workspace {folder} ({folder / 'banso.yaml'})." in done.output
    assert f"edit the sources in {folder / 'banso.yaml'}, then `banso -w {shlex.quote(str(folder))} load" in done.output
    checked = CliRunner().invoke(cli, ["check", "-w", str(folder)], env={"COLUMNS": "400"})
    assert checked.exit_code == 0 and f"ok {folder / 'banso.yaml'}: " in checked.output, checked.output
