"""What every command shares: the --workspace option, the console, progress bars."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

from banso.paths import ENV_VAR

if TYPE_CHECKING:
    from banso.workspace import Workspace

console = Console()
err_console = Console(stderr=True)


def fit_consoles() -> None:
    """Measure the terminal again for the command about to run (`COLUMNS` or the terminal's size).

    Rich pins a console's width to `COLUMNS` when the console is made; a process that runs many commands
    (the tests, the service answering commands) would otherwise print every command at the width of the
    first one.
    """
    for c in (console, err_console):
        c._width = None  # rich has no public way back to "measure it each time"

WorkspaceOption = Annotated[
    Path | None,
    typer.Option(
        "--workspace", "-w", envvar=ENV_VAR, show_envvar=True,
        help="Workspace folder (default: the current folder).",
    ),
]


@contextmanager
def open_workspace(path: Path | None) -> Iterator[Workspace]:
    """The workspace at `path`; when `banso serve` runs it, the service does the command's store work.

    The command prints the same either way: the result comes back over the channel (`banso.service.client`).
    """
    from banso.service.client import attach
    from banso.workspace import Workspace

    ws = Workspace.open(path)
    error: str | None = None
    try:
        attach(ws)
        yield ws
    except BaseException as exc:
        error = str(exc) or type(exc).__name__
        raise
    finally:
        ws.close(error)


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int, str], None]]:
    """A progress bar on stderr; yields `update(done, total, what)`.

    Without a terminal (make's output in a log, CI, a pipe) a bar cannot redraw, so each new step is a line
    instead ("building the demo: loading events (52%)"), and a long run never looks stalled.
    """
    if not err_console.is_terminal:
        yield _progress_lines(label)
        return
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), TaskProgressColumn(),
        TextColumn("{task.fields[what]}"), TimeElapsedColumn(),
        console=err_console, transient=True,
    ) as bar:
        task = bar.add_task(label, total=1, what="")

        def update(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=max(total, 1), what=what)

        yield update


def _progress_lines(label: str) -> Callable[[int, int, str], None]:
    """`update(done, total, what)` printing a line when the step changes, or every tenth of the way."""
    last_step: str | None = None
    last_tenth = -1

    def update(done: int, total: int, what: str) -> None:
        nonlocal last_step, last_tenth
        tenth = 10 * done // max(total, 1)
        step = re.sub(r"[\d/-]+", "", what)  # "scoring: as of 2026-07-27" is one step, week after week
        if step != last_step or tenth > last_tenth:
            last_step, last_tenth = step, tenth
            err_console.print(f"{label}: {what} ({100 * done // max(total, 1)}%)", markup=False, highlight=False,
                              soft_wrap=True)

    return update


def fraction_bar(update: Callable[[int, int, str], None]) -> Callable[[str, float], None]:
    """Adapt a (stage, fraction) progress callback to the bar."""

    def on_progress(stage: str, fraction: float) -> None:
        update(int(fraction * 1000), 1000, stage)

    return on_progress
