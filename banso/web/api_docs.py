"""`/api/docs`: the browsable API reference (Swagger UI), served from the package under the app's CSP.

FastAPI's own page loads Swagger UI from a CDN and starts it with an inline script, so it is blank
offline and needs the content policy switched off. This page uses the vendored files
(`banso.web.assets`) and starts Swagger UI from `static/api-docs.js`, so the policy stays whole.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from banso.web.assets import swagger_assets
from banso.web.render import render


def mount_api_docs(app: FastAPI) -> None:
    urls = {a.media_type: a.url for a in swagger_assets()}

    @app.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        return render(request, "api_docs.html", script=urls.get("text/javascript"), stylesheet=urls.get("text/css"),
                      openapi_url=app.openapi_url)
