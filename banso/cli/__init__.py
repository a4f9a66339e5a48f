"""The `banso` command line. Each command parses input, makes one Workspace call, prints the result."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from banso.errors import BansoError

app = typer.Typer(
    name="banso",
    help="banso (伴走) — customer-success analytics: account health, early warnings, evidence of what CS work is worth.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

@app.callback()
def _root(
    ctx: typer.Context,
    workspace: Annotated[Path | None, typer.Option(
        "--workspace", "-w", help="Workspace folder for the command that follows (`banso -w WS score`); "
        "each command also takes -w itself.")] = None,
) -> None:
    """`banso -w WS COMMAND`: the workspace reaches the command through its environment variable, as if set by
    the shell, and the previous value comes back when the command ends (tests run many commands in one process)."""
    if workspace is None:
        return
    from banso.workspace import ENV_VAR

    before = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(workspace)

    def restore() -> None:
        if before is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = before

    ctx.call_on_close(restore)


# Command modules register themselves on `app` when imported.
from banso.cli import (  # noqa: E402, F401
    alerts_cmds,
    collector_cmds,
    data_cmds,
    demo_cmds,
    health_cmds,
    report_cmds,
    report_evidence,
    report_validation,
    report_value,
    store_cmds,
    web_cmds,
    workspace_cmds,
)


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
