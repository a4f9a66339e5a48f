"""`banso playbooks …` and `banso team …`: playbooks from the terminal, and the team's capacities and owners.

`banso playbooks run` makes the day's run (idempotent: run twice, the second changes and sends
nothing); the always-on service makes the same call each day. `banso report playbooks` says whether
each one works.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated

import typer
from rich.markup import escape

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace
from banso.cli.data_table import DataTable
from banso.cli.task_cmds import AsOption, Format, dump, person

playbooks_app = typer.Typer(
    name="playbooks",
    help="Playbooks of banso.yaml. Example: `banso playbooks check`, then `banso playbooks run`",
    no_args_is_help=True,
)
app.add_typer(playbooks_app, name="playbooks")
team_app = typer.Typer(
    name="team",
    help="The CS team: each CSM's load and capacity, who signs in as which owner, reassignments.",
    no_args_is_help=True,
)
app.add_typer(team_app, name="team")

DayOption = Annotated[datetime | None, typer.Option("--day", formats=["%Y-%m-%d"],
                                                    help="The day to run (YYYY-MM-DD); default: today.")]


@playbooks_app.command("list")
def list_cmd(workspace: WorkspaceOption = None, fmt: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Each playbook with its version, trigger, steps and enrolments. Example: `banso playbooks list`"""
    with open_workspace(workspace) as ws:
        found = ws.playbook_list()
    if fmt is Format.json:
        console.print_json(dump(found))
        return
    if not found.playbooks:
        console.print("no playbooks in banso.yaml yet (README: Playbooks)")
        return
    table = DataTable("playbook", "version", "trigger", "route", "steps", "active", "completed", "exited")
    for p in found.playbooks:
        trigger = " ".join(f"{k}={v}" for k, v in p.trigger.items())
        steps = ", ".join(f"d{s.day}:{s.action}" for s in p.steps)
        table.add_row(p.name + ("" if p.enabled else " (off)"), p.version, trigger, p.route,
                      steps, str(p.active), str(p.completed), str(p.exited))
    console.print(table)


@playbooks_app.command("check")
def check_cmd(workspace: WorkspaceOption = None, day: DayOption = None) -> None:
    """Validate the playbooks (banso.yaml is checked when read; here also their conditions against the
    names accounts have and their saved segments) and say who each would enrol on the day. Changes nothing.

    Example: `banso playbooks check --day 2026-11-16`
    """
    from banso.errors import ConfigError

    with open_workspace(workspace) as ws:
        check = ws.check_playbooks(day.date() if day else None)
    for name, version in check.versions.items():
        would = check.would_enrol.get(name)
        if would is None:
            continue
        console.print(f"[green]ok[/] {escape(name)} (version {version}): would enrol {len(would)} account(s) on "
                      f"{check.day}" + (f": {escape(', '.join(would[:10]))}" + (" …" if len(would) > 10 else "")
                                        if would else ""))
    if check.problems:
        raise ConfigError("\n".join(check.problems))


@playbooks_app.command("run")
def run_cmd(workspace: WorkspaceOption = None, day: DayOption = None,
            playbook: Annotated[str | None, typer.Option(help="Only this playbook.")] = None) -> None:
    """Run a day of playbooks: exits, steps whose day has come, new enrolments. Idempotent per day.

    Example: `banso playbooks run` (then `banso alerts deliver` sends what the steps queued)
    """
    with open_workspace(workspace) as ws:
        result = ws.run_playbooks(day.date() if day else None, playbook)
    console.print(f"[bold]{result.day}[/]" + ("" if result.changed else ": nothing new to do"))
    for p in result.playbooks:
        actions = ", ".join(f"{k} {v}" for k, v in sorted(p.by_action.items()))
        console.print(f"  {escape(p.playbook):<24} enrolled {p.enrolled}, steps {p.steps}"
                      + (f" ({actions})" if actions else "") + f", completed {p.completed}, exited {p.exited}")
        for why in p.skipped:
            console.print(f"    [yellow]skipped[/] {escape(why)}")


@playbooks_app.command("start")
def start_cmd(playbook: Annotated[str, typer.Argument(help="The playbook's name.")],
              account: Annotated[str, typer.Argument(help="The account's id.")], workspace: WorkspaceOption = None,
              as_: AsOption = None) -> None:
    """Enrol one account by hand and run its day-0 steps. Example: `banso playbooks start renewal_rescue A000123`"""
    with open_workspace(workspace) as ws:
        enr = ws.start_playbook(playbook, account, person(ws, as_))
    console.print(f"{escape(enr.account_name or enr.account_id)} enrolled in {escape(enr.playbook)} "
                  f"(enrolment #{enr.id}, next step {enr.next_step or '—'} of {enr.steps})")


