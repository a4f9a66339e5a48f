"""`banso collect` serves the collector; `banso source add|list|set|revoke` manages its write keys."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace

source_app = typer.Typer(help="Collector sources: the write keys tracking SDKs send events with.",
                         no_args_is_help=True)
app.add_typer(source_app, name="source")


@app.command()
def collect(
    workspace: WorkspaceOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8080,
    spool: Annotated[Path | None, typer.Option(
        help="Folder of the durable spool (default: collector-spool in the workspace).")] = None,
    compact_every: Annotated[float, typer.Option(
        "--compact-every", help="Seconds between appends to the store.")] = 2.0,
    max_backlog_mb: Annotated[int, typer.Option(
        "--max-backlog-mb", help="Spooled-but-unstored megabytes past which requests get 503 + Retry-After.")] = 2048,
    header_timeout: Annotated[float, typer.Option(
        "--header-timeout", help="Seconds a client has to send a request's headers; then 408 and the connection "
                                 "closes.")] = 10.0,
    body_timeout: Annotated[float, typer.Option(
        "--body-timeout", help="Seconds a client has to send a request's body; then 408.")] = 30.0,
    max_connections: Annotated[int, typer.Option(
        "--max-connections", help="Open connections at most (default: up to 4,096, under the open-file limit); "
                                  "past it, the longest-idle connection is closed.")] = 0,
    ssl_certfile: Annotated[str | None, typer.Option(help="TLS certificate (PEM) to serve HTTPS directly.")] = None,
    ssl_keyfile: Annotated[str | None, typer.Option(help="TLS private key (PEM).")] = None,
    drain: Annotated[bool, typer.Option(
        "--drain", help="Do not serve: store what a stopped collector left on the spool, then exit.")] = False,
) -> None:
    """Accept events from Segment, RudderStack, PostHog and Mixpanel SDKs pointed at this host.

    A request is acknowledged once it is on the spool on disk; a background compactor appends it to
    the store every few seconds, opening the store only for that moment (DuckDB allows one writing
    process at a time), so other commands can run in between. Create write keys with `banso source add`.

    Example: `banso collect -w my-workspace --host 0.0.0.0 --port 8080`
    """
    from banso.collector import CollectorSettings

    with open_workspace(workspace) as ws:
        if drain:
            stored = ws.drain_collector(spool)
            console.print(f"stored {stored} events from the spool")
            return
        if not any(s.active for s in ws.collector_sources()):
            console.print("[yellow]no active sources yet:[/] create one with "
                          "`banso source add NAME --protocol segment|rudderstack|posthog|mixpanel`")
        scheme = "https" if ssl_certfile else "http"
        console.print(f"[green]banso[/] collecting for [bold]{ws.display().name}[/] at {scheme}://{host}:{port}/  "
                      "(Ctrl+C stops after storing what is spooled)")
        settings = CollectorSettings(spool=spool, compact_every=compact_every,
                                     max_backlog_bytes=max_backlog_mb * 1024 * 1024, body_timeout=body_timeout,
                                     header_timeout=header_timeout, max_connections=max_connections)
        ws.collect(host, port, settings, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile)


AllowOrigin = Annotated[list[str] | None, typer.Option(
    "--allow-origin", metavar="ORIGIN",
    help="A web origin whose pages may send with this key (repeat for more; https://*.example.com for every "
         "subdomain). None given: any origin, as write keys in browser code are public anyway.")]
Owns = Annotated[list[str] | None, typer.Option(
    "--owns", metavar="FIELD",
    help="An account field this source's group calls may overwrite even when another source (a CRM load) set "
         "it: name, plan, tier, mrr, seats, status, owner, … (repeat for more).")]


@source_app.command("add")
def source_add(
    name: Annotated[str, typer.Argument(help="Name of the source; stored with each of its events.")],
    protocol: Annotated[str, typer.Option(help="segment, rudderstack, posthog or mixpanel.")] = "segment",
    group_key: Annotated[str | None, typer.Option(
        "--group-key",
        help="Where the account id is: the PostHog group type (default company), the Mixpanel property "
             "(default company_id), or for Segment a property used when context.groupId is absent.")] = None,
    allow_origin: AllowOrigin = None,
    owns: Owns = None,
    workspace: WorkspaceOption = None,
) -> None:
    """Create a collector source and print its write key (shown only this once).

    Example: `banso source add web-app --protocol segment --allow-origin https://app.example.com`
    """
    with open_workspace(workspace) as ws:
        source, key = ws.add_source(name, protocol, group_key, allowed_origins=allow_origin, owned_fields=owns)
    console.print(f"created source [bold]{source.name}[/] ({source.protocol}"
                  + (f", group key {source.group_key}" if source.group_key else "") + ")")
    console.print(f"pages allowed to send: {_origins(source.allowed_origins)}", markup=False, highlight=False)
    console.print("write key (shown only now; banso keeps only its hash):")
    console.print(key, markup=False, highlight=False, soft_wrap=True)


@source_app.command("set")
def source_set(
    name: Annotated[str, typer.Argument(help="The source to change.")],
    allow_origin: AllowOrigin = None,
    any_origin: Annotated[bool, typer.Option(
        "--any-origin", help="Let pages of any origin send with this key again.")] = False,
    owns: Owns = None,
    owns_nothing: Annotated[bool, typer.Option(
        "--owns-nothing", help="Own no account field: group calls fill only fields no other source has set.")] = False,
    workspace: WorkspaceOption = None,
) -> None:
    """Change which web origins may send with a source's key, or which account fields it owns.

    Running collectors apply the change within 2 seconds. Example:
    `banso source set web-app --allow-origin https://app.example.com --allow-origin https://*.example.com`
    """
    from banso.appstate.collector import SourceError

    if allow_origin and any_origin:
        raise SourceError("give either --allow-origin or --any-origin, not both")
    if owns and owns_nothing:
        raise SourceError("give either --owns or --owns-nothing, not both")
    origins = [] if any_origin else allow_origin
    fields = [] if owns_nothing else owns
    if origins is None and fields is None:
        raise SourceError("nothing to change: give --allow-origin, --any-origin, --owns or --owns-nothing")
    with open_workspace(workspace) as ws:
        source = ws.configure_source(name, allowed_origins=origins, owned_fields=fields)
    console.print(f"source [bold]{source.name}[/]: pages allowed to send: {_origins(source.allowed_origins)}; "
                  f"owns: {', '.join(source.owned_fields) or 'no account field'}", highlight=False)


def _origins(origins: tuple[str, ...]) -> str:
    return ", ".join(origins) if origins else "any origin"


@source_app.command("list")
def source_list(workspace: WorkspaceOption = None) -> None:
    """List collector sources: protocol, key hint, group key, state.

    Example: `banso source list -w my-workspace`
    """
    from banso.cli.data_table import DataTable

    with open_workspace(workspace) as ws:
        sources = ws.collector_sources()
    if not sources:
        console.print("no collector sources yet; create one with `banso source add NAME --protocol segment`", soft_wrap=True)
        return
    table = DataTable("name", "protocol", "key", "group key", "origins", "owns", "created", "state")
    for s in sources:
        state = "active" if s.active else f"revoked {s.revoked_at:%Y-%m-%d %H:%M}"
        group = s.group_key or ("context.groupId" if s.protocol in ("segment", "rudderstack") else "")
        table.add_row(s.name, s.protocol, s.key_hint, group, _origins(s.allowed_origins), ", ".join(s.owned_fields),
                      f"{s.created_at:%Y-%m-%d}", state)
    console.print(table)


@source_app.command("revoke")
def source_revoke(
    name: Annotated[str, typer.Argument(help="The source whose key stops working.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Revoke a source's write key: its requests get 401 within seconds; its events stay in the store.

    Example: `banso source revoke web-app`
    """
    with open_workspace(workspace) as ws:
        source = ws.revoke_source(name)
    console.print(f"revoked [bold]{source.name}[/]; running collectors refuse its key within 2 seconds")
