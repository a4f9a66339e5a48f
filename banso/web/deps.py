"""How a route gets what it works with: the workspace (overridable in tests) and the reader's language.

    def page(ws: WorkspaceDep, ...) -> ...:

`app.dependency_overrides[get_workspace]` replaces the workspace for a test, as with any FastAPI
dependency.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from banso.workspace import Workspace


def get_workspace(request: Request) -> Workspace:
    """The workspace the app serves (set by `create_app`)."""
    return request.app.state.workspace  # type: ignore[no-any-return]


WorkspaceDep = Annotated[Workspace, Depends(get_workspace)]
