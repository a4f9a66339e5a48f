"""The JSON API against its own OpenAPI schema: generated requests, sent with an admin's token, never get a 5xx.

schemathesis reads /api/openapi.json and makes requests from it for every operation: ids beyond any
integer, empty and hostile filters, missing bodies. The app runs in process on a literal world of its
own (the requests create and delete segments), scored for 8 weeks, the short history of a team's
first weeks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from banso.appstate.auth import create_token, find_user
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import build_world


@pytest.fixture(scope="module")
def api_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = build_world(tmp_path_factory.mktemp("api"))
    ws.score(backfill_weeks=8)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def token(api_world: Workspace) -> str:
    with api_world.app_state.session() as s:
        admin = find_user(s, "admin@example.com")
        assert admin is not None
        return create_token(s, admin, "schema check")[1]


def test_no_request_the_schema_allows_gets_a_server_error(api_world: Workspace, token: str) -> None:
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(api_world))
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 20, "every JSON twin of a page is in the schema"
    for operation in operations:
        examples = 40 if "{" in operation.path else 8  # ids in the path: more tries at their edges

        @given(case=operation.as_strategy())
        @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=[not_a_server_error])

        try:
            check()
        except Exception as exc:  # every failing operation is reported, not just the first
            failures.append(f"{operation.label}: {str(exc).strip().splitlines()[0]}")
    assert failures == []
