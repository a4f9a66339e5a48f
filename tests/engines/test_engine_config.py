"""Choosing the store's engine in banso.yaml: clear errors, credentials kept out, drivers named."""

from __future__ import annotations

from pathlib import Path

import pytest

from banso.config.load import load_config
from banso.config.models import StoreConfig
from banso.errors import ConfigError, StoreError
from banso.store.engines import ENGINES, MissingDriverError, require_driver
from banso.store.open import open_store
from tests.conftest import write


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value)


def test_engine_url_and_options_are_read(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        store:
          engine: spark
          url: local[2]
          options: {spark.sql.shuffle.partitions: 4}
        """)
    store = load_config(cfg).store
    assert (store.engine, store.url, store.options) == ("spark", "local[2]", {"spark.sql.shuffle.partitions": 4})


def test_default_is_the_duckdb_file() -> None:
    assert StoreConfig() == StoreConfig(engine="duckdb", path="banso.duckdb")  # type: ignore[call-arg]


def test_unknown_engine_lists_the_valid_ones(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path / "banso.yaml", "store:\n  engine: mysql\n"))
    assert f"{tmp_path / 'banso.yaml'}:2: store.engine:" in msg
    assert all(f"'{e}'" in msg for e in ENGINES)


def test_password_in_the_url_is_refused(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path / "banso.yaml", """
        store:
          engine: postgres
          url: postgresql://banso:s3cret@db:5432/banso
        """))
    assert "keep credentials out of banso.yaml" in msg and "BANSO_STORE_URL" in msg
    assert "s3cret" not in msg


@pytest.mark.parametrize(("text", "words"), [
    ("store:\n  engine: duckdb\n  url: postgresql://db/x\n", "duckdb only takes `path`"),
    ("store:\n  engine: postgres\n  path: x.duckdb\n", "engine postgres takes `url`"),
    ("store:\n  engine: postgres\n  urll: postgresql://db/x\n", "store.urll: unknown key"),
])
def test_settings_of_another_engine_are_errors(tmp_path: Path, text: str, words: str) -> None:
    assert words in error_of(write(tmp_path / "banso.yaml", text))


def test_missing_driver_names_the_install_command(tmp_path: Path) -> None:
    # The warehouse drivers are not installed in the test environment: the real failure, not a mock.
    with pytest.raises(MissingDriverError, match=r"needs the Python module google\.cloud\.bigquery, which is not installed; run: pip install 'banso\[bigquery\]'"):
        open_store(StoreConfig(engine="bigquery", url="bigquery://project/dataset"), tmp_path)  # type: ignore[call-arg]
    with pytest.raises(MissingDriverError, match=r"pip install 'banso\[snowflake\]'"):
        require_driver(ENGINES["snowflake"])
    require_driver(ENGINES["postgres"])
    require_driver(ENGINES["spark"])


def test_engine_without_url_says_where_to_set_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BANSO_STORE_URL", raising=False)
    with pytest.raises(StoreError, match=r"needs a url: set store\.url in banso\.yaml or BANSO_STORE_URL"):
        open_store(StoreConfig(engine="postgres"), tmp_path)  # type: ignore[call-arg]


def test_unreachable_postgres_fails_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.engines.pg_server import free_port

    monkeypatch.setenv("BANSO_STORE_URL", f"postgresql://banso@127.0.0.1:{free_port()}/banso")
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL at 127\.0\.0\.1:\d+"):
        open_store(StoreConfig(engine="postgres"), tmp_path)  # type: ignore[call-arg]


def test_loading_files_into_a_postgres_store_says_how_to_copy(tmp_path: Path, postgres_url: str) -> None:
    from banso.config.template import render
    from banso.workspace import Workspace

    text = render(name="pg").replace("store:\n  engine: duckdb\n  path: banso.duckdb\n",
                                     f"store:\n  engine: postgres\n  url: {postgres_url}\n  options: {{schema: loadtest}}\n")
    assert "engine: postgres" in text
    ws = Workspace.init(tmp_path / "pg", config_text=text)
    events = write(tmp_path / "e.csv", "event_id,ts,user_id,account_id,event\ne1,2026-01-01T00:00:00Z,u1,A1,login\n")
    with pytest.raises(StoreError, match=r"needs the DuckDB store.*copy-store"):
        ws.load("events", [str(events)], allow_unknown=True)
    assert ws.store.count("events") == 0
    fresh = ws.freshness()  # the newest event asked through Ibis, once per data version
    assert (fresh.last_event_at, fresh.quiet_days) == (None, None)
    ws.close()
