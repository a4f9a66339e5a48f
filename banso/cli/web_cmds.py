"""`banso serve` runs the web app; `banso user add|list|role|disable|enable|remove` and `banso token create`
manage access."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer

from banso.cli.app import app
from banso.cli.common import WorkspaceOption, console, open_workspace

if TYPE_CHECKING:
    from banso.appstate.access import AccessChange

user_app = typer.Typer(help="People who may sign in to the web app.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens for scripts (sent as 'Authorization: Bearer …').", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")


@app.command()
def serve(
    workspace: WorkspaceOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="Always mark the session cookie Secure (behind a TLS proxy).")] = False,
    proxy_headers: Annotated[bool, typer.Option(
        "--proxy-headers", help="Trust X-Forwarded-Proto/For from the proxy in front.")] = False,
    collect: Annotated[bool, typer.Option(
        "--collect", help="Also accept events from tracking SDKs on the same port (or `service.collect` in "
        "banso.yaml; see `banso collect`).")] = False,
    schedule: Annotated[bool, typer.Option(
        "--schedule/--no-schedule", help="Run banso.yaml's schedule (the daily run, current scores).")] = True,
) -> None:
    """Run the workspace's service: the web app and JSON API, the collector, the schedule.

    It owns the store; other commands of the workspace hand their work to it while it runs. Stop it with
    Ctrl+C or SIGTERM: running work finishes or is abandoned whole (docs/operations.md).
    Example: `banso serve -w demo-workspace --port 8000`
    """
    import logging

    from banso.service.run import serve as run_service
    from banso.web import create_app
    from banso.workspace import Workspace

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Each trigger is a job of its own (`banso jobs`); a renewal longer than its interval skips a turn, which
    # APScheduler would log as a warning every interval.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    with Workspace.open(workspace) as ws:
        users = ws.count_users()
        console.print(f"[green]banso[/] serving [bold]{ws.display().name}[/]", soft_wrap=True)
        console.print(f"  open http://{host}:{port}/ in a browser; Ctrl+C stops", soft_wrap=True)
        if users == 0:
            console.print("[yellow]no users yet:[/] create one with `banso user add EMAIL --role admin`", soft_wrap=True)
        https_only = True if secure_cookies else None
        run_service(ws, lambda collecting: create_app(ws, https_only=https_only, collect=collecting, warm=True),
                    host, port, proxy_headers=proxy_headers, collect=collect, schedule=schedule)


@user_app.command("add")
def user_add(
    email: Annotated[str, typer.Argument(help="The person's email; it is their login.")],
    role: Annotated[str, typer.Option(help="admin, csm or viewer.")] = "viewer",
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    password_env: Annotated[str | None, typer.Option(
        "--password-env", metavar="VAR", help="Read the password from this environment variable (no prompt).")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Reset the password and role of an existing user.")] = False,
    workspace: WorkspaceOption = None,
) -> None:
    """Create a web login (the password is asked for, or read from --password-env).

    Example: `banso user add aiko@example.com --role csm`
    """
    from banso.appstate.auth import AuthError

    if password_env:
        password = os.environ.get(password_env)
        if not password:
            raise AuthError(f"environment variable {password_env} is empty or not set")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with open_workspace(workspace) as ws:
        user = ws.add_user(email, password, role, name=name, replace=replace)
    console.print(f"[green]{'updated' if replace else 'added'}[/] {user.email} ({user.role})")


@user_app.command("list")
def user_list(workspace: WorkspaceOption = None) -> None:
    """List the web logins and their roles.

    Example: `banso user list`
    """
    with open_workspace(workspace) as ws:
        users = ws.users()
    if not users:
        console.print("no users yet; add one with `banso user add EMAIL --role admin`", soft_wrap=True)
    for u in users:
        last = f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "never"
        console.print(f"{u.email:<40} {u.role:<8} {'active' if u.active else 'disabled':<9} last login {last}")


@user_app.command("role")
def user_role(
    email: Annotated[str, typer.Argument(help="The user's email.")],
    role: Annotated[str, typer.Argument(help="admin, csm or viewer.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Change a user's role.

    Example: `banso user role aiko@example.com admin`
    """
    with open_workspace(workspace) as ws:
        user = ws.set_role(email, role)
    console.print(f"{user.email} is now {user.role}")


@token_app.command("create")
def token_create(
    email: Annotated[str, typer.Argument(help="Whose token (it acts with that user's role).")],
    name: Annotated[str, typer.Option(help="Where the token is used, e.g. 'nightly export'.")] = "script",
    workspace: WorkspaceOption = None,
) -> None:
    """Create an API token; it is printed once and stored only as a hash.

    Example: `banso token create ops@example.com --name "nightly export"`
    """
    from banso.errors import NotFoundError

    with open_workspace(workspace) as ws:
        user = ws.find_user(email)
        if user is None:
            raise NotFoundError(f"no user {email!r}; add one with `banso user add {email}`")
        _token, plain = ws.create_token(user, name)
    console.print(plain, markup=False, highlight=False)


def _access_line(change: AccessChange) -> str:
    tokens = f"{change.tokens} API token(s)"
    if change.active:
        return f"enabled {change.email}: they can sign in again, and their {tokens} work again"
    return (f"disabled {change.email}: {change.sessions_ended} session(s) signed out; their {tokens} are refused "
            "until `banso user enable`")


@user_app.command("disable")
def user_disable(
    email: Annotated[str, typer.Argument(help="The user's email.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Stop a user from signing in: their sessions end at once and their API tokens are refused (reversible).

    Example: `banso user disable aiko@example.com`
    """
    with open_workspace(workspace) as ws:
        change = ws.set_active(email, False)
    console.print(_access_line(change), markup=False, highlight=False, soft_wrap=True)


@user_app.command("enable")
def user_enable(
    email: Annotated[str, typer.Argument(help="The user's email.")],
    workspace: WorkspaceOption = None,
) -> None:
    """Let a disabled user sign in again.

    Example: `banso user enable aiko@example.com`
    """
    with open_workspace(workspace) as ws:
        change = ws.set_active(email, True)
    console.print(_access_line(change), markup=False, highlight=False, soft_wrap=True)


@user_app.command("remove")
def user_remove(
    email: Annotated[str, typer.Argument(help="The user's email.")],
    hand_over_to: Annotated[str | None, typer.Option(
        "--hand-over-to", metavar="EMAIL", help="Who keeps the segments the user shared with the team.")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    workspace: WorkspaceOption = None,
) -> None:
    """Delete a user with their API tokens, sessions and private segments (disable keeps them instead).

    Example: `banso user remove aiko@example.com --hand-over-to lead@example.com`
    """
    from banso.errors import NotFoundError

    with open_workspace(workspace) as ws:
        if ws.find_user(email) is None:
            raise NotFoundError(f"no user {email!r}; `banso user list` shows who can sign in")
        if not yes:
            typer.confirm(f"Remove {email} with their API tokens and private segments?", abort=True)
        change = ws.remove_user(email, heir=hand_over_to)
    handed = f"; {change.segments_handed_over} shared segment(s) now belong to {hand_over_to}" \
        if change.segments_handed_over else ""
    console.print(f"removed {change.email}: {change.sessions_ended} session(s) signed out, {change.tokens} API token(s) "
                  f"and {change.segments_deleted} private segment(s) deleted{handed}", markup=False, highlight=False,
                  soft_wrap=True)
