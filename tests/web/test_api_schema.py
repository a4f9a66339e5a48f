"""The JSON API against its own OpenAPI schema: generated requests, sent with an admin's token, get answers
the schema describes.

schemathesis reads /api/openapi.json and makes requests from it for every operation: ids beyond any
integer, empty and hostile filters, missing bodies, methods a path does not have. Each answer must be
no 5xx, a status the operation declares, in the content type and shape declared (timestamps with their
offset, as `date-time` requires), with the headers declared (`Retry-After`, `WWW-Authenticate`); a
request the schema allows must not be refused as invalid, one it forbids must be; a method a path does
not have is a 405 naming the ones it has (`Allow`); an operation answered without the token is refused. Random ids mostly meet 404s, so every operation is
also called with ids that exist, and the answers are checked the same way.

The app runs in process on a literal world of its own (the requests create and delete segments),
scored for 8 weeks, the short history of a team's first weeks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    not_a_server_error,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
    unsupported_method,
)

from banso.appstate.auth import create_token, find_user
from banso.appstate.segments import save_segment
from banso.config.segment import SegmentSpec
from banso.web import create_app
from banso.web.signin import SignInGuard
from banso.web.throttle import Policy
from banso.workspace import Workspace
from tests.web.conftest import copied_world

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance, positive_data_acceptance, negative_data_rejection, unsupported_method,
          ignored_auth]
# Operations whose inputs follow rules OpenAPI cannot state: a request the schema allows may still be
# refused, with a declared 400 or 422 problem that says which rule (every other check still applies).
CROSS_FIELD = {
    "GET /api/insights/funnel": "the steps are read from the builder's free-form query (two or more, each parsed)",
    "GET /api/insights/funnel/dropped": "the same steps as the funnel's",
    "POST /api/insights": "a trait is named only by a trait breakdown; from must not follow to",
    "POST /api/saved-insights": "the insight's spec, as POST /api/insights",
    "PATCH /api/saved-insights/{insight_id}": "the insight's spec, as POST /api/insights",
    "POST /api/targets": "the period must not end before it starts",
}


@pytest.fixture(scope="module")
def api_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = copied_world(tmp_path_factory, tmp_path_factory.mktemp("api"))
    ws.score(backfill_weeks=8)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def token(api_world: Workspace) -> str:
    with api_world.app_state.session() as s:
        admin = find_user(s, "admin@example.com")
        assert admin is not None
        return create_token(s, admin, "schema check")[1]


@pytest.fixture(scope="module")
def schema(api_world: Workspace) -> Any:
    app = create_app(api_world)
    # The check sends thousands of requests from one address, many with a wrong token on purpose
    # (`ignored_auth`); the token throttle would soon answer every one 429 and the answers checked
    # would all be that one. Throttling has its own tests (tests/web/test_signin_throttle.py).
    lifted = Policy(free=1_000_000, window=1.0, first_wait=0.0, longest_wait=0.0)
    app.state.signin = SignInGuard(tokens=lifted, address=lifted)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_every_answer_to_a_generated_request_is_one_the_schema_describes(schema: Any, token: str) -> None:
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 20, "every JSON twin of a page is in the schema"
    for operation in operations:
        examples = 40 if "{" in operation.path else 12  # ids in the path: more tries at their edges
        checks = [c for c in CHECKS if c is not positive_data_acceptance or operation.label not in CROSS_FIELD]

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=checks)  # noqa: B023 (run at once)

        try:
            check()
        except BaseException as exc:  # every failing operation is reported, not just the first
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures.append(f"{operation.label}: {_first_lines(exc)}")
    assert failures == [], "\n\n".join(failures)


def test_answers_about_things_that_exist_match_the_schema(api_world: Workspace, schema: Any, token: str) -> None:
    """The account, the user, a segment, the tokens: real rows, so the answers carry every field (dates too)."""
    with api_world.app_state.session() as s:
        admin = find_user(s, "admin@example.com")
        assert admin is not None
        segment = save_segment(s, admin, "Enterprise", SegmentSpec(tier=["Enterprise"])).id
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", "/api/accounts/{account_id}", {"path_parameters": {"account_id": "A1"}}),
        ("GET", "/api/accounts/{account_id}", {"path_parameters": {"account_id": "A4"}}),  # churned
        ("GET", "/api/users/{user_id}", {"path_parameters": {"user_id": "u1"}}),
        ("GET", "/api/segments", {}),
        ("PATCH", "/api/segments/{segment_id}", {"path_parameters": {"segment_id": segment},
                                                 "body": {"name": "Enterprise only"}}),
        ("GET", "/api/settings", {}),
        ("GET", "/api/alerts", {"query": {"status": "all"}}),
        ("GET", "/api/renewals", {"query": {"days": 365}}),
        ("GET", "/api/evidence/events", {}),
        ("GET", "/api/evidence/early-signals", {"query": {"days": 1}}),
        ("GET", "/api/retention", {"query": {"cohort_from": "2026-12-01", "cohort_to": "2026-01-01"}}),
        ("DELETE", "/api/segments/{segment_id}", {"path_parameters": {"segment_id": segment}}),
    ]
    failures = []
    for method, path, parts in calls:
        case = schema[path][method].Case(**parts)
        try:
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures.append(f"{method} {path} {parts}: {_first_lines(exc)}")
    assert failures == [], "\n\n".join(failures)


def test_a_method_a_path_lacks_is_a_405_naming_every_method_it_has(api_world: Workspace, token: str) -> None:
    client = TestClient(create_app(api_world), raise_server_exceptions=False)
    answer = client.put("/api/segments", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, POST"
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["detail"] == "/api/segments answers GET, POST, not PUT."


def test_problems_are_declared_once_in_their_own_type(schema: Any) -> None:
    raw = schema.raw_schema
    assert "HTTPValidationError" not in raw["components"]["schemas"]
    overview = raw["paths"]["/api/overview"]["get"]["responses"]
    assert set(overview) >= {"200", "400", "401", "403", "404", "409", "422", "429"}
    assert list(overview["401"]["content"]) == ["application/problem+json"]
    assert "Retry-After" in overview["429"]["headers"]
    sort = next(p for p in raw["paths"]["/api/accounts"]["get"]["parameters"] if p["name"] == "sort")
    assert {"mrr", "score", "m__active_rate_28d"} <= set(sort["schema"]["enum"])


def _first_lines(exc: BaseException) -> str:
    text = str(exc).strip()
    lines = [line for line in text.splitlines() if line.strip()]
    return " | ".join(lines[:12])
