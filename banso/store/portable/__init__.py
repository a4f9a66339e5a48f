"""Stores on the other engines (PostgreSQL, Spark, and compile-checked warehouses), reached through Ibis alone.

The twins of `banso.store.duckdb`, module for module: `store` (EngineStore, a Store over an Ibis
backend), `prepared`, `rollup`, `snapshots`, `derived`; and what only these engines need: the connections
(`postgres`, `spark`) and a PostgreSQL table read in place as a view (`in_place`). Metric, health and
analysis code is the same expressions on every engine (tests/engines runs it on each).
"""
