"""The root `banso` command: its help, and the --workspace option every command may take before its name.

Command modules add their commands to `app` when `banso.cli` imports them; each imports what its
work needs inside the command, so `banso --help` starts without loading the analytics.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

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
    common = sys.modules.get("banso.cli.common")
    if common is not None:  # not imported yet: its consoles will be made for this command
        common.fit_consoles()
    if workspace is None:
        return
    from banso.paths import ENV_VAR

    before = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = str(workspace)

    def restore() -> None:
        if before is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = before

    ctx.call_on_close(restore)
