"""The FastAPI application: `create_app(workspace)` wires state, sessions, errors, static files and pages.

Every page is server-rendered HTML with a JSON twin under `/api/…`; the twins are what the OpenAPI
schema at `/api/openapi.json` (browsable at `/api/docs`) documents.

    app = create_app(Workspace.open("demo-workspace"))
    uvicorn.run(app, host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles

from banso.web.api_docs import mount_api_docs
from banso.web.assets import mount_vendor
from banso.web.errors import install_error_handlers
from banso.web.headers import SecurityHeadersMiddleware
from banso.web.openapi import install_openapi
from banso.web.routes import ROUTERS
from banso.web.security import csrf_protect
from banso.web.session import SessionMiddleware
from banso.web.signin import SignInGuard
from banso.web.warm import Warmer
from banso.workspace import Workspace

STATIC = Path(__file__).resolve().parent / "static"


def create_app(workspace: Workspace, *, https_only: bool | None = None, collect: bool = False,
               warm: bool = False) -> FastAPI:
    """The web app over an open workspace.

    `https_only=None` marks the session cookie Secure whenever the request came over HTTPS;
    True always does (use it behind a TLS-terminating proxy that does not forward the scheme).
    `collect=True` also serves the collector's routes (Segment, PostHog, Mixpanel) on the same port.
    `warm=True` computes what the pages open with in the background now and whenever new data lands
    (`banso serve` does; tests that build many apps over one workspace do not).
    """
    collector = None
    lifespan = None
    if collect:
        from banso.collector.app import Collector

        collector = Collector(workspace.collector_site())
        lifespan = collector.lifespan
    app = FastAPI(
        lifespan=lifespan,
        title="banso",
        summary="Customer-success analytics: every page of the web app as JSON.",
        version="0.1.0",
        docs_url=None,  # served by banso.web.api_docs, from the package and under the content policy
        redoc_url=None,
        openapi_url="/api/openapi.json",
        dependencies=[Depends(csrf_protect)],
    )
    app.state.workspace = workspace
    workspace.serving_pages()  # long work in this process leaves cores for the pages
    app.state.signin = SignInGuard()  # failed sign-ins are throttled per app, in memory
    app.state.warmer = None
    if warm:
        warmer = Warmer(workspace)
        workspace.reads.on_new_version(warmer.start)
        warmer.start()
        app.state.warmer = warmer
    secret = workspace.session_key()
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(SessionMiddleware, secret_key=secret, https_only=https_only)
    app.add_middleware(SecurityHeadersMiddleware)
    install_error_handlers(app)
    install_openapi(app, workspace.declared_metrics)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    # browsers ask for /favicon.ico whatever a page links (a JSON answer opened in a tab links nothing)
    app.add_api_route("/favicon.ico", lambda: RedirectResponse("/static/favicon.svg", status_code=301),
                      include_in_schema=False)
    mount_vendor(app)
    mount_api_docs(app)
    for router in ROUTERS:
        app.include_router(router)
    if collector is not None:
        app.router.routes.extend(collector.routes())
        app.state.collector = collector
    return app
