"""Open a workspace's store on the engine its configuration names.

    store = open_store(config.store, Path("my-workspace"))

DuckDB (the default) is a file in the workspace; every other engine is reached at `store.url`, which
BANSO_STORE_URL overrides, so credentials can stay in the environment.
"""

from __future__ import annotations

import os
from pathlib import Path

from banso.config.models import StoreConfig
from banso.errors import StoreError
from banso.store.duckdb.store import Store
from banso.store.engines import ENGINES, connect, require_driver

URL_ENV = "BANSO_STORE_URL"
WRITABLE = ("postgres", "spark")  # engines an EngineStore can create and write tables on
_COMPILE_ONLY = ("the {engine} engine is compile-checked only: every metric and score query compiles to its SQL "
                 "(tests/engines/snapshots), but banso does not yet create and write its tables there; "
                 "use duckdb, postgres or spark as the store")


def open_store(config: StoreConfig, root: Path) -> Store:
    """The store of a workspace at `root` (a DuckDB `Store`, or an `EngineStore` on another engine)."""
    if config.engine == "duckdb":
        return Store(root / config.path)
    if config.engine not in WRITABLE:
        require_driver(ENGINES[config.engine])
        raise StoreError(_COMPILE_ONLY.format(engine=config.engine))
    url = os.environ.get(URL_ENV) or config.url
    options = dict(config.options)
    if config.engine == "spark" and (not url or url.startswith("local")):
        # Spark on this machine keeps its tables in the workspace unless told otherwise.
        options.setdefault("spark.sql.warehouse.dir", str((root / "spark-warehouse").resolve()))
    backend = connect(config.engine, url, options)
    return engine_store(config.engine, backend, label=_label(config.engine, url))


def engine_store(engine: str, backend: object, *, label: str | None = None) -> Store:
    """An `EngineStore` on an Ibis backend already connected to `engine` (tests, notebooks)."""
    from banso.store.portable.store import EngineStore

    if engine == "postgres":
        from banso.store.portable.postgres import PostgresAdapter

        return EngineStore(engine, backend, PostgresAdapter(backend), label=label or engine)
    if engine == "spark":
        from banso.store.portable.spark import SparkAdapter

        return EngineStore(engine, backend, SparkAdapter(backend), label=label or engine)
    if engine not in ENGINES:
        raise StoreError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    raise StoreError(_COMPILE_ONLY.format(engine=engine))


def _label(engine: str, url: str | None) -> str:
    """The store's name in messages: its URL without credentials."""
    if not url:
        return engine
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://{rest.split('@', 1)[1]}"
    return url
