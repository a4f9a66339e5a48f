"""Engine fixtures shared by the conformance tests, and the `notimpl` marker.

`@pytest.mark.notimpl(["spark"], reason=...)` on a test (or on one `pytest.param`) says the test
cannot pass on those engines and why. The test still runs there, as a strict expected failure:
it is reported as xfailed with the reason, and it fails the suite the day it starts passing,
so the marker is removed when the engine learns the feature. Nothing is skipped silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

ENGINE_PARAMS = ("engine", "dialect")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        params: dict[str, Any] = getattr(getattr(item, "callspec", None), "params", {})
        engine = next((params[p] for p in ENGINE_PARAMS if p in params), None)
        for mark in item.iter_markers("notimpl"):
            engines = mark.args[0] if mark.args else mark.kwargs["engines"]
            reason = mark.kwargs.get("reason", "")
            if not reason:
                raise pytest.UsageError(f"{item.nodeid}: notimpl needs a reason")
            if engine in engines:
                item.add_marker(pytest.mark.xfail(reason=f"not implemented on {engine}: {reason}", strict=True))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A real PostgreSQL server started for this test session (stopped at its end)."""
    from tests.engines.pg_server import available, postgres_server

    why = available()
    if why:
        pytest.fail(f"the PostgreSQL conformance tests need a server: {why} (make system-deps installs it)")
    with postgres_server() as url:
        yield url


@pytest.fixture(scope="session")
def spark_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One local Spark (2 cores) for the whole test session; its tables live in a temporary warehouse."""
    from banso.store.spark import connect_spark

    warehouse = tmp_path_factory.mktemp("spark-warehouse")
    backend = connect_spark("local[2]", {"spark.sql.warehouse.dir": str(warehouse),
                                         "spark.sql.shuffle.partitions": "2",
                                         "spark.default.parallelism": "2",
                                         "spark.driver.memory": "1g"})
    backend._session.sparkContext.setLogLevel("ERROR")
    yield backend._session
    backend._session.stop()
