"""Operations a running service does for a command: the registry, and the channel they go through.

While `banso serve` runs, it owns the workspace's store (embedded DuckDB allows one writing process).
A command of the CLI opens the workspace as usual; when it finds the service, the workspace is
*handed over* (`Workspace.hand_over_to`) and every operation marked `@handed_over` is sent to the
service, which runs the same method on its own workspace and sends back the result, the progress on
the way and any error. The command then prints what it would have printed alone.

The operations are registered by name when their class is defined (`OPERATIONS`), so the service
runs only what is registered here — never an arbitrary method. Arguments that are paths relative to
the caller's folder (`paths=`) are made absolute before they leave, since the service runs elsewhere.

    class HealthOps(WorkspaceBase):
        @handed_over(paths=("model_path",))
        def score(self, ..., model_path=None, progress=None) -> ScoreOutcome: ...
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])
Progress = Callable[..., None]

OPERATIONS: dict[str, Callable[..., Any]] = {}


class Channel(Protocol):
    """The caller's end of the connection to a running service (`banso.service.client`)."""

    def call(self, operation: str, arguments: dict[str, Any], progress: Progress | None) -> Any:
        """Run `operation` in the service; `progress(...)` receives the progress it reports."""
        ...

    def describe(self) -> str:
        """Who is at the other end, for messages (e.g. 'pid 4123')."""
        ...

    def close(self, error: str | None = None) -> None:
        """End the conversation; `error` is what the command failed with, if it did."""
        ...


def handed_over(*, paths: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Mark a facade operation that a running service does (see the module doc).

    `paths` names the arguments holding paths (or lists of paths or patterns) relative to the
    caller's current folder. An argument named `progress` is the progress callback: it stays with
    the caller and is called with what the service reports.
    """

    def mark(fn: F) -> F:
        name = fn.__name__
        if name in OPERATIONS:
            raise RuntimeError(f"two operations named {name!r}")
        OPERATIONS[name] = fn
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def call(self: Any, *args: Any, **kwargs: Any) -> Any:
            channel: Channel | None = self._channel
            if channel is None:
                return fn(self, *args, **kwargs)
            arguments = dict(signature.bind(self, *args, **kwargs).arguments)
            arguments.pop("self")
            progress = arguments.pop("progress", None)
            for key in paths:
                if arguments.get(key) is not None:
                    arguments[key] = _absolute(arguments[key])
            return channel.call(name, arguments, progress)

        return cast(F, call)

    return mark


def run_operation(workspace: object, name: str, arguments: dict[str, Any], progress: Progress | None) -> Any:
    """What the service does with a call: the registered operation on its own workspace."""
    from banso.errors import NotFoundError
    from banso.i18n import N_

    fn = OPERATIONS.get(name)
    if fn is None:
        raise NotFoundError(N_("the service has no operation %(name)s; is it running the same banso version?"),
                            name=repr(name))
    if "progress" in inspect.signature(fn).parameters:
        return fn(workspace, **arguments, progress=progress)
    return fn(workspace, **arguments)


def _absolute(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return type(value)(_absolute(v) for v in value)
    if isinstance(value, Path):
        return Path(os.path.abspath(value.expanduser()))
    if isinstance(value, str):
        return os.path.abspath(os.path.expanduser(value))
    return value
