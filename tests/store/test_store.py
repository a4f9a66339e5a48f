"""The store creates and migrates its tables, refuses a newer schema, and says who holds a lock."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from banso.errors import StoreError
from banso.model import SOURCE_TABLES
from banso.store import Store
from banso.store.schema import ENGINE_MIGRATIONS, FIRST_ENGINE_VERSION, MIGRATIONS, SCHEMA_VERSION, SNAPSHOT_INDEX


def test_new_store_has_every_canonical_table(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert store.schema_version() == SCHEMA_VERSION
        for name, table in SOURCE_TABLES.items():
            assert set(table.names) <= set(store.table(name).columns)


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.raw.execute("INSERT INTO accounts (account_id, name) VALUES ('A1', 'Acme')")
    with Store(path) as store:
        assert store.count("accounts") == 1


def test_a_store_of_version_5_loses_the_snapshots_metrics_json_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    con = duckdb.connect(str(path))
    for statements in MIGRATIONS[:5]:
        for sql in statements:
            con.execute(sql)
    con.execute("INSERT INTO banso_meta VALUES ('schema_version', '5')")
    con.execute("INSERT INTO health_snapshots VALUES ('A1', DATE '2026-03-02', 61.5, 'normal', 'm', 'v1', "
                "TIMESTAMP '2026-03-02 01:00:00', '{\"use\": {\"score\": 0.6}}', '{\"events_28d\": {\"value\": 7}}')")
    con.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        rows = store.raw.execute("SELECT * FROM health_snapshots").fetchall()
        assert [d[0] for d in store.raw.description or []] == [
            "account_id", "as_of", "score", "band", "model_name", "model_version", "computed_at", "dimensions"]
        assert rows[0][:6] == ("A1", date(2026, 3, 2), 61.5, "normal", "m", "v1")
        assert json.loads(rows[0][7]) == {"use": {"score": 0.6}}
        indexes = store.raw.execute("SELECT index_name FROM duckdb_indexes() WHERE table_name = 'health_snapshots'")
        assert indexes.fetchall() == [(SNAPSHOT_INDEX,)], "the account index is back after the change"


def test_every_version_since_the_first_engine_store_has_its_engine_steps() -> None:
    # A DuckDB migration without its engine-neutral twin (an empty list when there is nothing to do there)
    # would mark PostgreSQL and Spark stores as migrated while leaving their tables as they were.
    assert len(ENGINE_MIGRATIONS) == SCHEMA_VERSION - FIRST_ENGINE_VERSION


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.raw.execute("UPDATE banso_meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer banso"):
        Store(path)


def test_a_store_in_use_by_another_process_is_named(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        time.sleep(0.2)
        with pytest.raises(StoreError, match="in use by another banso process"):
            Store(path)
    finally:
        holder.kill()
        holder.wait()


def test_interrupt_stops_the_queries_of_a_stores_helper_connections(tmp_path: Path) -> None:
    import threading

    import duckdb

    failed: list[BaseException] = []
    with Store(tmp_path / "s.duckdb") as store, store.helpers(2) as (one, two):
        one.execute("CREATE TEMP TABLE mine AS SELECT 1 AS x")
        with pytest.raises(duckdb.CatalogException):
            two.execute("SELECT * FROM mine")  # each helper has its own temporary tables

        def endless() -> None:
            try:
                one.execute("SELECT count(*) FROM range(1000000000000) a, range(10) b WHERE a.range % 7 = b.range")
            except BaseException as exc:  # the test looks at what it failed with
                failed.append(exc)

        worker = threading.Thread(target=endless)
        worker.start()
        time.sleep(0.5)
        store.interrupt()  # what the service does to long work when it stops
        worker.join(30)
        assert not worker.is_alive()
        assert failed and isinstance(failed[0], duckdb.InterruptException)
        assert store.raw.execute("SELECT 42").fetchall() == [(42,)]  # the store itself goes on
    with pytest.raises(duckdb.ConnectionException):
        one.execute("SELECT 1")  # closed with the block


def _id_compressions(store: Store) -> set[str]:
    store.raw.execute("CHECKPOINT")
    rows = store.raw.execute("SELECT DISTINCT compression FROM pragma_storage_info('events') "
                             "WHERE column_name = 'event_id' AND segment_type = 'VARCHAR'").fetchall()
    return {r[0] for r in rows}


def _append_ids(store: Store, ids: list[str]) -> None:
    store.raw.execute("INSERT INTO events (event_id, ts, account_id, event) "
                      "SELECT unnest(?), TIMESTAMP '2026-03-02 09:00:00', 'A1', 'login'", [ids])


def test_event_ids_are_stored_with_zstd_and_a_store_made_before_keeps_its_own_choice(tmp_path: Path) -> None:
    # Nearly every id is distinct: DuckDB's dictionary saves nothing on them and building it was the
    # largest single cost of a large load (banso.store.schema). A store made before the choice has no
    # migration for it: its ids are written as DuckDB chooses, and read back the same.
    ids = [f"e{i:013d}" for i in range(5000)]
    with Store(tmp_path / "new.duckdb") as store:
        _append_ids(store, ids)
        assert _id_compressions(store) == {"ZSTD"}
    old_path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(old_path))
    for statements in MIGRATIONS:
        for sql in statements:
            con.execute(sql.replace(" USING COMPRESSION zstd", ""))
    con.execute("INSERT INTO banso_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    con.close()
    with Store(old_path) as store:
        _append_ids(store, ids)
        assert "ZSTD" not in _id_compressions(store)
        stored = store.raw.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()
        assert [r[0] for r in stored] == ids
