"""`banso copy-store`: move a workspace's loaded tables to the engine its store now names."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace


@app.command("copy-store")
def copy_store(
    source: Annotated[Path, typer.Argument(help="The workspace whose DuckDB store holds the loaded tables.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Copy the canonical tables loaded in another workspace (DuckDB) into this workspace's store.

    For a store on PostgreSQL or Spark (`store:` in banso.yaml): load and validate files in a DuckDB
    workspace, copy them here, then score here. Example: `banso -w acme-pg copy-store acme`
    """
    with open_workspace(workspace) as ws:
        copied = ws.copy_store(source)
    for table, n in copied.items():
        console.print(f"  {table}: {n:,} rows")
    console.print(f"[green]copied[/] {sum(copied.values()):,} rows into the {ws.display().engine} store")
