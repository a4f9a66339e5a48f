"""The OpenAPI schema says what the API does: every answer it may give, in the shape it gives it.

FastAPI describes each operation's success from its response model. This adds the rest, once, when
the schema is first asked for (`/api/openapi.json`): any /api operation may answer with a problem
(RFC 9457 problem details, `application/problem+json`, the `Problem` schema) —

    400  the request cannot be done as asked (the detail says what to change)
    401  no valid sign-in or API token (`WWW-Authenticate: Bearer`)
    403  the role does not allow it
    404  what the request names does not exist
    409  the data cannot answer yet (no revenue loaded, no snapshots), or the request clashes with what is
         there (a target over the same weeks, a daily run already going): the detail says which
    422  a parameter or the body is invalid (the detail names it)
    429  too many failed attempts (`Retry-After`)

— that every operation needs an API token (the bearer scheme `token`; a signed-in browser sends its
session cookie instead) — and where the API takes a metric's name (the accounts list's `sort` as
`m__<metric>`, a saved segment's metric filters, threshold help's metric, a trend's metric), the schema
lists this workspace's metrics. A method a path does not have is answered 405 with `Allow` (see `errors`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, Field

from banso.analysis.account_list import SORTABLE
from banso.config.segment import METRIC_PREFIX

PROBLEM_TYPE = "application/problem+json"
PROBLEMS: dict[int, str] = {
    400: "The request cannot be done as asked; `detail` says what to change.",
    401: "Not signed in: send an API token as `Authorization: Bearer banso_…`.",
    403: "Your role does not allow this.",
    404: "What the request names does not exist.",
    409: ("The workspace's data cannot answer this yet, or the request clashes with what is there; `detail` says "
          "what is missing (a load, a score) or with what it clashes."),
    422: "A parameter or the body is invalid; `detail` names it.",
    429: "Too many failed attempts; wait as long as `Retry-After` says.",
}
HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "Bearer", "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "seconds to wait", "schema": {"type": "integer"}}},
}
SORTED_LISTS = ("/api/accounts", "/api/accounts.csv")
METRIC_PARAMETERS = (("/api/thresholds", "metric"),)  # query parameters that name one metric
SECURITY = {"token": {"type": "http", "scheme": "bearer", "description": (
    "An API token (`banso token create EMAIL`, or Settings → API tokens). In a browser signed in to banso, "
    "the session cookie is enough.")}}


class Problem(BaseModel):
    """An error as JSON: what happened (`title`) and what to do about it (`detail`)."""

    status: int = Field(description="the HTTP status, repeated")
    title: str
    detail: str
    retry_after: int | None = Field(None, description="429: seconds to wait before trying again")
    reference: str | None = Field(None, description="500: where the server's log has the error")


def install_openapi(app: FastAPI, metrics: Callable[[], list[str]]) -> None:
    """Serve FastAPI's schema completed as above; `metrics` names the workspace's metrics."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = FastAPI.openapi(app)
            describe_problems(schema)
            name_metrics(schema, metrics())
            schema["components"]["securitySchemes"] = SECURITY
            schema["security"] = [{"token": []}]
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


def describe_problems(schema: dict[str, Any]) -> None:
    """Declare the problem answers on every operation (replacing FastAPI's own 422, which we do not send)."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = Problem.model_json_schema()
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    ref = {"$ref": "#/components/schemas/Problem"}
    for operations in schema["paths"].values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status, description in PROBLEMS.items():
                given = responses.get(str(status), {}).get("description")
                answer: dict[str, Any] = {"description": given if given and status == 404 else description,
                                          "content": {PROBLEM_TYPE: {"schema": ref}}}
                if status in HEADERS:
                    answer["headers"] = HEADERS[status]
                responses[str(status)] = answer


def name_metrics(schema: dict[str, Any], metrics: list[str]) -> None:
    """List the values that name a metric: the accounts list's sort keys, a segment filter's metric, the metric
    threshold help reads, the metric a trend follows."""
    for path in SORTED_LISTS:
        for param in schema["paths"].get(path, {}).get("get", {}).get("parameters", []):
            if param["name"] == "sort":
                param["schema"]["enum"] = [*SORTABLE, *(METRIC_PREFIX + m for m in metrics)]
    for path, name in METRIC_PARAMETERS:
        for param in schema["paths"].get(path, {}).get("get", {}).get("parameters", []):
            if param["name"] == name:
                param["schema"]["enum"] = list(metrics)
    trend = schema["components"]["schemas"].get("TrendSpec")  # an insight's trend of a metric
    if trend is not None:
        for branch in trend["properties"]["metric"].get("anyOf", []):
            if branch.get("type") == "string":
                branch["enum"] = list(metrics)
    metric_filter = schema["components"]["schemas"].get("MetricFilter")
    if metric_filter is not None:
        metric_filter["properties"]["metric"]["enum"] = list(metrics)
