"""The `banso` command line. Each command parses input, makes one Workspace call, prints the result."""

from __future__ import annotations

import sys

import typer

# Command modules register themselves on `app` when imported.
from banso.cli import (  # noqa: F401
    alerts_cmds,
    collector_cmds,
    data_cmds,
    demo_cmds,
    explore_report_cmds,
    health_cmds,
    insight_cmds,
    jobs_cmds,
    okr_cmds,
    playbook_cmds,
    report_cmds,
    store_cmds,
    sync_cmds,
    task_cmds,
    web_cmds,
    workspace_cmds,
)
from banso.cli.app import app
from banso.errors import BansoError


def main() -> None:
    """Entry point: a BansoError becomes a clear message and exit status 1, never a traceback."""
    from banso.cli.common import err_console

    try:
        app(standalone_mode=False)
    except BansoError as exc:
        err_console.print("[bold red]error:[/]", end=" ")
        err_console.print(str(exc), markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted; nothing half-written was kept")
        sys.exit(130)
    except typer.Abort:
        sys.exit(1)
    except SystemExit:
        raise
    except typer.TyperException as exc:  # usage errors: unknown option, bad value, missing argument
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            err_console.print(exc.format_message(), markup=False, highlight=False)
        sys.exit(exc.exit_code)
