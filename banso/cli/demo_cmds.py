"""`banso demo`: a working workspace on a synthetic world in one command."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from banso.cli.app import app
from banso.cli.common import console, fraction_bar, progress_bar


@app.command()
def demo(
    directory: Annotated[Path, typer.Argument(help="Workspace folder to create.")] = Path("demo-workspace"),
    preset: Annotated[str, typer.Option(help="World size: tiny or town (the default demo).")] = "town",
    seed: Annotated[int, typer.Option(help="Seed of the synthetic world.")] = 7,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing demo workspace.")] = False,
    end: Annotated[str, typer.Option(
        help="Where the world's history ends: today (its events run to yesterday, so the demo looks live), or "
             "a date such as 2026-11-16 (the same world every time, the one the documentation quotes).")] = "today",
) -> None:
    """Create a demo workspace: generate a synthetic world, load it, and summarize it.

    Example: `banso demo demo-workspace --preset town`
    """
    from banso.demo.clock import world_end
    from banso.demo.demo_workspace import DEMO_CSM, DEMO_CSM_LOGIN, DEMO_LOGIN, DEMO_PASSWORD, build_demo

    try:
        ends = world_end(end)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--end") from None

    if directory.exists() and any(directory.iterdir()):
        if not force:
            raise typer.BadParameter(f"{directory} exists and is not empty; pass --force to replace it", param_hint="DIRECTORY")
        if not (directory / "banso.yaml").is_file():
            raise typer.BadParameter(
                f"{directory} is not a banso workspace (no banso.yaml); --force only replaces a workspace",
                param_hint="DIRECTORY",
            )
        shutil.rmtree(directory)
    with progress_bar("building the demo") as update:
        ws = build_demo(directory, preset=preset, seed=seed, end=ends, progress=fraction_bar(update))
    with ws:
        st = ws.status()
    console.print(f"[green]demo workspace ready:[/] {escape(str(directory))}", soft_wrap=True)
    for name, n in st.counts.items():
        console.print(f"  {name:<12} {n:>12,}")
    if st.first_event:
        console.print(f"  events from {st.first_event:%Y-%m-%d} to {st.last_event:%Y-%m-%d}")
    console.print(f"web login: [bold]{DEMO_LOGIN}[/]  password: [bold]{DEMO_PASSWORD}[/]", soft_wrap=True)
    console.print(f"a CSM's login ({DEMO_CSM}): [bold]{DEMO_CSM_LOGIN}[/], same password", soft_wrap=True)
    console.print("serve it with:", soft_wrap=True)
    console.print(f"  banso serve -w {shlex.quote(str(directory))}", markup=False, highlight=False, soft_wrap=True)
