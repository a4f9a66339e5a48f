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
    from tests.engines.pg_server import server_for

    with server_for("the PostgreSQL conformance tests") as url:
        yield url


@pytest.fixture(scope="session")
def spark_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One local Spark (2 cores) for the whole test session; its tables live in a temporary warehouse.

    The JVM compiles Spark's own code with its quick compiler only (`TieredStopAtLevel=1`): the session
    lives two minutes, not long enough for the optimizing compiler's work to pay back, and that work ran
    on the cores the other test processes share (measured on the conformance tests alone: 187 → 158 and
    216 → 173 CPU-s, the same wall time). For the same reason it compiles on one thread and collects its
    1 GiB heap with the serial collector, not G1, whose concurrent threads cost more than they save on a
    small heap (the Spark tests alone, runs alternated on one machine: 168–221 CPU-s and 124–155 s before,
    142–154 CPU-s and 111–119 s after). These change how the JVM runs Spark, not what Spark computes.
    """
    from banso.store.portable.spark import DEFAULTS, connect_spark

    warehouse = tmp_path_factory.mktemp("spark-warehouse")
    java = DEFAULTS["spark.driver.extraJavaOptions"] + " -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
    backend = connect_spark("local[2]", {"spark.sql.warehouse.dir": str(warehouse),
                                         "spark.sql.shuffle.partitions": "2",
                                         "spark.default.parallelism": "2",
                                         "spark.driver.memory": "1g",
                                         "spark.driver.extraJavaOptions": java})
    backend._session.sparkContext.setLogLevel("ERROR")
    yield backend._session
    backend._session.stop()


ENGINES = ("duckdb", "postgres", "spark")


@pytest.fixture(scope="session", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Each conformance test runs once per engine (tests are grouped by engine, so each server starts once)."""
    return str(request.param)


class EngineCopies:
    """Copies of small DuckDB worlds on one engine, each in a schema (PostgreSQL) or database (Spark) of its own.

    A world is copied once per engine and kept for the test session; `store` hands out the copy
    (on Spark, after making its database the current one: the session is shared by all worlds).
    """

    def __init__(self, engine: str, request: pytest.FixtureRequest):
        self.engine = engine
        self.request = request
        self.stores: dict[str, Any] = {}

    def store(self, key: str, world: Any) -> Any:
        """The store holding `world`'s canonical tables on this engine (DuckDB: the world's own store)."""
        from banso.store.open import engine_store
        from banso.store.transfer import copy_tables

        if self.engine == "duckdb":
            return world.store
        if key not in self.stores:
            name = f"w_{key}"
            if self.engine == "postgres":
                from banso.store.engines import connect

                backend = connect("postgres", self.request.getfixturevalue("postgres_url"), {"schema": name})
            else:
                from banso.store.portable.spark import connect_spark

                session = self.request.getfixturevalue("spark_session")
                session.sql(f"CREATE DATABASE IF NOT EXISTS {name}")
                session.catalog.setCurrentDatabase(name)
                backend = connect_spark(None, {})  # the session above: it is the active one
            store = engine_store(self.engine, backend, label=f"{self.engine}:{name}")
            copy_tables(world.store, store)
            self.stores[key] = store
        if self.engine == "spark":
            self.request.getfixturevalue("spark_session").catalog.setCurrentDatabase(f"w_{key}")
        return self.stores[key]

    def close(self) -> None:
        for store in self.stores.values():
            store.close()


@pytest.fixture(scope="session")
def copies(engine: str, request: pytest.FixtureRequest) -> Iterator[EngineCopies]:
    """The worlds of the conformance suite on `engine`."""
    c = EngineCopies(engine, request)
    yield c
    c.close()