@playbooks_app.command("stop")
def stop_cmd(enrollment: Annotated[int, typer.Argument(min=1, max=2**31 - 1, help="The enrolment's number.")],
             workspace: WorkspaceOption = None, as_: AsOption = None) -> None:
    """End an enrolment by hand. Example: `banso playbooks stop 42`"""
    with open_workspace(workspace) as ws:
        enr = ws.stop_enrollment(enrollment, person(ws, as_))
    console.print(f"enrolment #{enr.id} ({escape(enr.playbook)}, {escape(enr.account_id)}): {enr.exit_reason}")


# -- the team ---------------------------------------------------------------------------------------
@team_app.command("list")
def team_list(workspace: WorkspaceOption = None, fmt: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Every CSM's load: accounts, MRR, Bad accounts, tasks, alerts, this week's worklist against capacity.

    Example: `banso team list --format json`
    """
    with open_workspace(workspace) as ws:
        load = ws.team_load()
    if fmt is Format.json:
        console.print_json(dump(load))
        return
    table = DataTable("CSM", "signs in as", "accounts", "MRR", "bad", "open tasks", "overdue", "alerts", "worklist")
    for c in load.csms:
        cap = c.capacity
        table.add_row(c.owner, c.person or "—", str(c.accounts), f"{c.mrr:,.0f}", str(c.bad),
                      str(c.open_tasks), str(c.overdue_tasks), str(c.open_alerts),
                      f"{cap.used}/{cap.capacity}" + (" (own)" if cap.own else "")
                      + (f" +{cap.overflow} to automation" if cap.overflow else ""))
    console.print(table)
    console.print(f"unowned accounts: {load.unowned_accounts}; default capacity: {load.default_capacity} a week")


@team_app.command("capacity")
def team_capacity(owner: Annotated[str, typer.Argument(help="The CSM as accounts name them.")],
                  capacity: Annotated[str, typer.Argument(help="Accounts a week, or `default`.")],
                  workspace: WorkspaceOption = None) -> None:
    """Set a CSM's capacity: the length of their weekly worklist; the rest goes to automation.

    Example: `banso team capacity "佐藤 美咲" 15`
    """
    from banso.errors import WorkError

    value = None if capacity == "default" else capacity
    if value is not None and not value.isdigit():
        raise WorkError(f"capacity: {capacity!r} is neither a whole number of accounts nor `default`")
    with open_workspace(workspace) as ws:
        ws.set_capacity(owner, int(value) if value is not None else None, None)
    console.print(f"{escape(owner)}: {value or 'the default'} accounts a week")


@team_app.command("link")
def team_link(owner: Annotated[str, typer.Argument(help="The CSM as accounts name them.")],
              email: Annotated[str, typer.Argument(help="Who signs in as them (`-` to untie).")],
              workspace: WorkspaceOption = None) -> None:
    """Tie an owner name to the person who signs in as it: their accounts become theirs on My work.

    Example: `banso team link "佐藤 美咲" misaki@example.com`
    """
    with open_workspace(workspace) as ws:
        ws.link_owner(owner, None if email == "-" else email, None)
    console.print(f"{escape(owner)} → {escape(email)}")


@team_app.command("reassign")
def team_reassign(account: Annotated[str, typer.Argument(help="The account's id.")],
                  owner: Annotated[str, typer.Argument(help="The new owner.")], workspace: WorkspaceOption = None,
                  fmt: Annotated[Format, typer.Option("--format")] = Format.table) -> None:
    """Give an account, its open tasks and active alerts to another CSM (change it in the CRM too).

    Example: `banso team reassign A000123 "鈴木 健太"`
    """
    with open_workspace(workspace) as ws:
        moved = ws.reassign_account(account, owner, None)
    if fmt is Format.json:
        console.print_json(json.dumps(moved.__dict__, ensure_ascii=False))
        return
    console.print(f"{escape(account)}: {escape(moved.before or 'nobody')} → {escape(moved.after)} "
                  f"({moved.tasks_moved} open task(s), {moved.alerts_moved} active alert(s) moved)")
