"""`banso jobs` lists what the service ran; `banso run` runs the daily work now; `banso backup` copies the workspace."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape
from rich.text import Text

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace

if TYPE_CHECKING:
    from banso.job_view import JobInfo


class Format(StrEnum):
    table = "table"
    json = "json"


@app.command()
def jobs(
    workspace: WorkspaceOption = None,
    kind: Annotated[list[str] | None, typer.Option(
        help="Only these kinds (repeat): daily_run, current_scores, current_alerts, sync, command.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="How many, newest first.")] = 30,
    fmt: Annotated[Format, typer.Option("--format", help="table or json.")] = Format.table,
) -> None:
    """List the jobs: scheduled runs, renewals of current scores and commands handed to the service.

    Example: `banso jobs --kind daily_run`
    """
    from banso.appstate.jobs import KINDS
    from banso.errors import ConfigError

    unknown = [k for k in kind or [] if k not in KINDS]
    if unknown:
        raise ConfigError(f"--kind: unknown kind {', '.join(unknown)}; choose from {', '.join(KINDS)}")
    with open_workspace(workspace) as ws:
        found = ws.jobs(kinds=tuple(kind) if kind else None, limit=limit)
        zone = ws.display().timezone
    if fmt is Format.json:
        typer.echo(json.dumps([_record(j) for j in found], ensure_ascii=False, indent=1))
        return
    if not found:
        console.print("no jobs yet: `banso serve` runs the schedule of banso.yaml, and records each command handed "
                      "to it")
        return
    from banso.cli.data_table import DataTable

    table = DataTable("#", "kind", "what", "started by", "started", "took", "status", "counts / error",
                      title=f"jobs (newest first, times in {zone})", title_justify="left")
    for j in found:
        table.add_row(str(j.id), j.kind, j.what, j.started_by, _local(j.started_at, zone), _took(j), _status(j),
                      j.error or _counts(j.counts))
    console.print(table)


def _status(j: JobInfo) -> str | Text:
    if j.status == "running":
        share = "" if j.progress is None else f" {100 * j.progress:.0f}%"
        return f"running{share}" + (f" ({j.progress_text})" if j.progress_text else "")
    colors = {"done": "green", "failed": "red", "interrupted": "yellow"}
    return Text(j.status, style=colors.get(j.status, "white"))


def _took(j: JobInfo) -> str:
    seconds = j.seconds
    if seconds is None:
        return ""
    return f"{seconds:.1f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


def _counts(counts: dict[str, object]) -> str:
    return ", ".join(f"{k} {v:,}" if isinstance(v, int) else f"{k} {v}" for k, v in counts.items())


def _local(value: datetime | None, zone: str) -> str:
    from zoneinfo import ZoneInfo

    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S")


def _record(j: JobInfo) -> dict[str, object]:
    def iso(v: datetime | None) -> str | None:
        return None if v is None else v.isoformat() + "Z"

    return {"id": j.id, "kind": j.kind, "what": j.what, "started_by": j.started_by, "status": j.status,
            "started_at": iso(j.started_at), "finished_at": iso(j.finished_at), "progress": j.progress,
            "progress_text": j.progress_text, "counts": j.counts, "error": j.error, "resumes": j.resumes,
            "steps": [{"name": s.name, "status": s.status, "started_at": iso(s.started_at),
                       "finished_at": iso(s.finished_at), "counts": s.counts, "error": s.error} for s in j.steps]}


@app.command("run")
def run_now(workspace: WorkspaceOption = None) -> None:
    """Run the daily work now (sources, score, alerts, deliver, exports), in the service when one runs.

    Example: `banso run`
    """
    import getpass

    from banso.i18n import phrase
    from banso.job_origins import BANSO_RUN

    with open_workspace(workspace) as ws:
        job = ws.daily_run(phrase(BANSO_RUN, who=getpass.getuser()))
    for step in job.steps:
        detail = step.error or _counts(step.counts)
        console.print(f"  {step.name:<8} {step.status:<8} {detail}", markup=False, highlight=False)
    if job.status != "done":
        from banso.errors import ServiceError

        raise ServiceError(f"daily run #{job.id} {job.status}: {job.error}")
    console.print(f"[green]daily run #{job.id} done[/] in {_took(job)}")


@app.command()
def backup(
    destination: Annotated[Path, typer.Argument(help="A new folder for the copy.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Copy the workspace (banso.yaml, the store, app.db) consistently, also while `banso serve` runs.

    The copy opens as a workspace: restore by putting its files back (docs/operations.md).
    Example: `banso backup /var/backups/banso/acme-$(date +%F)`
    """
    with open_workspace(workspace) as ws:
        done = ws.backup(destination)
    app_state = "app.db" if done.app_db else "no app.db (back up the application-state database with its tools)"
    console.print(f"[green]backed up[/] to {escape(str(done.folder))}: store {done.store_bytes / 1e6:,.1f} MB, {app_state}, "
                  f"in {done.seconds:.1f} s", markup=True, highlight=False)
